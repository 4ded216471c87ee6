-- A full-text index of the newest articles only (about recentArticles of them), which search
-- reads first: a word found in most articles has a doclist the size of the window there, not
-- of the whole database. Older matches come from the full index when the window has too few.
CREATE VIRTUAL TABLE articles_fts_recent USING fts4(content="articles", title, body, tokenize=porter);
INSERT INTO articles_fts_recent (docid, title, body) SELECT id, title, body FROM articles ORDER BY id DESC LIMIT 10000;
-- The recent index holds every article from recent_from on.
CREATE TABLE search_state (recent_from INTEGER NOT NULL);
INSERT INTO search_state (recent_from)
SELECT COALESCE((SELECT min(id) FROM (SELECT id FROM articles ORDER BY id DESC LIMIT 10000)), 0);
