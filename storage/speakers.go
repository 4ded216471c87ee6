package storage

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/speakers"
)

// Quote is a stored quote with its speaker and article.
type Quote struct {
	ID           int64
	Text         string
	Speaker      string // the speaker's name as the asking guild knows it (see QuotesBySpeaker), else as the article gives it; "" when unknown
	SpeakerID    int64
	ArticleID    int64
	ArticleTitle string
	ArticleURL   string
	When         time.Time // the article's date
	Rank         int       // 0 for the article's key quote
}

// Speaker is someone (or some body) quoted in stored articles, as one guild sees them.
type Speaker struct {
	ID     int64
	Name   string // the fullest name the articles the guild can see give them
	Quotes int    // quotes visible in the guild asked about
}

// UnknownSpeakerError says that no speaker the guild can see answers to a name, and which of
// those it can see come close. It reads the same whether or not the name is known elsewhere.
type UnknownSpeakerError struct {
	Name        string
	Suggestions []string
}

func (e *UnknownSpeakerError) Error() string {
	if len(e.Suggestions) == 0 {
		return fmt.Sprintf("no quotes from %s", e.Name)
	}
	return fmt.Sprintf("no quotes from %s; did you mean %s?", e.Name, strings.Join(e.Suggestions, " or "))
}

// speakerFor returns the speaker id for a name as an article gives it, creating the speaker or
// completing its name as needed, and records the spelling as an alias. "" has no speaker, nor
// does a bare surname that fits several stored people: one person is one row, and a quote
// whose speaker cannot be told apart stays unattached rather than attached to the wrong one.
func speakerFor(ctx context.Context, tx *wtx, name string) (sql.NullInt64, error) {
	k := tx.keyOf(name)
	if k.Surname == "" || !k.Named() {
		return sql.NullInt64{}, nil // "The city manager" names nobody across articles
	}
	if id, ok := tx.speakers[k]; ok {
		return sql.NullInt64{Int64: id, Valid: true}, nil
	}
	cands, err := candidates(ctx, tx, k)
	if err != nil {
		return sql.NullInt64{}, err
	}
	var id int64
	switch {
	case len(cands) == 0:
		if id, err = tx.insert(ctx, `INSERT INTO speakers (name, first_key, surname_key, person) VALUES (?, ?, ?, ?)`,
			k.Display, k.First, k.Surname, k.Person); err != nil {
			return sql.NullInt64{}, err
		}
		tx.keepSpeakerRow(id, k)
	case len(cands) > 1 && k.First == "":
		return sql.NullInt64{}, nil // "Trump" when Donald and Melania Trump are both stored
	default:
		// With a first name, prefer the candidate that has the same one.
		c := cands[0]
		for _, o := range cands {
			if o.key.First == k.First {
				c = o
				break
			}
		}
		id = c.id
		if k.First != "" && c.key.First == "" || len(k.Display) > len(c.name) && c.key.First == k.First {
			if _, err := tx.ExecContext(ctx, `UPDATE speakers SET name = ?, first_key = ? WHERE id = ?`,
				k.Display, k.First, id); err != nil {
				return sql.NullInt64{}, err
			}
			tx.keepSpeakerRow(id, k) // the same person: k's Person is the row's
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO speaker_aliases (alias, speaker_id) VALUES (?, ?) ON CONFLICT DO NOTHING`,
		k.Folded, id); err != nil {
		return sql.NullInt64{}, err
	}
	if k.First != "" {
		// Whatever is stored after, this name stays this row: a row with its given name is
		// preferred to any other of its surname.
		if tx.speakers == nil {
			tx.speakers = map[speakers.Key]int64{}
		}
		tx.speakers[k] = id
	}
	return sql.NullInt64{Int64: id, Valid: true}, nil
}

type candidate struct {
	id   int64
	name string
	key  speakers.Key
}

// keepSpeakerRow keeps the transaction's rows of k's surname (see candidates, which read them
// before any is written) in step with row id, just stored as k's name.
func (tx *wtx) keepSpeakerRow(id int64, k speakers.Key) {
	row := candidate{id: id, name: k.Display, key: speakers.Key{First: k.First, Surname: k.Surname, Person: k.Person}}
	rows := tx.surnames[k.Surname]
	for i := range rows {
		if rows[i].id == id {
			rows[i] = row
			return
		}
	}
	tx.surnames[k.Surname] = append(rows, row)
}

// candidates lists the stored speakers that may be the one keyed by k. With one row a person,
// a surname has a handful of rows at most. A surname's rows are read once a transaction (see
// wtx.surnames), a batch's all at once before its first article (AddArticles).
func candidates(ctx context.Context, tx *wtx, k speakers.Key) ([]candidate, error) {
	if _, ok := tx.surnames[k.Surname]; !ok {
		if err := readSurnames(ctx, tx, []string{k.Surname}); err != nil {
			return nil, err
		}
	}
	var out []candidate
	for _, c := range tx.surnames[k.Surname] {
		if speakers.Same(k, c.key) {
			out = append(out, c)
		}
	}
	return out, nil
}

// quotedSurnames returns the surnames the quotes of in name (once each) that the transaction
// has not read yet.
func quotedSurnames(tx *wtx, in []Incoming) []string {
	var want []string
	seen := map[string]bool{}
	for _, a := range in {
		for _, q := range a.Analysis.Quotes {
			k := tx.keyOf(q.Speaker)
			if k.Surname == "" || !k.Named() || seen[k.Surname] {
				continue
			}
			seen[k.Surname] = true
			if _, ok := tx.surnames[k.Surname]; !ok {
				want = append(want, k.Surname)
			}
		}
	}
	return want
}

// readSurnames reads the stored speaker rows of surnames into the transaction's (see
// wtx.surnames), in statements of up to 500 surnames. A batch reads all its quotes'
// surnames at once (quotedSurnames): it quotes hundreds of people, and a statement for each
// was most of the cost of storing their quotes. speakerFor took 50 µs an article, then 16 and
// the batch's read 14 (`briefbot bench -n 20000 --queries 1 --rows zzz --cpuprofile P`);
// ingest of 100,000 (`-n 100000`), three runs alternated: 934-1,164 -> 1,086-1,194 articles/s.
func readSurnames(ctx context.Context, tx *wtx, surnames []string) error {
	if tx.surnames == nil {
		tx.surnames = map[string][]candidate{}
	}
	const perStatement = 500 // well under either engine's limit of parameters
	for len(surnames) > 0 {
		part := surnames[:min(perStatement, len(surnames))]
		surnames = surnames[len(part):]
		args := make([]any, len(part))
		for i, s := range part {
			args[i] = s
			tx.surnames[s] = nil // read: none stored unless a row comes
		}
		err := eachRow(ctx, tx, func(sc scanner) error {
			var c candidate
			if err := sc.Scan(&c.key.Surname, &c.id, &c.name, &c.key.First, &c.key.Person); err != nil {
				return err
			}
			tx.surnames[c.key.Surname] = append(tx.surnames[c.key.Surname], c)
			return nil
		}, `SELECT surname_key, id, name, first_key, person FROM speakers WHERE surname_key IN (?`+
			strings.Repeat(", ?", len(part)-1)+`) ORDER BY surname_key, id`, args...)
		if err != nil {
			return fmt.Errorf("read speakers by surname: %w", err)
		}
	}
	return nil
}

// recount adds (sign 1) or takes away (sign -1) an article's quotes from the counts of the
// units that see it. Every change of an article's quotes or of who sees it is bracketed by
// recount(-1) before and recount(1) after, so the counts stay exact by construction.
func recount(ctx context.Context, tx *wtx, articleID int64, sign int) error {
	units, err := queryAll(ctx, tx, scanString, `SELECT 'global' FROM articles WHERE id = :id AND scope = 'global'
		UNION SELECT 'g:' || guild_id FROM article_guilds WHERE article_id = :id
			AND (SELECT scope FROM articles WHERE id = :id) <> 'global'
		UNION SELECT 'f:' || feed_id FROM feed_items WHERE article_id = :id
			AND (SELECT scope FROM articles WHERE id = :id) <> 'global'`, sql.Named("id", articleID))
	if err != nil || len(units) == 0 {
		return err
	}
	var t tally
	rows, err := tx.QueryContext(ctx, `SELECT id, speaker_id, speaker_as, at, start_byte FROM quotes
		WHERE article_id = ? AND speaker_id IS NOT NULL ORDER BY rank`, articleID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var q listed
		var as string
		if err := rows.Scan(&q.id, &q.speaker, &as, &q.at, &q.start); err != nil {
			rows.Close()
			return err
		}
		q.article = articleID
		t.add(q, tx.keyOf(as).Display)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	return t.count(ctx, tx, units, sign)
}

// tally is an article's quotes per speaker, in the order of each speaker's first quote, with
// the fullest name the article gives the speaker, and the quotes themselves (for quote_units).
type tally struct {
	order  []int64
	by     map[int64]*quotedBy
	quotes []listed
}

type quotedBy struct {
	n    int
	name string
}

// listed is an attributed quote as quote_units lists it.
type listed struct {
	speaker, at, article, start, id int64
}

// add counts quote q, whose article calls its speaker by the name display (speakers.Key's).
func (t *tally) add(q listed, display string) {
	if t.by == nil {
		t.by = map[int64]*quotedBy{}
	}
	s := t.by[q.speaker]
	if s == nil {
		s = &quotedBy{}
		t.by[q.speaker] = s
		t.order = append(t.order, q.speaker)
	}
	s.n++
	if utf8.RuneCountInString(display) > utf8.RuneCountInString(s.name) {
		s.name = display
	}
	t.quotes = append(t.quotes, q)
}

// count adds (sign 1) or takes away (-1) the tally from the counts of units, and its quotes
// from the units' lists (quote_units).
func (t *tally) count(ctx context.Context, tx *wtx, units []string, sign int) error {
	for _, unit := range units {
		if err := t.list(ctx, tx, unit, sign); err != nil {
			return err
		}
		for _, id := range t.order {
			s := t.by[id]
			if _, err := tx.ExecContext(ctx, `INSERT INTO speaker_units (speaker_id, unit, n, name) VALUES (?, ?, ?, ?)
				ON CONFLICT (speaker_id, unit) DO UPDATE SET n = speaker_units.n + excluded.n,
					name = CASE WHEN length(excluded.name) > length(speaker_units.name) THEN excluded.name ELSE speaker_units.name END`,
				id, unit, sign*s.n, s.name); err != nil {
				return err
			}
			if sign < 0 {
				if _, err := tx.ExecContext(ctx, `DELETE FROM speaker_units WHERE speaker_id = ? AND unit = ? AND n <= 0`, id, unit); err != nil {
					return err
				}
				continue
			}
			if err := indexName(ctx, tx, id, unit, s.name); err != nil {
				return err
			}
		}
	}
	return nil
}

// list adds (sign 1) or takes away (-1) the tally's quotes in unit's lists, a row each by its
// key; on PostgreSQL the rows added in one INSERT, a round trip. On SQLite a statement that
// writes several rows opens a savepoint (a statement journal): while the full-text rows were
// written article by article, FTS4 wrote out its terms at each one, and one INSERT of an
// article's rows made ingest of 6,000 articles 1,000/s -> 600/s; with them written at the
// transaction's end (writeFullText), one INSERT for the quotes here and one for the near-copy
// bands (a table then) still cost more than a row each: 1,302-1,323 -> 1,249-1,270/s, three
// runs alternated, `briefbot bench -n 6000 --queries 1 --rows zzz`.
func (t *tally) list(ctx context.Context, tx *wtx, unit string, sign int) error {
	if len(t.quotes) == 0 {
		return nil
	}
	const insert = `INSERT INTO quote_units (speaker_id, unit, at, article_id, start_byte, quote_id) VALUES (?, ?, ?, ?, ?, ?)`
	if sign > 0 && tx.engine == Postgres {
		args := make([]any, 0, 6*len(t.quotes))
		for _, q := range t.quotes {
			args = append(args, q.speaker, unit, q.at, q.article, q.start, q.id)
		}
		_, err := tx.ExecContext(ctx, insert+strings.Repeat(", (?, ?, ?, ?, ?, ?)", len(t.quotes)-1), args...)
		return err
	}
	query := insert
	if sign < 0 {
		query = `DELETE FROM quote_units WHERE speaker_id = ? AND unit = ? AND at = ? AND article_id = ? AND start_byte = ? AND quote_id = ?`
	}
	for _, q := range t.quotes {
		if _, err := tx.ExecContext(ctx, query, q.speaker, unit, q.at, q.article, q.start, q.id); err != nil {
			return err
		}
	}
	return nil
}

// indexName records the words of a name a unit gives a speaker, and the trigrams of words not
// seen before.
func indexName(ctx context.Context, tx *wtx, speakerID int64, unit, name string) error {
	done := indexedName{speakerID, unit, name}
	if tx.indexed[done] || tx.named.has(done) {
		return nil
	}
	for _, w := range strings.Fields(tx.keyOf(name).Folded) {
		var known bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM speaker_words WHERE word = ?)`, w).Scan(&known); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO speaker_words (word, unit, speaker_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
			w, unit, speakerID); err != nil {
			return err
		}
		if known {
			continue
		}
		for _, g := range trigrams(w) {
			if _, err := tx.ExecContext(ctx, `INSERT INTO word_grams (gram, word) VALUES (?, ?) ON CONFLICT DO NOTHING`, g, w); err != nil {
				return err
			}
		}
	}
	if tx.indexed == nil {
		tx.indexed = map[indexedName]bool{}
	}
	tx.indexed[done] = true
	return nil
}

// namesIndexed is the names whose words (and their trigrams) committed transactions put in the
// name index, for a speaker and unit: the index never loses a row, so a name once indexed needs
// no look at it again. Without it every batch looked up each word of every speaker it counted:
// 39 µs an article at 100,000 articles, 5% of the writer's time (`briefbot bench -n 100000
// --cpuprofile`). It holds at most maxNamesIndexed names (about 25 MiB) and starts over when
// full: a name it forgot is looked up again, as before.
type namesIndexed struct {
	mu  sync.Mutex
	set map[indexedName]struct{}
}

// maxNamesIndexed bounds namesIndexed: about 100 bytes a name.
const maxNamesIndexed = 1 << 18

// has reports whether name n is known to be indexed; a nil set knows none.
func (c *namesIndexed) has(n indexedName) bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.set[n]
	return ok
}

// keep adds the names a committed transaction indexed.
func (c *namesIndexed) keep(names map[indexedName]bool) {
	if len(names) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.set == nil || len(c.set)+len(names) > maxNamesIndexed {
		c.set = make(map[indexedName]struct{}, len(names))
	}
	for n := range names {
		c.set[n] = struct{}{}
	}
}

// indexAllSpeakerNames fills the word and trigram index from the names counted so far.
func indexAllSpeakerNames(ctx context.Context, tx *wtx) error {
	type row struct {
		id         int64
		unit, name string
	}
	all, err := queryAll(ctx, tx, func(sc scanner) (r row, err error) { err = sc.Scan(&r.id, &r.unit, &r.name); return },
		`SELECT speaker_id, unit, name FROM speaker_units`)
	if err != nil {
		return err
	}
	for _, r := range all {
		if err := indexName(ctx, tx, r.id, r.unit, r.name); err != nil {
			return err
		}
	}
	return nil
}

// trigrams are the three-letter pieces of a word padded with ^ and $; "" for words of fewer
// than three letters, which are too short to misspell.
func trigrams(w string) []string {
	r := []rune("^" + w + "$")
	if len(r) < 5 {
		return nil
	}
	out := make([]string, 0, len(r)-2)
	for i := 0; i+3 <= len(r); i++ {
		out = append(out, string(r[i:i+3]))
	}
	return out
}

// swapped returns the words made from w by swapping two letters next to each other.
func swapped(w string) []string {
	r := []rune(w)
	out := make([]string, 0, len(r))
	for i := 0; i+1 < len(r); i++ {
		if r[i] == r[i+1] {
			continue
		}
		r[i], r[i+1] = r[i+1], r[i]
		out = append(out, string(r))
		r[i], r[i+1] = r[i+1], r[i]
	}
	return out
}

// unitsOf is the SQL of the units a guild (:guild) sees: the global one, its own and those of
// the feeds it follows.
const unitsOf = `u(unit) AS (SELECT 'global' UNION ALL SELECT 'g:' || CAST(:guild AS TEXT) WHERE CAST(:guild AS TEXT) <> ''
	UNION ALL SELECT 'f:' || feed_id FROM guild_feeds WHERE guild_id = :guild)`

// visibleSpeakers returns, of the speakers ids, those with quotes guildID can see, with their
// counts and names there, most quoted first.
func (db *DB) visibleSpeakers(ctx context.Context, ids []int64, guildID string) ([]Speaker, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	// Each speaker's count is the sum over the guild's units, its name the longest of theirs.
	rows, err := queryAll(ctx, db.lookups, func(sc scanner) (s Speaker, err error) {
		err = sc.Scan(&s.ID, &s.Quotes, &s.Name)
		return s, err
	}, `WITH `+unitsOf+`
		SELECT su.speaker_id, su.n, su.name FROM speaker_units su JOIN u ON u.unit = su.unit
		WHERE su.speaker_id IN (SELECT value FROM json_each(:ids)) ORDER BY su.speaker_id, su.unit`,
		sql.Named("guild", guildID), sql.Named("ids", string(list)))
	if err != nil {
		return nil, err
	}
	var out []Speaker
	for _, r := range rows {
		out = addUnit(out, r)
	}
	return mostQuoted(out), nil
}

// sameFirst is speakers.Same's test of first names in SQL, of a stored speaker s against the
// :first name asked for: equal, one an initial of the other, or one missing.
// TestSameFirstIsSame holds the two to one another.
const sameFirst = `(:first = '' OR s.first_key = '' OR s.first_key = :first
	OR (length(:first) = 1 AND substr(s.first_key, 1, 1) = :first)
	OR (length(s.first_key) = 1 AND substr(:first, 1, 1) = s.first_key))`

// addUnit adds one unit's row of a speaker (rows come by speaker) to out: each speaker's count
// is the sum over the units, its name the longest of theirs.
func addUnit(out []Speaker, u Speaker) []Speaker {
	if len(out) == 0 || out[len(out)-1].ID != u.ID {
		out = append(out, Speaker{ID: u.ID})
	}
	s := &out[len(out)-1]
	s.Quotes += u.Quotes
	if len(u.Name) > len(s.Name) {
		s.Name = u.Name
	}
	return out
}

// mostQuoted keeps the speakers with quotes, most quoted first.
func mostQuoted(sp []Speaker) []Speaker {
	kept := sp[:0]
	for _, s := range sp {
		if s.Quotes > 0 {
			kept = append(kept, s)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].Quotes > kept[j].Quotes })
	return kept
}

// wordRange bounds the folded words that start with prefix.
func wordRange(prefix string) (lo, hi string) { return prefix, prefix + "\U0010FFFF" }

// maxPrefixMatches bounds how many speakers one prefix range reads (DB.prefixCap); a shorter
// prefix is served from the most quoted speakers of each unit instead.
const maxPrefixMatches = 1000

// topPerUnit is how many of a unit's most quoted speakers a listing reads.
const topPerUnit = 200

// FindSpeakers returns the speakers a user's name for them may mean, among those guildID can
// see, most quoted first: the same person under any spelling ("zelenskyy"), or else those with
// a name word starting with each word typed ("zel", "volodymyr zel").
func (db *DB) FindSpeakers(ctx context.Context, name, guildID string) ([]Speaker, error) {
	k := speakers.Query(name)
	if k.Folded == "" {
		return nil, nil
	}
	found, _, _, err := db.visibleCandidates(ctx, k, guildID, 0)
	if err != nil {
		return nil, fmt.Errorf("find speaker %q: %w", name, err)
	}
	if len(found) > 0 {
		return found, nil
	}
	return db.byPrefix(ctx, name, k, guildID)
}

// byPrefix is FindSpeakers for a name no stored speaker answers to in full: those with a name
// word starting with each word of it.
func (db *DB) byPrefix(ctx context.Context, name string, k speakers.Key, guildID string) ([]Speaker, error) {
	found, err := db.speakersByPrefix(ctx, strings.Fields(k.Folded), guildID, 25)
	if err != nil {
		return nil, fmt.Errorf("find speaker %q: %w", name, err)
	}
	return found, nil
}

// visibleCandidates returns the stored speakers that may be the one keyed by k (see
// candidates) and have quotes guildID can see, with their counts and names there, most quoted
// first: candidates, visibleSpeakers and, for a key with a first name, the test that a unit
// guildID sees gives them a name word starting with it (a private article's "Zorblat Quimby"
// must not make another guild's "Quimby" answer to Zorblat), in one statement. The CROSS JOINs
// keep SQLite to this order (the surname's few rows first): left to itself it reads every
// speaker of the global unit. Candidates whose first name disagrees are left out before the
// name test, which reads the name words starting with the first name (the key's range: the
// unary + keeps SQLite from building an index of speaker_words by speaker for each call, 1.5 ms
// at 100,000 articles).
//
// On PostgreSQL, with limit > 0, the same statement also reads, newest first, up to limit
// quotes guildID may see of the speaker SQL takes for the most quoted candidate (the most
// quotes, then the lowest id, of those whose kind and first name agree with k: speakers.Same
// as sameFirst spells it), and returns them with that speaker's id (0 when none): a lookup by
// name then costs one round trip to the database, not two. Whether that is found[0] is for
// the caller to check. SQLite, with no round trips to save, reads found[0]'s quotes after the
// candidates, from the units their rows name (quotesInUnits), and returns found[0]'s id.
func (db *DB) visibleCandidates(ctx context.Context, k speakers.Key, guildID string, limit int) (found []Speaker, prefetched []Quote, bestID int64, err error) {
	withQuotes := limit > 0 && db.Engine() == Postgres
	query := built("visibleCandidates", db.Engine(), boolInt(withQuotes), func() string { return db.candidatesSQL(withQuotes) })
	lo, hi := wordRange(k.First)
	args := []any{sql.Named("guild", guildID), sql.Named("first", k.First), sql.Named("lo", lo), sql.Named("hi", hi),
		sql.Named("surname", k.Surname)}
	if withQuotes {
		args = append(args, sql.Named("person", boolInt(k.Person)), sql.Named("limit", limit))
	}
	units := map[int64][]string{}
	// The rows are taken as they come, into one set of variables: a lookup allocates little.
	var v struct { // one allocation for all the row's columns
		c          candidate
		sp         Speaker
		unit       string
		named      bool
		kind, n    int64
		t1, t2, t3 string
		n1, n2, n3 int64
		q          Quote
	}
	v.c.key.Surname = k.Surname
	dest := []any{&v.c.id, &v.c.key.First, &v.c.key.Person, &v.sp.Quotes, &v.sp.Name, &v.unit, &v.named}
	if withQuotes {
		dest = []any{&v.kind, &v.n, &v.t1, &v.t2, &v.n1, &v.n2, &v.t3, &v.q.ArticleURL, &v.n3, &v.q.Rank}
		prefetched = make([]Quote, 0, limit)
	}
	each := func(sc scanner) error {
		// The candidates alone: their own columns. SQLite reads the quotes after, in this process
		// (the one statement took it longer).
		if !withQuotes {
			if err := sc.Scan(dest...); err != nil {
				return err
			}
			v.sp.ID = v.c.id
		} else {
			// A row is a candidate's count in one unit (kind 0, by speaker and unit) or one quote
			// (kind 1, newest first): the columns are shared, each kind reading its own.
			if err := sc.Scan(dest...); err != nil {
				return err
			}
			if v.kind == 1 {
				v.q.ID, v.q.Text, v.q.Speaker, v.q.SpeakerID, v.q.ArticleID, v.q.ArticleTitle = v.n, v.t1, v.t2, v.n1, v.n2, v.t3
				v.q.When = time.Unix(v.n3, 0).UTC()
				prefetched = append(prefetched, v.q)
				bestID = v.q.SpeakerID
				return nil
			}
			v.c.id, v.c.key.First, v.c.key.Person = v.n, v.t1, v.n2 != 0
			v.sp = Speaker{ID: v.n, Name: v.t2, Quotes: int(v.n1)}
			v.named, v.unit = v.n3 != 0, ""
		}
		if !v.named || !speakers.Same(k, v.c.key) {
			return nil
		}
		found = addUnit(found, v.sp)
		if v.sp.Quotes > 0 && v.unit != "" { // SQLite's rows name their unit
			units[v.sp.ID] = append(units[v.sp.ID], v.unit)
		}
		return nil
	}
	if err := eachRow(ctx, db.lookups, each, query, args...); err != nil {
		return nil, nil, 0, err
	}
	found = mostQuoted(found)
	// SQLite reads the quotes of the most quoted from the units the rows gave it.
	if limit > 0 && db.Engine() == SQLite && len(found) > 0 {
		if prefetched, err = db.quotesInUnits(ctx, found[0], units[found[0].ID], guildID, limit); err != nil {
			return nil, nil, 0, err
		}
		bestID = found[0].ID
	}
	return found, prefetched, bestID, nil
}

// candidatesSQL is visibleCandidates' statement on db's engine, with the quotes of the most
// quoted candidate (PostgreSQL's one round trip) or without.
func (db *DB) candidatesSQL(withQuotes bool) string {
	from := `FROM speakers s CROSS JOIN speaker_units su CROSS JOIN u
		WHERE s.surname_key = :surname AND su.speaker_id = s.id AND u.unit = su.unit AND ` + sameFirst
	named := `:first = '' OR EXISTS (SELECT 1 FROM speaker_words w
		WHERE w.word >= :lo AND w.word < :hi AND +w.speaker_id = s.id AND w.unit IN (SELECT unit FROM u))`
	if db.Engine() == Postgres { // its index by speaker (migration 0015) reads the candidate's words alone
		named = strings.Replace(named, "+w.speaker_id", "w.speaker_id", 1)
	}
	if !withQuotes {
		return `WITH ` + unitsOf + `
		SELECT s.id, s.first_key, s.person, su.n, su.name, su.unit, ` + named + ` ` + from + `
		ORDER BY s.id, su.unit`
	}
	return `WITH ` + unitsOf + `, c AS (SELECT s.id, s.first_key, s.person, su.n, su.name, su.unit,
			CASE WHEN ` + named + ` THEN 1 ELSE 0 END AS named ` + from + `),
		best AS (SELECT id FROM c WHERE named = 1 AND person = :person GROUP BY id HAVING sum(n) > 0 ORDER BY sum(n) DESC, id LIMIT 1)
		SELECT k, id, t1, t2, n1, n2, t3, t4, n3, n4 FROM (
		SELECT 0 AS k, id, first_key AS t1, name AS t2, n AS n1, person AS n2, '' AS t3, '' AS t4, named AS n3, 0 AS n4,
			id AS o1, unit AS o2, 0 AS o3, 0 AS o4 FROM c
		UNION ALL
		SELECT 1, q.id, CASE WHEN q.text = '' THEN ` + db.bytesOf("a.body", "q.start_byte", "q.end_byte") + ` ELSE q.text END,
			q.speaker_as, COALESCE(q.speaker_id, 0), a.id, a.title, a.url, COALESCE(a.published_at, a.added_at), q.rank,
			-q.at, '', -q.article_id, q.start_byte
		FROM (` + newestByUnit("(SELECT id FROM best)") + `) p
		JOIN quotes q ON q.id = p.quote_id JOIN articles a ON a.id = q.article_id
		) x ORDER BY k, o1, o2, o3, o4`
}

// boolInt is b as SQL's 1 or 0.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// speakersByPrefix returns the speakers guildID can see that have, for each of words, a name
// word starting with it; most quoted first, at most limit.
func (db *DB) speakersByPrefix(ctx context.Context, words []string, guildID string, limit int) ([]Speaker, error) {
	if len(words) == 0 {
		return nil, nil
	}
	var ids map[int64]bool
	capped := false
	for _, w := range words {
		lo, hi := wordRange(w)
		got, err := queryAll(ctx, db.lookups, scanInt64, `WITH `+unitsOf+`
			SELECT DISTINCT w.speaker_id FROM speaker_words w JOIN u ON u.unit = w.unit
			WHERE w.word >= :lo AND w.word < :hi LIMIT :max`,
			sql.Named("guild", guildID), sql.Named("lo", lo), sql.Named("hi", hi), sql.Named("max", db.prefixCap))
		if err != nil {
			return nil, err
		}
		capped = capped || len(got) == db.prefixCap
		next := make(map[int64]bool, len(got))
		for _, id := range got {
			if ids == nil || ids[id] {
				next[id] = true
			}
		}
		ids = next
	}
	if capped {
		// A prefix of a letter or two: the range holds more speakers than are worth reading.
		// The most quoted whose names fit are what a user typing it wants first.
		top, err := db.topSpeakers(ctx, guildID, func(name string) bool { return namesFit(name, words) })
		if err != nil {
			return nil, err
		}
		for _, id := range top {
			ids[id] = true
		}
	}
	list := make([]int64, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	out, err := db.visibleSpeakers(ctx, list, guildID)
	if len(out) > limit {
		out = out[:limit]
	}
	return out, err
}

// namesFit reports whether each of the prefixes starts a word of name.
func namesFit(name string, prefixes []string) bool {
	words := strings.Fields(speakers.Of(name).Folded)
	for _, p := range prefixes {
		ok := false
		for _, w := range words {
			if strings.HasPrefix(w, p) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// topSpeakers returns the most quoted speakers of each unit guildID sees (read from the
// index in count order) whose name there keep accepts.
func (db *DB) topSpeakers(ctx context.Context, guildID string, keep func(name string) bool) ([]int64, error) {
	units, err := queryAll(ctx, db.reads, scanString, `WITH `+unitsOf+` SELECT unit FROM u`, sql.Named("guild", guildID))
	if err != nil {
		return nil, err
	}
	var out []int64
	for _, unit := range units {
		rows, err := db.reads.QueryContext(ctx, `SELECT speaker_id, name FROM speaker_units WHERE unit = ? ORDER BY n DESC`, unit)
		if err != nil {
			return nil, err
		}
		kept := 0
		for kept < topPerUnit && rows.Next() {
			var id int64
			var name string
			if err := rows.Scan(&id, &name); err != nil {
				rows.Close()
				return nil, err
			}
			if keep == nil || keep(name) {
				out = append(out, id)
				kept++
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// QuotesBySpeaker returns the quotes guildID may see of the speaker name means (the most quoted
// of those FindSpeakers gives), newest first, at most limit, each with the speaker's name as
// the guild knows it. For a name nobody the guild can see answers to, it returns an
// *UnknownSpeakerError with the closest names the guild can see.
func (db *DB) QuotesBySpeaker(ctx context.Context, name, guildID string, limit int) ([]Quote, error) {
	qs, _, err := db.QuotesByName(ctx, name, guildID, limit)
	return qs, err
}

// QuotesByName is QuotesBySpeaker that also returns the other speakers guildID can see whom
// the name may mean, most quoted first: the rest of what FindSpeakers gives ("Smith" asked
// for, the quotes of the most quoted Smith, and the other Smiths), so that whoever asked can
// ask for one of them by name. The lookup finds them anyway: they cost nothing more.
func (db *DB) QuotesByName(ctx context.Context, name, guildID string, limit int) ([]Quote, []Speaker, error) {
	// The speaker and, in the same round trip, the quotes of the one SQL takes for the most
	// quoted: when that is the one found (nearly always), they are the answer.
	var (
		found      []Speaker
		prefetched []Quote
		bestID     int64
		err        error
	)
	if k := speakers.Query(name); k.Folded != "" {
		found, prefetched, bestID, err = db.visibleCandidates(ctx, k, guildID, max(limit, 1))
		if err == nil && len(found) == 0 {
			found, err = db.byPrefix(ctx, name, k, guildID)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("find speaker %q: %w", name, err)
		}
	}
	if len(found) == 0 {
		sugg, err := db.suggest(ctx, name, guildID)
		if err != nil {
			return nil, nil, err
		}
		return nil, nil, &UnknownSpeakerError{Name: name, Suggestions: sugg}
	}
	others := found[1:]
	if found[0].ID == bestID && len(prefetched) > 0 && limit > 0 {
		for i := range prefetched {
			prefetched[i].Speaker = found[0].Name
		}
		return prefetched, others, nil
	}
	qs, err := db.quotesOf(ctx, found[0], guildID, limit)
	if err != nil {
		return nil, nil, fmt.Errorf("quotes by %q: %w", name, err)
	}
	return qs, others, nil
}

// quotesOf returns the quotes guildID may see of the speaker who, newest first, at most limit,
// each named as who is. Each unit the guild sees where the speaker has quotes yields its newest
// limit from quote_units, whose key orders them: the cost follows the guild's units, not the
// speaker's quotes elsewhere (testing the speaker's newest quotes one by one read about
// limit/share of them). The lists are exact by construction, as the counts are (see recount),
// so their quotes are not tested again (TestQuotesByUnitsFindWhatTestingFinds holds the two
// ways to one another). On SQLite a guild with the speaker's quotes in more units than one
// statement reads (maxUnitReads) reads the speaker's quotes in order (quotes_speaker) and tests
// each, as all guilds did before quote_units.
func (db *DB) quotesOf(ctx context.Context, who Speaker, guildID string, limit int) ([]Quote, error) {
	if db.Engine() == Postgres {
		query := built("quotesOf", Postgres, 0, func() string {
			return `WITH ` + unitsOf + ` SELECT ` + db.quoteColumns() + `
			FROM (` + newestByUnit(":sid") + `) p JOIN quotes q ON q.id = p.quote_id JOIN articles a ON a.id = q.article_id
			ORDER BY p.at DESC, p.article_id DESC, p.start_byte`
		})
		return db.quotesBy(ctx, db.lookups, who.Name, query,
			sql.Named("guild", guildID), sql.Named("sid", who.ID), sql.Named("limit", limit))
	}
	units, err := queryAll(ctx, db.lookups, scanString, `WITH `+unitsOf+`
		SELECT su.unit FROM speaker_units su JOIN u ON u.unit = su.unit WHERE su.speaker_id = :sid`,
		sql.Named("guild", guildID), sql.Named("sid", who.ID))
	if err != nil {
		return nil, err
	}
	return db.quotesInUnits(ctx, who, units, guildID, limit)
}

// quotesInUnits is SQLite's quotesOf once the units guildID sees where who has quotes are known.
func (db *DB) quotesInUnits(ctx context.Context, who Speaker, units []string, guildID string, limit int) ([]Quote, error) {
	if len(units) == 0 {
		return nil, nil // no unit the guild sees has quotes of who
	}
	if most := cmp.Or(db.unitReads, maxUnitReads); len(units) > most {
		return db.quotesBy(ctx, db.lookups, who.Name, `SELECT `+db.quoteColumns()+` FROM quotes q JOIN articles a ON a.id = q.article_id
			WHERE q.speaker_id = ? AND `+visible+` ORDER BY q.at DESC, q.article_id DESC, q.start_byte LIMIT ?`,
			who.ID, guildID, guildID, limit)
	}
	args := []any{sql.Named("sid", who.ID), sql.Named("limit", limit)}
	for i, u := range units {
		args = append(args, sql.Named("u"+strconv.Itoa(i), u))
	}
	query := built("quotesInUnits", SQLite, len(units), func() string {
		parts := make([]string, len(units))
		for i := range units {
			parts[i] = `SELECT * FROM (SELECT quote_id, at, article_id, start_byte FROM quote_units
			WHERE speaker_id = :sid AND unit = :u` + strconv.Itoa(i) + ` ORDER BY at DESC, article_id DESC, start_byte LIMIT :limit)`
		}
		return `SELECT ` + db.quoteColumns() + `
		FROM (` + strings.Join(parts, " UNION ") + ` ORDER BY at DESC, article_id DESC, start_byte LIMIT :limit) p
		CROSS JOIN quotes q ON q.id = p.quote_id CROSS JOIN articles a ON a.id = q.article_id
		ORDER BY p.at DESC, p.article_id DESC, p.start_byte`
	})
	return db.quotesBy(ctx, db.lookups, who.Name, query, args...)
}

// maxUnitReads is the most units whose lists quotesOf reads in one statement on SQLite (a
// compound SELECT may have 500 parts; each part's statement text is prepared anew per count).
const maxUnitReads = 64

// newestByUnit is PostgreSQL's SQL of the ids (quote_id, with at, article_id and start_byte)
// of the newest :limit quotes of speaker sid (an expression) in the units u (unitsOf): the
// newest :limit of each unit where the speaker has quotes, merged.
func newestByUnit(sid string) string {
	return `SELECT DISTINCT n.quote_id, n.at, n.article_id, n.start_byte
		FROM u JOIN speaker_units su ON su.unit = u.unit AND su.speaker_id = ` + sid + `
		CROSS JOIN LATERAL (SELECT quote_id, at, article_id, start_byte FROM quote_units qu
			WHERE qu.speaker_id = ` + sid + ` AND qu.unit = u.unit
			ORDER BY qu.at DESC, qu.article_id DESC, qu.start_byte LIMIT :limit) n
		ORDER BY n.at DESC, n.article_id DESC, n.start_byte LIMIT :limit`
}

// suggest returns up to three names of speakers guildID can see within a few edits of a word
// of name. Candidate words come from the trigram index, so the cost does not grow with the
// number of speakers stored.
func (db *DB) suggest(ctx context.Context, name, guildID string) ([]string, error) {
	best := map[int64]int{}
	for _, want := range strings.Fields(speakers.Query(name).Folded) {
		grams := trigrams(want)
		if len(grams) == 0 {
			continue
		}
		args := make([]any, len(grams))
		for i, g := range grams {
			args[i] = g
		}
		words, err := queryAll(ctx, db.reads, scanString, `SELECT word FROM word_grams WHERE gram IN (?`+strings.Repeat(", ?", len(grams)-1)+`)
			GROUP BY word ORDER BY count(*) DESC, word LIMIT 40`, args...)
		if err != nil {
			return nil, fmt.Errorf("suggest speakers for %q: %w", name, err)
		}
		// Two letters swapped leave a short word few of its pieces ("tiuv" for "tivu" shares
		// one): those words are looked up as they are.
		if swaps := swapped(want); len(swaps) > 0 {
			args := make([]any, len(swaps))
			for i, w := range swaps {
				args[i] = w
			}
			exact, err := queryAll(ctx, db.reads, scanString, `SELECT DISTINCT word FROM speaker_words
				WHERE word IN (?`+strings.Repeat(", ?", len(swaps)-1)+`)`, args...)
			if err != nil {
				return nil, fmt.Errorf("suggest speakers for %q: %w", name, err)
			}
			words = append(exact, words...)
		}
		limit := max(1, utf8.RuneCountInString(want)/4)
		seen := map[string]bool{}
		for _, w := range words {
			if seen[w] {
				continue
			}
			seen[w] = true
			d := speakers.Distance(want, w)
			if d > limit {
				continue
			}
			ids, err := queryAll(ctx, db.reads, scanInt64, `WITH `+unitsOf+`
				SELECT DISTINCT w.speaker_id FROM speaker_words w JOIN u ON u.unit = w.unit WHERE w.word = :w`,
				sql.Named("guild", guildID), sql.Named("w", w))
			if err != nil {
				return nil, fmt.Errorf("suggest speakers for %q: %w", name, err)
			}
			for _, id := range ids {
				if old, ok := best[id]; !ok || d < old {
					best[id] = d
				}
			}
		}
	}
	ids := make([]int64, 0, len(best))
	for id := range best {
		ids = append(ids, id)
	}
	sp, err := db.visibleSpeakers(ctx, ids, guildID)
	if err != nil {
		return nil, fmt.Errorf("suggest speakers for %q: %w", name, err)
	}
	sort.SliceStable(sp, func(i, j int) bool { return best[sp[i].ID] < best[sp[j].ID] })
	var out []string
	for _, s := range sp {
		if len(out) == 3 {
			break
		}
		out = append(out, s.Name)
	}
	return out, nil
}

// Speakers returns the speakers with quotes guildID may see, most quoted first; with a prefix,
// only those the prefix may mean (see FindSpeakers), for autocomplete. At most limit. Counts
// are kept at write time, so the cost depends on the guild's units and the prefix, not on the
// number of quotes stored.
func (db *DB) Speakers(ctx context.Context, prefix, guildID string, limit int) ([]Speaker, error) {
	var (
		out []Speaker
		err error
	)
	if strings.TrimSpace(prefix) != "" {
		out, err = db.FindSpeakers(ctx, prefix, guildID)
	} else {
		var ids []int64
		if ids, err = db.topSpeakers(ctx, guildID, nil); err == nil {
			out, err = db.visibleSpeakers(ctx, ids, guildID)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("list speakers: %w", err)
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// quoteColumns are the columns scanQuote reads, of quotes q and their articles a. A quote
// stored without its text (see writeAnalysis) is read from its article's body, whose pages the
// row's later columns are read through anyway.
func (db *DB) quoteColumns() string {
	return `q.id, CASE WHEN q.text = '' THEN ` + db.bytesOf("a.body", "q.start_byte", "q.end_byte") + `
		ELSE q.text END, q.speaker_as, COALESCE(q.speaker_id, 0),
		a.id, a.title, a.url, COALESCE(a.published_at, a.added_at), q.rank`
}

// quotesBy runs query, which selects quoteColumns, for quotes of one speaker, whom the asking
// guild knows as name: every quote is named so.
func (db *DB) quotesBy(ctx context.Context, h *handle, name, query string, args ...any) ([]Quote, error) {
	qs, err := queryAll(ctx, h, scanQuote, query, args...)
	if name != "" {
		for i := range qs {
			qs[i].Speaker = name
		}
	}
	return qs, err
}

func scanQuote(sc scanner) (Quote, error) {
	var q Quote
	var when int64
	err := sc.Scan(&q.ID, &q.Text, &q.Speaker, &q.SpeakerID, &q.ArticleID, &q.ArticleTitle, &q.ArticleURL, &when, &q.Rank)
	q.When = time.Unix(when, 0).UTC()
	return q, err
}

// TopSpeakersSince returns the speakers quoted most in the articles guildID can see that were
// stored since since, with those counts (not their counts of all time), most quoted first, at
// most limit. It reads the window's articles by their time of storing (an index), so its cost
// follows the window, not the database.
func (db *DB) TopSpeakersSince(ctx context.Context, guildID string, since time.Time, limit int) ([]Speaker, error) {
	type count struct {
		id int64
		n  int
	}
	counts, err := queryAll(ctx, db.reads, func(sc scanner) (c count, err error) { err = sc.Scan(&c.id, &c.n); return },
		`SELECT q.speaker_id, count(*) FROM articles a JOIN quotes q ON q.article_id = a.id
		WHERE a.added_at >= ? AND q.speaker_id IS NOT NULL AND `+visible+`
		GROUP BY q.speaker_id ORDER BY count(*) DESC, q.speaker_id LIMIT ?`, since.Unix(), guildID, guildID, limit)
	if err != nil {
		return nil, fmt.Errorf("speakers since %s: %w", since.Format(time.DateOnly), err)
	}
	ids := make([]int64, len(counts))
	for i, c := range counts {
		ids[i] = c.id
	}
	named, err := db.visibleSpeakers(ctx, ids, guildID)
	if err != nil {
		return nil, fmt.Errorf("speakers since %s: %w", since.Format(time.DateOnly), err)
	}
	name := map[int64]string{}
	for _, s := range named {
		name[s.ID] = s.Name
	}
	out := make([]Speaker, 0, len(counts))
	for _, c := range counts {
		if nm, ok := name[c.id]; ok {
			out = append(out, Speaker{ID: c.id, Name: nm, Quotes: c.n})
		}
	}
	return out, nil
}
