-- Who may see an article: 'global' (seeds, CLI), 'guild' (added in a guild: guild_id),
-- 'feed' (from feeds: the guilds subscribed to one of its feeds).
ALTER TABLE articles ADD COLUMN scope TEXT NOT NULL DEFAULT 'global';
UPDATE articles SET scope = 'guild' WHERE guild_id <> '';

CREATE TABLE feeds (
	id             INTEGER PRIMARY KEY,
	url            TEXT    NOT NULL UNIQUE,
	title          TEXT    NOT NULL DEFAULT '',
	etag           TEXT    NOT NULL DEFAULT '',
	last_modified  TEXT    NOT NULL DEFAULT '',
	interval_s     INTEGER NOT NULL DEFAULT 900,
	next_poll_at   INTEGER NOT NULL DEFAULT 0,
	failures       INTEGER NOT NULL DEFAULT 0,
	last_error     TEXT    NOT NULL DEFAULT '',
	disabled       INTEGER NOT NULL DEFAULT 0,
	polled_once    INTEGER NOT NULL DEFAULT 0
);

-- A guild follows a feed; channel_id is where its admins hear about trouble.
CREATE TABLE guild_feeds (
	guild_id   TEXT    NOT NULL,
	feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	channel_id TEXT    NOT NULL,
	added_at   INTEGER NOT NULL,
	PRIMARY KEY (guild_id, feed_id)
) WITHOUT ROWID;

-- Items seen in feeds, by GUID; article_id is NULL for items skipped on a first poll.
CREATE TABLE feed_items (
	feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	guid       TEXT    NOT NULL,
	article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
	seen_at    INTEGER NOT NULL,
	PRIMARY KEY (feed_id, guid)
) WITHOUT ROWID;
CREATE INDEX feed_items_article ON feed_items(article_id);

CREATE TABLE schedules (
	id          INTEGER PRIMARY KEY,
	guild_id    TEXT    NOT NULL,
	channel_id  TEXT    NOT NULL,
	clock       TEXT    NOT NULL,   -- "08:00"
	zone        TEXT    NOT NULL,   -- IANA
	days        TEXT    NOT NULL,   -- as Spec.DaysString
	max_items   INTEGER NOT NULL DEFAULT 10,
	quiet       INTEGER NOT NULL DEFAULT 0,  -- 1: post nothing when nothing is new
	created_at  INTEGER NOT NULL,
	UNIQUE (channel_id, clock, zone)
);

-- One row a schedule and slot: inserted 'pending' before posting, 'posted' after;
-- 'skipped' (too old) and 'coalesced' (folded into a later slot's briefing) are never posted.
CREATE TABLE deliveries (
	schedule_id INTEGER NOT NULL REFERENCES schedules(id) ON DELETE CASCADE,
	slot        TEXT    NOT NULL,   -- the local date
	due_at      INTEGER NOT NULL,
	status      TEXT    NOT NULL,
	since_at    INTEGER NOT NULL,   -- the briefing covers articles added after this...
	until_at    INTEGER NOT NULL,   -- ...up to this
	nonce       TEXT    NOT NULL,
	message_ids TEXT    NOT NULL DEFAULT '',
	updated_at  INTEGER NOT NULL,
	PRIMARY KEY (schedule_id, slot)
) WITHOUT ROWID;
