package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// mustOpen opens a fresh database on the test's engine (see storagetest.Each) with a pinned clock.
func mustOpen(tb testing.TB) *DB {
	tb.Helper()
	db, err := Open(context.Background(), storagetest.Target(tb))
	if err != nil {
		tb.Fatal(err)
	}
	db.Now = func() time.Time { return time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC) }
	tb.Cleanup(func() { db.Close() })
	return db
}

// mustOpenPostgres is mustOpen for a test of PostgreSQL's own mechanisms: on SQLite it skips,
// saying why.
func mustOpenPostgres(t *testing.T, why string) *DB {
	t.Helper()
	db := mustOpen(t)
	if db.Engine() != Postgres {
		t.Skip(why)
	}
	return db
}

func article(title, body string) briefing.Article {
	return briefing.Article{Title: title, Body: body, Source: "test"}
}

// mustAddURL stores an article as mustAdd does, found at url.
func mustAddURL(tb testing.TB, db *DB, a briefing.Article, url, guild string) AddResult {
	tb.Helper()
	a.URL = url
	return mustAdd(tb, db, a, guild)
}

// mustAdd analyses and stores an article.
func mustAdd(tb testing.TB, db *DB, a briefing.Article, guild string) AddResult {
	tb.Helper()
	res, err := db.AddArticle(context.Background(), a, briefing.Analyze(a), guild)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

const zelenskyBody = `President Volodymyr Zelensky visited the front on Wednesday.
"We are not afraid of anyone," Zelensky said.
"We will defend ourselves."
Officials in Kyiv said the visit had been planned for weeks.`

func TestMigrationsRunOnce(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		path := storagetest.Target(t)
		ctx := context.Background()
		for i := 0; i < 2; i++ {
			db, err := Open(ctx, path)
			if err != nil {
				t.Fatalf("open %d: %v", i, err)
			}
			var n int
			if err := db.db.QueryRow(`SELECT count(*) FROM migrations`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if want, _ := fs.Glob(migrations, migrationDir(db)+"/*.sql"); n != len(want) {
				t.Errorf("open %d: %d migrations recorded, want %d", i, n, len(want))
			}
			if i == 0 {
				mustAdd(t, db, article("Zelensky at the front", zelenskyBody), "")
			}
			db.Close()
		}
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if s, _ := db.Stats(ctx); s.Articles != 1 {
			t.Errorf("reopening lost data: %+v", s)
		}
	})
}

// TestSizeCountsTheLogsPages: a database's size counts what it holds, on SQLite the pages still
// only in the write-ahead log too, and grows as articles come.
func TestSizeCountsTheLogsPages(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		empty, err := db.Size(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if empty < 64<<10 {
			t.Errorf("an empty database of every table and index: %d bytes, want at least 64 KiB", empty)
		}
		for i := range 20 {
			words := make([]string, 600) // words no other article has: no copy of another
			for j := range words {
				words[j] = fmt.Sprintf("w%dx%d", i, j)
			}
			if res := mustAdd(t, db, article(fmt.Sprintf("Report %d", i), strings.Join(words, " ")+"."), ""); !res.Added {
				t.Fatalf("article %d was taken for a copy", i)
			}
		}
		full, err := db.Size(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if full <= empty {
			t.Errorf("20 articles: %d bytes, no more than the empty database's %d", full, empty)
		}
	})
}

// TestTrimGivesFreePagesBack: the full-text index frees the segments it merges (sixteen, at
// the sixteenth write), and those pages go back to the file system: after a write of its own
// at once, after writes in bulk when their caller trims. A file made before auto_vacuum keeps
// working, its pages kept and counted as untrimmable, until its backup takes its place.
func TestTrimGivesFreePagesBack(t *testing.T) {
	ctx := context.Background()
	pages := func(t *testing.T, db *DB) (free, all int64) {
		t.Helper()
		if err := db.db.QueryRowContext(ctx, `SELECT freelist_count, page_count FROM pragma_freelist_count(), pragma_page_count()`).Scan(&free, &all); err != nil {
			t.Fatal(err)
		}
		return free, all
	}
	// Twenty articles of 3,000 words no other has, each its own transaction: a full-text
	// segment of ~8 pages each, merged at the sixteenth.
	add := func(t *testing.T, db *DB, bulk bool) {
		t.Helper()
		for i := range 20 {
			words := make([]string, 3000)
			for j := range words {
				words[j] = fmt.Sprintf("w%dx%d", i, j)
			}
			a := article(fmt.Sprintf("Report %d", i), strings.Join(words, " ")+".")
			if !bulk {
				mustAdd(t, db, a, "")
				continue
			}
			if _, err := db.AddArticles(ctx, []Incoming{{a, briefing.Analyze(a)}}, ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Run("one at a time", func(t *testing.T) {
		db := mustOpen(t)
		db.trimFloor = 1
		add(t, db, false)
		if free, all := pages(t, db); free*32 >= all {
			t.Errorf("%d of %d pages free after writes one at a time, want under a thirty-second", free, all)
		}
	})
	t.Run("in bulk", func(t *testing.T) {
		db := mustOpen(t)
		db.trimFloor = 1
		add(t, db, true)
		free, all := pages(t, db)
		if free*32 < all {
			t.Fatalf("%d of %d pages free after writes in bulk: no merge freed pages to give back", free, all)
		}
		usedFree := func() int64 {
			parts, err := db.Usage(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range parts {
				if p.Name == "free pages" {
					return p.Bytes
				}
			}
			t.Fatal("no free pages among the parts of the database")
			return 0
		}
		if got := usedFree(); got != free*pageSize {
			t.Errorf("the parts give %d bytes of free pages, want %d", got, free*pageSize)
		}
		if got, err := db.Untrimmable(ctx); err != nil || got != 0 {
			t.Errorf("a file made with auto_vacuum, %d pages free: untrimmable %d bytes (%v), want 0", free, got, err)
		}
		if err := db.Trim(ctx); err != nil {
			t.Fatal(err)
		}
		if free2, all2 := pages(t, db); free2 != 0 || all2 != all-free {
			t.Errorf("trimmed: %d free of %d pages, want 0 of %d", free2, all2, all-free)
		}
		if got := usedFree(); got != 0 {
			t.Errorf("trimmed: the parts give %d bytes of free pages, want 0", got)
		}
		if n, _, err := db.Search(ctx, "w3x2999", "", 0, 10); err != nil || len(n) != 1 {
			t.Errorf("a word of the fourth article after the trim: %d found (%v), want 1", len(n), err)
		}
	})
	t.Run("a file made before", func(t *testing.T) {
		path := fileMadeBefore(t)
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		db.trimFloor = 1
		var size int64
		if err := db.db.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&size); err != nil || size != 4096 {
			t.Errorf("a file made before: pages of %d bytes (%v), want the 4,096 it was made with", size, err)
		}
		add(t, db, false)
		if free, all := pages(t, db); free*32 < all {
			t.Errorf("%d of %d pages free: a file without auto_vacuum was trimmed", free, all)
		}
		if err := db.Trim(ctx); err != nil {
			t.Errorf("trim a file without auto_vacuum: %v", err)
		}
		free, _ := pages(t, db)
		if got, err := db.Untrimmable(ctx); err != nil || got != free*4096 {
			t.Errorf("untrimmable: %d bytes (%v), want the %d free pages' %d", got, err, free, free*4096)
		}
		// Its backup is a file made now: it can be trimmed.
		copyPath := filepath.Join(t.TempDir(), "copy.db")
		if err := db.Backup(ctx, copyPath); err != nil {
			t.Fatal(err)
		}
		restored, err := Open(ctx, copyPath)
		if err != nil {
			t.Fatal(err)
		}
		defer restored.Close()
		var mode int
		if err := restored.db.QueryRowContext(ctx, `PRAGMA auto_vacuum`).Scan(&mode); err != nil || mode != 2 {
			t.Errorf("the backup's auto_vacuum: %d (%v), want 2 (incremental)", mode, err)
		}
		if got, err := restored.Untrimmable(ctx); err != nil || got != 0 {
			t.Errorf("the backup: untrimmable %d bytes (%v), want 0", got, err)
		}
	})
}

// fileMadeBefore returns the path of a SQLite file made as an older briefbot made them: in WAL
// mode with SQLite's default pages, without auto_vacuum, with a table and none of the schema.
func fileMadeBefore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL&_auto_vacuum=none")
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if _, err := old.ExecContext(context.Background(), `CREATE TABLE made_before (x INTEGER)`); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestNewFilePageSize: a SQLite file Open makes has pages of pageSize bytes, auto_vacuum and
// the write-ahead log, and keeps them when opened again; so does its backup.
func TestNewFilePageSize(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path, backup := filepath.Join(dir, "new.db"), filepath.Join(dir, "backup.db")
	for open := range 3 {
		if open == 2 {
			path = backup
		}
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		var size, vacuum int64
		var journal string
		if err := db.db.QueryRowContext(ctx, `SELECT page_size, auto_vacuum, journal_mode FROM pragma_page_size(), pragma_auto_vacuum(), pragma_journal_mode()`).Scan(&size, &vacuum, &journal); err != nil {
			t.Fatal(err)
		}
		if size != pageSize || vacuum != 2 || journal != "wal" {
			t.Errorf("%s: pages of %d bytes, auto_vacuum %d, journal %q; want %d, 2 (incremental), wal", []string{"made", "opened again", "its backup"}[open], size, vacuum, journal, pageSize)
		}
		if open == 0 {
			mustAdd(t, db, article("Zelensky at the front", zelenskyBody), "")
		} else if got, _, err := db.Search(ctx, "zelensky", "", 0, 10); err != nil || len(got) != 1 {
			t.Errorf("opened again or backed up: a search found %d (%v), want the article stored", len(got), err)
		}
		if open == 1 {
			if err := db.Backup(ctx, backup); err != nil {
				t.Fatal(err)
			}
		}
		db.Close()
	}
}

// TestCheckpointInterval: the writer lets the write-ahead log grow to walBytes before it is
// copied into the database, in pages of the file's size: a new file's and one made before with
// SQLite's default pages.
func TestCheckpointInterval(t *testing.T) {
	ctx := context.Background()
	old := fileMadeBefore(t)
	for _, tc := range []struct {
		path  string
		pages int
	}{{filepath.Join(t.TempDir(), "new.db"), walBytes / pageSize}, {old, walBytes / 4096}} {
		db, err := Open(ctx, tc.path)
		if err != nil {
			t.Fatal(err)
		}
		var got int
		if err := db.inTxOnly(ctx, func(tx *wtx) error {
			return tx.QueryRowContext(ctx, `PRAGMA wal_autocheckpoint`).Scan(&got)
		}); err != nil {
			t.Fatal(err)
		}
		if got != tc.pages {
			t.Errorf("%s: the writer checkpoints every %d pages, want %d", filepath.Base(tc.path), got, tc.pages)
		}
		db.Close()
	}
}

func TestDedupe(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		first := mustAdd(t, db, article("Zelensky at the front", zelenskyBody), "")
		if !first.Added {
			t.Fatal("first add not added")
		}
		tests := []struct {
			name string
			a    briefing.Article
		}{
			{"same text", article("Zelensky at the front", zelenskyBody)},
			{"same words, other spacing and marks", article("Another title", strings.ReplaceAll(strings.ReplaceAll(zelenskyBody, "\n", "\n\n"), `"`, "“"))},
		}
		for _, tc := range tests {
			res := mustAdd(t, db, tc.a, "")
			if res.Added || res.ID != first.ID {
				t.Errorf("%s: %+v, want duplicate of %d", tc.name, res, first.ID)
			}
		}
		withURL := article("Page", "A different story about the harbour and the storm that hit it on Monday night.")
		withURL.URL = "https://example.com/story?utm_source=x"
		a := mustAdd(t, db, withURL, "")
		withURL.Body = "The page was updated with new text about the harbour after the storm on Monday."
		withURL.URL = "https://EXAMPLE.com/story/#comments"
		b := mustAdd(t, db, withURL, "")
		if b.Added || b.ID != a.ID {
			t.Errorf("same canonical URL stored twice: %+v %+v", a, b)
		}
	})
}

func TestFailedAddLeavesNothing(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		// Make the last step of the transaction, storing a quote, fail.
		mend := failInserts(t, db, "quotes")
		a := article("Port Ellen harbour reopens", harbourStory) // long enough to be sketched
		if _, err := db.AddArticle(ctx, a, briefing.Analyze(a), "guild-a"); err == nil || !strings.Contains(err.Error(), "disk on fire") {
			t.Fatalf("err = %v, want the trigger's", err)
		}
		tables := []string{"articles", "sentences", "quotes", "speakers", "speaker_aliases", "article_guilds", "article_sketches"}
		if db.Engine() == SQLite {
			tables = append(tables, "articles_fts")
		}
		for _, table := range tables {
			var n int
			if err := db.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 0 {
				t.Errorf("%s has %d rows after a failed add", table, n)
			}
		}
		// The same article goes in once the fault is gone.
		mend()
		if res := mustAdd(t, db, a, ""); !res.Added {
			t.Error("article not added after the fault was fixed")
		}
	})
}

func TestQuotesBySpeakerAliases(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		mustAdd(t, db, article("Zelensky at the front", zelenskyBody), "")
		mustAdd(t, db, article("Zelenskyy in Brussels", `Ukrainian President Volodymyr Zelenskyy flew to Brussels on Thursday.
"Ukraine needs air defence now," Zelenskyy told reporters.`), "")
		mustAdd(t, db, article("Bidens", `US President Joe Biden spoke at the White House on Monday.
"We stand with Ukraine," Joe Biden said.
His son Hunter Biden also spoke later that day in Delaware.
"I am proud of my father," Hunter Biden said.`), "")

		for _, name := range []string{"Zelensky", "zelenskyy", "Zelenskiy", "President Volodymyr Zelensky", "zel", "volodymyr"} {
			qs, err := db.QuotesBySpeaker(ctx, name, "", 10)
			if err != nil {
				t.Errorf("%q: %v", name, err)
				continue
			}
			if len(qs) != 3 {
				t.Errorf("%q: %d quotes, want 3: %+v", name, len(qs), qs)
			}
			for _, q := range qs {
				if q.Speaker != "Volodymyr Zelensky" && q.Speaker != "Volodymyr Zelenskyy" {
					t.Errorf("%q: quote by %q", name, q.Speaker)
				}
			}
		}
		if sp, err := db.Speakers(ctx, "zelenskyy", "", 25); err != nil || len(sp) != 1 || sp[0].Quotes != 3 {
			t.Errorf("autocomplete for another spelling: %+v, %v", sp, err)
		}
		if sp, _ := db.Speakers(ctx, "bid", "", 25); len(sp) != 2 {
			t.Errorf("autocomplete by prefix: %+v", sp)
		}
		qs, err := db.QuotesBySpeaker(ctx, "Joe Biden", "", 10)
		if err != nil || len(qs) != 1 || qs[0].Speaker != "Joe Biden" {
			t.Errorf("Joe Biden: %+v, %v", qs, err)
		}
		qs, err = db.QuotesBySpeaker(ctx, "hunter biden", "", 10)
		if err != nil || len(qs) != 1 || qs[0].Speaker != "Hunter Biden" {
			t.Errorf("Hunter Biden: %+v, %v", qs, err)
		}

		_, err = db.QuotesBySpeaker(ctx, "Zelenksy", "", 10)
		var unknown *UnknownSpeakerError
		if !errors.As(err, &unknown) || len(unknown.Suggestions) == 0 || !strings.HasPrefix(unknown.Suggestions[0], "Volodymyr Zelensk") {
			t.Errorf("misspelt name: err = %v", err)
		}
		_, err = db.QuotesBySpeaker(ctx, "Nobody Atall", "", 10)
		if !errors.As(err, &unknown) || len(unknown.Suggestions) != 0 {
			t.Errorf("unknown name: err = %v", err)
		}
	})
}

func TestGuildVisibility(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		mustAdd(t, db, article("Zelensky at the front", zelenskyBody), "guild-a")
		mustAdd(t, db, article("Harbour", `The harbour at Port Ellen reopened on Friday after repairs. "It is a relief," harbour master Ann Reid said.`), "")
		var unknown *UnknownSpeakerError
		if qs, err := db.QuotesBySpeaker(ctx, "Zelensky", "guild-b", 10); !errors.As(err, &unknown) || len(qs) != 0 || len(unknown.Suggestions) != 0 {
			t.Errorf("guild-b sees guild-a's quotes: %+v %v", qs, err)
		}
		if qs, _ := db.QuotesBySpeaker(ctx, "Zelensky", "guild-a", 10); len(qs) != 2 {
			t.Errorf("guild-a sees %d of its quotes", len(qs))
		}
		arts, err := db.ArticlesSince(ctx, time.Time{}, "guild-b", 10)
		if err != nil || len(arts) != 1 || arts[0].Title != "Harbour" {
			t.Errorf("guild-b articles: %+v %v", arts, err)
		}
		if found, _, _ := db.Search(ctx, "Zelensky", "guild-b", 0, 10); len(found) != 0 {
			t.Errorf("guild-b finds guild-a's article by search")
		}
		if sp, _ := db.Speakers(ctx, "", "guild-b", 25); len(sp) != 1 || sp[0].Name != "Ann Reid" {
			t.Errorf("guild-b speakers: %+v", sp)
		}
	})
}

// TestPrivateStoryThenFeed: a story one guild added privately that a feed later carries is
// seen by the guilds following the feed, and still by the guild that added it; by no one else.
func TestPrivateStoryThenFeed(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		a := article("Zelensky at the front", zelenskyBody)
		a.URL = "https://news.example/zelensky"
		first := mustAdd(t, db, a, "guild-a")
		f, err := db.Follow(ctx, "guild-b", "chan", "https://news.example/rss", "", time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		res, err := db.AddFeedArticle(ctx, f.ID, "item-1", a, briefing.Analyze(a))
		if err != nil || res.Added || res.ID != first.ID {
			t.Fatalf("feed item = %+v, %v; want the same article", res, err)
		}
		for guild, want := range map[string]int{"guild-a": 1, "guild-b": 1, "guild-c": 0} {
			if _, err := db.Article(ctx, first.ID, guild); (err == nil) != (want == 1) {
				t.Errorf("%s reads the article: %v, want %v", guild, err == nil, want == 1)
			}
			if qs, _ := db.QuotesBySpeaker(ctx, "Zelensky", guild, 10); (len(qs) > 0) != (want == 1) {
				t.Errorf("%s sees %d quotes", guild, len(qs))
			}
		}
	})
}

// TestSameStoryAddedTwice: a story two guilds add privately is seen by both and by no third;
// added for everyone afterwards, everyone sees it.
func TestSameStoryAddedTwice(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		a := article("Zelensky at the front", zelenskyBody)
		first := mustAdd(t, db, a, "guild-a")
		if again := mustAdd(t, db, a, "guild-b"); again.Added || again.ID != first.ID {
			t.Fatalf("second add = %+v, want the stored article", again)
		}
		sees := func(guild string) bool { _, err := db.Article(ctx, first.ID, guild); return err == nil }
		if !sees("guild-a") || !sees("guild-b") || sees("guild-c") {
			t.Errorf("private to a and b: a %v, b %v, c %v", sees("guild-a"), sees("guild-b"), sees("guild-c"))
		}
		mustAdd(t, db, a, "")
		if got, err := db.Article(ctx, first.ID, "guild-c"); err != nil || got.GuildID != "" {
			t.Errorf("added for everyone, guild-c reads %+v, %v", got, err)
		}
	})
}

const harbourStory = `The harbour at Port Ellen reopened on Friday after three months of repairs to the
pier that was damaged in the January storms. Fishing boats returned to their moorings before dawn,
and the first ferry from Kennacraig docked shortly after nine in the morning with a full load of
passengers and freight. "It is a relief for everyone on the island," harbour master Ann Reid said.
The council said the repairs had cost 2.4 million pounds, most of it paid by the Scottish government.
Local businesses said the closure had cut their takings by a third over the winter months.`

// TestRewordedStoryIsStoredOnce: the same wire story under another headline, with words
// changed and a sentence added, is the article stored already; another story on the same
// subject is not.
func TestRewordedStoryIsStoredOnce(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		first := mustAdd(t, db, article("Port Ellen harbour reopens", harbourStory), "")
		reworded := strings.NewReplacer("nine in the morning", "9 a.m.").Replace(harbourStory) +
			"\nThe next storm season begins in October."
		// Another day's page of a series: the same frame around other news.
		frame := "This page is part of a daily series for teachers and pupils. Each day we bring you the stories " +
			"that matter, explained in plain words, with questions to talk about in class and links to maps. "
		tests := []struct {
			title, body string
			same        bool
		}{
			{"Islay harbour back in business after storm repairs", reworded, true},
			{"Daily page, Monday", frame + "Today: the harbour at Port Ellen reopened after months of repairs, and " +
				"a ferry docked with a full load. " + frame, false},
			{"Daily page, Tuesday", frame + "Today: a strike by ferry crews on Islay left the pier empty, and the " +
				"council asked islanders to check timetables. " + frame, false},
			{"Ferry strike on Islay", `Ferry crews on Islay walked out on Friday over pay, leaving the harbour at
Port Ellen empty for the first time since repairs to the storm-damaged pier ended. The union said talks
with the operator had failed after three months and that the strike would last until Monday. "We did not
want this," union official Sam Kerr said. The council said islanders should check the timetable before
travelling, and that freight would be carried by the Kennacraig service when it resumed.`, false},
		}
		for _, tc := range tests {
			res := mustAdd(t, db, article(tc.title, tc.body), "")
			if same := res.ID == first.ID && !res.Added; same != tc.same {
				t.Errorf("%q: stored as %+v, same story %v, want %v", tc.title, res, same, tc.same)
			}
		}
		// Stories stored more than two weeks ago are not compared.
		db.Now = func() time.Time { return time.Date(2026, 12, 25, 8, 0, 0, 0, time.UTC) }
		if res := mustAdd(t, db, article("Harbour reopening, a month on", reworded+" A month on, trade is back."), ""); !res.Added {
			t.Errorf("matched a story from a month before: %+v", res)
		}
	})
}

func TestSearchIgnoresFTSSyntax(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		mustAdd(t, db, article("Zelensky at the front", zelenskyBody), "")
		for _, q := range []string{`defend`, `DEFENDING`, `"zelensky" AND front`, `zelensky*`, `NEAR(x y)`, `col:defend`, `)(`, `""`} {
			if _, _, err := db.Search(ctx, q, "", 0, 10); err != nil {
				t.Errorf("Search(%q): %v", q, err)
			}
		}
		if got, _, _ := db.Search(ctx, "defending", "", 0, 10); len(got) != 1 {
			t.Errorf("stemmed search found %d", len(got))
		}
		if got, _, _ := db.Search(ctx, "defend harbour", "", 0, 10); len(got) != 0 {
			t.Errorf("search is not AND: found %d", len(got))
		}
	})
}

// TestSearchFindsWordsAsQueriesReadThem: a word is found whatever typographic punctuation
// touches it (an apostrophe, quotation marks, a dash), and whatever accents it is written or
// asked with; also once a guild's article is brought by everyone too, which makes SQLite's index
// forget the row (reading its content) and write it again; the index stays whole.
func TestSearchFindsWordsAsQueriesReadThem(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		a := article("Ankara talks", "Erdoğan met reporters in Ankara on Monday.\n"+
			"He called Reagan’s plan “voodoo economics”—a phrase he said he liked.")
		mustAdd(t, db, a, "g1")
		find := func(q, guild string) bool {
			t.Helper()
			got, _, err := db.Search(ctx, q, guild, 0, 10)
			if err != nil {
				t.Fatalf("Search(%q): %v", q, err)
			}
			return len(got) == 1
		}
		queries := []string{"voodoo", "Reagan", "economics", "phrase", "Erdogan", "erdoğan", "ERDOGAN"}
		for _, q := range queries {
			if !find(q, "g1") {
				t.Errorf("Search(%q) did not find the article", q)
			}
			if find(q, "g2") {
				t.Errorf("Search(%q) found another guild's article", q)
			}
		}
		mustAdd(t, db, a, "") // everyone's now: the row is forgotten and indexed again
		for _, q := range queries {
			if !find(q, "g2") {
				t.Errorf("after everyone brought it, Search(%q) did not find the article", q)
			}
		}
		if got, err := db.ArticleTitles(ctx, "ank", "g2", 10); err != nil || len(got) != 1 {
			t.Errorf("ArticleTitles(ank) = %v, %v", got, err)
		}
		if db.Engine() == SQLite {
			var check string
			if err := db.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
				t.Errorf("integrity_check: %q, %v", check, err)
			}
		}
	})
}

func TestArticleBriefingFields(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		res := mustAdd(t, db, article("Zelensky at the front", zelenskyBody), "")
		a, err := db.Article(ctx, res.ID, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Summary) == 0 || a.KeyQuote == nil || a.KeyQuote.Speaker != "Volodymyr Zelensky" {
			t.Fatalf("article = %+v, key quote %+v", a, a.KeyQuote)
		}
		// The key quote, read with the article in its digest, is the quote as the speaker's
		// own lookup reads it from its row, and the summary is the analysis's.
		an := briefing.Analyze(article("Zelensky at the front", zelenskyBody))
		var summary []string
		for _, i := range an.Summary {
			summary = append(summary, an.Sentences[i].Text)
		}
		if !slices.Equal(a.Summary, summary) {
			t.Errorf("summary %q, want %q", a.Summary, summary)
		}
		byRow, err := db.QuotesBySpeaker(ctx, "Zelensky", "", 50)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(byRow, func(q Quote) bool { return q.ID == a.KeyQuote.ID })
		if i < 0 {
			t.Fatalf("key quote %+v not among the speaker's %+v", a.KeyQuote, byRow)
		}
		want := byRow[i]
		want.Speaker = a.KeyQuote.Speaker // the lookup names the speaker as the guild knows them
		if *a.KeyQuote != want || want.Rank != 0 || want.Text != an.Quotes[0].Text || want.SpeakerID == 0 {
			t.Errorf("key quote %+v, want %+v", *a.KeyQuote, want)
		}
		if a.AnalyserVersion != briefing.AnalyserVersion {
			t.Errorf("analyser version %d", a.AnalyserVersion)
		}
		if _, err := db.Article(ctx, res.ID+100, ""); !errors.Is(err, ErrNotFound) {
			t.Errorf("missing article: %v", err)
		}
	})
}

func TestConcurrentWriters(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		var wg sync.WaitGroup
		errs := make(chan error, 40)
		for g := 0; g < 8; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for i := 0; i < 5; i++ {
					body := strings.Repeat("word ", 3) + "Story number " + string(rune('a'+g)) + string(rune('a'+i)) +
						` was filed today. "We are here," Maria Lopez said of the day.`
					a := article("t", body)
					if _, err := db.AddArticle(ctx, a, briefing.Analyze(a), ""); err != nil {
						errs <- err
					}
				}
			}(g)
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		if s, _ := db.Stats(ctx); s.Articles != 40 || s.Speakers != 1 {
			t.Errorf("stats = %+v, want 40 articles and one speaker", s)
		}
	})
}

func TestReanalyze(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		a := article("Zelensky at the front", zelenskyBody)
		old := briefing.Analysis{Version: 0} // an analyser that found nothing
		res, err := db.AddArticle(ctx, a, old, "")
		if err != nil {
			t.Fatal(err)
		}
		ids, err := db.Stale(ctx, briefing.AnalyserVersion)
		if err != nil || len(ids) != 1 || ids[0] != res.ID {
			t.Fatalf("stale = %v, %v", ids, err)
		}
		if err := db.Reanalyze(ctx, res.ID, briefing.Analyze); err != nil {
			t.Fatal(err)
		}
		got, err := db.Article(ctx, res.ID, "")
		if err != nil {
			t.Fatal(err)
		}
		if got.AnalyserVersion != briefing.AnalyserVersion || len(got.Summary) == 0 || got.KeyQuote == nil {
			t.Errorf("after reanalysis: %+v", got)
		}
		if ids, _ := db.Stale(ctx, briefing.AnalyserVersion); len(ids) != 0 {
			t.Errorf("still stale: %v", ids)
		}
		// Twice is the same as once: no duplicated sentences or quotes.
		db.Reanalyze(ctx, res.ID, briefing.Analyze)
		var n int
		db.db.QueryRow(`SELECT count(*) FROM quotes WHERE article_id = ?`, res.ID).Scan(&n)
		if n != len(briefing.Analyze(a).Quotes) {
			t.Errorf("%d quotes after two reanalyses", n)
		}
	})
}

// TestAnalysisFailedInPart: an analysis that a stage of failed (briefing.StageError) is
// stored with what the others found, said in the log with the stack, and kept stale, so that
// the next re-analysis (after a fix) reads the article again; one that succeeds then is current.
func TestAnalysisFailedInPart(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		var logged strings.Builder
		db.Logger = slog.New(slog.NewTextHandler(&logged, nil))
		ctx := context.Background()
		a := article("Zelensky at the front", zelenskyBody)
		failed := func(a briefing.Article) briefing.Analysis {
			an := briefing.Analyze(a)
			an.Quotes = nil
			an.Err = &briefing.StageError{Stage: "quotes", Panic: "index out of range", Stack: "goroutine 7 [running]:\nquotes.jointSpeakers"}
			return an
		}
		res, err := db.AddArticle(ctx, a, failed(a), "")
		if err != nil || !res.Added {
			t.Fatalf("add = %+v, %v", res, err)
		}
		got, err := db.Article(ctx, res.ID, "")
		if err != nil || len(got.Summary) == 0 || got.KeyQuote != nil {
			t.Fatalf("stored %+v, %v: want its summary, no quote", got, err)
		}
		for _, want := range []string{"failed in part", "Zelensky at the front", "the quotes failed: index out of range", "quotes.jointSpeakers"} {
			if !strings.Contains(logged.String(), want) {
				t.Errorf("log %q lacks %q", logged.String(), want)
			}
		}
		if ids, err := db.Stale(ctx, briefing.AnalyserVersion); err != nil || !slices.Equal(ids, []int64{res.ID}) {
			t.Fatalf("stale = %v, %v; want the article", ids, err)
		}
		if err := db.Reanalyze(ctx, res.ID, failed); err != nil {
			t.Fatal(err)
		}
		if ids, _ := db.Stale(ctx, briefing.AnalyserVersion); !slices.Equal(ids, []int64{res.ID}) {
			t.Errorf("stale after a re-analysis that failed again = %v; want the article", ids)
		}
		if err := db.Reanalyze(ctx, res.ID, briefing.Analyze); err != nil {
			t.Fatal(err)
		}
		if ids, _ := db.Stale(ctx, briefing.AnalyserVersion); len(ids) != 0 {
			t.Errorf("stale after a whole re-analysis = %v", ids)
		}
		if got, _ := db.Article(ctx, res.ID, ""); got.KeyQuote == nil {
			t.Errorf("no key quote after a whole re-analysis: %+v", got)
		}
	})
}

// TestFeedIntervalIsTheShortestAsked: a feed several guilds follow is polled at the shortest
// interval any of them asked for, and a guild leaving gives the others theirs back.
func TestFeedIntervalIsTheShortestAsked(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		const url = "https://news.example/rss"
		steps := []struct {
			guild    string
			follow   bool
			interval time.Duration
			want     time.Duration
		}{
			{"guild-a", true, time.Hour, time.Hour},
			{"guild-b", true, 15 * time.Minute, 15 * time.Minute},
			{"guild-c", true, 6 * time.Hour, 15 * time.Minute}, // a slower guild slows no one
			{"guild-b", false, 0, time.Hour},
			{"guild-a", true, 30 * time.Minute, 30 * time.Minute}, // asking again changes one's own
		}
		for i, st := range steps {
			if st.follow {
				if _, err := db.Follow(ctx, st.guild, "chan", url, "", st.interval); err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
			} else if ok, err := db.Unfollow(ctx, st.guild, url); err != nil || !ok {
				t.Fatalf("step %d: unfollow = %v, %v", i, ok, err)
			}
			feeds, err := db.GuildFeeds(ctx, "guild-a") // a follows throughout
			if err != nil || len(feeds) != 1 {
				t.Fatalf("step %d: feeds %v, %v", i, feeds, err)
			}
			if feeds[0].Interval != st.want {
				t.Errorf("step %d: interval %v, want %v", i, feeds[0].Interval, st.want)
			}
		}
	})
}

// failInserts makes every insert into table fail with "disk on fire" until the returned
// function mends it: a fault in the middle of a write.
func failInserts(tb testing.TB, db *DB, table string) (mend func()) {
	tb.Helper()
	do, undo := `CREATE TRIGGER fail_`+table+` BEFORE INSERT ON `+table+` BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`,
		`DROP TRIGGER fail_`+table
	if db.Engine() == Postgres {
		do = `CREATE FUNCTION fail_` + table + `() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk on fire'; END $$;
			CREATE TRIGGER fail_` + table + ` BEFORE INSERT ON ` + table + ` FOR EACH ROW EXECUTE FUNCTION fail_` + table + `()`
		undo = `DROP TRIGGER fail_` + table + ` ON ` + table
	}
	if _, err := db.db.DB.Exec(do); err != nil {
		tb.Fatal(err)
	}
	return func() {
		if _, err := db.db.DB.Exec(undo); err != nil {
			tb.Fatal(err)
		}
	}
}

// TestReanalysisSharedByProcesses: two processes go through the same list of stale articles
// at once; between them each article is analysed once, and all end up current.
func TestReanalysisSharedByProcesses(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		procs := processes(t)
		for i := 0; i < 12; i++ {
			a := article(fmt.Sprintf("Harbour news %d", i), fmt.Sprintf("Item %d. ", i)+zelenskyBody)
			an := briefing.Analyze(a)
			an.Version = 1
			if _, err := procs[0].AddArticle(ctx, a, an, ""); err != nil {
				t.Fatal(err)
			}
		}
		stale, err := procs[0].Stale(ctx, 2)
		if err != nil || len(stale) != 12 {
			t.Fatalf("stale: %d, %v", len(stale), err)
		}
		var analysed atomic.Int64
		analyze := func(a briefing.Article) briefing.Analysis {
			analysed.Add(1)
			an := briefing.Analyze(a)
			an.Version = 2
			return an
		}
		var wg sync.WaitGroup
		for _, db := range procs {
			wg.Go(func() {
				for _, id := range stale {
					if _, err := db.ReanalyzeStale(ctx, id, 2, analyze); err != nil {
						t.Error(err)
					}
				}
			})
		}
		wg.Wait()
		if n := analysed.Load(); n != 12 {
			t.Errorf("%d analyses of 12 stale articles", n)
		}
		if left, _ := procs[1].Stale(ctx, 2); len(left) != 0 {
			t.Errorf("%d articles still stale", len(left))
		}
	})
}

// processes opens one fresh database twice, as two processes sharing it would, each with the
// pinned clock.
func processes(t *testing.T) [2]*DB {
	t.Helper()
	target := storagetest.Target(t)
	var procs [2]*DB
	for i := range procs {
		db, err := Open(context.Background(), target)
		if err != nil {
			t.Fatal(err)
		}
		db.Now = func() time.Time { return time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC) }
		t.Cleanup(func() { db.Close() })
		procs[i] = db
	}
	return procs
}

// TestCustomPlansForFullText: on PostgreSQL, lookups run prepared statements, whose generic
// plan saves planning; full-text matches run on a pool that prepares none, so that each is
// planned for its own words (see pgSource).
func TestCustomPlansForFullText(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		if db.Engine() != Postgres {
			if db.fts != db.db {
				t.Error("SQLite needs no second pool")
			}
			return
		}
		prepared := func(h *handle) int {
			t.Helper()
			conn, err := h.DB.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			var n int
			for range 2 {
				if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE title = $1`, "x").Scan(&n); err != nil {
					t.Fatal(err)
				}
			}
			if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM pg_prepared_statements`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}
		if n := prepared(db.db); n == 0 {
			t.Error("lookups prepare no statement")
		}
		if n := prepared(db.fts); n != 0 {
			t.Errorf("the full-text pool prepared %d statements", n)
		}
	})
}

// TestSearchIndexesKeepShortPendingLists: on PostgreSQL, the full-text indexes merge new
// entries once 256 kB of them wait (every search reads all that wait), not at the default 4 MB.
func TestSearchIndexesKeepShortPendingLists(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpenPostgres(t, "GIN indexes are PostgreSQL's")
		for _, index := range []string{"articles_search", "articles_title_words"} {
			var opts string
			if err := db.db.QueryRow(`SELECT COALESCE(array_to_string(reloptions, ','), '') FROM pg_class
				WHERE relname = ? AND relnamespace = current_schema()::regnamespace`, index).Scan(&opts); err != nil {
				t.Fatalf("%s: %v", index, err)
			}
			if !strings.Contains(opts, "gin_pending_list_limit=256") {
				t.Errorf("%s has options %q; want gin_pending_list_limit=256", index, opts)
			}
		}
	})
}

// TestFullTextMergesAsItGoes: on SQLite, both full-text indexes merge their segments a little
// after each write (FTS4's automerge, migration 0022), so that no one write waits for a merge
// of most of the index.
func TestFullTextMergesAsItGoes(t *testing.T) {
	checkAutomerge(t, mustOpen(t)) // a SQLite file: the test runs on no other engine
}

// checkAutomerge fails t unless both full-text indexes of db keep automerge=8 (FTS4 stores it
// in its %_stat table, row 2).
func checkAutomerge(t *testing.T, db *DB) {
	t.Helper()
	for _, table := range []string{"articles_fts", "article_titles"} {
		var n int
		if err := db.db.QueryRow(`SELECT value FROM ` + table + `_stat WHERE id = 2`).Scan(&n); err != nil || n != 8 {
			t.Errorf("%s: automerge %d, %v; want 8", table, n, err)
		}
	}
}

// TestMapReads: with MapReads, a SQLite database's lookups read through a pool of their own,
// whose connections map the file and take no writes, and they see what the writer commits.
func TestMapReads(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		if err := db.MapReads(ctx); err != nil {
			t.Fatal(err)
		}
		if db.Engine() != SQLite {
			if db.reads != db.db {
				t.Error("PostgreSQL's reads left its pool")
			}
			return
		}
		if db.reads == db.db || db.lookups != db.reads {
			t.Fatal("the lookups read through the writer's pool")
		}
		var size, queryOnly int64
		if err := db.reads.QueryRowContext(ctx, `PRAGMA mmap_size`).Scan(&size); err != nil || size != 0x7fff0000 {
			t.Errorf("a reading connection maps %d bytes (%v), want %d", size, err, 0x7fff0000)
		}
		for _, h := range []*handle{db.db, db.reads} {
			var kib int64
			if err := h.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&kib); err != nil || kib != -pageCacheKiB {
				t.Errorf("a connection keeps %d KiB of pages (%v), want %d", -kib, err, pageCacheKiB)
			}
		}
		if err := db.reads.QueryRowContext(ctx, `PRAGMA query_only`).Scan(&queryOnly); err != nil || queryOnly != 1 {
			t.Errorf("a reading connection: query_only %d (%v), want 1", queryOnly, err)
		}
		if _, err := db.reads.ExecContext(ctx, `INSERT INTO migrations (name, applied_at) VALUES ('x', 0)`); err == nil {
			t.Error("a reading connection took a write")
		}
		for i, title := range []string{"Zelensky at the front", "Zelensky in Kyiv"} {
			mustAdd(t, db, article(title, zelenskyBody+strings.Repeat(" More.", i)), "")
			if got, _, err := db.Search(ctx, "zelensky", "", 0, 10); err != nil || len(got) != i+1 {
				t.Errorf("after %d articles, a search found %d (%v)", i+1, len(got), err)
			}
		}
		if qs, err := db.QuotesBySpeaker(ctx, "Zelensky", "", 10); err != nil || len(qs) == 0 {
			t.Errorf("QuotesBySpeaker through the mapped pool: %d quotes, %v", len(qs), err)
		}
		if err := db.MapReads(ctx); err != nil || db.Close() != nil {
			t.Errorf("a second MapReads, then Close: %v", err)
		}
	})
}
