-- Summary sentences and quotes carry their own text. On SQLite a row stored without its text
-- is read from its article's body between its offsets (see writeAnalysis); on PostgreSQL the
-- body is a TOAST value, decompressed anew for every row that reads it: /brief's 150 summary
-- lines took 1.15 ms of server time that way and 0.4 ms from their own text, at 100,000
-- articles. The text costs about 30 MiB (sentences) and 60 MiB (quotes) there. Copies from
-- SQLite run these statements again (see CopyFrom).
UPDATE sentences s SET text = convert_from(substring(convert_to(a.body, 'UTF8') from s.start_byte + 1 for s.end_byte - s.start_byte), 'UTF8')
	FROM articles a WHERE a.id = s.article_id AND s.text = '';
UPDATE quotes q SET text = convert_from(substring(convert_to(a.body, 'UTF8') from q.start_byte + 1 for q.end_byte - q.start_byte), 'UTF8')
	FROM articles a WHERE a.id = q.article_id AND q.text = '';
