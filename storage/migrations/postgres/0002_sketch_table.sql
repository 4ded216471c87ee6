-- The near-copy sketches in a table of their own, as in SQLite's migration 0015.
CREATE TABLE article_sketches (
	article_id BIGINT PRIMARY KEY,
	added_at   BIGINT NOT NULL,
	sketch     BYTEA  NOT NULL
);
INSERT INTO article_sketches (article_id, added_at, sketch)
SELECT id, added_at, sketch FROM articles WHERE sketch IS NOT NULL;
ALTER TABLE articles DROP COLUMN sketch;
DROP TABLE sketch_state;
