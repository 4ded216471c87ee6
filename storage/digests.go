package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/briefbot/briefbot/briefing/ingest"
	"github.com/briefbot/briefbot/briefing/speakers"
)

// An article's digest is what a briefing shows of it besides its own columns: its summary
// lines and its key quote, as one JSON value, [["line", ...], [quote id, text, speaker as
// written, speaker id] or null]. Every read of articles takes it in the same statement
// (articleColumns), with the feeds that carried it, so a page of articles is one statement:
// on PostgreSQL one round trip instead of two (a page's articles, then its summaries, quotes
// and feeds side by side): for /brief's 50 articles at 100,000, 0.5-0.8 ms of server time
// instead of about 1.3 ms, and storage p50 1.2 ms instead of 1.7-2.4 ms.
//
// SQLite computes the digest as it reads, from the summary's sentences and the key quote (its
// own reads, no round trips). PostgreSQL stores it (article_digests, migration 0010), written
// with the analysis: built on the fly, the digests of /brief's 50 articles cost 0.55 ms of
// server time more than the articles alone; read from their rows, 0.1 ms.

// jsonFuncs are the engine's names of the SQL functions that build a JSON array of their
// arguments and of the values of a group.
func jsonFuncs(e Engine) (arr, agg string) {
	if e == Postgres {
		return "json_build_array", "json_agg"
	}
	return "json_array", "json_group_array"
}

// digestExpr is SQL for the digest of the article a, in the engine's spelling.
func digestExpr(e Engine) string {
	arr, agg := jsonFuncs(e)
	lines := `(SELECT ` + agg + `(CASE WHEN s.text = '' THEN ` + bytesOf(e, "a.body", "s.start_byte", "s.end_byte") + ` ELSE s.text END ORDER BY s.idx)
		FROM sentences s WHERE s.article_id = a.id AND s.in_summary = 1)`
	quote := `(SELECT ` + arr + `(q.id, CASE WHEN q.text = '' THEN ` + bytesOf(e, "a.body", "q.start_byte", "q.end_byte") + ` ELSE q.text END,
			q.speaker_as, COALESCE(q.speaker_id, 0))
		FROM quotes q WHERE q.article_id = a.id AND q.rank = 0 ORDER BY q.id LIMIT 1)`
	if e == Postgres {
		return `CAST(json_build_array(COALESCE(` + lines + `, '[]'), ` + quote + `) AS TEXT)`
	}
	// json() keeps each part a JSON value inside the array, not a string holding one.
	return `json_array(json(` + lines + `), json(` + quote + `))`
}

// carriersExpr is SQL for the feeds that carried the article a, first seen first, as JSON
// [[title, 1 when the guild follows the feed, else 0], ...], or NULL (SQLite: []) when none.
// It takes the guild's id once.
func carriersExpr(e Engine) string {
	arr, agg := jsonFuncs(e)
	return `(SELECT CAST(` + agg + `(` + arr + `(f.title, CASE WHEN EXISTS (SELECT 1 FROM guild_feeds gf WHERE gf.feed_id = f.id AND gf.guild_id = ?)
			THEN 1 ELSE 0 END) ORDER BY fi.seen_at, f.id) AS TEXT)
		FROM feed_items fi JOIN feeds f ON f.id = fi.feed_id WHERE fi.article_id = a.id)`
}

// digestColumn is the digest as a read selects it: PostgreSQL's stored one, SQLite's computed.
func digestColumn(e Engine) string {
	if e == Postgres {
		return `(SELECT d.digest FROM article_digests d WHERE d.article_id = a.id)`
	}
	return digestExpr(e)
}

// fillDigests stores the digests of the articles cond picks (SQL on the alias a, with args),
// replacing those they had: after an analysis, by the migration that adds them, and after a
// copy from SQLite. Only PostgreSQL stores them.
func fillDigests(ctx context.Context, q interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}, cond string, args ...any) error {
	_, err := q.ExecContext(ctx, `INSERT INTO article_digests (article_id, digest)
		SELECT a.id, `+digestExpr(Postgres)+` FROM articles a WHERE `+cond+`
		ON CONFLICT (article_id) DO UPDATE SET digest = excluded.digest`, args...)
	if err != nil {
		return fmt.Errorf("article digests: %w", err)
	}
	return nil
}

// fillAllDigests is the backfill of the migration that adds digests.
func fillAllDigests(ctx context.Context, tx *wtx) error { return fillDigests(ctx, tx, `TRUE`) }

// readKeyQuote reads a digest's key quote, [id, text, speaker as written, speaker id], or null
// (nil).
func (a *Article) readKeyQuote(r *jsonList) *Quote {
	q := Quote{ArticleID: a.ID, ArticleTitle: a.Title, ArticleURL: a.URL, When: a.When()}
	fields := 0
	r.each(func() {
		switch fields++; fields {
		case 1:
			q.ID = r.int()
		case 2:
			q.Text = r.str()
		case 3:
			q.Speaker = speakers.Of(r.str()).Display
		case 4:
			q.SpeakerID = r.int()
		default:
			r.fail()
		}
	})
	if fields != 4 {
		return nil
	}
	return &q
}

// applyDigest sets what a briefing shows of a: its summary and key quote from its digest, and
// its feeds from carriers (see the two expressions). A feed another guild follows is never
// named: when it is the article's source, the source shown is the link's host.
func (a *Article) applyDigest(digest, carriers sql.NullString) error {
	a.Summary, a.KeyQuote, a.Feeds = nil, nil, nil
	if digest.Valid {
		r := jsonList{b: digest.String}
		part := 0
		r.each(func() {
			switch part++; part {
			case 1:
				r.each(func() { a.Summary = append(a.Summary, r.str()) })
			case 2:
				a.KeyQuote = a.readKeyQuote(&r)
			default:
				r.fail()
			}
		})
		if r.end(); r.err != nil {
			return fmt.Errorf("digest of article %d: %w", a.ID, r.err)
		}
	}
	foreign := false
	if carriers.Valid {
		r := jsonList{b: carriers.String}
		r.each(func() {
			var title string
			var own int64
			k := 0
			r.each(func() {
				switch k++; k {
				case 1:
					title = r.str()
				case 2:
					own = r.int()
				default:
					r.fail()
				}
			})
			switch {
			case own == 1:
				a.Feeds = append(a.Feeds, title)
			case title == a.Source:
				foreign = true
			}
		})
		if r.end(); r.err != nil {
			return fmt.Errorf("feeds of article %d: %w", a.ID, r.err)
		}
	}
	switch {
	case len(a.Feeds) > 0:
		a.Source = a.Feeds[0] // the guild's own feed is the source it knows
	case foreign:
		a.Source = ingest.Host(a.URL) // never another guild's feed's name
	}
	return nil
}
