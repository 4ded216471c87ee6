-- The titles' index (migration 0006) carries each article's units too, as the word index does
-- (0011, 0012): /summary autocomplete for a guild that sees a small share of the articles asks
-- for any of its units and reads its own titles alone. Here each unit's lexeme begins with `_`,
-- which no word typed can (the parser drops it), so that a prefix typed ("xu") never finds an
-- article by its units (see pgTitles).
DROP INDEX articles_title_words;
CREATE INDEX articles_title_words ON articles
	USING gin ((title_search || array_to_tsvector(string_to_array(replace('_' || units, ' ', ' _'), ' '))))
	WITH (gin_pending_list_limit = 256);
