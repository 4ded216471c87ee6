-- Stories: the articles that report one event, from any number of outlets. An article joins a
-- story when it is stored (or, for one stored before stories, when it is analysed again).
CREATE TABLE stories (
	id       INTEGER PRIMARY KEY,
	first_at INTEGER NOT NULL, -- unix seconds: the date of its first article
	last_at  INTEGER NOT NULL, -- and of its newest
	shared   INTEGER NOT NULL  -- 1: other articles may join it; 0: a guild's private article's own
);
ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id);
-- The article's story profile (package stories), kept while it may weigh words or centre a story.
ALTER TABLE articles ADD COLUMN story_profile BLOB;
CREATE INDEX articles_story ON articles(story_id, id);
