package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/fingerprint"
	"github.com/briefbot/briefbot/briefing/ingest"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// TestForeignClaimsDoNotStandIn: a page one guild added whose canonical URL or words claim a
// real article never answers for that article when another guild, a feed or the CLI brings it.
func TestForeignClaimsDoNotStandIn(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		fake := article("Official notice: free Nitro for all", harbourStory)
		fake.URL = "https://news.example/harbour"
		forged := mustAdd(t, db, fake, "guild-a")

		real := article("Port Ellen harbour reopens", harbourStory+"\nThe ferry timetable is online.")
		real.URL = "https://news.example/harbour?utm_source=feed"
		f, err := db.Follow(ctx, "guild-b", "chan", "https://news.example/rss", "News", time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name string
			add  func() (AddResult, error)
			as   string // the guild that reads the result
		}{
			{"another guild", func() (AddResult, error) { return db.AddArticle(ctx, real, briefing.Analyze(real), "guild-c") }, "guild-c"},
			{"a feed", func() (AddResult, error) { return db.AddFeedArticle(ctx, f.ID, "x", real, briefing.Analyze(real)) }, "guild-b"},
			{"everyone", func() (AddResult, error) { return db.AddArticle(ctx, real, briefing.Analyze(real), "") }, "guild-d"},
		}
		for _, tc := range tests {
			res, err := tc.add()
			if err != nil {
				t.Fatal(err)
			}
			if res.ID == forged.ID {
				t.Errorf("%s: the forged page stood in for the real article", tc.name)
				continue
			}
			got, err := db.Article(ctx, res.ID, tc.as)
			if err != nil || got.Title != real.Title {
				t.Errorf("%s: %s reads %q, %v", tc.name, tc.as, got.Title, err)
			}
		}
		// guild-a still has what it added, and no one else sees it.
		if got, err := db.Article(ctx, forged.ID, "guild-a"); err != nil || got.Title != fake.Title {
			t.Errorf("guild-a lost its page: %+v, %v", got, err)
		}
		if _, err := db.Article(ctx, forged.ID, "guild-c"); !errors.Is(err, ErrNotFound) {
			t.Errorf("guild-c reads guild-a's page: %v", err)
		}
	})
}

// TestClaimsDoNotHideTheOwnCopy: pages many guilds planted with a real article's URL, before it
// came, cannot crowd the stored article out of the duplicate check: the guild's second feed that
// carries it, past the near-copy window, finds the copy its first feed brought. Before, the
// check read the first 50 copies by URL and skipped the planted ones, so 50 plants stored the
// article twice.
func TestClaimsDoNotHideTheOwnCopy(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		const plants = 50
		for i := range plants {
			fake := article(fmt.Sprintf("Free Nitro, offer %d", i), fmt.Sprintf("Claim offer %d at once. It ends tonight for everyone.", i))
			fake.URL = "https://news.example/harbour"
			mustAdd(t, db, fake, fmt.Sprintf("planter-%d", i))
		}
		real := article("Port Ellen harbour reopens", harbourStory)
		real.URL = "https://news.example/harbour"
		wire, _ := db.Follow(ctx, "guild-b", "chan", "https://wire.example/rss", "Wire", time.Hour)
		local, _ := db.Follow(ctx, "guild-b", "chan", "https://local.example/rss", "Local", time.Hour)
		first, err := db.AddFeedArticle(ctx, wire.ID, "w1", real, briefing.Analyze(real))
		if err != nil || !first.Added {
			t.Fatalf("first report: %+v, %v", first, err)
		}
		// Past the near-copy window: only the duplicate check by URL and words can find it.
		later := time.Now().Add(fingerprint.Window + 24*time.Hour)
		db.Now = func() time.Time { return later }
		second, err := db.AddFeedArticle(ctx, local.ID, "l1", real, briefing.Analyze(real))
		if err != nil {
			t.Fatal(err)
		}
		if second.ID != first.ID || second.Added {
			t.Errorf("the second feed's copy is %+v, want article %d again: stored twice", second, first.ID)
		}
		got, err := db.Article(ctx, first.ID, "guild-b")
		if err != nil || fmt.Sprint(got.Feeds) != "[Wire Local]" {
			t.Errorf("guild-b reads feeds %v, %v; want both of its feeds", got.Feeds, err)
		}
	})
}

// TestAlsoReportedByOwnFeedsOnly: the feeds listed with an article are those the asking guild
// follows; another guild's private feed is never named.
func TestAlsoReportedByOwnFeedsOnly(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		a := article("Port Ellen harbour reopens", harbourStory)
		a.URL = "https://news.example/harbour"
		tip, _ := db.Follow(ctx, "guild-a", "chan", "https://tips.example/rss", "Secret tipline", time.Hour)
		wire, _ := db.Follow(ctx, "guild-b", "chan", "https://wire.example/rss", "Public wire", time.Hour)
		first, err := db.AddFeedArticle(ctx, tip.ID, "t1", a, briefing.Analyze(a))
		if err != nil {
			t.Fatal(err)
		}
		second, err := db.AddFeedArticle(ctx, wire.ID, "w1", a, briefing.Analyze(a))
		if err != nil || second.ID != first.ID {
			t.Fatalf("identical story from two feeds: %+v %+v %v", first, second, err)
		}
		for guild, want := range map[string]string{"guild-a": "[Secret tipline]", "guild-b": "[Public wire]"} {
			got, err := db.Article(ctx, first.ID, guild)
			if err != nil || fmt.Sprint(got.Feeds) != want {
				t.Errorf("%s: feeds %v, %v; want %s", guild, got.Feeds, err, want)
			}
		}
	})
}

// TestSearchReadsNewestFirst: articles stored one transaction each (so the full-text index
// holds many segments, merged as they pile up) are all found, newest first among equals, and
// pages of a search are that ranking cut in pieces; title autocomplete gives the newest titles
// with a prefix.
func TestSearchReadsNewestFirst(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	var ids []int64
	for i := 0; i < 45; i++ {
		res := mustAdd(t, db, said(fmt.Sprintf("Harbour story %d", i), "Ann Reid", fmt.Sprintf("The harbour reopened %d times.", i)), "")
		ids = append(ids, res.ID)
	}
	slices.Reverse(ids)
	found, total, err := db.Search(ctx, "harbour", "", 0, 50)
	if err != nil || len(found) != 45 || total != 45 {
		t.Fatalf("search found %d of %d, %v; want all 45", len(found), total, err)
	}
	var whole []int64
	for _, a := range found {
		whole = append(whole, a.ID)
	}
	if !slices.Equal(whole, ids) {
		t.Errorf("search order %v, want newest first %v", whole, ids)
	}
	// Pages of 7 are the same ranking cut in pieces, each read on its own; past the end, none.
	var paged []int64
	for off := 0; off < 52; off += 7 {
		page, n, err := db.Search(ctx, "harbour", "", off, 7)
		if err != nil || n != 45 || len(page) != min(7, max(45-off, 0)) {
			t.Fatalf("page at %d: %d articles of %d, %v", off, len(page), n, err)
		}
		for _, a := range page {
			if len(a.Summary) == 0 {
				t.Errorf("page at %d: article %d has no summary", off, a.ID)
			}
			paged = append(paged, a.ID)
		}
	}
	if !slices.Equal(paged, whole) {
		t.Errorf("pages give %v, one call %v", paged, whole)
	}
	for _, typed := range []string{"h", "ha", "har", "harb", "harbou", "story 4"} {
		titles, err := db.ArticleTitles(ctx, typed, "", 25)
		if err != nil || len(titles) == 0 {
			t.Fatalf("titles %q: %v, %v", typed, titles, err)
		}
		var got []int64
		for _, tl := range titles {
			got = append(got, tl.ID)
		}
		want := ids[:25]
		if typed == "story 4" { // "Harbour story 4" and "Harbour story 40" to "44"
			want = []int64{ids[0], ids[1], ids[2], ids[3], ids[4], ids[40]}
		}
		if !slices.Equal(got, want) {
			t.Errorf("titles %q: %v, want %v", typed, got, want)
		}
	}
}

// TestOwnStoryFromOwnFeed: a reworded copy of a story a guild added itself, carried later by a
// feed only that guild follows, is the article stored already (nothing of another guild's is
// shown), while a feed that another guild follows too gets an article of its own.
func TestOwnStoryFromOwnFeed(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		first := mustAdd(t, db, article("Port Ellen harbour reopens", harbourStory), "guild-a")
		reworded := article("Islay harbour back in business", strings.Replace(harbourStory, "shortly after", "soon after", 1))
		own, _ := db.Follow(ctx, "guild-a", "chan", "https://own.example/rss", "Own", time.Hour)
		shared, _ := db.Follow(ctx, "guild-a", "chan", "https://shared.example/rss", "Shared", time.Hour)
		if _, err := db.Follow(ctx, "guild-b", "chan", "https://shared.example/rss", "Shared", time.Hour); err != nil {
			t.Fatal(err)
		}
		if res, err := db.AddFeedArticle(ctx, own.ID, "o1", reworded, briefing.Analyze(reworded)); err != nil || res.ID != first.ID {
			t.Errorf("own feed: %+v, %v; want the stored article %d", res, err, first.ID)
		}
		if res, err := db.AddFeedArticle(ctx, shared.ID, "s1", reworded, briefing.Analyze(reworded)); err != nil || res.ID == first.ID {
			t.Errorf("shared feed: %+v, %v; want an article of its own", res, err)
		}
		if _, err := db.Article(ctx, first.ID, "guild-b"); !errors.Is(err, ErrNotFound) {
			t.Errorf("guild-b reads guild-a's article: %v", err)
		}
	})
}

// TestSketchesLeaveWithTheWindow: an article older than the sketch window drops its sketch and
// leaves the near-copy index as new articles come; a recent one stays, and reworded copies of
// it are still found.
func TestSketchesLeaveWithTheWindow(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		day := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
		db.Now = func() time.Time { return day }
		old := mustAdd(t, db, article("Ferry strike on Islay", strings.ReplaceAll(harbourStory, "harbour", "quay")), "")
		day = day.AddDate(0, 1, 0) // a month on
		recent := mustAdd(t, db, article("Port Ellen harbour reopens", harbourStory), "")
		for i := 0; i < sketchPruneEvery; i++ {
			body := strings.Repeat(fmt.Sprintf("The council met for the %dth time about the ferry timetable and the pier. ", i), 6)
			mustAdd(t, db, article(fmt.Sprintf("Council %d", i), body), "")
		}
		var oldSketch, recentSketch []byte
		db.db.QueryRow(`SELECT sketch FROM article_sketches WHERE article_id = ?`, old.ID).Scan(&oldSketch)
		db.db.QueryRow(`SELECT sketch FROM article_sketches WHERE article_id = ?`, recent.ID).Scan(&recentSketch)
		_, oldIndexed := db.near.byID[old.ID]
		if oldSketch != nil || oldIndexed {
			t.Errorf("the month-old article keeps its sketch (%d bytes), indexed: %v", len(oldSketch), oldIndexed)
		}
		for b, ids := range db.near.byBand {
			if slices.Contains(ids, old.ID) {
				t.Errorf("band %x still lists the month-old article", b)
			}
		}
		if _, ok := db.near.byID[recent.ID]; recentSketch == nil || !ok {
			t.Errorf("a recent article lost its sketch (%d bytes) or left the index (%v)", len(recentSketch), ok)
		}
		reworded := strings.Replace(harbourStory, "shortly after", "soon after", 1)
		if res := mustAdd(t, db, article("Islay harbour back in business", reworded), ""); res.Added || res.ID != recent.ID {
			t.Errorf("a reworded copy of a recent article: %+v, want %d", res, recent.ID)
		}
	})
}

// TestArticleTitlesAsTyped: /summary's suggestions match the title's words as typed so far, the
// last one as a prefix, newest first, and only among what the guild sees.
func TestArticleTitlesAsTyped(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		db := mustOpen(t)
		bridge := mustAdd(t, db, event(t, "wire-bridge"), "guild-a")
		rates := mustAdd(t, db, event(t, "wire-rates"), "")
		tests := []struct {
			query, guild string
			want         []int64
		}{
			{"bridg", "guild-a", []int64{bridge.ID}},
			{"Varna river coll", "guild-a", []int64{bridge.ID}},
			{"collapses", "guild-a", []int64{bridge.ID}},
			{"bridge", "guild-b", nil},    // another guild's paste
			{"inflation", "guild-a", nil}, // in the body, not the title
			{"interest RATE", "", []int64{rates.ID}},
			{"", "guild-a", []int64{rates.ID, bridge.ID}}, // no words: the newest
			{`"*) OR (`, "guild-a", nil},                  // FTS syntax is only words: "or*" in no title
		}
		for _, tt := range tests {
			got, err := db.ArticleTitles(ctx, tt.query, tt.guild, 10)
			if err != nil {
				t.Errorf("%q: %v", tt.query, err)
				continue
			}
			var ids []int64
			for _, g := range got {
				ids = append(ids, g.ID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(tt.want) {
				t.Errorf("%q in %s: %v, want %v", tt.query, tt.guild, ids, tt.want)
			}
		}
	})
}

// TestTextsReadFromTheBody: on SQLite a summary sentence and a quote are stored as their
// offsets into the body and read back as the same text, multi-byte characters included; a row
// that still holds its text (written before) is read as it is. PostgreSQL keeps the text in the
// row (reading it from the body decompresses the whole body for every row), and its migration
// gives rows stored as offsets their text, multi-byte characters included.
func TestTextsReadFromTheBody(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		a := article("Kyiv’s mayor", "Vitali Klitschko – Kyiv’s mayor – opened the bridge on Monday.\n"+
			"“It is a great day,” Klitschko said of the span, which crosses the Dnipro.\n"+
			"Work on the crossing began in 2019 and stopped twice during the war.")
		an := briefing.Analyze(a)
		res, err := db.AddArticle(ctx, a, an, "")
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, i := range an.Summary {
			want = append(want, an.Sentences[i].Text)
		}
		got, err := db.Article(ctx, res.ID, "")
		if err != nil || !slices.Equal(got.Summary, want) || len(want) == 0 {
			t.Fatalf("summary %q, %v; want %q", got.Summary, err, want)
		}
		// What the engine stores with its text: nothing on SQLite, everything on PostgreSQL.
		withText := func(table string, all int) {
			t.Helper()
			var stored int
			db.db.QueryRow(`SELECT count(*) FROM `+table+` WHERE article_id = ? AND text <> ''`, res.ID).Scan(&stored)
			if want := map[Engine]int{SQLite: 0, Postgres: all}[db.Engine()]; stored != want {
				t.Errorf("%s: %d of %d rows stored with their text, want %d", table, stored, all, want)
			}
		}
		withText("sentences", len(want))
		withText("quotes", len(an.Quotes))
		if db.Engine() == Postgres {
			fill, err := migrations.ReadFile(textsInRows)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.db.Exec(`UPDATE sentences SET text = ''; UPDATE quotes SET text = '';` + string(fill)); err != nil {
				t.Fatal(err)
			}
			withText("sentences", len(want))
			withText("quotes", len(an.Quotes))
			// Digests are stored: the migration that adds them writes those of the articles
			// stored before.
			if _, err := db.db.Exec(`DELETE FROM article_digests`); err != nil {
				t.Fatal(err)
			}
			if got, err := db.Article(ctx, res.ID, ""); err != nil || got.Summary != nil || got.KeyQuote != nil {
				t.Fatalf("without its digest: summary %q, key quote %+v, %v", got.Summary, got.KeyQuote, err)
			}
			if err := db.inTx(ctx, func(tx *wtx) error { return backfills["migrations/postgres/0010_article_digests.sql"](ctx, tx) }); err != nil {
				t.Fatal(err)
			}
			got, err := db.Article(ctx, res.ID, "")
			if err != nil || !slices.Equal(got.Summary, want) || got.KeyQuote == nil || got.KeyQuote.Text != an.Quotes[0].Text {
				t.Fatalf("after the migration: summary %q, key quote %+v, %v; want %q", got.Summary, got.KeyQuote, err, want)
			}
		}
		if _, err := db.db.Exec(`UPDATE sentences SET text = 'As written before.' WHERE article_id = ? AND idx = ?`,
			res.ID, an.Summary[0]); err != nil {
			t.Fatal(err)
		}
		if db.Engine() == Postgres { // as a write of the analysis does
			if err := fillDigests(ctx, db.db, `a.id = ?`, res.ID); err != nil {
				t.Fatal(err)
			}
		}
		got, _ = db.Article(ctx, res.ID, "")
		if len(got.Summary) == 0 || got.Summary[0] != "As written before." {
			t.Errorf("a stored text is not read as it is: %q", got.Summary)
		}

		if len(an.Quotes) != 1 {
			t.Fatalf("analysis found %d quotes, want 1", len(an.Quotes))
		}
		qs, err := db.QuotesBySpeaker(ctx, "Klitschko", "", 10)
		if err != nil || len(qs) != 1 || qs[0].Text != an.Quotes[0].Text || !strings.Contains(qs[0].Text, "great day") {
			t.Errorf("quotes of Klitschko: %+v, %v; want %q", qs, err, an.Quotes[0].Text)
		}
	})
}

// TestSearchCommonAndRareWords: a word every article has and a word two of forty have are
// both answered newest first, the rare one's old match found past the first window of ids. On
// PostgreSQL, after ANALYZE, the statistics tell the common word from the
// rare one, and size the first window of ids the index is read in.
func TestSearchCommonAndRareWords(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		db.sparseWindow = 5
		ctx := context.Background()
		var ids, rare []int64
		for i := 0; i < 40; i++ {
			extra := fmt.Sprintf("The %dth session of the council ran late.", i)
			if i == 3 || i == 37 {
				extra = fmt.Sprintf("The council met under the old lighthouse for the %dth time.", i)
			}
			title := fmt.Sprintf("Council session %d", i)
			if i == 3 || i == 37 {
				title += " at the lighthouse"
			}
			res := mustAdd(t, db, said(title, "Ann Reid", extra), "")
			ids = append(ids, res.ID)
			if i == 3 || i == 37 {
				rare = append([]int64{res.ID}, rare...)
			}
		}
		if storagetest.EngineOf(t) == "postgres" {
			if _, err := db.db.Exec(`ANALYZE articles`); err != nil {
				t.Fatal(err)
			}
			// The statistics size the first window: every article has the common word, 2 of 40
			// the rare one, and a word no article has is not listed.
			for word, want := range map[string][2]float64{"council": {0.9, 1}, "lighthouse": {0.02, 0.1}, "zebra": {0, 0}} {
				if s, err := db.sharesOf(ctx, []string{word}); err != nil || s.rarest < want[0] || s.rarest > want[1] || s.together != s.rarest {
					t.Errorf("%q is in %+v of the articles, %v; want %.2f-%.2f", word, s, err, want[0], want[1])
				}
			}
			if s, _ := db.sharesOf(ctx, []string{"council", "lighthouse"}); s.rarest > 0.1 || s.together > s.rarest {
				t.Errorf("council and lighthouse: the rarer is in %.3f of the articles, both in %.3f", s.rarest, s.together)
			}
			// The first window (5 ids) holds one match; the next, sized from that one, none;
			// then the index alone over the rest finds the other.
			found, err := newestInWindows(ctx, db, match{words: []string{"lighthouse"}}, "", 2, `a.title`,
				func(sc scanner) (id int64, err error) { var title string; err = sc.Scan(&id, &title); return }, db.sparseWindow, 0, "")
			if err != nil || !slices.Equal(found, rare) {
				t.Errorf("lighthouse by windows: %v, %v; want %v", found, err, rare)
			}
			// A word only the fourth article has: the first window holds no match, so nothing
			// says where it began, and the reading goes on from the newest id.
			found, err = newestInWindows(ctx, db, match{words: []string{"3th"}}, "", 2, `a.title`,
				func(sc scanner) (id int64, err error) { var title string; err = sc.Scan(&id, &title); return }, db.sparseWindow, 0, "")
			if err != nil || !slices.Equal(found, []int64{ids[3]}) {
				t.Errorf("3th by windows: %v, %v; want [%d]", found, err, ids[3])
			}
			// The pool these reads use cannot walk the articles in order, and keeps one plan a
			// statement (see Open). Without JIT: the plans it leaves cost 1e10, and JIT would take
			// 200 ms to compile one.
			for k, want := range map[string]string{"enable_indexscan": "off", "enable_seqscan": "off",
				"plan_cache_mode": "force_generic_plan", "jit": "off"} {
				var got string
				if err := db.bitmaps.QueryRowContext(ctx, `SHOW `+k).Scan(&got); err != nil || got != want {
					t.Errorf("bitmaps pool: %s = %q, %v; want %s", k, got, err, want)
				}
			}
		}
		// Titles are read by windows of ids on PostgreSQL too: the rare title word's two
		// matches, newest first, and the common one's newest three.
		for query, want := range map[string][]int64{"lightho": rare, "sess": {ids[39], ids[38], ids[37]}} {
			titles, err := db.ArticleTitles(ctx, query, "", 3)
			var got []int64
			for _, ti := range titles {
				got = append(got, ti.ID)
			}
			if err != nil || !slices.Equal(got, want) {
				t.Errorf("titles %q: %v, %v; want %v", query, got, err, want)
			}
		}
		got, _, err := db.Search(ctx, "council", "", 0, 10)
		if err != nil || len(got) != 10 {
			t.Fatalf("council: %d results, %v", len(got), err)
		}
		newest := map[int64]bool{}
		for _, id := range ids[30:] {
			newest[id] = true
		}
		for _, a := range got {
			if !newest[a.ID] {
				t.Errorf("council: article %d is not among the ten newest", a.ID)
			}
		}
		got, _, err = db.Search(ctx, "lighthouse", "", 0, 10)
		if err != nil || len(got) != 2 || got[0].ID != rare[0] || got[1].ID != rare[1] {
			t.Errorf("lighthouse: %+v, %v; want articles %v", got, err, rare)
		}
	})
}

// TestItemShowsNoOneWordKeyQuote: a word alone in quotation marks is no key quote for a
// briefing; two words or more are.
func TestItemShowsNoOneWordKeyQuote(t *testing.T) {
	for _, tc := range []struct {
		quote string
		shown bool
	}{{"working", false}, {"very favourable", true}, {"We will win the vote.", true}} {
		a := Article{Article: briefing.Article{Title: "Results"}, KeyQuote: &Quote{Text: tc.quote, Speaker: "WPP"}}
		if it := a.Item(); (it.Quote != "") != tc.shown || tc.shown && (it.Quote != tc.quote || it.Speaker != "WPP") {
			t.Errorf("%q: item quote %q by %q, shown should be %v", tc.quote, it.Quote, it.Speaker, tc.shown)
		}
	}
}

// TestRareWordAcrossIDBlocks: on PostgreSQL a window of ids asks the word index for the word
// and the window's blocks of 1,024 ids (see pgWords); windows that cross a block's edge lose no
// match, and the query's spelling of the vector is the index's (with the id bounds left out,
// which on 25 rows the planner rightly prefers: a sequential scan is the only other plan, and
// the bitmaps pool forbids it).
func TestRareWordAcrossIDBlocks(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpenPostgres(t, "the word index's blocks are PostgreSQL's")
		ctx := context.Background()
		if _, err := db.db.Exec(`ALTER SEQUENCE articles_id_seq RESTART WITH 1015`); err != nil {
			t.Fatal(err)
		}
		db.sparseWindow = 3
		var rare []int64
		for i := 0; i < 25; i++ {
			extra := fmt.Sprintf("The %dth session of the council ran late.", i)
			if i == 1 || i == 8 || i == 9 || i == 15 || i == 23 {
				extra = fmt.Sprintf("The council met under the old lighthouse for the %dth time.", i)
			}
			res := mustAdd(t, db, said(fmt.Sprintf("Council session %d", i), "Ann Reid", extra), "")
			if strings.Contains(extra, "lighthouse") {
				rare = append([]int64{res.ID}, rare...)
			}
		}
		if rare[0] < 1024 || rare[len(rare)-1] >= 1024 {
			t.Fatalf("matches %v do not straddle id 1024", rare)
		}
		found, err := newestInWindows(ctx, db, match{words: []string{"lighthouse"}}, "", 10, `a.title`,
			func(sc scanner) (id int64, err error) { var title string; err = sc.Scan(&id, &title); return }, db.sparseWindow, 0, "")
		if err != nil || !slices.Equal(found, rare) {
			t.Errorf("lighthouse by windows: %v, %v; want %v", found, err, rare)
		}
		if got := blocks(1020, 2050); got != "_0 | _1 | _2" {
			t.Errorf("blocks(1020, 2050) = %q", got)
		}
		plan := explain(t, db.bitmaps, `SELECT a.id FROM articles a
			WHERE `+pgWords+` @@ (to_tsquery('briefbot', ?) && ?::tsquery)`, "lighthouse", blocks(1020, 1040))
		if !strings.Contains(plan, "Bitmap Index Scan on articles_search") {
			t.Errorf("the window's read does not use the word index:\n%s", plan)
		}
	})
}

// TestVisibilityByArticle: a feed's article is seen by the guilds that follow the feed, and a
// paste by the guild that pasted it, by no other; and on PostgreSQL the tests read the items
// and pastes of the articles they check, by index, not every item of every feed and every
// paste of every guild (a cost that would grow with the database).
func TestVisibilityByArticle(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		feed, err := db.Follow(ctx, "guild-a", "chan", "https://wire.example/rss", "wire", time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		a := said("Harbour reopens", "Ann Reid", "The harbour reopened on Monday.")
		if _, err := db.AddFeedArticle(ctx, feed.ID, "item-1", a, briefing.Analyze(a)); err != nil {
			t.Fatal(err)
		}
		mustAdd(t, db, said("Ferry strike", "Moira Kerr", "Ferry crews walked out on Friday."), "guild-b")
		for guild, want := range map[string]int{"guild-a": 1, "guild-b": 1, "": 0} {
			if arts, err := db.ArticlesSince(ctx, time.Time{}, guild, 50); err != nil || len(arts) != want {
				t.Errorf("%q sees %d articles (%v), want %d", guild, len(arts), err, want)
			}
		}
		if db.Engine() != Postgres {
			return
		}
		// Many articles, a feed with many items (most never stored as articles), and
		// statistics that know it.
		for _, q := range []string{
			`INSERT INTO articles (title, body, url, content_hash, source, guild_id, added_at, analyser_version, scope)
				SELECT title, body, url, content_hash || g, source, guild_id, added_at + g, analyser_version, 'global'
				FROM articles, generate_series(1, 5000) g`,
			`INSERT INTO feed_items (feed_id, guid, article_id, seen_at) SELECT ` + fmt.Sprint(feed.ID) + `, 'old-' || g, NULL, 0 FROM generate_series(1, 20000) g`,
			`INSERT INTO article_guilds (article_id, guild_id) SELECT id, 'guild-c' FROM articles`,
			`ANALYZE feed_items`, `ANALYZE guild_feeds`, `ANALYZE articles`, `ANALYZE article_guilds`,
		} {
			if _, err := db.db.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
		plan := explain(t, db.db, `SELECT a.id FROM articles a WHERE a.added_at >= ? AND `+visible+`
			ORDER BY a.added_at DESC, a.id DESC LIMIT 50`, 0, "guild-a", "guild-a")
		if strings.Contains(plan, "hashed SubPlan") || !strings.Contains(plan, "feed_items_article") ||
			!strings.Contains(plan, "article_guilds_pkey") {
			t.Errorf("visibility reads every feed item or paste rather than the article's:\n%s", plan)
		}
	})
}

// explain is PostgreSQL's plan for a query, run through q as the code runs it.
func explain(t *testing.T, q queryer, query string, args ...any) string {
	t.Helper()
	lines, err := queryAll(context.Background(), q, scanString, `EXPLAIN `+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}

// TestFirstWindowHoldsTheMatchesWanted: the first window of ids a word is read in holds, on
// average, the matches wanted and three spreads more (a count of mean m spreads by √m), and
// no more than that: each extra match is a heap row read for nothing. Several words are read
// as if independent, but never over three times the rarest one's matches wanted.
func TestFirstWindowHoldsTheMatchesWanted(t *testing.T) {
	for _, tc := range []struct {
		want  int
		share float64
	}{{1, 0.5}, {25, 0.01}, {100, 0.054}, {100, 0.9}, {100, 1}, {1000, 0.0004}} {
		w := windowFor(tc.want, tc.share)
		m := float64(w) * tc.share // the mean count of matches in the window
		if m-3*math.Sqrt(m) < float64(tc.want) {
			t.Errorf("windowFor(%d, %g) = %d: mean %.1f matches, less than three spreads above %d", tc.want, tc.share, w, m, tc.want)
		}
		less := float64(w-1) * tc.share
		if w > 1 && less-3*math.Sqrt(less) >= float64(tc.want) {
			t.Errorf("windowFor(%d, %g) = %d: %d ids would do", tc.want, tc.share, w, w-1)
		}
	}
	for _, tc := range []struct {
		name   string
		shares wordsShare
		want   int64
	}{
		{"one word in 5%", wordsShare{0.054, 0.054}, windowFor(100, 0.054)}, // about 2,500 ids, not 3·100/0.054
		{"two words, independent", wordsShare{0.4, 0.4 * 0.5}, windowFor(100, 0.2)},
		{"two words that go together", wordsShare{0.1, 0.1 * 0.1}, 3 * 100 / 0.1},
		{"a word the statistics do not list", wordsShare{0, 0}, 77},
	} {
		if got := firstWindow(100, tc.shares, 77); got != tc.want {
			t.Errorf("%s: firstWindow = %d, want %d", tc.name, got, tc.want)
		}
	}
	if w := windowFor(100, 0.054); w > 2600 || w < 2400 {
		t.Errorf("windowFor(100, 0.054) = %d, want about 2,500 ids", w)
	}
}

// TestCopiesOf: the stored copies of an article by its words or its canonical URL, each once,
// everyone's first and then oldest first.
func TestCopiesOf(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		const harbourURL, ratesURL = "https://a.example/harbour", "https://b.example/rates"
		wire := event(t, "wire-rates")
		private := mustAddURL(t, db, article("Port Ellen harbour reopens", harbourStory), harbourURL, "guild-a")
		global := mustAddURL(t, db, wire, ratesURL, "")
		other := mustAddURL(t, db, article("Harbour news", strings.Repeat("Another page claims the harbour story's address. ", 5)), harbourURL, "guild-b")
		canon := func(u string) sql.NullString { return sql.NullString{String: ingest.CanonicalURL(u), Valid: true} }
		tests := []struct {
			name  string
			body  string
			canon sql.NullString
			want  []int64
		}{
			{"words of one, URL of the other", harbourStory, canon(ratesURL), []int64{global.ID, private.ID}},
			{"words and URL of one", wire.Body, canon(ratesURL), []int64{global.ID}},
			{"two private copies", harbourStory, canon(harbourURL), []int64{private.ID, other.ID}},
			{"words only", harbourStory, sql.NullString{}, []int64{private.ID}},
			{"neither", "Nothing like it was stored.", canon("https://c.example/x"), nil},
		}
		for _, tt := range tests {
			var got []int64
			err := db.inTx(ctx, func(tx *wtx) (err error) {
				got, err = copiesOf(ctx, tx, fingerprint.Of(tt.body).Hash, tt.canon)
				return err
			})
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("%s: copies %v, %v; want %v", tt.name, got, err, tt.want)
			}
		}
	})
}
