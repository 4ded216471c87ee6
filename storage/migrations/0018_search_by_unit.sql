-- Search reads, for a guild that sees a small share of the articles, only the articles of the
-- units it sees (everyone's, its own pastes, the feeds it follows). Each article's units are
-- tokens of a third column of the full-text index (see units.go for their spelling), which the
-- index intersects with the words; without them a search tested match after match and read
-- want/share of them, a cost that grew with the database. The counts of articles per unit tell
-- a search which way is cheaper.
ALTER TABLE articles ADD COLUMN units TEXT NOT NULL DEFAULT '';
CREATE TABLE unit_articles (
	unit TEXT PRIMARY KEY,
	n    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TEMP TABLE article_unit AS
	SELECT id AS article_id, 'global' AS unit FROM articles WHERE scope = 'global'
	UNION SELECT article_id, 'g:' || guild_id FROM article_guilds
	UNION SELECT article_id, 'f:' || feed_id FROM feed_items WHERE article_id IS NOT NULL;
CREATE INDEX temp.article_unit_article ON article_unit(article_id, unit);
UPDATE articles SET units = COALESCE((SELECT group_concat(token, ' ') FROM (SELECT
	CASE WHEN unit = 'global' THEN 'xunit0'
		WHEN unit LIKE 'g:%' THEN 'xunit1g' || lower(hex(substr(unit, 3)))
		ELSE 'xunit2f' || substr(unit, 3) END AS token
	FROM temp.article_unit WHERE article_id = articles.id ORDER BY unit)), '');
INSERT INTO unit_articles (unit, n) SELECT unit, count(*) FROM temp.article_unit GROUP BY unit;
DROP TABLE temp.article_unit;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts4(content="articles", title, body, units, tokenize=porter, order=DESC);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
