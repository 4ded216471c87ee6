-- Each article's digest: its summary lines and key quote as one JSON value, written with its
-- analysis, so that a page of articles is read in one statement (see storage/digests.go).
-- The migration's backfill (fillAllDigests) writes the digests of the articles stored before.
CREATE TABLE article_digests (
	article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	digest TEXT NOT NULL
);
