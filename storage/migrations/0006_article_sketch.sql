-- A MinHash sketch of each article's phrasing, to store a reworded copy of a story once, and
-- its bands (locality-sensitive hashing) so that only likely copies are compared.
-- Articles stored before have none and are matched word for word only.
ALTER TABLE articles ADD COLUMN sketch BLOB;
CREATE TABLE article_bands (
	band       INTEGER NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
