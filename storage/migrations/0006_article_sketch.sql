-- A MinHash sketch of each article's phrasing, to store a reworded copy of a story once.
-- Articles stored before have none and are matched word for word only.
ALTER TABLE articles ADD COLUMN sketch BLOB;
