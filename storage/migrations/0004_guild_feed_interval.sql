-- Each guild asks for its own poll interval; a feed is polled at the shortest one asked.
ALTER TABLE guild_feeds ADD COLUMN interval_s INTEGER NOT NULL DEFAULT 900;
UPDATE guild_feeds SET interval_s = (SELECT interval_s FROM feeds WHERE feeds.id = guild_feeds.feed_id);
