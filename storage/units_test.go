package storage

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/synth"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// TestByUnits: a guild that sees a small share of a large database reads its units; one that
// sees most of it, or a small database, tests the newest matches.
func TestByUnits(t *testing.T) {
	tests := []struct {
		name                 string
		visible, total, want int
		units                bool
	}{
		{"sees nothing", 0, 10_000, 100, true},
		{"empty database", 0, 0, 100, false},
		{"sees everything, 100,000 articles", 100_000, 100_000, 100, false},
		{"sees half of 100,000", 50_000, 100_000, 100, false},
		{"sees a tenth of 100,000", 10_000, 100_000, 100, true},
		{"sees a hundredth of a million", 10_000, 1_000_000, 100, true},
		{"sees all of 5,000", 5_000, 5_000, 100, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := byUnits(tc.visible, tc.total, tc.want); got != tc.units {
				t.Errorf("byUnits(%d, %d, %d) = %v, want %v", tc.visible, tc.total, tc.want, got, tc.units)
			}
		})
	}
}

// TestSearchByUnitsFindsWhatTestingFinds: whichever way a search goes, reading the units a
// guild sees or testing every match, it finds the same articles in the same order, for guilds
// that see everyone's articles, their own pastes and their feeds' items, also after another
// feed carried an article, a guild pasted one of a feed, and everyone's ingest brought a paste.
func TestSearchByUnitsFindsWhatTestingFinds(t *testing.T) {
	storagetest.Each(t, testSearchByUnits)
}

// unitsFixture stores 40 generated articles across units: everyone's, three feeds (guild-a
// follows f1 and f2, guild-b f2, guild-c f3) and guild-b's pastes, then one article carried by a
// second feed, a paste made everyone's and a paste of an article its guild sees already.
func unitsFixture(t *testing.T, db *DB) (arts []briefing.Article, gen *synth.Generator, f3 int64) {
	t.Helper()
	ctx := context.Background()
	follow := func(guild string, k int) int64 {
		f, err := db.Follow(ctx, guild, "chan", fmt.Sprintf("https://news.example/%d.xml", k), "", time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		return f.ID
	}
	f1, f2, f3 := follow("guild-a", 1), follow("guild-a", 2), follow("guild-c", 3)
	follow("guild-b", 2)
	start := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	gen = synth.New(7, 40, start, 20*24*time.Hour)
	arts = make([]briefing.Article, 40)
	for i := range arts {
		arts[i] = gen.Next()
		arts[i].URL = fmt.Sprintf("https://news.example/story-%d", i)
	}
	store := func(i int, how string) {
		a := arts[i]
		var err error
		switch how {
		case "global":
			_, err = db.AddArticle(ctx, a, briefing.Analyze(a), "")
		case "guild-b", "guild-a":
			_, err = db.AddArticle(ctx, a, briefing.Analyze(a), how)
		default:
			f := map[string]int64{"f1": f1, "f2": f2, "f3": f3}[how]
			_, err = db.AddFeedArticle(ctx, f, fmt.Sprintf("%s-%d", how, i), a, briefing.Analyze(a))
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	for i := range arts {
		store(i, []string{"global", "f1", "f2", "f3", "guild-b"}[i%5])
	}
	store(1, "f3")      // another feed carries f1's article: guild-c sees it now
	store(4, "global")  // everyone's ingest brings guild-b's paste
	store(2, "guild-a") // guild-a pastes f2's article, which it sees already
	return arts, gen, f3
}

func testSearchByUnits(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	arts, gen, f3 := unitsFixture(t, db)
	vocab := gen.Vocabulary()
	queries := []string{arts[1].Title, arts[4].Title, vocab[20], vocab[20] + " " + vocab[60], vocab[len(vocab)-1]}
	for _, guild := range []string{"guild-a", "guild-b", "guild-c", "guild-d", ""} {
		for _, q := range queries {
			var got [2][]int64
			for k, units := range []bool{true, false} {
				db.searchBy = func(int, int, int) bool { return units }
				arts, n, err := db.Search(ctx, q, guild, 0, 100)
				if err != nil {
					t.Fatal(err)
				}
				for _, a := range arts {
					got[k] = append(got[k], a.ID)
				}
				if n != len(arts) {
					t.Errorf("%s %q: %d ranked, %d returned", guild, q, n, len(arts))
				}
			}
			if !slices.Equal(got[0], got[1]) {
				t.Errorf("%s %q: by units %v, by testing %v", guild, q, got[0], got[1])
			}
		}
	}
	// Titles as typed (autocomplete): the same both ways, and a prefix of the units' spelling
	// finds titles with a word it begins, never an article by its units.
	prefixes := []string{arts[1].Title[:3], vocab[20][:2], "xu", "xunit"}
	for _, guild := range []string{"guild-a", "guild-c", ""} {
		for _, p := range prefixes {
			var got [2][]int64
			for k, units := range []bool{true, false} {
				db.searchBy = func(int, int, int) bool { return units }
				titles, err := db.ArticleTitles(ctx, p, guild, 25)
				if err != nil {
					t.Fatal(err)
				}
				for _, tt := range titles {
					got[k] = append(got[k], tt.ID)
					if !slices.ContainsFunc(strings.Fields(strings.ToLower(tt.Title)), func(w string) bool { return strings.HasPrefix(w, strings.ToLower(p)) }) {
						t.Errorf("%s typing %q: title %q has no word it begins", guild, p, tt.Title)
					}
				}
			}
			if !slices.Equal(got[0], got[1]) {
				t.Errorf("%s typing %q: by units %v, by testing %v", guild, p, got[0], got[1])
			}
		}
	}
	// The carried article is found by the guild of the feed that carried it second.
	db.searchBy = func(int, int, int) bool { return true }
	found, _, err := db.Search(ctx, arts[1].Title, "guild-c", 0, 10)
	if err != nil || !slices.ContainsFunc(found, func(a Article) bool { return a.Title == arts[1].Title }) {
		t.Errorf("guild-c searching %q: %v, %v; want the article f3 carried", arts[1].Title, found, err)
	}
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT n FROM unit_articles WHERE unit = ?`, fmt.Sprintf("f:%d", f3)).Scan(&n); err != nil || n != 9 {
		t.Errorf("f3's count: %d, %v; want its 8 items and the one it carried after f1", n, err)
	}
}

// TestUnitsFilledByMigration: the migration that brings units (SQLite's 0018, PostgreSQL's
// 0011) gives each stored article the units that see it (everyone's, a guild's pastes, a
// feed's items) in the word index and counts them.
func TestUnitsFilledByMigration(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		var db *DB
		if storagetest.EngineOf(t) == "postgres" {
			db = upgraded(t, "0011", unitsSeed)
		} else {
			db = upgraded(t, "0018", unitsSeed+`INSERT INTO articles_fts (docid, title, body) SELECT id, title, body FROM articles;`)
		}
		ctx := context.Background()
		units, err := queryAll(ctx, db.db, scanString, `SELECT units FROM articles ORDER BY id`)
		want := []string{"xunit0", "xunit2f5", "xunit2f5 xunit1g6775696c642d61"} // guild-a in hex; in the units' order
		if err != nil || !slices.Equal(units, want) {
			t.Errorf("units: %q, %v; want %q", units, err, want)
		}
		counts, err := queryAll(ctx, db.db, scanString, `SELECT unit || '=' || n FROM unit_articles ORDER BY unit`)
		if want := []string{"f:5=2", "g:guild-a=1", "global=1"}; err != nil || !slices.Equal(counts, want) {
			t.Errorf("counts: %q, %v; want %q", counts, err, want)
		}
		db.searchBy = func(int, int, int) bool { return true }
		for guild, want := range map[string][]int64{"guild-a": {3, 1}, "guild-b": {3, 2, 1}, "guild-c": {1}} {
			found, _, err := db.Search(ctx, "harbour", guild, 0, 10)
			var ids []int64
			for _, a := range found {
				ids = append(ids, a.ID)
			}
			slices.Sort(ids)
			slices.Reverse(ids)
			if err != nil || !slices.Equal(ids, want) {
				t.Errorf("%s finds %v, %v; want %v", guild, ids, err, want)
			}
		}
	})
}

// TestQuoteUnitsFilledByMigration: the migration that brings the speakers' lists by unit
// (SQLite's 0019, PostgreSQL's 0014) lists each attributed quote in each unit that sees its
// article: everyone's alone for a global article, else its guilds' and its feeds'.
func TestQuoteUnitsFilledByMigration(t *testing.T) {
	const quotes = `INSERT INTO speakers (id, name, first_key, surname_key) VALUES (1, 'Ann Reid', 'ann', 'reid');
		INSERT INTO quotes (id, article_id, speaker_id, speaker_as, text, start_byte, end_byte, rank, at) VALUES
		(1, 1, 1, 'Ann Reid', 'q1', 0, 2, 0, 100), (2, 2, 1, 'Ann Reid', 'q2', 0, 2, 0, 200),
		(3, 3, 1, 'Ann Reid', 'q3', 4, 6, 0, 300), (4, 3, NULL, 'someone', 'q4', 8, 9, 1, 300);`
	storagetest.Each(t, func(t *testing.T) {
		before := "0019"
		if storagetest.EngineOf(t) == "postgres" {
			before = "0014"
		}
		db := upgraded(t, before, unitsSeed+quotes)
		got, err := queryAll(context.Background(), db.db, scanString, `SELECT quote_id || ' ' || unit || ' ' || at || ' ' || article_id || ' ' || start_byte
			FROM quote_units WHERE speaker_id = 1 ORDER BY quote_id, unit`)
		want := []string{"1 global 100 1 0", "2 f:5 200 2 0", "3 f:5 300 3 4", "3 g:guild-a 300 3 4"}
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("quote_units: %q, %v; want %q", got, err, want)
		}
	})
}

// unitsSeed is three articles: everyone's, a feed's item, and guild-a's paste the feed carried too.
const unitsSeed = `INSERT INTO articles (id, title, body, content_hash, added_at, analyser_version, scope, guild_id) VALUES
		(1, 'Harbour reopens', 'The harbour reopened in spring.', 'h1', 100, 4, 'global', ''),
		(2, 'Harbour ferry', 'The ferry came back to the harbour.', 'h2', 200, 4, 'feed', ''),
		(3, 'Harbour pier', 'The pier of the harbour was mended.', 'h3', 300, 4, 'guild', 'guild-a');
		INSERT INTO feeds (id, url) VALUES (5, 'https://news.example/rss');
		INSERT INTO guild_feeds (guild_id, feed_id, channel_id, added_at) VALUES ('guild-b', 5, 'c', 0);
		INSERT INTO feed_items (feed_id, guid, article_id, seen_at) VALUES (5, 'i2', 2, 0), (5, 'i3', 3, 0), (5, 'skipped', NULL, 0);
		INSERT INTO article_guilds (article_id, guild_id) VALUES (3, 'guild-a');`

// TestQuotesByUnitsFindWhatTestingFinds: a speaker's quotes read from the lists of a guild's
// units are those that testing each of the speaker's quotes for visibility finds, in the same
// order, for every guild, speaker and limit; also after a re-analysis rewrites an article's
// quotes and after a guild stops following a feed; also for a guild with more units than one
// statement reads, which tests the speaker's quotes one by one.
func TestQuotesByUnitsFindWhatTestingFinds(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		unitsFixture(t, db)
		check := func(stage string) {
			t.Helper()
			var compared int
			for _, guild := range []string{"guild-a", "guild-b", "guild-c", "guild-d", ""} {
				ids, err := queryAll(ctx, db.db, scanInt64, `SELECT DISTINCT q.speaker_id FROM quotes q JOIN articles a ON a.id = q.article_id
					WHERE q.speaker_id IS NOT NULL AND `+visible+` ORDER BY 1`, guild, guild)
				if err != nil {
					t.Fatal(err)
				}
				for _, id := range ids {
					for _, limit := range []int{1, 3, 100} {
						want, err := queryAll(ctx, db.db, scanInt64, `SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id
							WHERE q.speaker_id = ? AND `+visible+` ORDER BY q.at DESC, q.article_id DESC, q.start_byte LIMIT ?`, id, guild, guild, limit)
						if err != nil {
							t.Fatal(err)
						}
						qs, err := db.quotesOf(ctx, Speaker{ID: id, Name: "X"}, guild, limit)
						if err != nil {
							t.Fatal(err)
						}
						got := make([]int64, len(qs))
						for i, q := range qs {
							got[i] = q.ID
						}
						if !slices.Equal(got, want) {
							t.Errorf("%s, guild %q, speaker %d, limit %d: %v, want %v", stage, guild, id, limit, got, want)
						}
						compared += len(want)
					}
				}
			}
			if compared < 100 {
				t.Fatalf("%s: only %d quotes compared", stage, compared)
			}
			var listed, counted int
			if err := db.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM quote_units), (SELECT COALESCE(sum(n), 0) FROM speaker_units)`).
				Scan(&listed, &counted); err != nil || listed != counted {
				t.Errorf("%s: %d quotes listed by unit, %d counted, %v", stage, listed, counted, err)
			}
		}
		check("after adds")
		if err := db.Reanalyze(ctx, 2, func(a briefing.Article) briefing.Analysis {
			an := briefing.Analyze(a)
			an.Version = 99
			an.Quotes = an.Quotes[:len(an.Quotes)/2]
			return an
		}); err != nil {
			t.Fatal(err)
		}
		check("after a re-analysis")
		if _, err := db.Unfollow(ctx, "guild-a", "https://news.example/2.xml"); err != nil {
			t.Fatal(err)
		}
		check("after an unfollow")
		db.unitReads = -1 // every guild tests the speaker's quotes one by one
		check("testing each")
	})
}

// TestFullTextWrittenBeforeItIsRewritten: the full-text rows of a transaction wait for its end
// (see writeFullText); an article stored and then seen by another unit in the same transaction
// (whose row addUnit rewrites) is found by both units, and FTS4's own check finds the index
// and the articles agree.
func TestFullTextWrittenBeforeItIsRewritten(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	a := briefing.Article{Title: "Harbour crane toppled", Body: "A crane toppled into the harbour at dawn, the port authority said. " +
		"Nobody was hurt, officials added, and the quay reopened by noon.", Published: db.Now().Add(-time.Hour)}
	an := briefing.Analyze(a)
	var first, second AddResult
	err := db.inTx(ctx, func(tx *wtx) error {
		var err error
		if first, err = db.addArticleTx(ctx, tx, a, an, adder{guildID: "g1"}); err != nil {
			return err
		}
		second, err = db.addArticleTx(ctx, tx, a, an, adder{}) // everyone's now: its units change
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if !first.Added || second.Added || second.ID != first.ID {
		t.Fatalf("stored %+v then %+v, want one article stood in for the other", first, second)
	}
	for _, guild := range []string{"g1", "g2", ""} {
		got, n, err := db.Search(ctx, "crane harbour", guild, 0, 10)
		if err != nil {
			t.Fatalf("search by %q: %v", guild, err)
		}
		if n != 1 || len(got) != 1 || got[0].ID != first.ID {
			t.Errorf("search by %q found %d (%v), want article %d", guild, n, got, first.ID)
		}
	}
	if db.Engine() == SQLite {
		// The index holds the units the row holds: everyone's and the guild's.
		for _, unit := range []string{"global", "g:g1"} {
			var n int
			if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`,
				"units:"+unitToken(unit)).Scan(&n); err != nil || n != 1 {
				t.Errorf("articles indexed in unit %s: %d (%v), want 1", unit, n, err)
			}
		}
		// FTS4's own check: the index holds exactly the terms of the articles' rows.
		if _, err := db.db.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`); err != nil {
			t.Errorf("full-text index: %v", err)
		}
	}
}

// TestUnitCountsByBatch: the articles a batch stores are counted in their unit when it
// commits, once each: a copy of one stored before is not counted again, and a batch that
// fails counts nothing.
func TestUnitCountsByBatch(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		db := mustOpen(t)
		_, in := datedReports(t)
		count := func() (n int) {
			t.Helper()
			err := db.db.QueryRowContext(ctx, `SELECT COALESCE((SELECT n FROM unit_articles WHERE unit = 'global'), 0)`).Scan(&n)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		if _, err := db.AddArticles(ctx, in[:4], ""); err != nil {
			t.Fatal(err)
		}
		if n := count(); n != 4 {
			t.Errorf("after a batch of 4: %d counted", n)
		}
		if _, err := db.AddArticles(ctx, in[2:], ""); err != nil { // two copies, three new
			t.Fatal(err)
		}
		if n := count(); n != len(in) {
			t.Errorf("after 2 copies and %d new: %d counted, want %d", len(in)-4, n, len(in))
		}
		boom := errors.New("the batch fails after storing an article")
		fresh := article("Port Ellen harbour reopens", harbourStory)
		err := db.inTx(ctx, func(tx *wtx) error {
			if _, err := db.addArticleTx(ctx, tx, fresh, briefing.Analyze(fresh), adder{}); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("batch: %v, want it to fail", err)
		}
		if n := count(); n != len(in) {
			t.Errorf("after a failed batch: %d counted, want %d", n, len(in))
		}
	})
}
