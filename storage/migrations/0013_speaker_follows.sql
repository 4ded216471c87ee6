-- A channel follows a speaker: new quotes by them are announced there, in batches, once.
CREATE TABLE speaker_follows (
	id            INTEGER PRIMARY KEY,
	guild_id      TEXT    NOT NULL,
	channel_id    TEXT    NOT NULL,
	speaker       TEXT    NOT NULL,  -- the name as the guild knew it when it followed
	after_article INTEGER NOT NULL,  -- articles up to this id are announced, or came before
	created_at    INTEGER NOT NULL,
	UNIQUE (channel_id, speaker)
);
CREATE INDEX speaker_follows_guild ON speaker_follows(guild_id);

-- One announcement of a follow: the quotes of articles (from_article, upto_article]. Pending
-- until posted; the unique key makes an announcement happen once.
CREATE TABLE follow_posts (
	follow_id    INTEGER NOT NULL REFERENCES speaker_follows(id) ON DELETE CASCADE,
	from_article INTEGER NOT NULL,
	upto_article INTEGER NOT NULL,
	status       TEXT    NOT NULL,
	begun_at     INTEGER NOT NULL,
	message_id   TEXT    NOT NULL DEFAULT '',
	PRIMARY KEY (follow_id, upto_article)
);
