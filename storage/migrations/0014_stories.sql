-- Stories: the articles that report one event, from any number of outlets. An article joins a
-- story when it is stored (or, for one stored before stories, when it is analysed again).
CREATE TABLE stories (
	id       INTEGER PRIMARY KEY,
	first_at INTEGER NOT NULL, -- unix seconds: the date of its first article
	last_at  INTEGER NOT NULL, -- and of its newest
	shared   INTEGER NOT NULL  -- 1: other articles may join it; 0: a guild's private article's own
);
ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id);
CREATE INDEX articles_story ON articles(story_id, id);

-- The story profiles (package stories) of the newest shared articles, from which a starting
-- process loads its index. Kept apart from articles so that dropping old ones frees whole pages
-- instead of leaving holes in the article rows (330 MiB of them at 100,000 articles). No foreign
-- keys: articles are never deleted, and checking them cost a third of ingest's speed.
CREATE TABLE story_profiles (
	article_id INTEGER PRIMARY KEY,
	story_id   INTEGER NOT NULL,
	unit       INTEGER NOT NULL, -- where it came from: 0 for everyone's (seeds, CLI), else its feed
	at         INTEGER NOT NULL, -- the article's date, unix seconds
	profile    BLOB    NOT NULL
);
