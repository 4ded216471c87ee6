-- The word index of migration 0009, now with each article's units (see 0011 and pgWords).
CREATE INDEX articles_search ON articles USING gin ((search || array_to_tsvector(ARRAY['_' || (id >> 10)::text]
	|| string_to_array(units, ' '))))
	WITH (gin_pending_list_limit = 256);
