-- A speaker's quotes per unit (see speaker_units), newest first: /quotes for a guild that sees a
-- small share of the articles reads the newest few of each of its units where the speaker has
-- quotes, instead of testing the speaker's newest quotes one by one (about limit/share of them,
-- a cost that grew with the database). Rows are written and removed with speaker_units' counts
-- (see recount), so they are exact by construction.
CREATE TABLE quote_units (
	speaker_id INTEGER NOT NULL,
	unit       TEXT    NOT NULL,
	at         INTEGER NOT NULL,
	article_id INTEGER NOT NULL,
	start_byte INTEGER NOT NULL,
	quote_id   INTEGER NOT NULL,
	PRIMARY KEY (speaker_id, unit, at DESC, article_id DESC, start_byte, quote_id)
) WITHOUT ROWID;
INSERT INTO quote_units (speaker_id, unit, at, article_id, start_byte, quote_id)
SELECT q.speaker_id, u.unit, q.at, q.article_id, q.start_byte, q.id FROM quotes q
JOIN (SELECT a.id AS article_id, 'global' AS unit FROM articles a WHERE a.scope = 'global'
	UNION SELECT ag.article_id, 'g:' || ag.guild_id FROM article_guilds ag JOIN articles a ON a.id = ag.article_id WHERE a.scope <> 'global'
	UNION SELECT fi.article_id, 'f:' || fi.feed_id FROM feed_items fi JOIN articles a ON a.id = fi.article_id WHERE a.scope <> 'global'
) u ON u.article_id = q.article_id
WHERE q.speaker_id IS NOT NULL;
