// Full-text search: the one part of the schema each engine does its own way. SQLite keeps
// FTS4 tables (the whole text, and the titles alone for autocomplete); PostgreSQL keeps a
// tsvector column of each article, title words weighted A and body words B, with a GIN index.
// The functions here take plain words and speak each engine's query language.

package storage

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/text"
)

// match is a full-text query of plain words (text.Words: letters and digits only, so nothing
// in them needs escaping in either query language).
type match struct {
	words  []string
	any    bool // any word, not every one
	titles bool // in the title only, the last word as a prefix (what someone has typed so far)
}

// fts4 is the match in SQLite FTS4's syntax.
func (m match) fts4() string {
	terms := make([]string, len(m.words))
	for i, w := range m.words {
		terms[i] = `"` + w + `"`
	}
	if m.titles { // the titles' own table (article_titles): no column to name
		terms[len(terms)-1] = m.words[len(m.words)-1] + "*"
	}
	if m.any {
		return strings.Join(terms, " OR ")
	}
	return strings.Join(terms, " ")
}

// tsquery is the match in PostgreSQL's to_tsquery syntax.
func (m match) tsquery() string {
	terms := make([]string, len(m.words))
	for i, w := range m.words {
		terms[i] = w
		if m.titles && i == len(m.words)-1 {
			terms[i] += ":*" // the title's own vector: no weight to ask for
		}
	}
	if m.any {
		return strings.Join(terms, " | ")
	}
	return strings.Join(terms, " & ")
}

// index adds a new article, first seen in unit, to the full-text indexes, inside its
// transaction: the whole text with the unit's token (see units.go), and the title alone for
// autocomplete, and counts it in its unit. words is text.SearchText of the body, as the
// analysis of this very article gave it, or "" to compute it here: the index must be given
// what its content, the view article_words, gives back, or it could not forget the row (as
// addUnit has it do). PostgreSQL's indexes are computed from the row.
// SQLite's rows are written when the transaction ends (see wtx.writeFullText).
func (db *DB) index(tx *wtx, id int64, a briefing.Article, words, unit string) {
	tx.countUnit(unit)
	if db.Engine() == Postgres {
		return
	}
	if words == "" {
		words = text.SearchText(a.Body)
	}
	tx.fullText = append(tx.fullText, fullTextRow{id: id, title: text.SearchText(a.Title), body: words, units: unitToken(unit)})
}

// fullTextRow is an article's row of the full-text indexes, waiting to be written: its title
// and body as the indexes are given them (the view article_words, migration 0021).
type fullTextRow struct {
	id                 int64
	title, body, units string
}

// writeFullText writes the full-text rows index left for the transaction, all together: FTS4
// gathers a transaction's terms in a table of its own, and filling it row after row, with
// nothing between, took half the time it took between the other writes of each article (the
// table stays in the processor's caches): 226 -> 109 us an article, and ingest 980-1,024 ->
// 1,196-1,218 articles/s (`briefbot bench -n 6000 --queries 1 --rows zzz`, alternated). It
// runs before the transaction commits, and before anything else in it reads or rewrites a
// full-text row (addUnit), so that nothing sees the index without them.
func (tx *wtx) writeFullText(ctx context.Context) error {
	rows := tx.fullText
	tx.fullText = nil
	for _, r := range rows {
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (docid, title, body, units) VALUES (?, ?, ?, ?)`,
			r.id, r.title, r.body, r.units); err != nil {
			return err
		}
	}
	for _, r := range rows {
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_titles (docid, title) VALUES (?, ?)`, r.id, r.title); err != nil {
			return err
		}
	}
	return nil
}

// ftsColumns is how many columns articles_fts has: title, body and units (see units.go).
const ftsColumns = 3

// searchWindow is how many of the newest matches a search reads to rank: a bounded recent
// window, so a word found in most articles costs no more than a rare one.
const searchWindow = 100

// Search ranks the articles guildID may see whose title or body match every word of query:
// of the newest searchWindow matches, the most relevant first (words in the title count three
// times a word in the body, and a week of age halves the score). It returns one page of them,
// those ranked offset to offset+limit, with how many were ranked: only the page's articles are
// read whole. The query is read as plain words: FTS syntax in it has no effect.
func (db *DB) Search(ctx context.Context, query, guildID string, offset, limit int) ([]Article, int, error) {
	words := slices.DeleteFunc(text.Words(query), unitWord)
	if len(words) == 0 {
		return nil, 0, nil
	}
	type hit struct {
		id    int64
		score float64
	}
	now := db.Now()
	score := func(h *hit, title, body int, when int64) {
		age := now.Sub(time.Unix(when, 0)).Hours() / 24
		h.score = float64(3*title+min(body, 10)) / (1 + max(age, 0)/7)
	}
	// SQLite: FTS4's matchinfo counts each word's hits in the title and the body.
	cols := `matchinfo(articles_fts, 'y'), COALESCE(a.published_at, a.added_at)`
	var colArgs []any
	// Each row is scanned into the same variables: a search allocates per query, not per match.
	var (
		id, when   int64
		inTitle, n int
		info       []byte
	)
	scan := func(sc scanner) (h hit, err error) {
		if err = sc.Scan(&id, &info, &when); err != nil {
			return h, err
		}
		h.id = id
		title, body := matchHits(info, len(words), ftsColumns)
		score(&h, title, body, when)
		return h, nil
	}
	if db.Engine() == Postgres {
		// PostgreSQL: how many of the words the title has, from the title's own stored vector
		// (migration 0006; the whole article's is long and costs a read of its own); the body
		// has them all. The words are parameters: the query's text depends only on how many
		// there are.
		var title []string
		for i, w := range words {
			name := "w" + strconv.Itoa(i)
			title = append(title, `(a.title_search @@ to_tsquery('briefbot', :`+name+`))::int`)
			colArgs = append(colArgs, sql.Named(name, w))
		}
		cols = strings.Join(title, " + ") + `, ` + strconv.Itoa(len(words)) + `, COALESCE(a.published_at, a.added_at)`
		scan = func(sc scanner) (h hit, err error) {
			if err = sc.Scan(&id, &inTitle, &n, &when); err != nil {
				return h, err
			}
			h.id = id
			score(&h, inTitle, n, when)
			return h, nil
		}
	}
	hits, err := newestMatches(ctx, db, match{words: words}, guildID, searchWindow, cols, scan, colArgs...)
	if err != nil {
		return nil, 0, fmt.Errorf("search %q: %w", query, err)
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].score > hits[j].score })
	page := hits[min(max(offset, 0), len(hits)):]
	page = page[:min(max(limit, 0), len(page))]
	if len(page) == 0 {
		return nil, len(hits), nil
	}
	ids := make([]int64, len(page))
	for i, h := range page {
		ids[i] = h.id
	}
	list, _ := json.Marshal(ids)
	arts, err := db.articles(ctx, guildID, `WHERE a.id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, 0, fmt.Errorf("search %q: %w", query, err)
	}
	rank := make(map[int64]int, len(ids))
	for i, id := range ids {
		rank[id] = i
	}
	sort.Slice(arts, func(i, j int) bool { return rank[arts[i].ID] < rank[arts[j].ID] })
	return arts, len(hits), nil
}

// matchHits sums, from FTS4's matchinfo 'y' (a 32-bit count of hits in this row per phrase and
// column, of cols columns), the first phrases' hits in the title (column 0) and the body
// (column 1). Unlike 'x', 'y' needs no count over all rows, which would read every doclist whole.
func matchHits(info []byte, phrases, cols int) (title, body int) {
	at := func(i int) int {
		if 4*i+4 > len(info) {
			return 0
		}
		return int(binary.NativeEndian.Uint32(info[4*i:]))
	}
	for p := 0; p < phrases; p++ {
		title += at(p*cols + 0)
		body += at(p*cols + 1)
	}
	return title, body
}

// Title names an article for autocomplete.
type Title struct {
	ID    int64
	Title string
}

// newestMatches reads the articles guildID may see that match m, newest first, at most want.
// cols are the selected columns after the id, and colArgs the named parameters they use.
//
// SQLite reads the full-text index (article_titles for titles) newest first: its doclists are
// stored in that order (migration 0017), so FTS4 decodes them only as far as the LIMIT reads,
// and only the rows read are joined to their articles. FTS4 does load whole the leaf that
// holds each word in each segment: for the commonest words that part grows with the database
// (see storage/sqlite/malloc.go).
//
// PostgreSQL reads the GIN index of the vectors in windows of the newest ids (see pgwords.go),
// with the guild's units as SQLite does.
func newestMatches[T any](ctx context.Context, db *DB, m match, guildID string, want int, cols string, scan func(scanner) (T, error), colArgs ...any) ([]T, error) {
	// A guild that sees a small share of the articles asks for its units' too, so that only
	// its articles are read (see units.go); SQLite's titles' index has no units.
	var g guildUnits
	byUnits := false
	if db.Engine() == Postgres || !m.titles {
		var err error
		if g, err = db.unitsSeen(ctx, guildID); err != nil {
			return nil, err
		}
		if byUnits = db.byUnits(g, want); byUnits && len(g.tokens) == 0 {
			return nil, nil // the guild sees no article
		}
	}
	if db.Engine() == Postgres {
		// A guild's windows hold its share of the matches.
		units := ""
		if byUnits {
			units = g.tsqueryAs("")
		}
		if m.titles {
			// A title word is in few titles: walking the articles to test each would read
			// thousands, and sorting all its matches costs as much: read the newest ids in windows.
			window := db.sparseWindow
			if units != "" {
				units = g.tsqueryAs("_") // the titles' index spells units so (see pgTitles)
				// As many of the guild's articles as a guild that sees them all reads first.
				window = int64(float64(window) / max(g.share(), 1e-3))
			}
			return newestInWindows(ctx, db, m, guildID, want, cols, scan, window, int64(g.total), units, colArgs...)
		}
		shares, err := db.sharesOf(ctx, m.words)
		if err != nil {
			return nil, err
		}
		sparse := db.sparseWindow
		if units != "" {
			// A word rarer than the statistics list, in a guild's units: few enough matches
			// to read them all at once.
			sparse = allIDs
		}
		v := g.share()
		shares.rarest, shares.together = shares.rarest*v, shares.together*v
		return newestInWindows(ctx, db, m, guildID, want, cols, scan, firstWindow(want, shares, sparse), int64(g.total), units, colArgs...)
	}
	table, query := "articles_fts", m.fts4()
	vis, args := ` AND `+visible, []any{guildID, guildID}
	if m.titles {
		table = "article_titles"
	} else if byUnits {
		// The units' matches are the guild's articles exactly, as on PostgreSQL (newestInWindows).
		query += " " + g.fts4()
		vis, args = "", nil
	}
	return queryAll(ctx, db.reads, scan, `SELECT f.docid, `+cols+`
		FROM `+table+` f JOIN articles a ON a.id = f.docid
		WHERE `+table+` MATCH ?`+vis+` ORDER BY f.docid DESC LIMIT ?`,
		append(append([]any{query}, args...), want)...)
}

// ArticleTitles returns the newest articles guildID may see whose title has every word of query,
// the last one as a prefix (what someone typing a title has typed so far), at most limit; a
// query with no words lists the newest. It reads the full-text index, so its cost does not grow
// with the database.
func (db *DB) ArticleTitles(ctx context.Context, query, guildID string, limit int) ([]Title, error) {
	scan := func(sc scanner) (t Title, err error) { err = sc.Scan(&t.ID, &t.Title); return }
	words := text.Words(query)
	if len(words) == 0 {
		out, err := queryAll(ctx, db.reads, scan, `SELECT a.id, a.title FROM articles a
			WHERE `+visible+` ORDER BY a.added_at DESC, a.id DESC LIMIT ?`, guildID, guildID, limit)
		if err != nil {
			return nil, fmt.Errorf("newest article titles: %w", err)
		}
		return out, nil
	}
	out, err := newestMatches(ctx, db, match{words: words, titles: true}, guildID, limit, `a.title`, scan)
	if err != nil {
		return nil, fmt.Errorf("article titles like %q: %w", query, err)
	}
	return out, nil
}

// ArticlesAbout returns the articles added in (since, until] that guildID may see and whose
// title or text holds any of words (as the full-text index stems them), newest first, at most
// limit. A keyword schedule reads its candidates here rather than from the newest articles
// of the window, which on a busy day would miss older matches.
func (db *DB) ArticlesAbout(ctx context.Context, since, until time.Time, guildID string, words []string, limit int) ([]Article, error) {
	if len(words) == 0 {
		return nil, nil
	}
	m := match{words: words, any: true}
	var arts []Article
	var err error
	if db.Engine() == Postgres {
		arts, err = db.articlesIn(ctx, db.fts, guildID, `WHERE `+pgWords+` @@ to_tsquery('briefbot', ?) AND a.added_at > ? AND a.added_at <= ? AND `+
			visible+` ORDER BY a.added_at DESC, a.id DESC LIMIT ?`,
			m.tsquery(), since.UTC().Unix(), until.UTC().Unix(), guildID, guildID, limit)
	} else {
		// The index is read from the newest match down to the window's first id only.
		arts, err = db.articles(ctx, guildID, `JOIN (SELECT docid FROM articles_fts WHERE articles_fts MATCH ?
			AND docid >= (SELECT min(id) FROM articles WHERE added_at > ?)) f
		ON f.docid = a.id WHERE a.added_at > ? AND a.added_at <= ? AND `+visible+` ORDER BY a.added_at DESC, a.id DESC LIMIT ?`,
			m.fts4(), since.UTC().Unix(), since.UTC().Unix(), until.UTC().Unix(), guildID, guildID, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("articles about %v: %w", words, err)
	}
	return arts, nil
}
