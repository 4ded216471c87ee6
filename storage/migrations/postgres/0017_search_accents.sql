-- A word is found whatever accents it is written with: the search vectors read each title and
-- body with its accents taken off (fold_accents), as the queries' words are (text.Fold), so that
-- "Erdogan" finds "Erdoğan". SQLite's index does the same through its view (its migration 0021).
-- fold_accents decomposes each letter (NFKD, as text.Fold) and drops the combining marks of the
-- Latin, Greek and Cyrillic scripts' accents; text.Fold drops every nonspacing mark, so a mark
-- of another script still keeps a word from being found by the word without it.
CREATE FUNCTION fold_accents(s text) RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	AS $$ SELECT regexp_replace(normalize(s, NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g') $$;
-- A generated column's expression cannot change: the vectors are made again, and their indexes
-- (migrations 0012, 0013) and statistics (0003) with them. Each rewrite of the table leaves no
-- old rows behind for the indexes to hold.
ALTER TABLE articles DROP COLUMN search;
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS
	(setweight(to_tsvector('briefbot', fold_accents(title)), 'A') || setweight(to_tsvector('briefbot', fold_accents(body)), 'B')) STORED;
ALTER TABLE articles DROP COLUMN title_search;
ALTER TABLE articles ADD COLUMN title_search tsvector GENERATED ALWAYS AS (to_tsvector('briefbot', fold_accents(title))) STORED;
CREATE INDEX articles_search ON articles USING gin ((search || array_to_tsvector(ARRAY['_' || (id >> 10)::text]
	|| string_to_array(units, ' '))))
	WITH (gin_pending_list_limit = 256);
CREATE INDEX articles_title_words ON articles
	USING gin ((title_search || array_to_tsvector(string_to_array(replace('_' || units, ' ', ' _'), ' '))))
	WITH (gin_pending_list_limit = 256);
ALTER TABLE articles ALTER COLUMN search SET STATISTICS 1000;
ANALYZE articles;
