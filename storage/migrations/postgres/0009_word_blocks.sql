-- The word index also knows each article's block of 1,024 ids. A rare word's newest matches are
-- read in windows of the newest ids (see newestInWindows), and before this the index gave every
-- match of the word, all of which went into a bitmap that the window's ids then cut down: a
-- word in 15% of 100,000 articles put 15,000 matches in the bitmap to keep 300 (2.9 ms of a
-- 3.4 ms search). Now each article's vector carries one more lexeme, `_` and its block number,
-- which no text yields (the parser drops `_`), and a window asks for the word and any of its
-- blocks: GIN's fast scan then walks the smaller list and skips through the other (0.3 ms).
-- The index is built on an expression, so no row is written again; queries spell it as
-- pgWords does.
DROP INDEX articles_search;
CREATE INDEX articles_search ON articles USING gin ((search || array_to_tsvector(ARRAY['_' || (id >> 10)::text])))
	WITH (gin_pending_list_limit = 256);
