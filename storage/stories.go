package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/stories"
)

// storyState is the process's index of recent stories (see package stories). It is loaded from
// the newest articles' profiles on first use and kept in step with every article stored. A
// write transaction that touched it and then failed leaves it stale, so it is dropped and
// loaded again. Other processes on the same database write too: before each use, the
// profiles stored after the newest one the index holds are added to it (storyIndex).
type storyState struct {
	mu      sync.Mutex
	index   *stories.Index
	seen    int64     // the seq of the last stored profile the index holds (see migration 0016)
	next    *Incoming // the article a batch stores next, everyone's (see workAhead)
	ahead   *ahead    // the work left to another goroutine: an add, and the match of next
	guesses int       // matches made ahead and handed to the writer
	// offered is ahead while nobody has begun it, for another goroutine to make (see Assist).
	offered atomic.Pointer[ahead]
}

// ahead is the story work of a batch's writer left for another goroutine, while the writer
// stores the article before: adding that article to the index (its story known), then matching
// the next article against it. At 100,000 articles adding costs 68 µs an article (of the
// writer's 733) and matching 126, and the other core has room while the writer is the
// bottleneck. The goroutine that does the work has the index to itself: the writer waits for
// it (settle) before its next use of the index, or, if it has not started, makes the add
// itself and drops the match. The guess is used only when the index gained nothing since (see
// stories.Guess). With the add left ahead too, the writer's story work went 85 -> 19 µs an
// article, and ingest of 100,000 1,060-1,255 -> 1,221-1,299 articles/s (`briefbot bench -n
// 100000 --queries 1 --rows zzz`, three runs alternated).
type ahead struct {
	x     *stories.Index
	add   func()          // the add owed to the index
	p     stories.Profile // the next article's (nil: no match to make)
	at    time.Time
	state atomic.Int32  // aheadWaiting, then aheadRunning and aheadDone, or aheadDropped
	done  chan struct{} // closed when the work is done (by whoever began it), after state says so
	guess *stories.Guess
}

// run does the work unless another goroutine began it or the writer dropped it.
func (a *ahead) run() {
	if a.state.CompareAndSwap(aheadWaiting, aheadRunning) {
		a.add()
		if a.p != nil {
			a.guess = a.x.Guess(a.p, a.at, everyones)
		}
		a.state.Store(aheadDone)
		close(a.done)
	}
}

// Assist does the story work the writer left for another core, if some waits (see
// workAhead). Ingest's analysis workers call it after each article: the goroutine workAhead
// starts must wait for a free core, and while the workers keep every core busy it made 1,849
// of 6,000 matches; with the workers' help 2,878, and ingest went 1,234-1,300 -> 1,278-1,313
// articles/s (`briefbot bench -n 6000 --queries 1 --rows zzz`, five runs alternated). They
// call it between the stages of each analysis too (briefing.AnalyzeYielding): the writer
// offers a match ~170 µs before it needs it, and 5,736-5,790 of 6,000 were then made ahead
// (2,229-2,329 before).
func (db *DB) Assist() {
	if db.stories.offered.Load() == nil {
		return // nothing offered: a load only reads the shared line, where a swap would write it
	}
	if a := db.stories.offered.Swap(nil); a != nil {
		a.run()
	}
}

const (
	aheadWaiting = iota
	aheadRunning
	aheadDone
	aheadDropped
)

// everyones is the trust of an article everyone brings: only everyone's articles count.
func everyones(u stories.Unit) bool { return u == 0 }

// workAhead leaves add, owed to index x, and the match of the batch's next article, if it has
// one, to another goroutine. The caller holds st.mu and is done with x until its next
// storyIndex.
func (db *DB) workAhead(x *stories.Index, add func()) {
	st := &db.stories
	next := st.next
	st.next = nil
	a := &ahead{x: x, add: add, done: make(chan struct{})}
	if next != nil && len(next.Analysis.Story) > 0 {
		// An undated article is dated when stored, most likely within this second: the guess
		// is used only if that holds (stories.Index.Place). Matched on the writer's core
		// instead, the undated files of `briefbot ingest` left the other idle.
		a.p, a.at = next.Analysis.Story, time.Unix(datedAt(next.Article, db.now()), 0)
	}
	st.ahead = a
	st.offered.Store(a)
	go a.run()
}

// settle ends the work left ahead, if any: after it no goroutine but the caller's uses the
// index, and the add owed to it is made. It returns the guess when it was made for profile p.
// The caller holds st.mu.
func (st *storyState) settle(p stories.Profile) *stories.Guess {
	a := st.ahead
	st.ahead = nil
	st.offered.Store(nil)
	if a == nil {
		return nil
	}
	if a.state.CompareAndSwap(aheadWaiting, aheadDropped) {
		a.add() // owed: the match alone may be dropped
		return nil
	}
	a.wait()
	if len(p) == 0 || len(a.p) != len(p) || &a.p[0] != &p[0] || a.guess == nil {
		return nil
	}
	st.guesses++
	return a.guess
}

// wait returns when the work another goroutine began is done. The writer that waits has nothing
// else to do, and its core is idle meanwhile: so it spins, for up to spinFor, rather than sleep.
// Woken from a channel, it waited its turn on the core of the goroutine that woke it, or for the
// idle one to wake: waits at 20,000 articles took 103 µs an article on average (2.1-2.4 s in
// all), spinning 42 µs (0.84-0.87 s); ingest 1,399-1,493 -> 1,536-1,561 articles/s, two runs
// alternated (`briefbot bench -n 20000 --queries 1 --rows zzz`, timed by instrumenting settle);
// at 100,000, 1,167-1,258 -> 1,228-1,301/s (two pairs).
func (a *ahead) wait() {
	start := time.Now()
	for i := 1; a.state.Load() == aheadRunning; i++ {
		if i%1024 == 0 && time.Since(start) > spinFor {
			<-a.done // the goroutine doing it was put aside: no use spinning
			return
		}
	}
}

// spinFor bounds how long a writer spins in wait: ten times a match and an add at 100,000
// articles.
const spinFor = 2 * time.Millisecond

// storyIndex returns the index of recent stories, loading it when needed, with the profiles
// other processes stored since. The caller holds st.mu, inside a write transaction (which
// holds the database's write lock, so no profile is committed while it reads).
func (db *DB) storyIndex(ctx context.Context, tx *wtx) (*stories.Index, error) {
	st := &db.stories
	st.settle(nil)
	if st.index != nil && tx.storiesCaught {
		return st.index, nil // caught up in tx already, and tx adds what it stores
	}
	type member struct {
		seq, story, unit, at int64
		profile              []byte
	}
	scan := func(sc scanner) (m member, err error) {
		err = sc.Scan(&m.seq, &m.story, &m.unit, &m.at, &m.profile)
		return m, err
	}
	var rows []member
	var err error
	if st.index == nil {
		// The newest articles' profiles, in the order the articles came, and every profile
		// stored up to now counted as seen.
		if err = tx.QueryRowContext(ctx, `SELECT COALESCE(max(seq), 0) FROM story_profiles`).Scan(&st.seen); err == nil {
			rows, err = queryAll(ctx, tx, scan, `SELECT seq, story_id, unit, at, profile FROM story_profiles
				ORDER BY article_id DESC LIMIT ?`, stories.Horizon)
			slices.Reverse(rows)
		}
		st.index = stories.NewIndex(db.StoryParams)
	} else {
		rows, err = queryAll(ctx, tx, scan, `SELECT seq, story_id, unit, at, profile FROM story_profiles
			WHERE seq > ? ORDER BY seq`, st.seen)
	}
	if err != nil {
		st.index = nil
		return nil, fmt.Errorf("load story index: %w", err)
	}
	for _, m := range rows {
		st.seen = max(st.seen, m.seq)
		p, err := stories.Decode(m.profile)
		if err != nil {
			continue // a damaged profile weighs nothing; its article keeps its story
		}
		st.index.Add(m.story, stories.Unit(m.unit), p, time.Unix(m.at, 0))
	}
	tx.storiesCaught = true
	return st.index, nil
}

// storyFor finds the story an article dated at (unix seconds) with profile p, brought by ad,
// reports, or starts one, and returns its ID. The article is matched only against the articles
// its readers see too (see trustFor): a feed one guild added cannot pull two stories together
// for another guild. A private article (one guild's paste) may join a shared story but never
// shapes one: no article is ever matched against pasted text, and a story a paste starts stays
// its own.
func (db *DB) storyFor(ctx context.Context, tx *wtx, at int64, p stories.Profile, ad adder) (int64, error) {
	st := &db.stories
	st.mu.Lock()
	defer st.mu.Unlock()
	var guess *stories.Guess
	if ad.scope() == "global" {
		guess = st.settle(p) // made with everyones, which is tr.ok for everyone's articles
	}
	x, err := db.storyIndex(ctx, tx)
	if err != nil {
		return 0, err
	}
	shared := ad.scope() != "guild"
	tr, err := trustFor(ctx, tx, ad)
	if err != nil {
		return 0, err
	}
	fresh := false
	tx.storiesChanged = tx.storiesChanged || shared
	pl, err := x.Place(guess, p, time.Unix(at, 0), tr.ok, func() (int64, error) {
		fresh = true
		return tx.insert(ctx, `INSERT INTO stories (first_at, last_at, shared) VALUES (?, ?, ?)`, at, at, shared)
	})
	if err == nil && shared {
		add := func() { pl.Add(ad.unit()) }
		if ad.scope() == "global" {
			db.workAhead(x, add) // with the next article's match, on another core
		} else {
			add()
		}
	}
	if err == nil {
		err = tr.err // a followers lookup that failed while matching
	}
	if err != nil {
		return 0, err
	}
	sid := pl.ID
	if !fresh {
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET first_at = CASE WHEN first_at > :at THEN :at ELSE first_at END,
			last_at = CASE WHEN last_at < :at THEN :at ELSE last_at END WHERE id = :id`,
			sql.Named("at", at), sql.Named("id", sid)); err != nil {
			return 0, err
		}
	}
	return sid, nil
}

// shareStory opens the story of stored article id to other articles when a feed or everyone
// brings the article (with its profile p) after a guild pasted it alone: a paste shapes no
// story, so until then no other outlet's report could join the one the paste began (or, for a
// paste that joined a shared story, be matched against the paste's own words). A guild's
// paste, an article whose profile is in the index already, or one without a story changes
// nothing.
func (db *DB) shareStory(ctx context.Context, tx *wtx, id int64, ad adder, p stories.Profile) error {
	if ad.scope() == "guild" || len(p) == 0 {
		return nil
	}
	var profiled bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM story_profiles WHERE article_id = ?)`, id).Scan(&profiled); err != nil || profiled {
		return err
	}
	var story, at int64
	err := tx.QueryRowContext(ctx, `SELECT a.story_id, COALESCE(a.published_at, a.added_at) FROM articles a
		WHERE a.id = ? AND a.story_id IS NOT NULL`, id).Scan(&story, &at)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return fmt.Errorf("story of article %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE stories SET shared = 1 WHERE id = ?`, story); err != nil {
		return err
	}
	st := &db.stories
	st.mu.Lock()
	x, err := db.storyIndex(ctx, tx)
	if err == nil {
		tx.storiesChanged = true
		x.Add(story, ad.unit(), p, time.Unix(at, 0))
	}
	st.mu.Unlock()
	if err != nil {
		return err
	}
	return db.keepProfile(ctx, tx, id, story, ad.unit(), at, p)
}

// unit is where the adder's articles come from, for the story index.
func (ad adder) unit() stories.Unit { return stories.Unit(ad.feedID) }

// trust says which units' articles an article ad brings may be matched against: those that
// everyone who will read it reads too. Everyone's articles reach every guild, so they trust only
// everyone's; a feed's reach the guilds that follow it, which trust everyone's and the feeds all
// of them follow; a guild's paste trusts everyone's and the guild's feeds. Followers are read
// once a unit; the first lookup that fails is kept in err.
type trust struct {
	ctx       context.Context
	tx        *wtx
	ad        adder
	readers   map[string]bool // the guilds that follow ad's feed
	followers map[stories.Unit]map[string]bool
	err       error
}

func trustFor(ctx context.Context, tx *wtx, ad adder) (*trust, error) {
	tr := &trust{ctx: ctx, tx: tx, ad: ad, followers: map[stories.Unit]map[string]bool{}}
	if ad.feedID != 0 {
		tr.readers = tr.of(ad.unit())
	}
	return tr, tr.err
}

// of returns the guilds that follow feed u.
func (tr *trust) of(u stories.Unit) map[string]bool {
	if f, ok := tr.followers[u]; ok {
		return f
	}
	guilds, err := queryAll(tr.ctx, tr.tx, scanString, `SELECT guild_id FROM guild_feeds WHERE feed_id = ?`, int64(u))
	if err != nil && tr.err == nil {
		tr.err = err
	}
	f := make(map[string]bool, len(guilds))
	for _, g := range guilds {
		f[g] = true
	}
	tr.followers[u] = f
	return f
}

// ok reports whether the articles of unit u count for the article.
func (tr *trust) ok(u stories.Unit) bool {
	ad := tr.ad
	switch {
	case u == 0 || u == ad.unit():
		return true
	case ad.feedID == 0 && ad.guildID == "": // everyone's
		return false
	case ad.feedID == 0: // a guild's paste
		return tr.of(u)[ad.guildID]
	}
	theirs := tr.of(u)
	for g := range tr.readers {
		if !theirs[g] {
			return false
		}
	}
	return true
}

// keepProfile stores a shared article's story profile for the next process's index, and every
// profilePruneEvery articles drops those that fell past the horizon: they weigh nothing any more.
func (db *DB) keepProfile(ctx context.Context, tx *wtx, id, story int64, u stories.Unit, at int64, p stories.Profile) error {
	// Numbered after every profile stored so far: the transaction holds the write lock, and
	// this process's index, which caught up in it (storyIndex), holds them all and this one
	// too. A transaction that fails drops the index, and seen with it (settleStories).
	db.stories.mu.Lock()
	db.stories.seen++
	seq := db.stories.seen
	db.stories.mu.Unlock()
	if _, err := tx.ExecContext(ctx, `INSERT INTO story_profiles (article_id, story_id, unit, at, profile, seq) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, unit = excluded.unit, at = excluded.at,
		profile = excluded.profile, seq = excluded.seq`, id, story, int64(u), at, p.Encode(), seq); err != nil {
		return err
	}
	if id%profilePruneEvery != 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM story_profiles WHERE article_id <= ?`, id-2*stories.Horizon)
	return err
}

// profilePruneEvery is how often, in article ids, old story profiles are dropped.
const profilePruneEvery = 64

// settleStories ends write transaction tx's use of the story index: kept when it committed,
// dropped (to be loaded again) when tx changed it and did not commit. Whether it changed it is
// tx's to say: the next transaction may begin before this one settles.
func (db *DB) settleStories(tx *wtx, committed bool) {
	st := &db.stories
	st.mu.Lock()
	st.settle(nil)
	if tx.storiesChanged && !committed {
		st.index = nil
	}
	st.next = nil
	st.mu.Unlock()
}

// StoryOf returns the story an article belongs to, 0 when it has none yet (stored before
// stories and not analysed again).
func (db *DB) StoryOf(ctx context.Context, articleID int64) (int64, error) {
	var sid sql.NullInt64
	if err := db.db.QueryRowContext(ctx, `SELECT story_id FROM articles WHERE id = ?`, articleID).Scan(&sid); err != nil {
		if err == sql.ErrNoRows {
			return 0, fmt.Errorf("story of article %d: %w", articleID, ErrNotFound)
		}
		return 0, fmt.Errorf("story of article %d: %w", articleID, err)
	}
	return sid.Int64, nil
}

// Story is the articles of one story that a guild may see, newest first: the first Fresh of
// them came in the window a briefing covers, the rest before it.
type Story struct {
	ID       int64
	Articles []Article
	Fresh    int
}

// Item is the story as one briefing entry (see briefing.Story); ok is false when its fresh
// articles bring nothing the earlier ones did not (no new outlet, no new key quote).
func (s Story) Item() (briefing.Item, bool) {
	items := make([]briefing.Item, len(s.Articles))
	for i, a := range s.Articles {
		items[i] = a.Item()
	}
	return briefing.Story(items, s.Fresh)
}

// storyEarlier bounds how many earlier articles of one story a briefing reads.
const storyEarlier = 20

// earlierOf is the query of the ids of the earlier articles a briefing shows: of the stories
// that stories lists, the articles added before a time (a parameter) that fresh does not list
// and that a guild may see (two parameters), the newest limit of each story.
// Visibility is tested before the newest are counted: another guild's private articles of a
// story, however many, do not crowd out the ones this guild may see.
func earlierOf(stories, fresh, limit string) string {
	return `SELECT id FROM (SELECT a.id, row_number() OVER (PARTITION BY a.story_id ORDER BY a.id DESC) AS k
		FROM articles a WHERE a.story_id IN (` + stories + `) AND a.added_at < ? AND a.id NOT IN (` + fresh + `) AND ` + visible + `) e
		WHERE k <= ` + limit
}

// Stories groups the articles of a window (arts, added at or after since) by story, each with
// the other articles of its story that guildID could see, added before since. An article without a story
// (stored before stories, not yet analysed again) is a story of its own. Stories come in the
// order of their newest article in arts.
func (db *DB) Stories(ctx context.Context, arts []Article, since time.Time, guildID string) ([]Story, error) {
	out, ids := byStory(arts)
	if len(ids) == 0 {
		return out, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	have := make([]int64, len(arts))
	for i, a := range arts {
		have[i] = a.ID
	}
	haveList, err := json.Marshal(have)
	if err != nil {
		return nil, err
	}
	earlier, err := db.articles(ctx, guildID, `WHERE a.id IN (`+earlierOf(`SELECT value FROM json_each(?)`, `SELECT value FROM json_each(?)`, `?`)+`)
		ORDER BY a.added_at DESC, a.id DESC`, string(list), since.UTC().Unix(), string(haveList), guildID, guildID, db.storyEarlier)
	if err != nil {
		return nil, fmt.Errorf("earlier articles of %d stories: %w", len(ids), err)
	}
	return withEarlier(out, earlier), nil
}

// StoriesSince is Stories of ArticlesSince(since, guildID, limit), read in one statement
// rather than two, each with its digest and feeds: on PostgreSQL each statement is a round
// trip, and /brief waits for them all.
func (db *DB) StoriesSince(ctx context.Context, since time.Time, guildID string, limit int) ([]Story, error) {
	// The window's articles, as ArticlesSince picks them, then their stories' earlier ones,
	// as Stories picks them; a flag tells them apart.
	type row struct {
		a     Article
		fresh bool
	}
	at := since.UTC().Unix()
	// The limits are written into the statement: the lookups pool plans it once, and a
	// generic plan that knew no limit would read the window's every article (122 ms at
	// 100,000 articles, against 0.4 ms); knowing it, the plan is the one made for each call.
	rows, err := queryAll(ctx, db.lookups, func(sc scanner) (r row, err error) {
		r.a, err = scanArticle(flagged{sc, &r.fresh})
		return r, err
	}, `WITH fresh AS MATERIALIZED (SELECT a.id, a.story_id FROM articles a WHERE a.added_at >= ? AND `+visible+`
			ORDER BY a.added_at DESC, a.id DESC LIMIT `+strconv.Itoa(max(limit, 0))+`)
		SELECT `+articleColumns(db.Engine())+`, 1 AS fresh FROM articles a WHERE a.id IN (SELECT id FROM fresh)
		UNION ALL
		SELECT `+articleColumns(db.Engine())+`, 0 FROM articles a WHERE a.id IN (`+
		earlierOf(`SELECT story_id FROM fresh`, `SELECT id FROM fresh`, strconv.Itoa(db.storyEarlier))+`)
		ORDER BY 12 DESC, 7 DESC, 1 DESC`,
		at, guildID, guildID, guildID, guildID, at, guildID, guildID) // each SELECT's columns take the guild once
	if err != nil {
		return nil, fmt.Errorf("stories since %s: %w", since.Format(time.RFC3339), err)
	}
	all := make([]Article, len(rows))
	fresh := 0
	for i, r := range rows {
		all[i] = r.a
		if r.fresh {
			fresh++
		}
	}
	out, _ := byStory(all[:fresh])
	return withEarlier(out, all[fresh:]), nil
}

// flagged scans a row of columns and then one flag.
type flagged struct {
	scanner
	flag *bool
}

func (f flagged) Scan(dest ...any) error { return f.scanner.Scan(append(dest, f.flag)...) }

// byStory groups a window's articles by story, in the order of each story's newest article,
// and returns the ids of the stories (an article without one is a story of its own).
func byStory(arts []Article) (out []Story, ids []int64) {
	at := map[int64]int{}
	for _, a := range arts {
		if a.StoryID == 0 {
			out = append(out, Story{Articles: []Article{a}, Fresh: 1})
			continue
		}
		i, ok := at[a.StoryID]
		if !ok {
			i = len(out)
			at[a.StoryID] = i
			out = append(out, Story{ID: a.StoryID})
			ids = append(ids, a.StoryID)
		}
		out[i].Articles = append(out[i].Articles, a)
		out[i].Fresh++
	}
	for i := range out {
		sort.SliceStable(out[i].Articles, func(a, b int) bool { return out[i].Articles[a].Added.After(out[i].Articles[b].Added) })
	}
	return out, ids
}

// withEarlier puts the earlier articles (newest first) after the fresh ones of their stories.
func withEarlier(out []Story, earlier []Article) []Story {
	at := make(map[int64]int, len(out))
	for i, s := range out {
		if s.ID != 0 {
			at[s.ID] = i
		}
	}
	for _, a := range earlier {
		if i, ok := at[a.StoryID]; ok {
			out[i].Articles = append(out[i].Articles, a)
		}
	}
	return out
}

// Entries are the briefing entries of stories: one a story, leaving out the stories that
// bring nothing new (see Story.Item).
func Entries(ss []Story) []briefing.Item {
	var out []briefing.Item
	for _, s := range ss {
		if it, ok := s.Item(); ok {
			out = append(out, it)
		}
	}
	return out
}
