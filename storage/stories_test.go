package storage

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/stories"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// event reads one of the made-up reports of three events by two outlets (wire and daily) in
// bot/testdata/events: its first line is the title.
func event(tb testing.TB, name string) briefing.Article {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "bot", "testdata", "events", name+".txt"))
	if err != nil {
		tb.Fatal(err)
	}
	title, body, _ := strings.Cut(string(b), "\n")
	return briefing.Article{Title: title, Body: strings.TrimSpace(body), URL: "https://" + name + ".example/story", Source: name}
}

var eventNames = []string{"bridge", "rates", "transfer"}

// TestOneStoryAcrossOutlets: two feeds carry three events in their own words; each event is
// one story of two articles, across a restart, and a third outlet's report joins it then.
func TestOneStoryAcrossOutlets(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		path := storagetest.Target(t)
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		db.Now = func() time.Time { return time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC) }
		story := map[string]int64{}
		for _, outlet := range []string{"wire", "daily"} {
			feed, err := db.Follow(ctx, "guild-a", "chan", "https://"+outlet+".example/rss", outlet, time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			for _, ev := range eventNames {
				a := event(t, outlet+"-"+ev)
				res, err := db.AddFeedArticle(ctx, feed.ID, a.URL, a, briefing.Analyze(a))
				if err != nil {
					t.Fatal(err)
				}
				sid, err := db.StoryOf(ctx, res.ID)
				if err != nil || sid == 0 {
					t.Fatalf("%s-%s: story %d, %v", outlet, ev, sid, err)
				}
				if prev, ok := story[ev]; ok && prev != sid {
					t.Errorf("%s-%s is story %d, the wire's report of it %d", outlet, ev, sid, prev)
				}
				story[ev] = sid
			}
		}
		if story["bridge"] == story["rates"] || story["rates"] == story["transfer"] || story["bridge"] == story["transfer"] {
			t.Fatalf("three events, stories %v", story)
		}
		arts, err := db.ArticlesSince(ctx, time.Time{}, "guild-a", 50)
		if err != nil {
			t.Fatal(err)
		}
		ss, err := db.Stories(ctx, arts, time.Time{}, "guild-a")
		if err != nil {
			t.Fatal(err)
		}
		entries := Entries(ss)
		if len(entries) != 3 {
			t.Fatalf("%d entries, want 3: %+v", len(entries), entries)
		}
		for _, e := range entries {
			if len(e.Outlets) != 2 {
				t.Errorf("%q reported by %+v, want both outlets", e.Title, e.Outlets)
			}
		}
		// Another guild that follows neither feed sees none of it.
		if ss, err := db.Stories(ctx, nil, time.Time{}, "guild-b"); err != nil || len(ss) != 0 {
			t.Errorf("guild B: %d stories, %v", len(ss), err)
		}

		// After a restart the index is loaded again: a third outlet's report joins the story.
		db.Close()
		if db, err = Open(ctx, path); err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		db.Now = func() time.Time { return time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) }
		radio, err := db.Follow(ctx, "guild-a", "chan", "https://radio.example/rss", "radio", time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		third := event(t, "radio-bridge")
		res, err := db.AddFeedArticle(ctx, radio.ID, "r1", third, briefing.Analyze(third))
		if err != nil {
			t.Fatal(err)
		}
		if sid, _ := db.StoryOf(ctx, res.ID); sid != story["bridge"] {
			t.Errorf("after a restart, a third report is story %d, want %d", sid, story["bridge"])
		}
	})
}

// TestStoriesSinceIsStoriesOfTheWindow: StoriesSince reads in one statement what Stories of
// ArticlesSince reads in two, for every guild, window and limit: the same stories, fresh and
// earlier articles, order, summaries and key quotes, and nothing another guild keeps private.
func TestStoriesSinceIsStoriesOfTheWindow(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		db, err := Open(ctx, storagetest.Target(t))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		t0 := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
		clock := t0
		db.Now = func() time.Time { return clock }
		// guild-a follows the wire and the daily, guild-b the daily and the radio; each pastes a
		// report that only it may see that way.
		follows := map[string][]string{"wire": {"guild-a"}, "daily": {"guild-a", "guild-b"}, "radio": {"guild-b"}}
		feeds := map[string]int64{}
		for _, outlet := range []string{"wire", "daily", "radio"} {
			for _, g := range follows[outlet] {
				f, err := db.Follow(ctx, g, "chan", "https://"+outlet+".example/rss", outlet, time.Hour)
				if err != nil {
					t.Fatal(err)
				}
				feeds[outlet] = f.ID
			}
		}
		add := func(outlet, ev string) {
			clock = clock.Add(time.Hour)
			a := event(t, outlet+"-"+ev)
			if _, err := db.AddFeedArticle(ctx, feeds[outlet], a.URL, a, briefing.Analyze(a)); err != nil {
				t.Fatal(err)
			}
		}
		for _, ev := range eventNames {
			add("wire", ev)
		}
		for _, ev := range eventNames {
			add("daily", ev)
		}
		paste := func(guild, name string, after time.Duration) {
			clock = clock.Add(after)
			a := event(t, name)
			a.Title += " (pasted)"
			a.URL = ""
			if _, err := db.AddArticle(ctx, a, briefing.Analyze(a), guild); err != nil {
				t.Fatal(err)
			}
		}
		add("radio", "bridge")
		paste("guild-b", "wire-rates", time.Hour)
		// The daily runs the wire's bridge report too: it joins the daily's bridge story, whose
		// radio report is an earlier article there that guild-a, which reads no radio, must not see.
		clock = clock.Add(time.Hour)
		copied := event(t, "wire-bridge")
		copied.URL = "https://daily.example/wire-bridge"
		if _, err := db.AddFeedArticle(ctx, feeds["daily"], copied.URL, copied, briefing.Analyze(copied)); err != nil {
			t.Fatal(err)
		}
		earlier := 0
		for _, guild := range []string{"guild-a", "guild-b", "guild-c", ""} {
			for h := 0; h <= 9; h++ {
				since := t0.Add(time.Duration(h)*time.Hour + 30*time.Minute)
				for _, limit := range []int{1, 2, 50} {
					arts, err := db.ArticlesSince(ctx, since, guild, limit)
					if err != nil {
						t.Fatal(err)
					}
					want, err := db.Stories(ctx, arts, since, guild)
					if err != nil {
						t.Fatal(err)
					}
					got, err := db.StoriesSince(ctx, since, guild, limit)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%q since +%dh30, limit %d:\n got %s\nwant %s", guild, h, limit, storyIDs(got), storyIDs(want))
					}
					for _, s := range want {
						earlier += len(s.Articles) - s.Fresh
					}
				}
			}
		}
		if earlier == 0 {
			t.Error("no window had earlier articles of its stories: the test compares nothing of them")
		}
	})
}

// TestEarlierArticlesAreTheGuildsOwn: a briefing's "reported by" lists the earlier articles of
// a story that the guild may see. Another guild's private reports of the story, newer and as
// many as the list holds, do not crowd them out; that guild sees its own.
func TestEarlierArticlesAreTheGuildsOwn(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		db := mustOpen(t)
		db.storyEarlier = 1 // one private report fills the list, as twenty would at the default
		t0 := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
		clock := t0
		db.Now = func() time.Time { return clock }
		at := func(h int, a briefing.Article, guild string) int64 {
			clock = t0.Add(time.Duration(h) * time.Hour)
			return mustAdd(t, db, a, guild).ID
		}
		wire := at(1, event(t, "wire-bridge"), "")
		private := at(2, event(t, "radio-bridge"), "guild-x")
		fresh := at(4, event(t, "daily-bridge"), "")
		story, _ := db.StoryOf(ctx, wire)
		for _, id := range []int64{private, fresh} {
			if sid, _ := db.StoryOf(ctx, id); sid != story || story == 0 {
				t.Fatalf("article %d is story %d, want the wire's %d: the test needs one story", id, sid, story)
			}
		}
		since := t0.Add(3 * time.Hour)
		for guild, want := range map[string]int64{"guild-y": wire, "": wire, "guild-x": private} {
			arts, err := db.ArticlesSince(ctx, since, guild, 50)
			if err != nil {
				t.Fatal(err)
			}
			viaStories, err := db.Stories(ctx, arts, since, guild)
			if err != nil {
				t.Fatal(err)
			}
			viaSince, err := db.StoriesSince(ctx, since, guild, 50)
			if err != nil {
				t.Fatal(err)
			}
			for name, ss := range map[string][]Story{"Stories": viaStories, "StoriesSince": viaSince} {
				if len(ss) != 1 || len(ss[0].Articles) != 2 || ss[0].Articles[0].ID != fresh || ss[0].Articles[1].ID != want {
					t.Errorf("%s for %q: %s, want [story %d, 1 fresh: %d %d]", name, guild, storyIDs(ss), story, fresh, want)
				}
			}
		}
	})
}

// storyIDs is stories in short: each story's id, its fresh count and its articles' ids.
func storyIDs(ss []Story) string {
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "[story %d, %d fresh:", s.ID, s.Fresh)
		for _, a := range s.Articles {
			fmt.Fprintf(&b, " %d", a.ID)
		}
		b.WriteString("] ")
	}
	return b.String()
}

// TestPastedTextShapesNoSharedStory: what a guild pastes privately finds the shared story it
// reports, but no feed's article ever joins a story a paste began.
func TestPastedTextShapesNoSharedStory(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		db := mustOpen(t)
		wire := event(t, "wire-bridge")
		mustAdd(t, db, wire, "")
		pasted := event(t, "daily-bridge")
		res := mustAdd(t, db, pasted, "guild-a")
		shared, _ := db.StoryOf(ctx, 1)
		if sid, _ := db.StoryOf(ctx, res.ID); sid != shared {
			t.Errorf("the pasted report is story %d, want the shared %d", sid, shared)
		}
		own := mustAdd(t, db, event(t, "wire-rates"), "guild-a")
		ownStory, _ := db.StoryOf(ctx, own.ID)
		feed, err := db.Follow(ctx, "guild-b", "chan", "https://daily.example/rss", "daily", time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		a := event(t, "daily-rates")
		fres, err := db.AddFeedArticle(ctx, feed.ID, "r", a, briefing.Analyze(a))
		if err != nil {
			t.Fatal(err)
		}
		if sid, _ := db.StoryOf(ctx, fres.ID); sid == ownStory {
			t.Errorf("a feed's article joined the story guild A's paste began (%d)", sid)
		}
	})
}

// TestFailedAddForgetsItsStory: a write that fails after its article joined the index leaves
// no story behind in it; the next report of that event starts the story afresh.
func TestFailedAddForgetsItsStory(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		db := mustOpen(t)
		mend := failInserts(t, db, "speaker_units")
		a := event(t, "wire-bridge")
		if _, err := db.AddArticle(ctx, a, briefing.Analyze(a), ""); err == nil || !strings.Contains(err.Error(), "disk on fire") {
			t.Fatalf("err = %v, want the trigger's", err)
		}
		mend()
		res := mustAdd(t, db, event(t, "daily-bridge"), "")
		if sid, err := db.StoryOf(ctx, res.ID); err != nil || sid == 0 {
			t.Errorf("story %d, %v", sid, err)
		}
	})
}

// TestReanalyzeGivesOldArticlesAStory: an article stored before stories joins one when it is
// analysed again, in the order articles came.
func TestReanalyzeGivesOldArticlesAStory(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		db := mustOpen(t)
		var ids []int64
		for _, name := range []string{"wire-bridge", "daily-bridge", "wire-rates"} {
			ids = append(ids, mustAdd(t, db, event(t, name), "").ID)
		}
		if _, err := db.db.Exec(`DELETE FROM story_profiles; UPDATE articles SET story_id = NULL; DELETE FROM stories`); err != nil {
			t.Fatal(err)
		}
		db.stories.index = nil // as a process that starts on a database from before stories
		for _, id := range ids {
			if err := db.Reanalyze(ctx, id, briefing.Analyze); err != nil {
				t.Fatal(err)
			}
		}
		var got []int64
		for _, id := range ids {
			sid, _ := db.StoryOf(ctx, id)
			got = append(got, sid)
		}
		if got[0] == 0 || got[0] != got[1] || got[2] == got[0] {
			t.Errorf("stories %v, want the two bridge reports together and the rates apart", got)
		}
	})
}

// TestHostileFeedCannotMergeStoriesForOthers: guild A adds a feed whose item is two events
// pasted together. Guild B follows neither it nor anything A alone reads, so for B's feeds the
// item counts for nothing: the second event is not pulled into the first one's story.
func TestHostileFeedCannotMergeStoriesForOthers(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		db := mustOpen(t)
		follow := func(guild, outlet string) int64 {
			f, err := db.Follow(ctx, guild, "chan", "https://"+outlet+".example/rss", outlet, time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			return f.ID
		}
		wire, daily := follow("guild-b", "wire"), follow("guild-b", "daily")
		follow("guild-a", "wire")
		follow("guild-a", "daily")
		hostile := follow("guild-a", "hostile")
		add := func(feed int64, a briefing.Article) int64 {
			t.Helper()
			res, err := db.AddFeedArticle(ctx, feed, a.URL, a, briefing.Analyze(a))
			if err != nil {
				t.Fatal(err)
			}
			sid, _ := db.StoryOf(ctx, res.ID)
			return sid
		}
		bridge := add(wire, event(t, "wire-bridge"))
		// Three items, each a bridge report and a rates report pasted together (different enough
		// not to be copies of one another): each joins the bridge story.
		for i, pair := range [][2]string{{"daily-bridge", "wire-rates"}, {"radio-bridge", "wire-rates"}, {"wire-bridge", "wire-rates"}} {
			both := briefing.Article{Title: fmt.Sprint("Bridge news ", i), URL: fmt.Sprint("https://hostile.example/", i), Source: "hostile",
				Body: event(t, pair[0]).Body + "\n\n" + event(t, pair[1]).Body}
			if got := add(hostile, both); got != bridge {
				t.Logf("hostile item %d started story %d (the bridge is %d)", i, got, bridge)
			}
		}
		if got := add(daily, event(t, "daily-rates")); got == bridge {
			t.Errorf("the rates report joined the bridge story %d through guild A's feed", got)
		}
	})
}

// TestStoriesAcrossProcesses: two processes write to one database in turns; each one's story
// index learns what the other stored, so one event is one story whichever process stores its
// reports. Without the catch-up in storyIndex the second process starts a story of its own.
func TestStoriesAcrossProcesses(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		procs := processes(t)
		// Each process loads its index before the other writes.
		mustAdd(t, procs[0], event(t, "wire-rates"), "")
		mustAdd(t, procs[1], event(t, "wire-transfer"), "")
		story := map[string]int64{}
		for i, name := range []string{"wire-bridge", "daily-bridge", "daily-rates", "daily-transfer"} {
			db := procs[i%2]
			res := mustAdd(t, db, event(t, name), "")
			sid, err := db.StoryOf(ctx, res.ID)
			if err != nil {
				t.Fatal(err)
			}
			story[name] = sid
		}
		if story["wire-bridge"] != story["daily-bridge"] {
			t.Errorf("the bridge reports stored by two processes are stories %d and %d", story["wire-bridge"], story["daily-bridge"])
		}
		first, _ := procs[0].StoryOf(ctx, 1)
		if story["daily-rates"] != first {
			t.Errorf("process 2 put the rates report in story %d, process 1's is %d", story["daily-rates"], first)
		}
	})
}

// TestPastedStarterSharedWhenAFeedCarriesIt: a story a guild's paste began opens to other
// outlets once a feed carries the same article: the next outlet's report of the event joins it.
func TestPastedStarterSharedWhenAFeedCarriesIt(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		db := mustOpen(t)
		pasted := mustAdd(t, db, event(t, "wire-rates"), "guild-a")
		story, _ := db.StoryOf(ctx, pasted.ID)
		feeds := followOutlets(t, db, "guild-b", "wire", "daily")
		a := event(t, "wire-rates")
		same, err := db.AddFeedArticle(ctx, feeds[0].ID, "w", a, briefing.Analyze(a))
		if err != nil || same.ID != pasted.ID {
			t.Fatalf("the wire's copy is article %d (%v), want the pasted %d", same.ID, err, pasted.ID)
		}
		b := event(t, "daily-rates")
		other, err := db.AddFeedArticle(ctx, feeds[1].ID, "d", b, briefing.Analyze(b))
		if err != nil {
			t.Fatal(err)
		}
		if sid, _ := db.StoryOf(ctx, other.ID); sid != story {
			t.Errorf("the daily's report is story %d, want %d, the one the paste began", sid, story)
		}
	})
}

// TestSharedLaterReachesOtherProcesses: a profile stored for an older article (a paste that a
// feed then carried) reaches the story index of another process that has already seen newer
// articles: that process's next report of the event joins the story.
func TestSharedLaterReachesOtherProcesses(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		procs := processes(t)
		pasted := mustAdd(t, procs[0], event(t, "wire-rates"), "guild-a")
		story, _ := procs[0].StoryOf(ctx, pasted.ID)
		mustAdd(t, procs[1], event(t, "wire-bridge"), "") // the second process sees a newer article
		feeds := followOutlets(t, procs[0], "guild-b", "wire", "daily")
		a := event(t, "wire-rates")
		if _, err := procs[0].AddFeedArticle(ctx, feeds[0].ID, "w", a, briefing.Analyze(a)); err != nil {
			t.Fatal(err)
		}
		b := event(t, "daily-rates")
		other, err := procs[1].AddFeedArticle(ctx, feeds[1].ID, "d", b, briefing.Analyze(b))
		if err != nil {
			t.Fatal(err)
		}
		if sid, _ := procs[1].StoryOf(ctx, other.ID); sid != story {
			t.Errorf("the daily's report, stored by the other process, is story %d, want %d", sid, story)
		}
	})
}

// followOutlets has guild follow a feed of each outlet (https://OUTLET.example/rss).
func followOutlets(t *testing.T, db *DB, guild string, outlets ...string) []Feed {
	t.Helper()
	var feeds []Feed
	for _, outlet := range outlets {
		f, err := db.Follow(context.Background(), guild, "chan", "https://"+outlet+".example/rss", outlet, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		feeds = append(feeds, f)
	}
	return feeds
}

// datedReports is seven reports of three events, a minute apart, named outlet-event.
func datedReports(t *testing.T) (order []string, in []Incoming) {
	order = []string{"wire-bridge", "daily-rates", "daily-bridge", "wire-rates", "radio-bridge", "wire-transfer", "daily-transfer"}
	for i, name := range order {
		a := event(t, name)
		a.Published = time.Date(2026, 11, 25, 6, i, 0, 0, time.UTC)
		in = append(in, Incoming{Article: a, Analysis: briefing.Analyze(a)})
	}
	return order, in
}

// TestBatchMatchesAhead: a batch of dated reports, stored in one transaction while each next
// one's story is matched ahead on another goroutine, gets the stories that storing them one at
// a time gives: one per event, whichever outlet told it.
func TestBatchMatchesAhead(t *testing.T) {
	ctx := context.Background()
	order, in := datedReports(t)
	batch, single := mustOpen(t), mustOpen(t)
	res, err := batch.AddArticles(ctx, in, "")
	if err != nil {
		t.Fatal(err)
	}
	story := map[string]int64{}
	for i, r := range res {
		one, err := single.AddArticle(ctx, in[i].Article, in[i].Analysis, "")
		if err != nil || one.ID != r.ID {
			t.Fatalf("%s: article %d one at a time, %d in the batch, %v", order[i], one.ID, r.ID, err)
		}
		got, _ := batch.StoryOf(ctx, r.ID)
		want, _ := single.StoryOf(ctx, one.ID)
		if got != want || got == 0 {
			t.Errorf("%s: story %d in the batch, %d one at a time", order[i], got, want)
		}
		event := order[i][strings.Index(order[i], "-")+1:]
		if prev, ok := story[event]; ok && prev != got {
			t.Errorf("%s: story %d, the event's first report %d", order[i], got, prev)
		}
		story[event] = got
	}
	if len(story) != 3 {
		t.Errorf("stories %v, want one per event", story)
	}
	// Whether the goroutine starts before the writer needs the index is up to the scheduler
	// (on a loaded machine it may not, and the writer then matches itself): a few more
	// batches, each in a database of its own, must see it happen.
	for try := 0; try < 5 && batch.stories.guesses == 0; try++ {
		batch = mustOpen(t)
		if _, err := batch.AddArticles(ctx, in, ""); err != nil {
			t.Fatal(err)
		}
	}
	if batch.stories.guesses == 0 {
		t.Error("no story was matched ahead in 6 batches")
	}
}

// TestAssistMakesTheMatchAhead: the work a batch leaves for another core (the add owed to the
// index, then the next article's match) is done by the first goroutine to take it (Assist,
// between two analyses), once; the writer then waits for it and uses the match. Work the writer
// takes back before anyone began it has its add made by the writer, once, and its match never.
func TestAssistMakesTheMatchAhead(t *testing.T) {
	db := mustOpen(t)
	a := event(t, "wire-bridge")
	p := briefing.Analyze(a).Story
	st := &db.stories
	adds := 0
	offer := func(p stories.Profile) *ahead {
		x := stories.NewIndex(db.StoryParams)
		x.Add(1, 0, p, a.Published) // the report's own story: the match finds it
		ah := &ahead{x: x, add: func() { adds++ }, p: p, at: a.Published, done: make(chan struct{})}
		st.ahead = ah
		st.offered.Store(ah)
		return ah
	}
	ah := offer(p)
	db.Assist()
	db.Assist() // nothing is left: no second match, no second close
	if ah.state.Load() != aheadDone || ah.guess == nil || adds != 1 {
		t.Fatalf("after Assist: state %d, guess %v, %d adds", ah.state.Load(), ah.guess, adds)
	}
	if g := st.settle(p); g != ah.guess || adds != 1 {
		t.Errorf("the writer took %v after %d adds, want the assisted guess %v after 1", g, adds, ah.guess)
	}
	adds = 0
	ah = offer(p)
	if g := st.settle(p); g != nil || adds != 1 {
		t.Errorf("a match nobody began was handed over: %v; %d adds, want the writer's 1", g, adds)
	}
	db.Assist()
	if ah.state.Load() != aheadDropped || ah.guess != nil || adds != 1 {
		t.Errorf("after the writer took it back, Assist worked: state %d, guess %v, %d adds", ah.state.Load(), ah.guess, adds)
	}
	// Work still running when the writer needs it: the writer waits until it is done, both
	// when it ends while the writer spins and when it ends long after (the writer sleeps).
	for _, pause := range []time.Duration{0, 3 * spinFor} {
		adds = 0
		ah = offer(p)
		release := make(chan struct{})
		add := ah.add
		ah.add = func() { <-release; add() }
		go db.Assist()
		for ah.state.Load() != aheadRunning {
			runtime.Gosched()
		}
		go func() { time.Sleep(pause); close(release) }()
		if g := st.settle(p); g != ah.guess || g == nil || adds != 1 {
			t.Errorf("work ending %s after the writer came: the writer took %v after %d adds, want the assisted guess after 1", pause, g, adds)
		}
	}
	adds = 0
	ah = offer(nil) // the batch's last article: an add, no match
	db.Assist()
	if g := st.settle(nil); g != nil || adds != 1 {
		t.Errorf("an add alone: guess %v, %d adds, want none and 1", g, adds)
	}
}

// TestAssistedBatchMatchesAhead: a batch stored while another goroutine assists without pause
// gets the stories of storing one article at a time (and under -race, no two goroutines use the
// index at once), whether its articles are dated or, as files often are, dated when stored.
func TestAssistedBatchMatchesAhead(t *testing.T) {
	t.Run("dated", func(t *testing.T) { testAssistedBatch(t, false) })
	t.Run("undated", func(t *testing.T) { testAssistedBatch(t, true) })
}

func testAssistedBatch(t *testing.T, undated bool) {
	ctx := context.Background()
	order, in := datedReports(t)
	if undated {
		for i := range in {
			in[i].Article.Published = time.Time{}
		}
	}
	single := mustOpen(t)
	want := make([]int64, len(in)) // each article's story, stored one at a time
	for i, a := range in {
		one, err := single.AddArticle(ctx, a.Article, a.Analysis, "")
		if err != nil {
			t.Fatal(err)
		}
		want[i], _ = single.StoryOf(ctx, one.ID)
	}
	// Whether an assist comes before the writer needs the index is up to the scheduler: a few
	// more batches, each in a database of its own, must see one used.
	used := false
	for try := 0; try < 6 && !used; try++ {
		batch := mustOpen(t)
		stop, helped := make(chan struct{}), make(chan struct{})
		go func() {
			defer close(helped)
			for {
				select {
				case <-stop:
					return
				default:
					batch.Assist()
				}
			}
		}()
		res, err := batch.AddArticles(ctx, in, "")
		close(stop)
		<-helped
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range res {
			if got, _ := batch.StoryOf(ctx, r.ID); got != want[i] || got == 0 {
				t.Errorf("%s: story %d in the assisted batch, %d one at a time", order[i], got, want[i])
			}
		}
		used = batch.stories.guesses > 0
	}
	if !used {
		t.Error("no match made ahead was used in 6 assisted batches")
	}
}

// TestFailedStoryChangesDroppedAfterAnotherSettles: a transaction that placed an article in the
// story index and then failed drops the index, even when the transaction before it settled in
// the meantime (it may, once its commit let this one begin).
func TestFailedStoryChangesDroppedAfterAnotherSettles(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		mustAdd(t, db, event(t, "wire-rates"), "")
		a := event(t, "wire-bridge")
		err := db.inTx(ctx, func(tx *wtx) error {
			if _, err := db.addArticleTx(ctx, tx, a, briefing.Analyze(a), adder{}); err != nil {
				return err
			}
			db.settleStories(&wtx{}, true) // the transaction before this one settles late
			return errors.New("disk on fire")
		})
		if err == nil {
			t.Fatal("the transaction did not fail")
		}
		db.stories.mu.Lock()
		kept := db.stories.index != nil
		db.stories.mu.Unlock()
		if kept {
			t.Error("the story index keeps the placement of an article whose transaction failed")
		}
	})
}
