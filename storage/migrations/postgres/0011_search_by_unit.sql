-- Search reads, for a guild that sees a small share of the articles, only the articles of the
-- units it sees (everyone's, its own pastes, the feeds it follows), as on SQLite (its migration
-- 0018; units.go spells the tokens). Each article keeps its units' tokens, and the word index's
-- vector carries them as lexemes beside the block lexeme of 0009: a window asks for the words,
-- its blocks and any of the guild's units, and GIN's fast scan skips through the longer lists.
-- The counts of articles per unit size the windows and tell a search whether to ask for units.
ALTER TABLE articles ADD COLUMN units TEXT NOT NULL DEFAULT '';
CREATE TABLE unit_articles (
	unit TEXT PRIMARY KEY,
	n    BIGINT NOT NULL
);
-- The index goes first: the rows written below would each add their vector to it. It is built
-- again by the next migration, in a transaction of its own: built in this one, it would also
-- hold the rows' old versions, which this transaction still sees (twice the size, for good).
DROP INDEX articles_search;
CREATE TEMP TABLE article_unit AS
	SELECT id AS article_id, 'global' AS unit FROM articles WHERE scope = 'global'
	UNION SELECT article_id, 'g:' || guild_id FROM article_guilds
	UNION SELECT article_id, 'f:' || feed_id FROM feed_items WHERE article_id IS NOT NULL;
UPDATE articles a SET units = t.tokens FROM (SELECT article_id, string_agg(
		CASE WHEN unit = 'global' THEN 'xunit0'
			WHEN unit LIKE 'g:%' THEN 'xunit1g' || encode(convert_to(substr(unit, 3), 'UTF8'), 'hex')
			ELSE 'xunit2f' || substr(unit, 3) END, ' ' ORDER BY unit) AS tokens
	FROM article_unit GROUP BY article_id) t
	WHERE t.article_id = a.id;
INSERT INTO unit_articles (unit, n) SELECT unit, count(*) FROM article_unit GROUP BY unit;
DROP TABLE article_unit;
