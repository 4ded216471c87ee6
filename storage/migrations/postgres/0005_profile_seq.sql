-- The order story profiles were stored in, across processes, as in SQLite's migration 0016.
ALTER TABLE story_profiles ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;
UPDATE story_profiles SET seq = article_id;
CREATE INDEX story_profiles_seq ON story_profiles(seq);
