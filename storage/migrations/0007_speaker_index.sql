-- rebuild: runs with foreign keys off (see migrateOne).
--
-- 1. A URL or a body is a key to look an article up by, no longer unique: a page one guild
--    added privately never stands in for the article another guild or a feed brings under the
--    same URL, so both may be stored.
CREATE TABLE articles_v7 (
	id               INTEGER PRIMARY KEY,
	title            TEXT    NOT NULL,
	body             TEXT    NOT NULL,
	url              TEXT    NOT NULL DEFAULT '',
	canonical_url    TEXT,                       -- NULL when the article has no URL
	content_hash     TEXT    NOT NULL,
	source           TEXT    NOT NULL DEFAULT '',
	guild_id         TEXT    NOT NULL DEFAULT '',
	published_at     INTEGER,
	added_at         INTEGER NOT NULL,
	analyser_version INTEGER NOT NULL,
	scope            TEXT    NOT NULL DEFAULT 'global',
	sketch           BLOB
);
INSERT INTO articles_v7 (id, title, body, url, canonical_url, content_hash, source, guild_id, published_at,
	added_at, analyser_version, scope, sketch)
SELECT id, title, body, url, canonical_url, content_hash, source, guild_id, published_at,
	added_at, analyser_version, scope, sketch FROM articles;
DROP TABLE articles;
ALTER TABLE articles_v7 RENAME TO articles;
CREATE INDEX articles_added ON articles(added_at);
CREATE INDEX articles_canonical ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX articles_hash ON articles(content_hash);

-- 2. A quote carries its article's date, so a speaker's newest quotes are read in order from
--    one index and the reading stops at the page's end.
ALTER TABLE quotes ADD COLUMN at INTEGER NOT NULL DEFAULT 0;
UPDATE quotes SET at = (SELECT COALESCE(a.published_at, a.added_at) FROM articles a WHERE a.id = quotes.article_id);
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker ON quotes(speaker_id, at DESC, article_id DESC, start_byte);

-- 3. One person is one speaker. A bare surname that fitted several people used to get a row of
--    its own each time ("Trump" thousands of times); those quotes are now left unattached.
CREATE TEMP TABLE ambiguous AS SELECT s.id FROM speakers s WHERE s.person = 1 AND s.first_key = ''
	AND EXISTS (SELECT 1 FROM speakers o WHERE o.surname_key = s.surname_key AND o.person = 1 AND o.id <> s.id);
UPDATE quotes SET speaker_id = NULL WHERE speaker_id IN (SELECT id FROM ambiguous);
DELETE FROM speaker_aliases WHERE speaker_id IN (SELECT id FROM ambiguous);
DELETE FROM speakers WHERE id IN (SELECT id FROM ambiguous);
DROP TABLE ambiguous;

-- 4. Who may see a speaker's quotes, counted at write time. A unit is 'global' (articles every
--    guild sees), 'g:<guild>' (added privately by the guild) or 'f:<feed id>' (carried by a feed;
--    its followers see it). name is the fullest name the unit's articles give the speaker, so a
--    guild is shown only names from what it can see.
CREATE TABLE speaker_units (
	speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
	unit       TEXT    NOT NULL,
	n          INTEGER NOT NULL,
	name       TEXT    NOT NULL,
	PRIMARY KEY (speaker_id, unit)
) WITHOUT ROWID;
CREATE INDEX speaker_units_top ON speaker_units(unit, n DESC);

-- Every folded word of every name a unit gives a speaker: prefixes for autocomplete are a range
-- of this index.
CREATE TABLE speaker_words (
	word       TEXT    NOT NULL,
	unit       TEXT    NOT NULL,
	speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
	PRIMARY KEY (word, unit, speaker_id)
) WITHOUT ROWID;

-- The trigrams of those words ("^ze", "zel", ..., "ky$"), for "did you mean" without comparing
-- every name.
CREATE TABLE word_grams (
	gram TEXT NOT NULL,
	word TEXT NOT NULL,
	PRIMARY KEY (gram, word)
) WITHOUT ROWID;

-- Filled from what is stored; names here are the words the articles used (the bot fills the
-- rest as it writes).
INSERT INTO speaker_units (speaker_id, unit, n, name)
SELECT q.speaker_id, u.unit, count(*), max(s.name) FROM quotes q
JOIN speakers s ON s.id = q.speaker_id
JOIN (SELECT a.id AS article_id, 'global' AS unit FROM articles a WHERE a.scope = 'global'
	UNION SELECT ag.article_id, 'g:' || ag.guild_id FROM article_guilds ag JOIN articles a ON a.id = ag.article_id WHERE a.scope <> 'global'
	UNION SELECT fi.article_id, 'f:' || fi.feed_id FROM feed_items fi JOIN articles a ON a.id = fi.article_id WHERE a.scope <> 'global'
) u ON u.article_id = q.article_id
GROUP BY q.speaker_id, u.unit;
