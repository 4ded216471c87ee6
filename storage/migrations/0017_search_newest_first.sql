-- One full-text index, its doclists stored newest first (order=DESC), in place of a full index
-- and two recent generations. Search reads the newest matches first and stops at its limit:
-- FTS4 reads a doclist piece by piece when it is asked for docids in the order it stores them,
-- so a word found in most articles costs no more than the matches read, whatever the size of
-- the database. Each article is indexed once, as it comes, instead of twice.
DROP TABLE articles_fts_r0;
DROP TABLE articles_fts_r1;
DROP TABLE search_state;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts4(content="articles", title, body, tokenize=porter, order=DESC);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
-- Titles again, on their own, with prefix indexes: title autocomplete asks for what someone has
-- typed so far as a prefix, and a prefix FTS4 has an index for is read piece by piece too.
-- Longer prefixes read every title word they begin, few once a word is that far typed.
CREATE VIRTUAL TABLE article_titles USING fts4(content="articles", title, tokenize=porter, order=DESC, prefix="1,2,3,4");
INSERT INTO article_titles (article_titles) VALUES ('rebuild');
