package storage

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"testing"
)

// TestMigrationKeepsData: the migration that rebuilds the articles table keeps every row that
// refers to an article, drops the speaker rows bare surnames used to get, and counts the rest.
func TestMigrationKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(`CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	for _, name := range names {
		if name >= "migrations/0007" {
			break
		}
		body, _ := migrations.ReadFile(name)
		if _, err := old.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		old.Exec(`INSERT INTO migrations VALUES (?, 0)`, name)
	}
	// What the old code stored: two Trumps, and a bare "Trump" row for each ambiguous quote.
	for _, stmt := range []string{
		`INSERT INTO articles (id, title, body, content_hash, added_at, analyser_version) VALUES
			(1, 'A', 'a', 'h1', 100, 2), (2, 'B', 'b', 'h2', 200, 2)`,
		`INSERT INTO sentences (article_id, idx, para, start_byte, end_byte, text, in_summary) VALUES (1, 0, 0, 0, 1, 'a', 1),
			(2, 0, 0, 0, 1, 'b', 1), (2, 1, 0, 1, 2, 'c', 0)`,
		`INSERT INTO speakers (id, name, first_key, surname_key) VALUES (1, 'Donald Trump', 'donald', 'trump'),
			(2, 'Melania Trump', 'melania', 'trump'), (3, 'Trump', '', 'trump'), (4, 'Trump', '', 'trump')`,
		`INSERT INTO speaker_aliases VALUES ('donald trump', 1), ('melania trump', 2), ('trump', 3), ('trump', 4)`,
		`INSERT INTO quotes (article_id, speaker_id, speaker_as, text, start_byte, end_byte, rank) VALUES
			(1, 1, 'Donald Trump', 'q1', 0, 1, 0), (1, 3, 'Trump', 'q2', 0, 1, 1), (2, 4, 'Trump', 'q3', 0, 1, 0),
			(2, 2, 'Melania Trump', 'q4', 0, 1, 1)`,
		`INSERT INTO articles_fts (rowid, title, body) VALUES (1, 'A', 'a'), (2, 'B', 'b')`,
	} {
		if _, err := old.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	old.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for table, want := range map[string]int{"articles": 2, "sentences": 2, "quotes": 4, "speakers": 2,
		"speaker_units": 2, "speaker_words": 4} {
		var n int
		if err := db.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != want {
			t.Errorf("%s: %d rows after the migration, want %d", table, n, want)
		}
	}
	qs, err := db.QuotesBySpeaker(ctx, "Donald Trump", "", 10)
	if err != nil || len(qs) != 1 || qs[0].Text != "q1" || qs[0].Speaker != "Donald Trump" {
		t.Errorf("Donald Trump after the migration: %+v, %v", qs, err)
	}
	if sp, _ := db.Speakers(ctx, "tru", "", 25); len(sp) != 2 {
		t.Errorf("autocomplete after the migration: %+v", sp)
	}
}
