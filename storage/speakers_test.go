package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
)

// said is a short story in which name says words.
func said(title, name, words string) briefing.Article {
	return article(title, fmt.Sprintf("%s spoke to reporters on Tuesday about the week ahead in the capital.\n"+
		"%q %s said after the meeting ended late in the evening.", name, words, name))
}

// TestOnePersonOneSpeaker: a bare surname that fits several stored people does not become a
// speaker of its own each time it is quoted; it stays unattached. A full name finds its person,
// and the quotes are titled with that person's name.
func TestOnePersonOneSpeaker(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	mustAdd(t, db, said("Blair one", "Tony Blair", "We will win the vote on Thursday."), "")
	mustAdd(t, db, said("Blair two", "Cherie Blair", "The law must treat everyone equally."), "")
	for i := 0; i < 5; i++ {
		mustAdd(t, db, said(fmt.Sprintf("Bare %d", i), "Blair", fmt.Sprintf("Statement number %d was read aloud.", i)), "")
	}
	var rows int
	if err := db.db.QueryRow(`SELECT count(*) FROM speakers WHERE surname_key = 'blair'`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != 2 {
		t.Errorf("%d speaker rows for Blair, want 2 (one per person)", rows)
	}
	var unattached int
	if err := db.db.QueryRow(`SELECT count(*) FROM quotes WHERE speaker_id IS NULL AND speaker_as = 'Blair'`).Scan(&unattached); err != nil {
		t.Fatal(err)
	}
	if unattached != 5 {
		t.Errorf("%d bare 'Blair' quotes unattached, want 5", unattached)
	}
	for _, tc := range []struct{ ask, want string }{{"Tony Blair", "Tony Blair"}, {"cherie blair", "Cherie Blair"}} {
		qs, err := db.QuotesBySpeaker(ctx, tc.ask, "", 10)
		if err != nil || len(qs) != 1 {
			t.Fatalf("%s: %+v, %v", tc.ask, qs, err)
		}
		if qs[0].Speaker != tc.want {
			t.Errorf("%s: titled %q, want %q", tc.ask, qs[0].Speaker, tc.want)
		}
	}
	// Autocomplete lists both, each once.
	if sp, err := db.Speakers(ctx, "bla", "", 25); err != nil || len(sp) != 2 {
		t.Errorf("autocomplete bla: %+v, %v", sp, err)
	}
}

// TestSpeakersSeenPerGuild: what one guild added privately shows in no other guild's speaker
// list, autocomplete, suggestions or names, and an unknown name reads the same whether or not
// another guild knows it.
func TestSpeakersSeenPerGuild(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	mustAdd(t, db, said("Public", "Quimby", "The bridge reopens on Monday morning."), "")
	mustAdd(t, db, said("Private", "Zorblat Quimby", "I will not stand for re-election."), "guild-a")
	mustAdd(t, db, said("Private two", "Xanthe Marlowe", "The accounts were audited twice."), "guild-a")

	// The public quote keeps its public name in guild-b; guild-a sees the full one.
	for guild, want := range map[string]string{"guild-b": "Quimby", "guild-a": "Zorblat Quimby"} {
		qs, err := db.QuotesBySpeaker(ctx, "Quimby", guild, 10)
		if err != nil || len(qs) == 0 {
			t.Fatalf("%s: %+v, %v", guild, qs, err)
		}
		if qs[0].Speaker != want {
			t.Errorf("%s: Quimby is titled %q, want %q", guild, qs[0].Speaker, want)
		}
		sp, _ := db.Speakers(ctx, "quim", guild, 25)
		if len(sp) != 1 || sp[0].Name != want {
			t.Errorf("%s: autocomplete quim = %+v, want %q", guild, sp, want)
		}
	}
	wantQuotes := map[string]int{"guild-a": 2, "guild-b": 1}
	for guild, n := range wantQuotes {
		if sp, _ := db.Speakers(ctx, "quimby", guild, 25); len(sp) != 1 || sp[0].Quotes != n {
			t.Errorf("%s: Quimby counted %+v, want %d quotes", guild, sp, n)
		}
	}
	// Names only guild-a's articles give are unknown to guild-b, with the same answer as a
	// made-up name of the same shape.
	for _, tc := range []struct{ private, madeUp string }{
		{"Zorblat Quimby", "Zorblax Quimby"}, {"Xanthe Marlowe", "Xanthe Marlewe"}, {"Marlowa", "Marlewa"}, {"zorb", "zorx"},
	} {
		_, err := db.QuotesBySpeaker(ctx, tc.private, "guild-b", 10)
		_, other := db.QuotesBySpeaker(ctx, tc.madeUp, "guild-b", 10)
		var a, b *UnknownSpeakerError
		if !errors.As(err, &a) || !errors.As(other, &b) || fmt.Sprint(a.Suggestions) != fmt.Sprint(b.Suggestions) {
			t.Errorf("guild-b asks %q: %v; %q: %v; want the same unknown answer", tc.private, err, tc.madeUp, other)
		}
	}
	if sp, _ := db.Speakers(ctx, "zor", "guild-b", 25); len(sp) != 0 {
		t.Errorf("guild-b autocompletes zor to %+v", sp)
	}
	if sp, _ := db.Speakers(ctx, "", "guild-b", 25); len(sp) != 1 || sp[0].Name != "Quimby" {
		t.Errorf("guild-b speaker list: %+v", sp)
	}
	// guild-a is offered its own speaker for a misspelling.
	_, err := db.QuotesBySpeaker(ctx, "Marlowa", "guild-a", 10)
	var unknown *UnknownSpeakerError
	if !errors.As(err, &unknown) || len(unknown.Suggestions) != 1 || unknown.Suggestions[0] != "Xanthe Marlowe" {
		t.Errorf("guild-a asks Marlowa: %v", err)
	}
}

// TestSpeakerCountsStayExact: the counts kept at write time equal a count of the visible
// quotes, for every guild, after private adds, feeds, widening and re-analysis.
func TestSpeakerCountsStayExact(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	a1 := said("One", "Ann Reid", "The harbour will reopen in spring.")
	a2 := said("Two", "Ann Reid", "Repairs cost more than planned.")
	a3 := said("Three", "Sam Kerr", "We did not want this strike.")
	mustAdd(t, db, a1, "guild-a")
	mustAdd(t, db, a2, "")
	f, err := db.Follow(ctx, "guild-b", "chan", "https://wire.example/rss", "Wire", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddFeedArticle(ctx, f.ID, "i1", a3, briefing.Analyze(a3)); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddFeedArticle(ctx, f.ID, "i2", a1, briefing.Analyze(a1)); err != nil { // guild-a's story, identical
		t.Fatal(err)
	}
	check := func(stage string) {
		t.Helper()
		for _, guild := range []string{"", "guild-a", "guild-b", "guild-c"} {
			sp, err := db.Speakers(ctx, "", guild, 25)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, s := range sp {
				got[s.Name] = s.Quotes
			}
			want := map[string]int{}
			rows, err := db.db.Query(`SELECT q.speaker_as, count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
				WHERE q.speaker_id IS NOT NULL AND `+visible+` GROUP BY q.speaker_id`, guild, guild)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var name string
				var n int
				rows.Scan(&name, &n)
				want[name] = n
			}
			rows.Close()
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s, guild %q: counts %v, want %v", stage, guild, got, want)
			}
		}
	}
	check("after adds")
	mustAdd(t, db, a1, "") // now everyone's
	check("after widening")
	if err := db.Reanalyze(ctx, 1, func(a briefing.Article) briefing.Analysis { return briefing.Analysis{Version: 99} }); err != nil {
		t.Fatal(err)
	}
	check("after re-analysis without quotes")
	if err := db.Reanalyze(ctx, 1, briefing.Analyze); err != nil {
		t.Fatal(err)
	}
	check("after re-analysis")
}

// TestForeignClaimsDoNotStandIn: a page one guild added whose canonical URL or words claim a
// real article never answers for that article when another guild, a feed or the CLI brings it.
func TestForeignClaimsDoNotStandIn(t *testing.T) {
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
}

// TestAlsoReportedByOwnFeedsOnly: the feeds listed with an article are those the asking guild
// follows; another guild's private feed is never named.
func TestAlsoReportedByOwnFeedsOnly(t *testing.T) {
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
}

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

// TestPruneItemsKeepsArticles: pruning forgets old skipped items beyond the newest kept, and
// never an item that brought an article (its followers see the article through it).
func TestPruneItemsKeepsArticles(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	f, err := db.Follow(ctx, "g", "c", "https://wire.example/rss", "Wire", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	a := said("Kept", "Ann Reid", "The harbour will reopen in spring.")
	if _, err := db.AddFeedArticle(ctx, f.ID, "with-article", a, briefing.Analyze(a)); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 30; i++ {
		db.Now = func() time.Time { return time.Date(2026, 11, 25, 8, i, 0, 0, time.UTC) }
		if err := db.SkipItem(ctx, f.ID, fmt.Sprint("skipped-", i)); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := db.PruneItems(ctx, f.ID, 10); err != nil || n != 20 {
		t.Fatalf("pruned %d, %v; want 20", n, err)
	}
	if seen, _ := db.SeenItem(ctx, f.ID, "skipped-29"); !seen {
		t.Error("the newest skipped item was pruned")
	}
	if seen, _ := db.SeenItem(ctx, f.ID, "skipped-0"); seen {
		t.Error("the oldest skipped item was kept")
	}
	if arts, _ := db.ArticlesSince(ctx, time.Time{}, "g", 10); len(arts) != 1 {
		t.Errorf("the feed's article is no longer visible: %d", len(arts))
	}
}

// TestSearchReachesPastTheRecentWindow: an article that has left the recent full-text index
// is still found, after the recent matches.
func TestSearchReachesPastTheRecentWindow(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	old := mustAdd(t, db, said("Old harbour story", "Ann Reid", "The harbour will reopen in spring."), "")
	mustAdd(t, db, said("New harbour story", "Sam Kerr", "The harbour opened on time this year."), "")
	// It ages out of the recent index.
	if _, err := db.db.Exec(`DELETE FROM articles_fts_r0 WHERE docid = ?`, old.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.db.Exec(`UPDATE search_state SET current_from = ?, previous_from = ?`, old.ID+1, old.ID+1); err != nil {
		t.Fatal(err)
	}
	found, err := db.Search(ctx, "harbour", "", 10)
	if err != nil || len(found) != 2 {
		t.Fatalf("found %d, %v; want both stories", len(found), err)
	}
	if found, _ := db.Search(ctx, "spring", "", 10); len(found) != 1 || found[0].ID != old.ID {
		t.Errorf("the old story alone: %+v", found)
	}
}

// TestRecentIndexTurnsOver: the recent full-text index keeps between one and two generations
// of the newest articles, dropping the older generation whole, and a search still finds every
// article in order, newest first.
func TestRecentIndexTurnsOver(t *testing.T) {
	db := mustOpen(t)
	db.recentArticles = 10
	ctx := context.Background()
	for i := 0; i < 45; i++ {
		mustAdd(t, db, said(fmt.Sprintf("Harbour story %d", i), "Ann Reid", fmt.Sprintf("The harbour reopened %d times.", i)), "")
	}
	st, err := db.readRecent(ctx, db.db)
	if err != nil {
		t.Fatal(err)
	}
	if st.currentFrom != 40 || st.previousFrom != 30 {
		t.Errorf("generations start at %d and %d, want 40 and 30", st.currentFrom, st.previousFrom)
	}
	for gen, want := range map[int]int{st.current: 6, 1 - st.current: 10} {
		var n int
		if err := db.db.QueryRow(`SELECT count(*) FROM ` + recentTable(gen) + ` WHERE ` + recentTable(gen) + ` MATCH 'harbour'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != want {
			t.Errorf("generation %d holds %d articles, want %d", gen, n, want)
		}
	}
	found, err := db.Search(ctx, "harbour", "", 50)
	if err != nil || len(found) != 45 {
		t.Fatalf("search found %d, %v; want all 45", len(found), err)
	}
}
