-- The text was stored three times (the body, every sentence, the full-text index's copy).
-- Only the summary's sentences are kept (with their offsets into the body): they are the only
-- ones read back, and the analyser splits the body again when it runs again. The full-text
-- index reads title and body from articles (external content) instead of holding a copy.
DELETE FROM sentences WHERE in_summary = 0;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts4(content="articles", title, body, tokenize=porter);
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
