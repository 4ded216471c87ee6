-- Full-text indexes of the newest articles, which search reads first: a word found in most
-- articles has a doclist the size of the window there, not of the whole database. Two
-- generations take turns: new articles go into the current one; when it holds recentArticles,
-- the older generation is dropped whole (FTS4 deletes one by one leave tombstones that bloat
-- the index) and starts again empty as the current one. Together they hold every article from
-- previous_from on; older matches come from the full index.
CREATE VIRTUAL TABLE articles_fts_r0 USING fts4(content="articles", title, body, tokenize=porter);
CREATE VIRTUAL TABLE articles_fts_r1 USING fts4(content="articles", title, body, tokenize=porter);
CREATE TABLE search_state (
	current       INTEGER NOT NULL, -- 0 or 1: the generation new articles go into
	current_from  INTEGER NOT NULL, -- the first article id the current generation holds
	previous_from INTEGER NOT NULL  -- the first id the previous one holds
);
INSERT INTO articles_fts_r0 (docid, title, body) SELECT id, title, body FROM articles ORDER BY id DESC LIMIT 5000;
INSERT INTO search_state (current, current_from, previous_from)
SELECT 0, COALESCE((SELECT min(id) FROM (SELECT id FROM articles ORDER BY id DESC LIMIT 5000)), 0),
	COALESCE((SELECT min(id) FROM (SELECT id FROM articles ORDER BY id DESC LIMIT 5000)), 0);
