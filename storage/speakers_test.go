package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/speakers"
	"github.com/briefbot/briefbot/briefing/synth"
	"github.com/briefbot/briefbot/storage/storagetest"
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
	storagetest.Each(t, func(t *testing.T) {
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
	})
}

// TestQuotesByNameGivesTheOthersItMayMean: a surname that fits several people answers with the
// most quoted one's quotes and names the others, most quoted first; a name that fits one person
// names no one else; another guild's private namesake is never named.
func TestQuotesByNameGivesTheOthersItMayMean(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		for i := range 3 {
			mustAdd(t, db, said(fmt.Sprintf("Tony %d", i), "Tony Blair", fmt.Sprintf("We will win vote number %d.", i)), "")
		}
		for i := range 2 {
			mustAdd(t, db, said(fmt.Sprintf("Cherie %d", i), "Cherie Blair", fmt.Sprintf("The law is equal for case %d.", i)), "")
		}
		mustAdd(t, db, said("Euan", "Euan Blair", "The apprenticeships start in the spring."), "")
		mustAdd(t, db, said("Private", "Zorblat Blair", "I will not stand for re-election."), "guild-a")
		names := func(sp []Speaker) []string {
			var out []string
			for _, s := range sp {
				out = append(out, s.Name)
			}
			return out
		}
		for _, tc := range []struct {
			ask, guild string
			speaker    string
			others     []string
		}{
			{"Blair", "guild-b", "Tony Blair", []string{"Cherie Blair", "Euan Blair"}},
			{"blair", "", "Tony Blair", []string{"Cherie Blair", "Euan Blair"}},
			{"Blair", "guild-a", "Tony Blair", []string{"Cherie Blair", "Euan Blair", "Zorblat Blair"}},
			{"Cherie Blair", "guild-b", "Cherie Blair", nil},
			{"Euan", "guild-b", "Euan Blair", nil},
		} {
			qs, others, err := db.QuotesByName(ctx, tc.ask, tc.guild, 10)
			if err != nil || len(qs) == 0 {
				t.Fatalf("%s in %q: %+v, %v", tc.ask, tc.guild, qs, err)
			}
			if qs[0].Speaker != tc.speaker || !slices.Equal(names(others), tc.others) {
				t.Errorf("%s in %q: quotes of %q, others %q; want %q, others %q", tc.ask, tc.guild, qs[0].Speaker, names(others), tc.speaker, tc.others)
			}
		}
	})
}

// TestSpeakersSeenPerGuild: what one guild added privately shows in no other guild's speaker
// list, autocomplete, suggestions or names, and an unknown name reads the same whether or not
// another guild knows it.
func TestSpeakersSeenPerGuild(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
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
	})
}

// TestSpeakerCountsStayExact: the counts kept at write time equal a count of the visible
// quotes, for every guild, after private adds, feeds, widening and re-analysis.
func TestSpeakerCountsStayExact(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
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
				rows, err := db.db.Query(`SELECT max(q.speaker_as), count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
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
	})
}

// TestDidYouMeanSwappedLetters: a short name typed with two letters swapped is suggested although it shares almost no three-letter piece with what was typed, also among
// many names that share more.
func TestDidYouMeanSwappedLetters(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		mustAdd(t, db, said("Tivu", "Cynthia Tivu", "The council will vote on the budget in March."), "")
		for c := 'a'; c <= 'z'; c++ {
			for _, d := range "ab" {
				name := "Kim Tik" + string(c) + string(d) // each shares "^ti" with the typo
				mustAdd(t, db, said(name, name, fmt.Sprintf("Statement %c%c was read aloud to the press.", c, d)), "")
			}
		}
		for _, typed := range []string{"Tiuv", "Itvu", "Cynthia Tiuv"} {
			_, err := db.QuotesBySpeaker(ctx, typed, "", 10)
			var unknown *UnknownSpeakerError
			if !errors.As(err, &unknown) || len(unknown.Suggestions) == 0 || unknown.Suggestions[0] != "Cynthia Tivu" {
				t.Errorf("%s: %v, want Cynthia Tivu suggested first", typed, err)
			}
		}
	})
}

// TestShortPrefixServesTheMostQuoted: a prefix that fits more speakers than a range reads is
// answered from the most quoted speakers whose names fit it.
func TestShortPrefixServesTheMostQuoted(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		db.prefixCap = 3
		for i, name := range []string{"Ann Kadar", "Bob Kalla", "Cem Kamin", "Dan Karro", "Eva Kasse", "Fay Moss"} {
			for k := 0; k <= i; k++ { // the later names are quoted more
				mustAdd(t, db, said(fmt.Sprintf("%s %d", name, k), name, fmt.Sprintf("Statement %d of %s was read aloud.", k, name)), "")
			}
		}
		if names := speakerNames(t, db, "k", 3); fmt.Sprint(names) != "[Eva Kasse Dan Karro Cem Kamin]" {
			t.Errorf("autocomplete k = %v, want the three most quoted K names", names)
		}
	})
}

// TestTopSpeakersSince counts the quotes of the window only, in articles the guild can see.
func TestTopSpeakersSince(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		day := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
		db.Now = func() time.Time { return day }
		quote := func(who, what string) string {
			return fmt.Sprintf("Harbour officials spoke on Monday.\n\n\"%s,\" %s said on Monday.", what, who)
		}
		mustAdd(t, db, article("Old story", quote("Anna Lindqvist", "The ferry will run again next spring")), "")
		day = day.AddDate(0, 0, 20)
		mustAdd(t, db, article("Pier one", quote("Boris Kalnins", "The pier will open on Friday morning")), "")
		mustAdd(t, db, article("Pier two", quote("Boris Kalnins", "We have counted every plank of the pier")), "")
		mustAdd(t, db, article("Pier three", quote("Anna Lindqvist", "The harbour master agrees with the council")), "")
		mustAdd(t, db, article("Private", quote("Carla Mendes", "This article is for guild B alone to read")), "guild-b")
		got, err := db.TopSpeakersSince(ctx, "guild-a", day.AddDate(0, 0, -7), 10)
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, sp := range got {
			s = append(s, fmt.Sprintf("%s %d", sp.Name, sp.Quotes))
		}
		if want := "Boris Kalnins 2, Anna Lindqvist 1"; strings.Join(s, ", ") != want {
			t.Errorf("top speakers %q, want %q", strings.Join(s, ", "), want)
		}
	})
}

// TestSameFirstIsSame: the SQL test of first names that FindSpeakers filters with agrees with
// speakers.Same on every pair of a set of first names (equal, initials, missing, prefixes that
// are not initials), on both engines.
func TestSameFirstIsSame(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		firsts := []string{"", "j", "t", "jo", "john", "johnny", "jane", "tony", "é", "émile"}
		for _, asked := range firsts {
			for _, stored := range firsts {
				var got bool
				err := db.db.QueryRowContext(context.Background(), `SELECT `+sameFirst+` FROM (SELECT :stored AS first_key) s`,
					sql.Named("first", asked), sql.Named("stored", stored)).Scan(&got)
				if err != nil {
					t.Fatal(err)
				}
				want := speakers.Same(speakers.Key{Surname: "reid", First: asked, Person: true},
					speakers.Key{Surname: "reid", First: stored, Person: true})
				if got != want {
					t.Errorf("first %q against stored %q: SQL says %v, speakers.Same %v", asked, stored, got, want)
				}
			}
		}
	})
}

// TestSpeakerLookupsPlannedOnce: on PostgreSQL, /quotes and autocomplete run their statements
// with one plan each, made once per session; planned for each name, they spent 0.5 of their
// 0.7 ms at 100,000 articles.
func TestSpeakerLookupsPlannedOnce(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpenPostgres(t, "plans are PostgreSQL's")
		ctx := context.Background()
		db.lookups.SetMaxOpenConns(1) // one session, whose prepared statements the check reads
		people := []string{"Tony Blair", "Cherie Blair", "Gordon Brown", "Sarah Brown", "Jack Straw", "Clare Short", "Ed Balls"}
		for i, name := range people {
			mustAdd(t, db, said(fmt.Sprintf("Story %d", i), name, fmt.Sprintf("Statement number %d was read aloud.", i)), "")
		}
		for round := 0; round < 2; round++ {
			for _, name := range people {
				if qs, err := db.QuotesBySpeaker(ctx, name, "", 10); err != nil || len(qs) != 1 {
					t.Fatalf("%s: %+v, %v", name, qs, err)
				}
				if sp, err := db.Speakers(ctx, strings.Fields(name)[1][:3], "", 25); err != nil || len(sp) == 0 {
					t.Fatalf("autocomplete %s: %+v, %v", name, sp, err)
				}
			}
		}
		var custom, generic int
		if err := db.lookups.QueryRowContext(ctx, `SELECT COALESCE(sum(custom_plans), 0), COALESCE(sum(generic_plans), 0)
			FROM pg_prepared_statements`).Scan(&custom, &generic); err != nil {
			t.Fatal(err)
		}
		if custom != 0 || generic < 2*len(people) {
			t.Errorf("lookups planned %d times for their names, %d runs of a generic plan; want 0 and >= %d", custom, generic, 2*len(people))
		}
	})
}

// TestJointSpeakers: two people a frame names together are a speaker of their own, offered by
// autocomplete beside each of them; a lookup of one person is that person's quotes alone.
func TestJointSpeakers(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		mustAdd(t, db, said("Schumer on the budget", "Chuck Schumer", "The budget is a disgrace to this chamber."), "")
		mustAdd(t, db, article("A joint statement on the shutdown",
			"Democratic leaders answered the president on Friday night after the talks broke down.\n"+
				"\"This is plainly a power grab by a disappointed president,\" Speaker Nancy Pelosi and Senator Chuck Schumer said in a joint statement."), "")
		if names := speakerNames(t, db, "schu", 25); !slices.Contains(names, "Chuck Schumer") || !slices.Contains(names, "Nancy Pelosi and Chuck Schumer") {
			t.Errorf("autocomplete for \"schu\" offers %q; want Chuck Schumer and Nancy Pelosi and Chuck Schumer", names)
		}
		qs, err := db.QuotesBySpeaker(ctx, "Chuck Schumer", "", 10)
		if err != nil || len(qs) != 1 || !strings.Contains(qs[0].Text, "disgrace") {
			t.Errorf("quotes by Chuck Schumer: %+v, %v; want his one quote", qs, err)
		}
	})
}

// speakerNames is what speaker autocomplete offers for prefix, to everyone, at most limit.
func speakerNames(t *testing.T, db *DB, prefix string, limit int) []string {
	t.Helper()
	sp, err := db.Speakers(context.Background(), prefix, "", limit)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range sp {
		names = append(names, s.Name)
	}
	return names
}

// TestQuotesBySpeakerInOneRead: on PostgreSQL a lookup by name reads the speaker and the quotes
// of the one SQL takes for the most quoted in one statement; on both engines its answer is the one FindSpeakers and then that
// speaker's quotes give, for full names, surnames and initials, from a guild with private
// articles and from one without. Most lookups are answered by the one statement.
func TestQuotesBySpeakerInOneRead(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		gen := synth.New(7, 60, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), 20*24*time.Hour)
		for i := 0; i < 60; i++ {
			guild := ""
			if i%3 == 0 {
				guild = "g"
			}
			mustAdd(t, db, gen.Next(), guild)
		}
		var asks []string
		for _, p := range gen.People()[:40] {
			asks = append(asks, p.Name(), p.Last, p.First[:1]+". "+p.Last, strings.ToLower(p.Name()))
		}
		oneRead, answered := 0, 0
		for _, guild := range []string{"", "g"} {
			for _, ask := range asks {
				got, err := db.QuotesBySpeaker(ctx, ask, guild, 5)
				var want []Quote
				found, ferr := db.FindSpeakers(ctx, ask, guild)
				if ferr == nil && len(found) > 0 {
					want, ferr = db.quotesOf(ctx, found[0], guild, 5)
					answered++
					if _, _, best, _ := db.visibleCandidates(ctx, speakers.Query(ask), guild, 5); best == found[0].ID {
						oneRead++
					}
				}
				if ferr != nil {
					t.Fatalf("%q in %q: reference: %v", ask, guild, ferr)
				}
				var unknown *UnknownSpeakerError
				if len(want) == 0 && (err == nil && len(got) == 0 || errors.As(err, &unknown)) {
					continue
				}
				if err != nil || fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
					t.Errorf("%q in %q:\n got %+v, %v\nwant %+v", ask, guild, got, err, want)
				}
			}
		}
		if answered < len(asks) || oneRead*10 < answered*9 {
			t.Errorf("%d of %d lookups answered, %d in one read; want most of both", answered, 2*len(asks), oneRead)
		}
	})
}

// TestSpeakersInOneBatch: a batch's speakers are resolved as they are article by article,
// though it reads the rows of all its surnames at once: a bare surname met first and named in
// full later, a second person of that surname, the bare surname again once it fits both, and
// surnames whose people were stored before the batch.
func TestSpeakersInOneBatch(t *testing.T) {
	arts := []briefing.Article{
		said("One", "Blair", "The first statement was read aloud."),
		said("Two", "Tony Blair", "We will win the vote on Thursday."),
		said("Three", "Blair", "The third statement was read aloud."),
		said("Four", "Cherie Blair", "The law must treat everyone equally."),
		said("Five", "Blair", "The fifth statement was read aloud."),
		said("Six", "Tony Blair", "The sixth statement was read aloud."),
		said("Seven", "Ada Lovelace", "The engine weaves algebraic patterns."),
		said("Eight", "Lovelace", "The eighth statement was read aloud."),
		said("Nine", "Brown", "The ninth statement was read aloud."),
		said("Ten", "Gordon Brown", "The tenth statement was read aloud."),
	}
	tests := []struct {
		name   string
		before []briefing.Article // stored one by one first, in both databases
	}{
		{"empty database", nil},
		{"people stored before", []briefing.Article{
			said("Earlier", "Cherie Blair", "The court sits again in the spring."),
			said("Earlier two", "Gordon Brown", "The budget will balance by next year."),
			said("Earlier three", "Sarah Brown", "The charity opens a new shelter."),
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			storagetest.Each(t, func(t *testing.T) {
				ctx := context.Background()
				attribution := func(db *DB) []string {
					t.Helper()
					rows, err := queryAll(ctx, db.db, scanString, `SELECT a.title || ': ' || COALESCE(s.name, '(none)') FROM quotes q
						JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY a.id, q.rank`)
					if err != nil {
						t.Fatal(err)
					}
					var speakerRows int
					if err := db.db.QueryRow(`SELECT count(*) FROM speakers`).Scan(&speakerRows); err != nil {
						t.Fatal(err)
					}
					return append(rows, fmt.Sprintf("%d speaker rows", speakerRows))
				}
				one, batch := mustOpen(t), mustOpen(t)
				for _, a := range tc.before {
					mustAdd(t, one, a, "")
					mustAdd(t, batch, a, "")
				}
				for _, a := range arts {
					mustAdd(t, one, a, "")
				}
				in := make([]Incoming, len(arts))
				for i, a := range arts {
					in[i] = Incoming{Article: a, Analysis: briefing.Analyze(a)}
				}
				if _, err := batch.AddArticles(ctx, in, ""); err != nil {
					t.Fatal(err)
				}
				want, got := attribution(one), attribution(batch)
				if !slices.Equal(got, want) {
					t.Errorf("stored in one batch:\n%s\nwant, as stored one by one:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
			})
		})
	}
}

// TestNameIndexAfterRollback: the words of a speaker's name stored by a batch that rolled back
// are gone with it; the same speaker stored again is indexed again (the process remembers the
// names indexed by committed batches only), so a misspelled name still finds it.
func TestNameIndexAfterRollback(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		a := said("Budget vote", "Cynthia Tivu", "The council will vote on the budget in March.")
		an := briefing.Analyze(a)
		boom := errors.New("the batch fails after the speaker was counted")
		err := db.inTx(ctx, func(tx *wtx) error {
			if _, err := db.addArticleTx(ctx, tx, a, an, adder{}); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("batch: %v, want it to fail", err)
		}
		mustAdd(t, db, a, "")
		mustAdd(t, db, said("Budget vote, day two", "Cynthia Tivu", "The vote is on Thursday."), "") // indexed by the cache
		_, err = db.QuotesBySpeaker(ctx, "Cynthia Tiuv", "", 10)
		var unknown *UnknownSpeakerError
		if !errors.As(err, &unknown) || len(unknown.Suggestions) == 0 || unknown.Suggestions[0] != "Cynthia Tivu" {
			t.Errorf("Cynthia Tiuv: %v, want Cynthia Tivu suggested", err)
		}
		if names := speakerNames(t, db, "tiv", 5); !slices.Equal(names, []string{"Cynthia Tivu"}) {
			t.Errorf("autocomplete tiv = %v, want [Cynthia Tivu]", names)
		}
	})
}
