-- The search indexes' pending lists stay short. A GIN index takes new entries into an unsorted
-- pending list, merged into the index when the list passes gin_pending_list_limit (4 MB by
-- default) or at a vacuum, and every search reads the whole list. At 100,000 articles a list of
-- 124 pages doubled a title lookup (1.5-2.0 ms, 0.7-0.8 ms once merged), and one of 230 pages
-- added a quarter to a word's index read; at 4,000 articles, where the default list holds a
-- large share of the words, a 256 kB list halved /search for a rare word (p50 3.4 -> 1.9 ms)
-- and /summary autocomplete (1.1 -> 0.8 ms). The cost is merging more often: ingest 137 -> 107
-- articles/s there.
ALTER INDEX articles_search SET (gin_pending_list_limit = 256);
ALTER INDEX articles_title_words SET (gin_pending_list_limit = 256);
