-- The full-text indexes are given each title and body as its words (search_text, which is
-- text.SearchText, registered on every connection: see storage.SetUpConn), cut and folded as a
-- query's words are. The `porter` tokeniser keeps every byte past ASCII in a word, so the raw
-- text made "Reagan’s" and "“voodoo" words that a search for "Reagan" or "voodoo" did not find,
-- and "Erdoğan" one that "Erdogan" did not. The indexes' content is a view of the articles that
-- gives the same words, which they read to forget a row (units.go) or to rebuild.
CREATE VIEW article_words AS
	SELECT id AS rowid, search_text(title) AS title, search_text(body) AS body, units FROM articles;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts4(content="article_words", title, body, units, tokenize=porter, order=DESC);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
DROP TABLE article_titles;
CREATE VIRTUAL TABLE article_titles USING fts4(content="article_words", title, tokenize=porter, order=DESC, prefix="1,2,3,4");
INSERT INTO article_titles (article_titles) VALUES ('rebuild');
