-- A speaker's quotes per unit, newest first (see SQLite's migration 0019): /quotes for a guild
-- that sees a small share of the articles reads the newest few of each of its units.
CREATE TABLE quote_units (
	speaker_id BIGINT NOT NULL,
	unit       TEXT COLLATE "C" NOT NULL,
	at         BIGINT NOT NULL,
	article_id BIGINT NOT NULL,
	start_byte INTEGER NOT NULL,
	quote_id   BIGINT NOT NULL
);
INSERT INTO quote_units (speaker_id, unit, at, article_id, start_byte, quote_id)
SELECT q.speaker_id, u.unit, q.at, q.article_id, q.start_byte, q.id FROM quotes q
JOIN (SELECT a.id AS article_id, 'global' AS unit FROM articles a WHERE a.scope = 'global'
	UNION SELECT ag.article_id, 'g:' || ag.guild_id FROM article_guilds ag JOIN articles a ON a.id = ag.article_id WHERE a.scope <> 'global'
	UNION SELECT fi.article_id, 'f:' || fi.feed_id FROM feed_items fi JOIN articles a ON a.id = fi.article_id WHERE a.scope <> 'global'
) u ON u.article_id = q.article_id
WHERE q.speaker_id IS NOT NULL;
CREATE UNIQUE INDEX quote_units_newest ON quote_units(speaker_id, unit, at DESC, article_id DESC, start_byte, quote_id);
