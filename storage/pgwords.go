package storage

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/briefing/text"
)

// PostgreSQL finds a word's newest matches through the word index read over windows of the
// newest ids (newestInWindows). Before the index knew each article's block of ids (migration
// 0009), that read cost the word's whole list of matches, and a word most articles have was
// found by walking the articles newest first and testing each one's search vector instead
// (30 µs each, stored compressed): right for `the` (100 rows tested for 100 matches), wrong
// for a word in 5% of them (2,000 rows, 15 ms), so briefbot chose between the two from the
// share of articles each word is in. With the blocks the index read costs about the window,
// whatever the word, and the walk lost its case: two common words at 100,000 articles took
// 6.1-6.3 ms walking and 2.2-2.5 ms through the index; `the` 2.6-2.9 ms either way. The
// shares, as PostgreSQL's own statistics give them, still size the first window.

// wordShares caches, from pg_stats, the share of articles each common lexeme of the search
// vectors is in; a word not listed is rarer than every word that is.
type wordShares struct {
	mu    sync.Mutex
	read  time.Time
	share map[string]float64
}

// wordSharesFor is how long the cached statistics serve; ANALYZE itself runs less often.
const wordSharesFor = 10 * time.Minute

// wordsShare is what the statistics say of the articles a search's words are in: the share the
// rarest of them is in, and the share that holds them all if they were independent of each
// other (the product of their shares). Both are 0 when the rarest is not listed.
type wordsShare struct{ rarest, together float64 }

// sharesOf reads the statistics' shares of words (see wordsShare).
func (db *DB) sharesOf(ctx context.Context, words []string) (wordsShare, error) {
	ws := &db.words
	ws.mu.Lock()
	defer ws.mu.Unlock()
	if ws.share == nil || time.Since(ws.read) > wordSharesFor {
		share, err := readWordShares(ctx, db.db)
		if err != nil {
			return wordsShare{}, err
		}
		ws.share, ws.read = share, time.Now()
	}
	s := wordsShare{rarest: 1, together: 1}
	for _, w := range words {
		f := ws.share[text.Stem(w)] // 0 when not listed
		s.rarest, s.together = min(s.rarest, f), s.together*f
	}
	return s, nil
}

// readWordShares reads the most common elements of the search vectors and their shares.
func readWordShares(ctx context.Context, q queryer) (map[string]float64, error) {
	type elem struct {
		word  string
		share float64
	}
	elems, err := queryAll(ctx, q, func(sc scanner) (e elem, err error) { err = sc.Scan(&e.word, &e.share); return },
		`SELECT u.e, u.f FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(e, f)
		WHERE s.schemaname = current_schema() AND s.tablename = 'articles' AND s.attname = 'search' AND u.e IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("search statistics: %w", err)
	}
	share := make(map[string]float64, len(elems))
	for _, e := range elems {
		share[e.word] = e.share
	}
	return share, nil
}

// pgWords is the expression PostgreSQL's word index is built on (migrations 0009 and 0011): an
// article's search vector, a lexeme naming its block of pgBlock ids and one for each of its
// units (see units.go).
const pgWords = `(a.search || array_to_tsvector(ARRAY['_' || (a.id >> 10)::text] || string_to_array(a.units, ' ')))`

// pgTitles is the expression PostgreSQL's titles' index is built on (migration 0013): a
// title's vector and a lexeme for each of its article's units, its token after `_`. A title
// word is typed as a prefix, and `xu` would begin every unit's token; no typed word begins
// with `_`, which the parser drops.
const pgTitles = `(a.title_search || array_to_tsvector(string_to_array(replace('_' || a.units, ' ', ' _'), ' ')))`

// allIDs is a window that spans every id: newestInWindows reads all the matches at once, in
// one statement (its third of what is left), for words whose matches are known to be few.
const allIDs = 1 << 60

// pgBlock is how many consecutive ids share a block lexeme (1 << 10, as in pgWords).
const pgBlock = 1 << 10

// maxBlocks is the most blocks a window asks for by name; a wider window asks for the word
// alone, which is then the shorter list for the index to walk.
const maxBlocks = 32

// blocks is the tsquery of the blocks that hold the ids in (lo, hi]: any of them.
func blocks(lo, hi int64) string {
	var b strings.Builder
	for k := max(lo+1, 0) / pgBlock; k <= hi/pgBlock; k++ {
		if b.Len() > 0 {
			b.WriteString(" | ")
		}
		b.WriteString("_" + strconv.FormatInt(k, 10))
	}
	return b.String()
}

// newestInWindows is newestMatches on PostgreSQL, for words the rarest of which is in share of the
// articles (0 when rarer than the statistics list), and for title words (m.titles, read in the
// titles' own index; share 0): the word's GIN index and the id key read together (BitmapAnd)
// over a window of the newest ids sized to hold the matches wanted, then over a window sized
// from the matches the first one held, and once a window would span a third of what is left,
// the index alone over the rest. A window of the body's words asks the index for the word
// and the window's blocks of ids together (see pgWords), so the index yields about the
// window's matches, not all the word's. units, when not "", is the tsquery of the guild's
// units (see units.go), asked for in every read of the body's words: the index then yields the
// guild's matches alone. It runs on the bitmaps pool, whose sessions may not walk the articles
// one by one (see Open).
//
// The first window ends at the articles' id sequence, read in the statement itself (max(id)
// would need the index walk the pool forgoes), and each row carries the window's start: most
// searches take one round trip. The sequence is at or past the newest id, so the window holds
// at least the newest ids it is sized for. total, when known (else 0), is about how many
// articles there are: a first window that spans a third of them bounds the ids as a filter,
// not through the id key (a bitmap of the window's ids costs more than the matches it leaves out).
func newestInWindows[T any](ctx context.Context, db *DB, m match, guildID string, want int, cols string,
	scan func(scanner) (T, error), window, total int64, units string, colArgs ...any) ([]T, error) {
	vector, words := pgWords, `to_tsquery('briefbot', :q)`
	if m.titles {
		vector = pgTitles // its own index, without blocks
	}
	if units != "" {
		words += ` && :units::tsquery`
	}
	// Read by the guild's units, the matches are the guild's articles exactly (units.go: an
	// article's units only grow, as what lets guilds see it does, and nothing that does is ever
	// taken back): they are not tested one by one, which cost a bitmap's whole read of matches
	// two index probes each (TestSearchByUnitsFindsWhatTestingFinds holds the two ways equal).
	vis, visArgs := ` AND `+visible, []any{guildID, guildID}
	if units != "" {
		vis, visArgs = "", nil
	}
	inBlocks := words + ` && :blocks::tsquery`
	// The first window's blocks, from the sequence like its bounds.
	first := words
	if !m.titles && window <= (maxBlocks-1)*pgBlock {
		first += ` && (SELECT string_agg('_' || b, ' | ')::tsquery
			FROM generate_series(greatest((SELECT lo FROM w) + 1, 0) >> 10, (SELECT hi FROM w) >> 10) b)`
	}
	firstBound := `a.id`
	if total > 0 && 3*window >= total {
		firstBound = `a.id + 0` // as the last read's bound below
	}
	var out []T
	hi := int64(allIDs)
	if window < allIDs {
		var lo int64
		tail := &tailScanner{tail: &lo}
		withLo := func(sc scanner) (T, error) { tail.sc = sc; return scan(tail) }
		var err error
		out, err = queryAll(ctx, db.bitmaps, withLo, `WITH w AS (SELECT last_value - :window AS lo, last_value AS hi FROM articles_id_seq)
			SELECT a.id, `+cols+`, (SELECT lo FROM w) FROM articles a
			WHERE `+vector+` @@ (`+first+`) AND `+firstBound+` > (SELECT lo FROM w)`+vis+`
			ORDER BY a.id DESC LIMIT :want`,
			append(append([]any{sql.Named("window", window), sql.Named("q", m.tsquery()), sql.Named("want", want),
				sql.Named("units", units)}, visArgs...), colArgs...)...)
		if err != nil || len(out) >= want {
			return out, err
		}
		hi = lo
		if len(out) == 0 {
			// No row to tell where the window began: read on from the newest id, which costs one
			// window read twice and loses none.
			if err := db.db.QueryRowContext(ctx, `SELECT COALESCE(max(id), 0) FROM articles`).Scan(&hi); err != nil {
				return nil, err
			}
		} else {
			// The next window holds, at the density this one showed, twice the matches still wanted.
			window = max(window, int64(2*float64(want-len(out))*float64(window)/float64(len(out))))
		}
	}
	for hi > 0 && len(out) < want {
		lo := max(hi-window, 0)
		// A window: the word's index and the id key together. The rest of the articles, once
		// a window would span a third of them: the index alone, its matches sorted (id + 0
		// keeps the key out of the plan, which would read every id).
		bounds, query, args := `a.id > :lo AND a.id <= :hi`, words, []any(nil)
		if 3*window >= hi {
			lo, bounds = 0, `a.id + 0 <= :hi`
		} else if !m.titles && window <= (maxBlocks-1)*pgBlock {
			query, args = inBlocks, []any{sql.Named("blocks", blocks(lo, hi))}
		}
		more, err := queryAll(ctx, db.bitmaps, scan, `SELECT a.id, `+cols+` FROM articles a
			WHERE `+vector+` @@ (`+query+`) AND `+bounds+vis+`
			ORDER BY a.id DESC LIMIT :want`,
			append(append(append([]any{sql.Named("q", m.tsquery()), sql.Named("lo", lo), sql.Named("hi", hi),
				sql.Named("want", want-len(out)), sql.Named("units", units)}, visArgs...), args...), colArgs...)...)
		if err != nil {
			return nil, err
		}
		out = append(out, more...)
		density := max(float64(len(more)), 0.5) / float64(window)
		window = max(window, int64(2*float64(want-len(out))/density))
		hi = lo
	}
	return out, nil
}

// firstWindow is how many of the newest ids the first read of words covers to find want
// matches, from what the statistics say of them (s); sparse when they do not list the rarest.
//
// The matches in a window of w ids are a count with mean m = w·share and, for words spread at
// random, a spread of √m: windowFor sizes the window so that want is three spreads below the
// mean. For several words the share that holds them all lies between the product of their
// shares (independent words) and the rarest one's (a word never found without the others): the
// window is sized for the product, so it holds the matches unless the words avoid each other,
// and at most 3·want/rarest, so words that go together read at most three times the matches
// wanted.
func firstWindow(want int, s wordsShare, sparse int64) int64 {
	if s.rarest <= 0 {
		return sparse
	}
	return min(windowFor(want, s.together), max(int64(3*float64(want)/s.rarest), 1))
}

// windowFor is the fewest ids whose count of matches, at share of them, has a mean three
// spreads above want (m − 3√m = want). It falls short about once in a thousand reads of words
// spread at random, and then costs one more read. A fixed margin is worse both ways: 3·want
// read 300 matches for 100 (each a heap row, 4 µs: 1.9 ms against 1.2 ms for a word in 5% of
// 100,000 articles) and is still short for want = 1.
func windowFor(want int, share float64) int64 {
	root := (3 + math.Sqrt(9+4*float64(want))) / 2
	return max(int64(math.Ceil(root*root/share)), 1)
}

// tailScanner scans a row whose last column is read into tail, the others as the wrapped
// scan asks.
type tailScanner struct {
	sc   scanner
	tail *int64
	dest []any // reused from row to row
}

func (t *tailScanner) Scan(dest ...any) error {
	t.dest = append(append(t.dest[:0], dest...), t.tail)
	return t.sc.Scan(t.dest...)
}
