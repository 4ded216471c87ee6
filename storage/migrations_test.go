package storage

import (
	"bytes"
	"context"
	"database/sql"
	"io/fs"
	"log/slog"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// oldDatabase makes an empty database on the test's engine (see storagetest.EngineOf) as the
// migrations before the one named (such as "0007") left it, and returns where it is (a path or
// a URL) and a connection that bypasses Open. Backfills have nothing to fill in an empty
// database and are not run.
func oldDatabase(t *testing.T, before string) (string, *sql.DB) {
	t.Helper()
	dir, driver, record := "migrations", "sqlite3", `INSERT INTO migrations VALUES (?, 0)`
	target := filepath.Join(t.TempDir(), "old.db")
	source := dsn(target)
	if storagetest.EngineOf(t) == "postgres" {
		dir, driver, record = "migrations/postgres", "pgx", `INSERT INTO migrations VALUES ($1, 0)`
		target = storagetest.Postgres(t)
		source = target
	}
	old, err := sql.Open(driver, source)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { old.Close() })
	if _, err := old.Exec(`CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(migrations, dir+"/*.sql")
	for _, name := range names {
		if name >= dir+"/"+before {
			break
		}
		body, _ := migrations.ReadFile(name)
		if _, err := old.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := old.Exec(record, name); err != nil {
			t.Fatal(err)
		}
	}
	return target, old
}

// upgraded makes a database as the migrations before the one named left it, writes seed into it
// (with args), and opens it: the remaining migrations run on that data.
func upgraded(t *testing.T, before, seed string, args ...any) *DB {
	t.Helper()
	path, old := oldDatabase(t, before)
	if _, err := old.Exec(seed, args...); err != nil {
		t.Fatal(err)
	}
	old.Close()
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestMigrationKeepsData: the migration that rebuilds the articles table keeps every row that
// refers to an article, drops the speaker rows bare surnames used to get, and counts the rest.
func TestMigrationKeepsData(t *testing.T) {
	ctx := context.Background()
	path, old := oldDatabase(t, "0007")
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

// TestSketchesMoveOutOfTheArticles: migration 0015 moves the sketches the window still holds
// into their own table, byte for byte with the article's date, and drops the column.
func TestSketchesMoveOutOfTheArticles(t *testing.T) {
	sketch := []byte{1, 2, 3, 4, 5, 6, 7, 8}
	db := upgraded(t, "0015", `INSERT INTO articles (id, title, body, content_hash, added_at, analyser_version, sketch) VALUES
		(1, 'Old', 'a', 'h1', 100, 4, NULL), (2, 'New', 'b', 'h2', 200, 4, ?)`, sketch)
	var id, at int64
	var got []byte
	if err := db.db.QueryRow(`SELECT article_id, added_at, sketch FROM article_sketches`).Scan(&id, &at, &got); err != nil ||
		id != 2 || at != 200 || string(got) != string(sketch) {
		t.Errorf("article_sketches holds (%d, %d, %v), %v; want (2, 200, %v)", id, at, got, err, sketch)
	}
	var n int
	db.db.QueryRow(`SELECT count(*) FROM article_sketches`).Scan(&n)
	if n != 1 {
		t.Errorf("%d sketches, want 1", n)
	}
	if _, err := db.db.Exec(`SELECT sketch FROM articles`); err == nil {
		t.Error("articles still has a sketch column")
	}
}

// TestProfilesNumberedByMigration: migration 0016 numbers the stored story profiles in article
// order, and the next profile stored comes after them.
func TestProfilesNumberedByMigration(t *testing.T) {
	db := upgraded(t, "0016", `INSERT INTO story_profiles (article_id, story_id, unit, at, profile) VALUES
		(7, 1, 0, 100, x'00'), (9, 2, 0, 200, x'00')`)
	rows, err := queryAll(context.Background(), db.db, scanInt64, `SELECT seq FROM story_profiles ORDER BY article_id`)
	if err != nil || len(rows) != 2 || rows[0] != 7 || rows[1] != 9 {
		t.Fatalf("seq after the migration: %v, %v; want [7 9]", rows, err)
	}
	a := article("Port Ellen harbour reopens", harbourStory)
	res, err := db.AddArticle(context.Background(), a, briefing.Analyze(a), "")
	if err != nil {
		t.Fatal(err)
	}
	var seq int64
	if err := db.db.QueryRow(`SELECT seq FROM story_profiles WHERE article_id = ?`, res.ID).Scan(&seq); err != nil || seq <= 9 {
		t.Errorf("the next profile's seq is %d, %v; want more than 9", seq, err)
	}
}

// TestSearchIndexRebuiltNewestFirst: migration 0017 replaces the full-text index and its
// recent generations with one index built from the stored articles, and titles of their own:
// articles stored before it are found by search and by title autocomplete.
func TestSearchIndexRebuiltNewestFirst(t *testing.T) {
	db := upgraded(t, "0017", `INSERT INTO articles (id, title, body, content_hash, added_at, analyser_version) VALUES
		(1, 'Harbour reopens', 'The harbour reopened in spring.', 'h1', 100, 4),
		(2, 'Ferry returns', 'The ferry came back to the harbour.', 'h2', 200, 4);
		INSERT INTO articles_fts_r0 (docid, title, body) SELECT id, title, body FROM articles`)
	ctx := context.Background()
	found, n, err := db.Search(ctx, "harbour", "", 0, 10)
	if err != nil || n != 2 || len(found) != 2 {
		t.Fatalf("search after the migration: %d of %d, %v; want both", len(found), n, err)
	}
	if found, _, _ := db.Search(ctx, "spring", "", 0, 10); len(found) != 1 || found[0].ID != 1 {
		t.Errorf("spring: %+v, want article 1", found)
	}
	titles, err := db.ArticleTitles(ctx, "fer", "", 25)
	if err != nil || len(titles) != 1 || titles[0].ID != 2 {
		t.Errorf("titles like fer: %+v, %v; want article 2", titles, err)
	}
	for _, gone := range []string{"articles_fts_r0", "articles_fts_r1", "search_state"} {
		if _, err := db.db.Exec(`SELECT count(*) FROM ` + gone); err == nil {
			t.Errorf("%s is still there", gone)
		}
	}
}

// TestSearchFindsOldArticlesWordsAsQueriesReadThem: the migrations that give the full-text
// indexes each text's words (SQLite's 0021, PostgreSQL's 0017) index again the articles stored
// before them, so that an old article is found by a word next to a typographic apostrophe or
// quotation mark, and by a word asked without its accents.
func TestSearchFindsOldArticlesWordsAsQueriesReadThem(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		before, index := "0021", `INSERT INTO articles_fts (docid, title, body, units) SELECT id, title, body, units FROM articles;
			INSERT INTO article_titles (docid, title) SELECT id, title FROM articles`
		if storagetest.EngineOf(t) == "postgres" {
			before, index = "0017", `SELECT 1` // the vectors are the rows' own
		}
		db := upgraded(t, before, `INSERT INTO articles (id, title, body, content_hash, added_at, analyser_version, units) VALUES
			(1, 'Ankara talks', 'Erdoğan called Reagan’s plan “voodoo economics”.', 'h1', 100, 4, 'xunit0');
			INSERT INTO unit_articles (unit, n) VALUES ('global', 1);`+index)
		ctx := context.Background()
		for _, q := range []string{"voodoo", "Reagan", "Erdogan"} {
			if found, _, err := db.Search(ctx, q, "", 0, 10); err != nil || len(found) != 1 {
				t.Errorf("Search(%q) after the migration: %d found, %v", q, len(found), err)
			}
		}
		if found, err := db.ArticleTitles(ctx, "ank", "", 10); err != nil || len(found) != 1 {
			t.Errorf("ArticleTitles(ank) after the migration: %v, %v", found, err)
		}
	})
}

// TestUpgradeLogsItsMigrations: opening a database that had migrations already logs each one
// it applies, as it begins and with its time (one may take long on a large file); a new
// database's migrations log nothing.
func TestUpgradeLogsItsMigrations(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		before, want := "0021", []string{"0021_search_words.sql", "0022_fts_automerge.sql"}
		if storagetest.EngineOf(t) == "postgres" {
			before, want = "0017", []string{"0017_search_accents.sql"}
		}
		target, old := oldDatabase(t, before)
		old.Close()
		var logs bytes.Buffer
		db, err := Open(context.Background(), target, WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
		for _, name := range want {
			if !strings.Contains(logs.String(), `msg="upgrading the database" migration=`+name) ||
				!regexp.MustCompile(`msg="database upgraded" migration=`+regexp.QuoteMeta(name)+` took=\d`).MatchString(logs.String()) {
				t.Errorf("no log of %s before and after:\n%s", name, logs.String())
			}
		}
		if n := strings.Count(logs.String(), "database upgraded"); n != len(want) {
			t.Errorf("%d migrations logged, want %d:\n%s", n, len(want), logs.String())
		}
	})
	var logs bytes.Buffer
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "new.db"), WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if logs.Len() > 0 {
		t.Errorf("a new database logged:\n%s", logs.String())
	}
}
