package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/synth"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/briefbot/briefbot/storage"
)

// runBench builds a database of generated articles (through the ingest path: analysis on every
// core, batched writes) and times every lookup the bot serves, at the storage layer and through
// the bot's handlers (no Discord), printing one line per row with p50 and p99.
func runBench(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench")
	n := fs.Int("n", 10_000, "articles to generate and ingest")
	queries := fs.Int("queries", 200, "lookups timed per row")
	dbPath := fs.String("db", "", "database file or postgres:// URL to build or reuse (default: a temporary file, removed after)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file")
	memProfile := fs.String("memprofile", "", "write a profile of the run's allocations to this file when it ends")
	only := fs.String("rows", "", "time only the lookups whose name contains this text (e.g. `search`); all when empty")
	feeds := fs.Int("feeds", 0, "carry the articles by this many feeds, one guild each, as a bot's polls store them (0: everyone's, as `ingest` stores them)")
	follow := fs.Int("follow", 1, "with --feeds: how many of the feeds the guild asking the lookups follows")
	undated := fs.Bool("undated", false, "store the articles undated, all at the instant the lookups are timed, as `ingest` stores a folder of text files at once")
	sentencesFrom := fs.String("sentences", "", "draw the articles' plain sentences and titles from the texts of these JSONL files (comma-separated; lines as `summarize --jsonl` reads, e.g. ../shared/eval/summaries/bbc.jsonl), mixed, instead of made-up words")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *n < 1 || *queries < 1 {
		return fmt.Errorf("%w: -n and --queries must be at least 1", errUsage)
	}
	if *feeds < 0 || *feeds > 0 && (*follow < 1 || *follow > *feeds) {
		return fmt.Errorf("%w: --feeds must be at least 0 and --follow between 1 and --feeds", errUsage)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if *memProfile != "" {
		defer writeAllocs(*memProfile)
	}
	path := *dbPath
	if path == "" {
		dir, err := os.MkdirTemp("", "briefbot-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "bench.db")
	}
	db, err := openDB(ctx, e, path)
	if err != nil {
		return err
	}
	defer db.Close()
	// News at the pace of 100,000 articles a year (about 274 a day): the database's clock
	// follows the articles' dates as they come in, so the windows that depend on time (near-copy
	// sketches, /brief's day) behave as they would in a running bot.
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	span := time.Duration(*n) * (365 * 24 * time.Hour / 100_000)
	end := start.Add(span)
	gen := synth.New(1, *n, start, span)
	if *sentencesFrom != "" {
		sents, err := benchSentences(strings.Split(*sentencesFrom, ","))
		if err != nil {
			return err
		}
		gen.Sentences(sents)
	}
	carriers, err := benchFeeds(ctx, db, *feeds, *follow)
	if err != nil {
		return err
	}
	stats, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	// A database built before (--db) is reused (its cast is the generator's, from the seed);
	// only the articles it lacks are generated and ingested.
	if stats.Articles < *n {
		for i := 0; i < stats.Articles; i++ {
			gen.Next()
		}
		next := func() briefing.Article {
			a := gen.Next()
			if *undated {
				a.Published = time.Time{}
			}
			return a
		}
		if err := benchIngest(ctx, e, db, &articleRing{next: next}, *n-stats.Articles, stats.Articles, carriers, end); err != nil {
			return err
		}
	}
	db.Now = func() time.Time { return end }
	if stats, err = db.Stats(ctx); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "database: %d articles, %d quotes, %d speakers\n", stats.Articles, stats.Quotes, stats.Speakers)
	if err := benchSizes(ctx, e, db); err != nil {
		return err
	}
	return benchLookups(ctx, e, db, gen, *queries, end, *only)
}

// benchSentences returns the sentences of four words or more of the texts in JSONL files
// (the lines `summarize --jsonl` reads), split as the analysis splits them.
func benchSentences(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("--sentences: %w", err)
		}
		err = eachJSONL(f, func(a jsonlArticle) error {
			d := text.Parse(a.Text, "")
			for _, s := range d.Sentences() {
				if t := strings.Join(strings.Fields(s.Of(d.Text)), " "); strings.Count(t, " ") >= 3 {
					out = append(out, t)
				}
			}
			return nil
		})
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("--sentences: %s: %w", p, err)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: --sentences: no sentence of four words or more in %s", errUsage, strings.Join(paths, ", "))
	}
	return out, nil
}

// benchGuild is the guild that asks the timed lookups.
const benchGuild = "bench-guild"

// benchWarmup is how many of a row's lookups run untimed before it is timed.
const benchWarmup = 20

// benchFeeds makes n feeds (none for n = 0): benchGuild follows the first follow of them and
// each other feed has a guild of its own, as in a bot many servers use. It returns the feeds'
// ids. Made again on a database built before, they are the same feeds.
func benchFeeds(ctx context.Context, db *storage.DB, n, follow int) ([]int64, error) {
	ids := make([]int64, n)
	for k := range ids {
		guild := benchGuild
		if k >= follow {
			guild = fmt.Sprintf("bench-guild-%d", k)
		}
		f, err := db.Follow(ctx, guild, "bench-channel", fmt.Sprintf("http://127.0.0.1/bench/feed-%d.xml", k), fmt.Sprintf("Feed %d", k), time.Hour)
		if err != nil {
			return nil, err
		}
		ids[k] = f.ID
	}
	return ids, nil
}

// benchIngest ingests the n articles arts makes as `briefbot ingest` does (or, with feeds, as a
// bot's polls do: article first+i is an item of feeds[(first+i) % len(feeds)], stored in a
// transaction of its own) and prints the rate overall and in each tenth of the articles, to
// show whether it stays flat as the database grows; with feeds, also the longest store of one
// article, which a poll or a /paste waits for. The database's clock reads each article's date
// as it is stored, and undatedAt for an undated one.
func benchIngest(ctx context.Context, e *env, db *storage.DB, arts *articleRing, n, first int, feeds []int64, undatedAt time.Time) error {
	type analysed struct {
		a  briefing.Article
		an briefing.Analysis
	}
	b := &batcher{db: db}
	var clock time.Time // the date of the article being stored: set and read on one goroutine
	db.Now = func() time.Time { return clock }
	tenth := max(1, n/10)
	start := time.Now()
	marks := []time.Time{start} // when each tenth began, and when the last ended
	var longest time.Duration   // of one article's store, with feeds
	err := inOrderStoring(ctx, n, func(i int) analysed {
		defer db.Assist() // as ingest does: the writer's story work, if some waits
		a := arts.get(i)
		return analysed{a, briefing.AnalyzeYielding(a, db.Assist)}
	}, func(i int, r analysed) error {
		if i > 0 && i%tenth == 0 && len(marks) < 10 {
			// The tenth's last batch is stored before it is timed (at its own articles'
			// clock): a tenth shorter than a batch could otherwise end between two stores
			// (17,807,853/s at -n 2000).
			if err := b.flush(ctx); err != nil {
				return err
			}
			marks = append(marks, time.Now())
		}
		clock = r.a.Published
		if clock.IsZero() {
			clock = undatedAt
		}
		if len(feeds) == 0 {
			return b.add(ctx, r.a, r.an)
		}
		k := first + i
		began := time.Now()
		res, err := db.AddFeedArticle(ctx, feeds[k%len(feeds)], fmt.Sprintf("item-%d", k), r.a, r.an)
		longest = max(longest, time.Since(began))
		if res.Added {
			b.added++
		} else if err == nil {
			b.dup++
		}
		return err
	})
	if err == nil {
		err = b.finish(ctx)
	}
	if err != nil {
		return err
	}
	total := time.Since(start)
	marks = append(marks, time.Now())
	line := fmt.Sprintf("ingest: %d articles in %s: %.0f/s", n, total.Round(time.Millisecond), float64(n)/total.Seconds())
	if len(marks) == 11 {
		rates := make([]string, 10)
		for k := range rates {
			m := tenth
			if k == 9 {
				m = n - 9*tenth
			}
			rates[k] = fmt.Sprintf("%.0f", float64(m)/marks[k+1].Sub(marks[k]).Seconds())
		}
		line += " (by tenth: " + strings.Join(rates, " ") + ")"
	}
	if len(feeds) > 0 {
		line += fmt.Sprintf("; longest store %s", longest.Round(time.Millisecond))
	}
	fmt.Fprintf(e.stdout, "%s; %d added, %d duplicate\n", line, b.added, b.dup)
	return nil
}

// benchSizes prints the database's size and what its parts hold.
func benchSizes(ctx context.Context, e *env, db *storage.DB) error {
	parts, err := db.Usage(ctx)
	if err != nil {
		return err
	}
	size, err := db.Size(ctx)
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, p := range parts {
		fmt.Fprintf(&b, ", %s %s", p.Name, mib(p.Bytes))
	}
	fmt.Fprintf(e.stdout, "size: %s on disk%s\n", mib(size), b.String())
	return nil
}

func mib(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

// benchRow is one timed lookup: at storage and through the handler, each over its inputs.
type benchRow struct {
	name    string
	inputs  []string
	storage func(ctx context.Context, in string) (bool, error) // true: it answered something
	handle  func(in string) bot.Request
}

// benchLookups times every lookup the bot serves.
func benchLookups(ctx context.Context, e *env, db *storage.DB, gen *synth.Generator, q int, now time.Time, only string) error {
	people, vocab := gen.People(), gen.Vocabulary()
	// word is the vocabulary's i-th word, counted round a vocabulary shorter than i (real
	// texts' words, with --sentences, may be few).
	word := func(i int) string { return vocab[(i%len(vocab)+len(vocab))%len(vocab)] }
	pick := func(k int, f func(i int) string) []string {
		out := make([]string, k)
		for i := range out {
			out[i] = f(i)
		}
		return out
	}
	// The most quoted people are the ones asked about most: inputs cycle over the top of the cast.
	cast := people[:min(len(people), 500)]
	top := func(i int) synth.Person { return cast[(i*7)%len(cast)] }
	h := &bot.Handlers{Store: db, Now: func() time.Time { return now }}
	const guild = benchGuild
	// A full name asked for is one of the top of the cast that the guild has quotes of: a guild
	// that sees a share of the articles has none of some, and asking for those is the "did you
	// mean" row's lookup.
	seen, err := db.Speakers(ctx, "", guild, 1<<30)
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, s := range seen {
		known[s.Name] = true
	}
	var quoted []synth.Person
	for _, p := range cast {
		if known[p.Name()] {
			quoted = append(quoted, p)
		}
	}
	if len(quoted) == 0 {
		quoted = cast
	}
	quotes := func(in string) bot.Request {
		return bot.Request{Name: "quotes", GuildID: guild, UserID: "u", Options: map[string]string{"speaker": in}}
	}
	search := func(in string) bot.Request {
		return bot.Request{Name: "search", GuildID: guild, UserID: "u", Options: map[string]string{"query": in}}
	}
	searchStore := func(ctx context.Context, in string) (bool, error) {
		arts, _, err := db.Search(ctx, in, guild, 0, bot.SearchPage) // the first page, as /search shows it
		return len(arts) > 0, err
	}
	quotesStore := func(ctx context.Context, in string) (bool, error) {
		qs, err := db.QuotesBySpeaker(ctx, in, guild, 10)
		var unknown *storage.UnknownSpeakerError
		if errors.As(err, &unknown) {
			return len(unknown.Suggestions) > 0, nil
		}
		return len(qs) > 0, err
	}
	rows := []benchRow{
		{name: "speaker autocomplete, 3 letters", inputs: pick(q, func(i int) string { return strings.ToLower(top(i).Last[:3]) }),
			storage: func(ctx context.Context, in string) (bool, error) {
				sp, err := db.Speakers(ctx, in, guild, 25)
				return len(sp) > 0, err
			},
			handle: func(in string) bot.Request {
				return bot.Request{Kind: bot.Autocomplete, Name: "quotes", Focused: "speaker", GuildID: guild, UserID: "u",
					Options: map[string]string{"speaker": in}}
			}},
		{name: "/quotes speaker: full name", inputs: pick(q, func(i int) string { return quoted[(i*7)%len(quoted)].Name() }), storage: quotesStore, handle: quotes},
		{name: "/quotes speaker: common surname", inputs: pick(q, func(i int) string { return people[i%5].Last }), storage: quotesStore, handle: quotes},
		{name: "unknown speaker, did you mean", inputs: pick(q, func(i int) string { return misspell(top(i).Last) }), storage: quotesStore, handle: quotes},
		{name: "/search two common words", inputs: pick(q, func(i int) string { return word(20+i%40) + " " + word(60+i%40) }), storage: searchStore, handle: search},
		{name: "/search one very common word", inputs: pick(q, func(int) string { return "the" }), storage: searchStore, handle: search},
		{name: "/search a rare word", inputs: pick(q, func(i int) string { return word(len(vocab) - 1 - i%1000) }), storage: searchStore, handle: search},
		{name: "/summary autocomplete, a title word", inputs: pick(q, func(i int) string { return word(100 + i%500) }),
			storage: func(ctx context.Context, in string) (bool, error) {
				ts, err := db.ArticleTitles(ctx, in, guild, 25)
				return len(ts) > 0, err
			},
			handle: func(in string) bot.Request {
				return bot.Request{Kind: bot.Autocomplete, Name: "summary", Focused: "article", GuildID: guild, UserID: "u",
					Options: map[string]string{"article": in}}
			}},
		{name: "/brief", inputs: pick(q, func(int) string { return "" }),
			storage: func(ctx context.Context, _ string) (bool, error) {
				ss, err := db.StoriesSince(ctx, now.Add(-24*time.Hour), guild, 50) // what /brief reads
				return len(ss) > 0, err
			},
			handle: func(string) bot.Request { return bot.Request{Name: "brief", GuildID: guild, UserID: "u"} }},
	}
	for _, r := range rows {
		if !strings.Contains(r.name, only) {
			continue
		}
		// A few untimed rounds first: each pooled connection prepares the row's statements
		// once (on PostgreSQL the first executions also plan anew), which a running bot pays
		// once, not at every lookup's percentile.
		for _, in := range r.inputs[:min(len(r.inputs), benchWarmup)] {
			if _, err := r.storage(ctx, in); err != nil {
				return fmt.Errorf("%s %q: %w", r.name, in, err)
			}
			h.Handle(ctx, r.handle(in))
		}
		// Each layer in a loop of its own, after a collection of what came before (as testing.B
		// starts a benchmark): a handler's reply leaves its garbage behind it (a rendered
		// `/quotes` reply allocates about 20 KB), whose collection fell on the storage lookup
		// timed next.
		var atStore, atHandler []time.Duration
		answered := 0
		runtime.GC()
		for _, in := range r.inputs {
			t0 := time.Now()
			ok, err := r.storage(ctx, in)
			atStore = append(atStore, time.Since(t0))
			if err != nil {
				return fmt.Errorf("%s %q: %w", r.name, in, err)
			}
			if ok {
				answered++
			}
		}
		runtime.GC()
		for _, in := range r.inputs {
			t0 := time.Now()
			h.Handle(ctx, r.handle(in))
			atHandler = append(atHandler, time.Since(t0))
		}
		fmt.Fprintf(e.stdout, "%-36s storage p50 %s p99 %s · handler p50 %s p99 %s · answered %d/%d\n", r.name,
			pct(atStore, 50), pct(atStore, 99), pct(atHandler, 50), pct(atHandler, 99), answered, len(r.inputs))
	}
	return nil
}

// pct is the p-th percentile of ds, in milliseconds.
func pct(ds []time.Duration, p int) string {
	s := slices.Clone(ds)
	slices.Sort(s)
	i := min(len(s)-1, (len(s)*p+99)/100-1)
	return fmt.Sprintf("%.2fms", float64(s[max(i, 0)].Microseconds())/1000)
}

// misspell swaps two letters in the middle of a name, as a hurried typist does.
func misspell(s string) string {
	r := []rune(s)
	if len(r) < 4 {
		return s + "x"
	}
	k := len(r) / 2
	r[k], r[k+1] = r[k+1], r[k]
	return string(r)
}

// writeAllocs writes the allocations made so far to path (pprof's allocs profile), logging a
// failure: the profile is the bench's by-product, not its result.
func writeAllocs(path string) {
	f, err := os.Create(path)
	if err == nil {
		err = errors.Join(pprof.Lookup("allocs").WriteTo(f, 0), f.Close())
	}
	if err != nil {
		slog.Error("bench: writing the allocations profile", "path", path, "err", err)
	}
}

// articleRing makes the bench's articles as the ingest asks for them, in order, and holds only
// the last few chunks of them: made all before the ingest, 100,000 of them held 500 MB of the
// process's heap while it ran, which a bot or `briefbot ingest` (which reads each file as its
// turn comes) never holds.
type articleRing struct {
	mu    sync.Mutex
	next  func() briefing.Article
	made  int // articles made so far
	slots [2 * chunk]briefing.Article
}

// get returns the i-th article. inOrderOn asks for the articles of one chunk only once those of
// the chunk before it are all read, so two chunks of slots always hold the one asked for.
func (r *articleRing) get(i int) briefing.Article {
	r.mu.Lock()
	defer r.mu.Unlock()
	for r.made <= i {
		r.slots[r.made%len(r.slots)] = r.next()
		r.made++
	}
	if i < r.made-len(r.slots) {
		panic(fmt.Sprintf("bench article %d asked for after %d were made: no longer held", i, r.made))
	}
	return r.slots[i%len(r.slots)]
}
