-- The order story profiles were stored in, across processes. A process's story index reads the
-- profiles stored since the last it holds; by article id it missed those stored later for older
-- articles (a paste a feed then carried, an article analysed again). Numbered under the write
-- lock, seq grows with every profile written, whoever writes it.
ALTER TABLE story_profiles ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE story_profiles SET seq = article_id;
CREATE INDEX story_profiles_seq ON story_profiles(seq);
