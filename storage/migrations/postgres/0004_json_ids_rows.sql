-- json_ids carries the short id lists of the shared queries (a page of articles, a speaker's
-- namesakes). Planned at PostgreSQL's default of 1,000 rows for a function, such a list was
-- hashed against a whole table read in full: the speakers of a /quotes lookup were found by
-- reading all 17,415 rows of speaker_units at 100,000 articles (10 ms) instead of three by
-- their key. Ten rows is what the lists hold.
ALTER FUNCTION json_ids(text) ROWS 10;
