-- The guilds that added a story themselves: a story two guilds add privately is seen by both.
CREATE TABLE article_guilds (
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	guild_id   TEXT    NOT NULL,
	PRIMARY KEY (article_id, guild_id)
) WITHOUT ROWID;
INSERT INTO article_guilds (article_id, guild_id) SELECT id, guild_id FROM articles WHERE scope = 'guild';
