-- The near-copy bands are indexed in memory, from article_sketches (see storage/near.go): their
-- table's 16 rows an article, each on a random index page, cost a tenth of ingest.
DROP TABLE article_bands;
