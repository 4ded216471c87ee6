-- The text was stored three times (the body, every sentence, the full-text index's copy).
-- Sentences keep their offsets into the body; only summary sentences keep their text, the
-- only ones read back. The full-text index reads title and body from articles
-- (external content) instead of holding a copy of its own.
UPDATE sentences SET text = '' WHERE in_summary = 0;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts4(content="articles", title, body, tokenize=porter);
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
