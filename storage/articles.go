package storage

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/fingerprint"
	"github.com/briefbot/briefbot/briefing/ingest"
)

// Article is a stored article with what a briefing shows of it. Its Body is not loaded: a
// briefing shows the summary, and reading every body would cost a page's worth of text.
type Article struct {
	ID int64
	briefing.Article
	GuildID         string // the guild that added it first, "" when every guild may see it
	Added           time.Time
	AnalyserVersion int
	Summary         []string
	KeyQuote        *Quote   // nil when the article quotes nobody
	Feeds           []string // titles of the feeds that carried it, first seen first
	StoryID         int64    // the story it reports; 0 until it is analysed with stories
}

// When is the article's date: published when known, else added.
func (a Article) When() time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	return a.Added
}

// Item is the article as a briefing item: what briefing.Rank weighs and render shows. The bot
// and the CLI both go through it, so a terminal shows exactly what a channel gets.
func (a Article) Item() briefing.Item {
	it := briefing.Item{Title: a.Title, URL: a.URL, Source: a.Source, When: a.When(), Summary: a.Summary}
	if len(a.Feeds) > 1 {
		for _, f := range a.Feeds {
			it.Outlets = append(it.Outlets, briefing.Outlet{Name: f, URL: a.URL})
		}
	}
	if a.KeyQuote != nil && briefing.KeyWorthy(a.KeyQuote.Text) {
		it.Quote, it.Speaker = a.KeyQuote.Text, a.KeyQuote.Speaker
	}
	return it
}

// AddResult tells what AddArticle did.
type AddResult struct {
	ID    int64
	Added bool // false: the article was stored already (same canonical URL, same words, or reworded)
}

// AddArticle stores an article with its analysis in one transaction: the article, its
// sentences and summary, its quotes and their speakers, and its full-text entry. An article
// stored already is not stored again; its ID is returned with Added false. guildID limits who
// sees it ("" for everyone).
func (db *DB) AddArticle(ctx context.Context, a briefing.Article, an briefing.Analysis, guildID string) (AddResult, error) {
	var res AddResult
	err := db.inTx(ctx, func(tx *wtx) error {
		var err error
		res, err = db.addArticleTx(ctx, tx, a, an, adder{guildID: guildID})
		return err
	})
	if err != nil {
		return AddResult{}, fmt.Errorf("store article %q: %w", a.Title, err)
	}
	return res, nil
}

// Incoming is an article with its analysis, ready to store.
type Incoming struct {
	Article  briefing.Article
	Analysis briefing.Analysis
}

// AddArticles stores articles as AddArticle does, all in one transaction: a batch costs one
// commit (one fsync) instead of one each, which is most of the cost of storing an article. An
// article stored earlier in the batch counts as stored for the ones after it. Either the whole
// batch is stored or, on an error, none of it. The free pages it leaves are the caller's to give
// back (Trim) when its batches end.
func (db *DB) AddArticles(ctx context.Context, in []Incoming, guildID string) ([]AddResult, error) {
	out := make([]AddResult, len(in))
	err := db.inTxOnly(ctx, func(tx *wtx) error {
		if err := readSurnames(ctx, tx, quotedSurnames(tx, in)); err != nil {
			return err
		}
		for i, a := range in {
			if guildID == "" {
				db.stories.mu.Lock()
				db.stories.next = nil
				if i+1 < len(in) {
					db.stories.next = &in[i+1] // its story can be matched while this one is stored
				}
				db.stories.mu.Unlock()
			}
			var err error
			if out[i], err = db.addArticleTx(ctx, tx, a.Article, a.Analysis, adder{guildID: guildID}); err != nil {
				return fmt.Errorf("%q: %w", a.Article.Title, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store %d articles: %w", len(in), err)
	}
	return out, nil
}

// datedAt is the date an article stored at now (unix seconds) is matched to its story by: its
// own, or now for an undated one.
func datedAt(a briefing.Article, now int64) int64 {
	if a.Published.IsZero() {
		return now
	}
	return a.Published.UTC().Unix()
}

// adder is who brings an article: everyone (the CLI, seeds), one guild privately, or a feed
// (for the guilds that follow it).
type adder struct {
	guildID string
	feedID  int64
	guid    string // the feed item
}

func (ad adder) scope() string {
	switch {
	case ad.feedID != 0:
		return "feed"
	case ad.guildID != "":
		return "guild"
	}
	return "global"
}

// addArticleTx stores an article unless it is stored already: same canonical URL, same words,
// or, within the last two weeks, the same phrasing for the most part (see sketch). A stored
// article stands in for the new one only when the adder could trust it (see standsIn); else the
// new one is stored beside it.
func (db *DB) addArticleTx(ctx context.Context, tx *wtx, a briefing.Article, an briefing.Analysis, ad adder) (AddResult, error) {
	var res AddResult
	fp := an.Fingerprint
	if fp.Hash == "" { // an analysis made by hand, as tests do
		fp = fingerprint.Of(a.Body)
	}
	hash := fp.Hash
	var canon sql.NullString
	if a.URL != "" {
		canon = sql.NullString{String: ingest.CanonicalURL(a.URL), Valid: true}
	}
	// Every copy is read, not the first so many: pages that other guilds planted with this URL
	// must not crowd out the adder's own copy. A guild's second plant is its first one's copy
	// (it stands in), so the copies that cannot stand in number at most the guilds that planted.
	// Testing that in the query instead made every lookup four times slower (14 -> 61 us).
	cands, err := copiesOf(ctx, tx, hash, canon)
	if err != nil {
		return res, err
	}
	for _, id := range cands {
		ok, err := standsIn(ctx, tx, id, a.Title, hash, canon, ad)
		if err != nil {
			return res, err
		}
		if ok {
			res.ID = id
			break
		}
	}
	// No exact copy answers for it: a reworded one may, and the article is stored with its
	// sketch for the copies to come.
	sk := fp.Sketch
	if res.ID == 0 {
		if res.ID, err = db.sameStory(ctx, tx, sk, a.Title, hash, canon, ad); err != nil {
			return res, err
		}
	}
	if res.ID != 0 {
		if err := db.link(ctx, tx, res.ID, ad); err != nil {
			return res, err
		}
		return res, db.shareStory(ctx, tx, res.ID, ad, an.Story)
	}
	var published sql.NullInt64
	if !a.Published.IsZero() {
		published = sql.NullInt64{Int64: a.Published.UTC().Unix(), Valid: true}
	}
	now := db.now()
	at := datedAt(a, now)
	story, err := db.storyFor(ctx, tx, at, an.Story, ad)
	if err != nil {
		return res, err
	}
	// Its units are its adder's, for the word index (see units.go).
	if res.ID, err = tx.insert(ctx, `INSERT INTO articles
		(title, body, url, canonical_url, content_hash, source, guild_id, published_at, added_at, analyser_version, scope, story_id, units)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, a.Title, a.Body, a.URL, canon, hash, a.Source, ad.guildID, published, now,
		db.storedVersion(a, an), ad.scope(), story, unitToken(ad.unitName())); err != nil {
		return res, err
	}
	if sk != nil {
		if err := db.keepSketch(ctx, tx, res.ID, now, sk); err != nil {
			return res, err
		}
	}
	res.Added = true
	db.index(tx, res.ID, a, an.SearchText, ad.unitName())
	quoted, err := writeAnalysis(ctx, tx, res.ID, at, a.Body, an)
	if err != nil {
		return res, err
	}
	if ad.scope() != "guild" {
		if err := db.keepProfile(ctx, tx, res.ID, story, ad.unit(), at, an.Story); err != nil {
			return res, err
		}
	}
	if err := db.linkFresh(ctx, tx, res.ID, ad); err != nil {
		return res, err
	}
	// A fresh article is seen by its adder's unit alone, and its quotes are those just written.
	return res, quoted.count(ctx, tx, []string{ad.unitName()}, 1)
}

// copiesOf returns the stored articles with these words or this canonical URL, everyone's
// first, then in the order they came. Two lookups by index, merged here: one query with OR read
// both indexes into a temporary sorted table: 22.6 µs an article against 5.7 + 2.7 µs (timed
// statement by statement in `briefbot bench -n 6000`).
func copiesOf(ctx context.Context, tx *wtx, hash string, canon sql.NullString) ([]int64, error) {
	type found struct {
		id     int64
		global bool
	}
	scan := func(sc scanner) (f found, err error) { err = sc.Scan(&f.id, &f.global); return }
	all, err := queryAll(ctx, tx, scan, `SELECT id, scope = 'global' FROM articles WHERE content_hash = ?`, hash)
	if err == nil && canon.Valid {
		var more []found
		more, err = queryAll(ctx, tx, scan, `SELECT id, scope = 'global' FROM articles WHERE canonical_url = ?`, canon)
		for _, f := range more {
			if !slices.ContainsFunc(all, func(g found) bool { return g.id == f.id }) {
				all = append(all, f)
			}
		}
	}
	if err != nil || len(all) == 0 {
		return nil, err
	}
	slices.SortFunc(all, func(a, b found) int {
		if a.global != b.global {
			if a.global {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.id, b.id)
	})
	ids := make([]int64, len(all))
	for i, f := range all {
		ids[i] = f.id
	}
	return ids, nil
}

// adderOf is who brought a stored article first, as far as its story needs: everyone, its
// first feed, or the guild that pasted it. A feed article whose feed is gone counts as private:
// it shapes no story.
func adderOf(ctx context.Context, tx *wtx, id int64, scope string) (adder, error) {
	var ad adder
	switch scope {
	case "global":
		return ad, nil
	case "feed":
		err := tx.QueryRowContext(ctx, `SELECT feed_id FROM feed_items WHERE article_id = ? ORDER BY seen_at, feed_id LIMIT 1`, id).Scan(&ad.feedID)
		if err != sql.ErrNoRows {
			return ad, err
		}
	}
	err := tx.QueryRowContext(ctx, `SELECT guild_id FROM articles WHERE id = ?`, id).Scan(&ad.guildID)
	if ad.guildID == "" {
		ad.guildID = "?" // private to no one we know of
	}
	return ad, err
}

// standsIn reports whether the stored article id may stand in for a new one (title, hash,
// canonical URL) that ad brings. A global article may; so may one the adder sees already (a
// guild's own or its feeds'; for a feed, one it carried or one every guild following it sees),
// and an identical one (same title, words and URL), which has nothing to hide or forge. Anything else is a claim of another guild's: a private page whose canonical
// link names a real article's URL must not answer for that URL elsewhere.
func standsIn(ctx context.Context, tx *wtx, id int64, title, hash string, canon sql.NullString, ad adder) (bool, error) {
	var ok bool
	err := tx.QueryRowContext(ctx, `SELECT a.scope = 'global'
		OR (a.title = :title AND a.content_hash = :hash AND a.canonical_url IS NOT DISTINCT FROM :canon)
		OR (:guild <> '' AND EXISTS (SELECT 1 FROM article_guilds ag WHERE ag.article_id = a.id AND ag.guild_id = :guild))
		OR (:guild <> '' AND EXISTS (SELECT 1 FROM feed_items fi JOIN guild_feeds gf ON gf.feed_id = fi.feed_id
			WHERE fi.article_id = a.id AND gf.guild_id = :guild))
		OR (:feed <> 0 AND EXISTS (SELECT 1 FROM feed_items fi WHERE fi.article_id = a.id AND fi.feed_id = :feed))
		OR (:feed <> 0 AND EXISTS (SELECT 1 FROM guild_feeds gf WHERE gf.feed_id = :feed)
			AND NOT EXISTS (SELECT 1 FROM guild_feeds gf WHERE gf.feed_id = :feed
				AND NOT EXISTS (SELECT 1 FROM article_guilds ag WHERE ag.article_id = a.id AND ag.guild_id = gf.guild_id)
				AND NOT EXISTS (SELECT 1 FROM feed_items fi JOIN guild_feeds g2 ON g2.feed_id = fi.feed_id
					WHERE fi.article_id = a.id AND g2.guild_id = gf.guild_id)))
		FROM articles a WHERE a.id = :id`,
		sql.Named("id", id), sql.Named("title", title), sql.Named("hash", hash), sql.Named("canon", canon),
		sql.Named("guild", ad.guildID), sql.Named("feed", ad.feedID)).Scan(&ok)
	return ok, err
}

// keepSketch stores the sketch of article id, added at added, for the near copies to come, and
// every sketchPruneEvery articles drops the sketches that left the window or the latest
// nearKept.
func (db *DB) keepSketch(ctx context.Context, tx *wtx, id, added int64, sk []byte) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO article_sketches (article_id, added_at, sketch) VALUES (?, ?, ?)`,
		id, added, sk); err != nil {
		return err
	}
	n := &db.near
	n.mu.Lock()
	defer n.mu.Unlock()
	tx.nearAdded = true
	if tx.nearCaught && n.built { // no other writer stores while this transaction holds the write lock
		n.add(id, added, sk)
	} else if _, err := db.nearIndex(ctx, tx); err != nil { // reads this sketch too
		return err
	}
	if id%sketchPruneEvery != 0 {
		return nil
	}
	// Ids grow with the time articles are added: the first one inside the window bounds the
	// range deleted, as does the first of the latest kept.
	cutoff, from := db.sketchCutoff(), n.from(db.nearKept)
	first := int64(math.MaxInt64) // none inside the window: every row goes
	if err := tx.QueryRowContext(ctx, `SELECT article_id FROM article_sketches WHERE added_at >= ? ORDER BY article_id LIMIT 1`,
		cutoff).Scan(&first); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM article_sketches WHERE article_id < ?`, max(first, from)); err != nil {
		return err
	}
	n.prune(cutoff, from)
	return nil
}

// sketchPruneEvery is how often, in article ids, the sketches that left the window go.
const sketchPruneEvery = 64

// sameStory returns the ID of a recent article whose phrasing the sketch matches (a reworded
// copy of the same story) and that may stand in for the new one (see standsIn), or 0.
func (db *DB) sameStory(ctx context.Context, tx *wtx, sk []byte, title, hash string, canon sql.NullString, ad adder) (int64, error) {
	if sk == nil {
		return 0, nil
	}
	n := &db.near
	n.mu.Lock()
	x, err := db.nearIndex(ctx, tx)
	var all []nearCopy
	if err == nil {
		all = x.near(sk, db.sketchCutoff(), x.from(db.nearKept))
	}
	n.mu.Unlock()
	if err != nil {
		return 0, err
	}
	for _, c := range all {
		if fingerprint.Resemblance(sk, c.sketch) < fingerprint.SameStory {
			continue
		}
		ok, err := standsIn(ctx, tx, c.id, title, hash, canon, ad)
		if errors.Is(err, sql.ErrNoRows) {
			continue // not stored after all: a transaction that failed after adding it to the index
		}
		if err != nil || ok {
			return c.id, err
		}
	}
	return 0, nil
}

// link lets the adder see an article stored before: a guild that adds it privately joins the
// guilds that see it, a feed records its item, and adding it for everyone makes it global. The
// speaker counts follow (see recount). A fresh article goes through linkFresh, and its counts
// come from the quotes just written.
func (db *DB) link(ctx context.Context, tx *wtx, id int64, ad adder) error {
	if err := recount(ctx, tx, id, -1); err != nil {
		return err
	}
	if ad.scope() == "global" {
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET scope = 'global' WHERE id = ? AND scope <> 'global'`, id); err != nil {
			return err
		}
	} else if err := db.linkFresh(ctx, tx, id, ad); err != nil {
		return err
	}
	if err := db.addUnit(ctx, tx, id, ad.unitName()); err != nil {
		return err
	}
	return recount(ctx, tx, id, 1)
}

// linkFresh records that a feed or a guild brings article id, leaving the speaker counts to
// the caller. Everyone's article needs no record: its scope says it (set when it was stored,
// or by link).
func (db *DB) linkFresh(ctx context.Context, tx *wtx, id int64, ad adder) error {
	var err error
	switch {
	case ad.feedID != 0:
		_, err = tx.ExecContext(ctx, `INSERT INTO feed_items (feed_id, guid, article_id, seen_at) VALUES (?, ?, ?, ?)`,
			ad.feedID, ad.guid, id, db.now())
	case ad.guildID != "":
		_, err = tx.ExecContext(ctx, `INSERT INTO article_guilds (article_id, guild_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, id, ad.guildID)
	}
	return err
}

// unitName is the unit whose speaker counts an article ad brings first counts in (see
// recount): everyone's, the guild's or the feed's.
func (ad adder) unitName() string {
	switch ad.scope() {
	case "feed":
		return "f:" + strconv.FormatInt(ad.feedID, 10)
	case "guild":
		return "g:" + ad.guildID
	}
	return "global"
}

// writeAnalysis stores an article's summary and quotes; at is the article's date,
// kept with each quote for the speaker index, and body the stored body the analysis read. It
// returns the tally of the quotes' speakers, for the counts.
func writeAnalysis(ctx context.Context, tx *wtx, id, at int64, body string, an briefing.Analysis) (tally, error) {
	var t tally
	// Only the summary's sentences are stored: they are all that is read back, and the body
	// holds the rest. On SQLite a sentence that is the body's bytes between its offsets, as
	// every one is, is stored without its text (see digestExpr): 30 MiB less at 100,000
	// articles. PostgreSQL keeps the text (see its migration 0008_texts_in_rows).
	lean := tx.engine == SQLite
	for _, i := range an.Summary {
		s := an.Sentences[i]
		text := s.Text
		if lean && slice(body, s.Start, s.End) == text {
			text = ""
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO sentences (article_id, idx, para, start_byte, end_byte, text, in_summary)
			VALUES (?, ?, ?, ?, ?, ?, 1)`, id, i, s.Para, s.Start, s.End, text); err != nil {
			return t, err
		}
	}
	// A quote too is stored without its text (on SQLite) when the body holds it between its
	// offsets.
	for rank, q := range an.Quotes {
		sid, err := speakerFor(ctx, tx, q.Speaker)
		if err != nil {
			return t, fmt.Errorf("speaker %q: %w", q.Speaker, err)
		}
		text := q.Text
		if lean && slice(body, q.Start, q.End) == text {
			text = ""
		}
		qid, err := tx.insert(ctx, `INSERT INTO quotes
			(article_id, speaker_id, speaker_as, text, start_byte, end_byte, rank, partial, at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, sid, q.Speaker, text, q.Start, q.End, rank, q.Partial, at)
		if err != nil {
			return t, err
		}
		if sid.Valid {
			t.add(listed{speaker: sid.Int64, at: at, article: id, start: int64(q.Start), id: qid}, tx.keyOf(q.Speaker).Display)
		}
	}
	if tx.engine == Postgres { // SQLite computes digests as it reads them
		if err := fillDigests(ctx, tx, `a.id = ?`, id); err != nil {
			return t, err
		}
	}
	return t, nil
}

// visible is the SQL condition that an article (alias a) may be seen in a guild: a global
// article, one the guild added itself, or one a feed the guild follows carried (also when
// another guild had added the same story first). It takes the guild ID twice (see guildArgs).
//
// Both tests must check each article by index, the cost of a read whatever the database
// holds. PostgreSQL may instead hash the whole table an EXISTS reads, once a read, when it can
// take the test apart: written plainly, the pastes' test hashed every guild's pastes (a /brief
// at 114,000 pastes: 9-13 ms against 0.6 ms) and the feeds' test every item of every feed (at
// 90,000 feed articles: 27 ms against 1.3 ms). It cannot take apart a test with an OFFSET, nor
// one whose link to the article lies in a test nested in it: the pastes' test has the first,
// the feeds' test goes from the guild's feeds to the article's items.
const visible = `(a.scope = 'global'
	OR EXISTS (SELECT 1 FROM article_guilds ag WHERE ag.article_id = a.id AND ag.guild_id = ? LIMIT 1 OFFSET 0)
	OR EXISTS (SELECT 1 FROM guild_feeds gf WHERE gf.guild_id = ?
		AND EXISTS (SELECT 1 FROM feed_items fi WHERE fi.feed_id = gf.feed_id AND fi.article_id = a.id)))`

// Article returns one stored article with its summary and key quote.
func (db *DB) Article(ctx context.Context, id int64, guildID string) (Article, error) {
	arts, err := db.articles(ctx, guildID, `WHERE a.id = ? AND `+visible, id, guildID, guildID)
	if err != nil {
		return Article{}, fmt.Errorf("article %d: %w", id, err)
	}
	if len(arts) == 0 {
		return Article{}, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	return arts[0], nil
}

// ArticlesSince returns the articles added at or after since that guildID may see, newest
// first, at most limit.
func (db *DB) ArticlesSince(ctx context.Context, since time.Time, guildID string, limit int) ([]Article, error) {
	arts, err := db.articles(ctx, guildID, `WHERE a.added_at >= ? AND `+visible+` ORDER BY a.added_at DESC, a.id DESC LIMIT ?`,
		since.UTC().Unix(), guildID, guildID, limit)
	if err != nil {
		return nil, fmt.Errorf("articles since %s: %w", since.Format(time.RFC3339), err)
	}
	return arts, nil
}

// articles loads articles chosen by the SQL tail (joins, WHERE, ORDER, LIMIT), each with its
// summary, key quote and the feeds of guildID that carried it.
func (db *DB) articles(ctx context.Context, guildID, tail string, args ...any) ([]Article, error) {
	return db.articlesIn(ctx, db.reads, guildID, tail, args...)
}

// articlesIn is articles with the articles read through q.
func (db *DB) articlesIn(ctx context.Context, q queryer, guildID, tail string, args ...any) ([]Article, error) {
	return queryAll(ctx, q, scanArticle, `SELECT `+articleColumns(db.Engine())+` FROM articles a `+tail, append([]any{guildID}, args...)...)
}

// articleColumns are the columns of an article (alias a) that scanArticle reads: its own,
// then its digest and the feeds that carried it (see digests.go), which take the id of the
// guild asking once, before the arguments of the rest of the statement.
func articleColumns(e Engine) string {
	return `a.id, a.title, a.url, a.source, CASE a.scope WHEN 'global' THEN '' ELSE a.guild_id END,
	a.published_at, a.added_at, a.analyser_version, COALESCE(a.story_id, 0), ` + digestColumn(e) + `, ` + carriersExpr(e)
}

// scanArticle reads an article's columns (articleColumns) with what a briefing shows of it.
func scanArticle(sc scanner) (Article, error) {
	var a Article
	var published sql.NullInt64
	var added int64
	var digest, carriers sql.NullString
	err := sc.Scan(&a.ID, &a.Title, &a.URL, &a.Source, &a.GuildID, &published, &added, &a.AnalyserVersion, &a.StoryID, &digest, &carriers)
	if err != nil {
		return a, err
	}
	if published.Valid {
		a.Published = time.Unix(published.Int64, 0).UTC()
	}
	a.Added = time.Unix(added, 0).UTC()
	return a, a.applyDigest(digest, carriers)
}

// bytesOf is SQL for the text between two byte offsets (start counts from 0, end is not
// included) of a text column: a summary sentence or a quote stored as offsets into its body.
func (db *DB) bytesOf(col, start, end string) string { return bytesOf(db.Engine(), col, start, end) }

// bytesOf is SQL for the text between two byte offsets of a text column, in e's spelling.
func bytesOf(e Engine, col, start, end string) string {
	if e == Postgres {
		return fmt.Sprintf("convert_from(substring(convert_to(%s, 'UTF8') from %s + 1 for %s - %s), 'UTF8')", col, start, end, start)
	}
	return fmt.Sprintf("CAST(substr(CAST(%s AS BLOB), %s + 1, %s - %s) AS TEXT)", col, start, end, start)
}

// slice is s[start:end], or "" when those offsets are not inside s.
func slice(s string, start, end int) string {
	if start < 0 || start > end || end > len(s) {
		return ""
	}
	return s[start:end]
}

// Part is what one part of the database holds, in bytes of its content (without the
// b-tree overhead SQLite adds).
type Part struct {
	Name  string
	Bytes int64
}

// Usage says what the parts of the database hold: the article texts, the sentences, the
// full-text index, the quotes (with their lists by unit), the speakers and their indexes, the
// near-copy sketches, the stories and, on SQLite, the free pages (see Trim).
func (db *DB) Usage(ctx context.Context) ([]Part, error) {
	var out []Part
	parts := []struct{ name, query string }{
		{"article bodies", `SELECT total(length(CAST(body AS BLOB)) + length(CAST(title AS BLOB))) FROM articles`},
		{"sentences", `SELECT total(length(CAST(text AS BLOB)) + 24) FROM sentences`},
		{"full-text index", `SELECT (SELECT total(length(block)) FROM articles_fts_segments) + (SELECT total(length(block)) FROM article_titles_segments)`},
		{"quotes", `SELECT (SELECT total(length(CAST(text AS BLOB)) + length(CAST(speaker_as AS BLOB)) + 32) FROM quotes) +
			(SELECT total(length(unit) + 24) FROM quote_units)`},
		{"speakers", `SELECT (SELECT total(length(name) + 24) FROM speaker_units) + (SELECT total(length(word) + 16) FROM speaker_words) +
			(SELECT total(length(gram) + length(word)) FROM word_grams) + (SELECT total(length(alias) + 8) FROM speaker_aliases)`},
		{"sketches", `SELECT total(length(sketch) + 16) FROM article_sketches`},
		{"stories", `SELECT (SELECT count(*) * 24 FROM stories) + (SELECT total(length(profile) + 24) FROM story_profiles)`},
		{"free pages", `SELECT freelist_count * page_size FROM pragma_freelist_count(), pragma_page_size()`}, // see Trim
	}
	if db.Engine() == Postgres { // on disk, with indexes; the articles' row holds its search vector
		parts = []struct{ name, query string }{
			{"article bodies", `SELECT pg_table_size('articles')`},
			{"sentences", `SELECT pg_total_relation_size('sentences')`},
			{"digests", `SELECT pg_total_relation_size('article_digests')`},
			{"full-text index", `SELECT pg_relation_size('articles_search')`},
			{"quotes", `SELECT pg_total_relation_size('quotes') + pg_total_relation_size('quote_units')`},
			{"speakers", `SELECT pg_total_relation_size('speakers') + pg_total_relation_size('speaker_units') +
				pg_total_relation_size('speaker_words') + pg_total_relation_size('word_grams') + pg_total_relation_size('speaker_aliases')`},
			{"sketches", `SELECT pg_total_relation_size('article_sketches')`},
			{"stories", `SELECT pg_total_relation_size('stories') + pg_total_relation_size('story_profiles')`},
		}
	}
	for _, p := range parts {
		var n float64
		if err := db.db.QueryRowContext(ctx, p.query).Scan(&n); err != nil {
			return nil, fmt.Errorf("size of %s: %w", p.name, err)
		}
		out = append(out, Part{p.name, int64(n)})
	}
	return out, nil
}

// Size is the database's size: SQLite's pages, those only in the write-ahead log so far
// included (the file alone said 0.0 MiB for a database of 2,000 articles, all of them still in
// the log), or the PostgreSQL database.
func (db *DB) Size(ctx context.Context) (int64, error) {
	var n int64
	query := `SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()`
	if db.Engine() == Postgres {
		query = `SELECT pg_database_size(current_database())`
	}
	if err := db.db.QueryRowContext(ctx, query).Scan(&n); err != nil {
		return 0, fmt.Errorf("database size: %w", err)
	}
	return n, nil
}

// Stats counts what the database holds.
type Stats struct {
	Articles, Quotes, Speakers int
}

// Stats counts articles, quotes and speakers.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	err := db.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes),
		(SELECT count(*) FROM speakers)`).Scan(&s.Articles, &s.Quotes, &s.Speakers)
	if err != nil {
		return s, fmt.Errorf("count rows: %w", err)
	}
	return s, nil
}

// Stale lists the IDs of articles analysed by an analyser older than version (all articles
// when version is 0), oldest first.
func (db *DB) Stale(ctx context.Context, version int) ([]int64, error) {
	out, err := queryAll(ctx, db.db, scanInt64, `SELECT id FROM articles WHERE ? = 0 OR analyser_version < ? ORDER BY id`, version, version)
	if err != nil {
		return nil, fmt.Errorf("stale articles: %w", err)
	}
	return out, nil
}

// storedVersion is the analyser version stored with an analysis of a: its own, or 0 for one
// that failed in part (see briefing.StageError), which is logged, with its stack, and analysed
// again by the next re-analysis (`briefbot run` at start, `briefbot reanalyze`).
func (db *DB) storedVersion(a briefing.Article, an briefing.Analysis) int {
	if an.Err == nil {
		return an.Version
	}
	var stack string
	if se, ok := errors.AsType[*briefing.StageError](an.Err); ok {
		stack = se.Stack
	}
	db.Logger.Error("an article's analysis failed in part: it is stored without what that stage finds, and analysed again at the next start",
		"title", a.Title, "source", a.Source, "url", a.URL, "err", an.Err, "stack", stack)
	return 0
}

// Reanalyze runs analyze over a stored article and replaces its sentences, summary and quotes
// with the result, in one transaction.
func (db *DB) Reanalyze(ctx context.Context, id int64, analyze func(briefing.Article) briefing.Analysis) error {
	_, err := db.ReanalyzeStale(ctx, id, 0, analyze)
	return err
}

// ReanalyzeStale is Reanalyze for an article whose analyser is older than version (any, for 0):
// it reports false, doing nothing, when the article is analysed by version already. The check
// and the write are one transaction under the write lock, so processes that go through the
// same stale list at once analyse each article once between them, and an article whose
// transaction a crash cut off stays stale for the next run.
func (db *DB) ReanalyzeStale(ctx context.Context, id int64, version int, analyze func(briefing.Article) briefing.Analysis) (bool, error) {
	done := false
	err := db.inTx(ctx, func(tx *wtx) error {
		var a briefing.Article
		var at int64
		var scope string
		var story sql.NullInt64
		var current int
		if err := tx.QueryRowContext(ctx, `SELECT title, body, url, source, COALESCE(published_at, added_at), scope, story_id, analyser_version
			FROM articles WHERE id = ?`, id).Scan(&a.Title, &a.Body, &a.URL, &a.Source, &at, &scope, &story, &current); err != nil {
			return err
		}
		if version > 0 && current >= version {
			return nil
		}
		done = true
		an := analyze(a)
		if err := recount(ctx, tx, id, -1); err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM sentences WHERE article_id = ?`, `DELETE FROM quotes WHERE article_id = ?`} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET analyser_version = ? WHERE id = ?`, db.storedVersion(a, an), id); err != nil {
			return err
		}
		if _, err := writeAnalysis(ctx, tx, id, at, a.Body, an); err != nil {
			return err
		}
		if !story.Valid { // stored before stories: it joins one now, in the order articles came
			ad, err := adderOf(ctx, tx, id, scope)
			if err != nil {
				return err
			}
			sid, err := db.storyFor(ctx, tx, at, an.Story, ad)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = ? WHERE id = ?`, sid, id); err != nil {
				return err
			}
			if ad.scope() != "guild" {
				if err := db.keepProfile(ctx, tx, id, sid, ad.unit(), at, an.Story); err != nil {
					return err
				}
			}
		}
		return recount(ctx, tx, id, 1)
	})
	if err != nil {
		return false, fmt.Errorf("reanalyse article %d: %w", id, err)
	}
	return done, nil
}
