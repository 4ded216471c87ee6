package storage

import (
	"context"
	"database/sql"
	"fmt"
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

// rarestShare is the share of articles the rarest of words is in, 0 when the statistics do
// not list it (or there are none yet: a new database).
func (db *DB) rarestShare(ctx context.Context, words []string) (float64, error) {
	ws := &db.words
	ws.mu.Lock()
	defer ws.mu.Unlock()
	if ws.share == nil || time.Since(ws.read) > wordSharesFor {
		share, err := readWordShares(ctx, db.db)
		if err != nil {
			return 0, err
		}
		ws.share, ws.read = share, time.Now()
	}
	rarest := 1.0
	for _, w := range words {
		rarest = min(rarest, ws.share[text.Stem(w)]) // 0 when not listed
	}
	return rarest, nil
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

// pgWords is the expression PostgreSQL's word index is built on (migration 0009): an
// article's search vector and one lexeme more, naming its block of pgBlock ids.
const pgWords = `(a.search || array_to_tsvector(ARRAY['_' || (a.id >> 10)::text]))`

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
// window's matches, not all the word's. It runs on the bitmaps pool, whose sessions may not
// walk the articles one by one (see Open).
//
// The first window ends at the articles' id sequence, read in the statement itself (max(id)
// would need the index walk the pool forgoes), and each row carries the window's start: most
// searches take one round trip. The sequence is at or past the newest id, so the window holds
// at least the newest ids it is sized for.
func newestInWindows[T any](ctx context.Context, db *DB, m match, guildID string, want int, cols string,
	scan func(scanner) (T, error), share float64, colArgs ...any) ([]T, error) {
	window := db.sparseWindow // a word rarer than the statistics list
	if share > 0 {
		window = max(int64(3*float64(want)/share), 1)
	}
	vector, inBlocks := pgWords, `to_tsquery('briefbot', :q) && :blocks::tsquery`
	if m.titles {
		vector = `a.title_search` // its own index (articles_title_words), without blocks
	}
	// The first window's blocks, from the sequence like its bounds.
	first := `to_tsquery('briefbot', :q)`
	if !m.titles && window <= (maxBlocks-1)*pgBlock {
		first += ` && (SELECT string_agg('_' || b, ' | ')::tsquery
			FROM generate_series(greatest((SELECT lo FROM w) + 1, 0) >> 10, (SELECT hi FROM w) >> 10) b)`
	}
	var lo int64
	withLo := func(sc scanner) (T, error) { return scan(tailScanner{sc, &lo}) }
	out, err := queryAll(ctx, db.bitmaps, withLo, `WITH w AS (SELECT last_value - :window AS lo, last_value AS hi FROM articles_id_seq)
		SELECT a.id, `+cols+`, (SELECT lo FROM w) FROM articles a
		WHERE `+vector+` @@ (`+first+`) AND a.id > (SELECT lo FROM w) AND `+visible+`
		ORDER BY a.id DESC LIMIT :want`,
		append([]any{sql.Named("window", window), sql.Named("q", m.tsquery()), sql.Named("want", want),
			guildID, guildID}, colArgs...)...)
	if err != nil || len(out) >= want {
		return out, err
	}
	hi := lo
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
	for hi > 0 && len(out) < want {
		lo := max(hi-window, 0)
		// A window: the word's index and the id key together. The rest of the articles, once
		// a window would span a third of them: the index alone, its matches sorted (id + 0
		// keeps the key out of the plan, which would read every id).
		bounds, query, args := `a.id > :lo AND a.id <= :hi`, `to_tsquery('briefbot', :q)`, []any(nil)
		if 3*window >= hi {
			lo, bounds = 0, `a.id + 0 <= :hi`
		} else if !m.titles && window <= (maxBlocks-1)*pgBlock {
			query, args = inBlocks, []any{sql.Named("blocks", blocks(lo, hi))}
		}
		more, err := queryAll(ctx, db.bitmaps, scan, `SELECT a.id, `+cols+` FROM articles a
			WHERE `+vector+` @@ (`+query+`) AND `+bounds+` AND `+visible+`
			ORDER BY a.id DESC LIMIT :want`,
			append(append([]any{sql.Named("q", m.tsquery()), sql.Named("lo", lo), sql.Named("hi", hi),
				sql.Named("want", want-len(out)), guildID, guildID}, args...), colArgs...)...)
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

// tailScanner scans a row whose last column is read into tail, the others as the wrapped
// scan asks.
type tailScanner struct {
	sc   scanner
	tail *int64
}

func (t tailScanner) Scan(dest ...any) error { return t.sc.Scan(append(dest, t.tail)...) }
