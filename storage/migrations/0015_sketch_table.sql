-- The near-copy sketches of the articles inside the sketch window, in a table of their own. In
-- the article row, a sketch set to NULL when its article left the window left a 512-byte hole
-- that no later row fills (37 MiB at 100,000 articles); here a dropped sketch frees room that
-- the next ones reuse. added_at is the article's, so that the window is read here alone.
CREATE TABLE article_sketches (
	article_id INTEGER PRIMARY KEY,
	added_at   INTEGER NOT NULL,
	sketch     BLOB    NOT NULL
);
INSERT INTO article_sketches (article_id, added_at, sketch)
SELECT id, added_at, sketch FROM articles WHERE sketch IS NOT NULL;
ALTER TABLE articles DROP COLUMN sketch;
DROP TABLE sketch_state;
