-- Articles, stored once: by canonical URL when there is one, else by a hash of their words.
CREATE TABLE articles (
	id               INTEGER PRIMARY KEY,
	title            TEXT    NOT NULL,
	body             TEXT    NOT NULL,
	url              TEXT    NOT NULL DEFAULT '',
	canonical_url    TEXT    UNIQUE,            -- NULL when the article has no URL
	content_hash     TEXT    NOT NULL UNIQUE,
	source           TEXT    NOT NULL DEFAULT '',
	guild_id         TEXT    NOT NULL DEFAULT '', -- '' = visible in every guild
	published_at     INTEGER,                    -- unix seconds, UTC; NULL when unknown
	added_at         INTEGER NOT NULL,           -- unix seconds, UTC
	analyser_version INTEGER NOT NULL
);
CREATE INDEX articles_added ON articles(added_at);

-- The body's sentences; in_summary marks the extractive summary.
CREATE TABLE sentences (
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	para       INTEGER NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte   INTEGER NOT NULL,
	text       TEXT    NOT NULL,
	in_summary INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- One row a person or body that speaks; name is the fullest form seen.
CREATE TABLE speakers (
	id          INTEGER PRIMARY KEY,
	name        TEXT NOT NULL,
	first_key   TEXT NOT NULL DEFAULT '', -- folded first name, '' when only a surname is known
	surname_key TEXT NOT NULL,            -- folded, transliteration-normalised last word
	person      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX speakers_surname ON speakers(surname_key);

-- Every spelling a speaker was quoted under, folded ("zelenskyy", "president volodymyr zelensky").
CREATE TABLE speaker_aliases (
	alias      TEXT    NOT NULL,
	speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
	PRIMARY KEY (alias, speaker_id)
) WITHOUT ROWID;

CREATE TABLE quotes (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	speaker_id INTEGER REFERENCES speakers(id),
	speaker_as TEXT    NOT NULL DEFAULT '', -- the name as this article gives it
	text       TEXT    NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte   INTEGER NOT NULL,
	rank       INTEGER NOT NULL,            -- 0 = the article's key quote
	partial    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article ON quotes(article_id, rank);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

-- Full-text index over titles and bodies (FTS4 ships with go-sqlite3; no build tag needed).
CREATE VIRTUAL TABLE articles_fts USING fts4(title, body, tokenize=porter);
