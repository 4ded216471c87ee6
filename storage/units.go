// Units in the full-text index: each article keeps (articles.units) a token for each unit
// whose guilds may see it (everyone's, a guild's pastes, a feed's items; the units of
// speaker_units), which SQLite's index holds in a third column and PostgreSQL's word index as
// lexemes of its vector (pgWords). A search for a guild that sees a small share of the articles
// asks the index for the words and any of its units' tokens, so the index intersects the two
// and only the guild's articles are read; testing the newest matches one by one would read
// about want/share of them, a cost that grows with the database.

package storage

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// unitToken is the full-text token of a unit ("global", "g:<guild id>", "f:<feed id>"): a
// spelling no text of an article holds, with a digit, so that the porter tokenizer keeps it
// as it is. A guild id is spelt in hex, whatever characters it has. Migration 0018 spells them
// the same way in SQL.
func unitToken(unit string) string {
	switch {
	case unit == "global":
		return "xunit0"
	case strings.HasPrefix(unit, "g:"):
		return "xunit1g" + hex.EncodeToString([]byte(unit[2:]))
	case strings.HasPrefix(unit, "f:"):
		return "xunit2f" + unit[2:]
	}
	return ""
}

// unitWord reports whether a word of a query is spelt as a unit's token: it is not searched
// for, or a search for it would find every article of the unit.
func unitWord(w string) bool { return strings.HasPrefix(w, "xunit") }

// countUnit counts one more article seen in unit. The counts are written when the transaction
// ends (writeUnitCounts): a batch of articles from one unit is one row written, not one each.
func (tx *wtx) countUnit(unit string) {
	if tx.unitCounts == nil {
		tx.unitCounts = map[string]int64{}
	}
	tx.unitCounts[unit]++
}

// writeUnitCounts adds the articles countUnit counted in the transaction to the units' counts,
// in the order of their names.
func (tx *wtx) writeUnitCounts(ctx context.Context) error {
	units := slices.Sorted(maps.Keys(tx.unitCounts))
	for _, unit := range units {
		if _, err := tx.ExecContext(ctx, `INSERT INTO unit_articles (unit, n) VALUES (?, ?)
			ON CONFLICT (unit) DO UPDATE SET n = unit_articles.n + excluded.n`, unit, tx.unitCounts[unit]); err != nil {
			return fmt.Errorf("count articles of %s: %w", unit, err)
		}
	}
	tx.unitCounts = nil
	return nil
}

// addUnit records that the stored article id is now seen in unit too (another feed carried
// it, a guild pasted it, everyone's ingest brought it): its units gain the unit's token, and
// with them its entry in the word index (on PostgreSQL the index's expression reads the
// column; on SQLite the full-text row is written again). Nothing is done for a unit it has
// already.
func (db *DB) addUnit(ctx context.Context, tx *wtx, id int64, unit string) error {
	tok := unitToken(unit)
	var units string
	if err := tx.QueryRowContext(ctx, `SELECT units FROM articles WHERE id = ?`, id).Scan(&units); err != nil {
		return err
	}
	for _, t := range strings.Fields(units) {
		if t == tok {
			return nil
		}
	}
	if tx.engine == SQLite {
		// An external-content index forgets a row by reading what it held from its content (the
		// view article_words, migration 0021): before the row changes, and once the row is in it
		// (an article stored earlier in this transaction waits for its end).
		if err := tx.writeFullText(ctx); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM articles_fts WHERE docid = ?`, id); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET units = ? WHERE id = ?`, strings.TrimSpace(units+" "+tok), id); err != nil {
		return err
	}
	if tx.engine == SQLite {
		// The row's values, not INSERT ... SELECT: a statement that may write several rows
		// makes FTS4 write out the terms it holds for the transaction as a segment (see
		// tally.list).
		var title, body, now string
		if err := tx.QueryRowContext(ctx, `SELECT title, body, units FROM article_words WHERE rowid = ?`, id).Scan(&title, &body, &now); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (docid, title, body, units) VALUES (?, ?, ?, ?)`,
			id, title, body, now); err != nil {
			return err
		}
	}
	tx.countUnit(unit)
	return nil
}

// Costs of the two ways to find a guild's newest matches, in microseconds, measured on SQLite
// at 100,000 articles in 20 feeds (see byUnits): testing one match of the index (its article
// row and the visibility test), and reading one article id of the units' lists. PostgreSQL's
// crossover, measured at 20,000 articles in 20 feeds, lies where these put it: units won at
// 50% of the articles (the rule's choice there) and lost at 100%.
const (
	testCost = 8.0
	readCost = 0.15
)

// byUnits reports whether a search for want matches, by a guild that sees visible of the
// total articles, should read its units' lists (a cost that grows with visible) rather than
// test the newest matches one by one (at worst want·total/visible of them, for a word every
// article holds; a rarer word costs less, but how rare is not known beforehand).
func byUnits(visible, total, want int) bool {
	if visible <= 0 || total <= 0 {
		return visible <= 0 && total > 0
	}
	return float64(visible)*readCost < float64(want)*float64(total)/float64(visible)*testCost
}

// guildUnits is what a search knows of the units a guild sees: the tokens of those that hold
// articles, how many articles they hold together (an article in two of them counts twice), and
// how many articles there are (the newest id).
type guildUnits struct {
	tokens         []string
	visible, total int
}

// unitsSeen reads the units guildID sees, with their counts, in one statement.
func (db *DB) unitsSeen(ctx context.Context, guildID string) (guildUnits, error) {
	type count struct {
		unit     string
		n, total int
	}
	// Each count's row carries the articles' number beside it.
	counts, err := queryAll(ctx, db.db, func(sc scanner) (c count, err error) { err = sc.Scan(&c.unit, &c.n, &c.total); return },
		`WITH `+unitsOf+` SELECT u.unit, COALESCE(ua.n, 0), (SELECT COALESCE(max(id), 0) FROM articles)
		FROM u LEFT JOIN unit_articles ua ON ua.unit = u.unit`, sql.Named("guild", guildID))
	if err != nil {
		return guildUnits{}, fmt.Errorf("units of guild %q: %w", guildID, err)
	}
	var g guildUnits
	for _, c := range counts {
		g.total = c.total
		if c.n > 0 {
			g.visible += c.n
			g.tokens = append(g.tokens, unitToken(c.unit))
		}
	}
	return g, nil
}

// share is about the share of the articles the guild sees, at most 1 (and 1 when there are none).
func (g guildUnits) share() float64 {
	if g.total <= 0 {
		return 1
	}
	return min(float64(g.visible)/float64(g.total), 1)
}

// byUnits reports whether a search for want matches should ask for the guild's units (see
// the function byUnits), as db.searchBy may decide instead in tests.
func (db *DB) byUnits(g guildUnits, want int) bool {
	if db.searchBy != nil {
		return db.searchBy(g.visible, g.total, want)
	}
	return byUnits(g.visible, g.total, want)
}

// fts4 is the FTS4 query of articles in any of the units: its units column holds the token.
func (g guildUnits) fts4() string { return "(" + g.any("units:", " OR ") + ")" }

// tsqueryAs is the tsquery of articles in any of the units, each lexeme the token after
// prefix: "" in pgWords, "_" in pgTitles.
func (g guildUnits) tsqueryAs(prefix string) string { return g.any(prefix, " | ") }

// any joins the units' tokens, each after prefix, with the query language's or.
func (g guildUnits) any(prefix, or string) string {
	terms := make([]string, len(g.tokens))
	for i, t := range g.tokens {
		terms[i] = prefix + t
	}
	return strings.Join(terms, or)
}
