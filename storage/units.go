// Units in the full-text index: on SQLite each article's row there holds, in a third column,
// a token for each unit whose guilds may see it (everyone's, a guild's pastes, a feed's items;
// the units of speaker_units). A search for a guild that sees a small share of the articles
// asks the index for the words and any of its units' tokens, so the index intersects the two
// and only the guild's articles are read; testing the newest matches one by one would read
// about want/share of them, a cost that grows with the database.

package storage

import (
	"context"
	"database/sql"
	"encoding/hex"
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

// countUnit counts one more article seen in unit.
func countUnit(ctx context.Context, tx *wtx, unit string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO unit_articles (unit, n) VALUES (?, 1)
		ON CONFLICT (unit) DO UPDATE SET n = n + 1`, unit)
	return err
}

// addUnit records, on SQLite, that the stored article id is now seen in unit too (another feed
// carried it, a guild pasted it, everyone's ingest brought it): its row in the full-text index
// is written again with the unit's token. Nothing is done for a unit it has already.
func (db *DB) addUnit(ctx context.Context, tx *wtx, id int64, unit string) error {
	if tx.engine != SQLite {
		return nil
	}
	tok := unitToken(unit)
	var title, body, units string
	if err := tx.QueryRowContext(ctx, `SELECT title, body, units FROM articles WHERE id = ?`, id).Scan(&title, &body, &units); err != nil {
		return err
	}
	for _, t := range strings.Fields(units) {
		if t == tok {
			return nil
		}
	}
	// An external-content index forgets a row by reading what it held from the articles:
	// before the row changes.
	if _, err := tx.ExecContext(ctx, `DELETE FROM articles_fts WHERE docid = ?`, id); err != nil {
		return err
	}
	units = strings.TrimSpace(units + " " + tok)
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET units = ? WHERE id = ?`, units, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (docid, title, body, units) VALUES (?, ?, ?, ?)`,
		id, title, body, units); err != nil {
		return err
	}
	return countUnit(ctx, tx, unit)
}

// Costs of the two ways to find a guild's newest matches, in microseconds, measured on SQLite
// at 100,000 articles in 20 feeds (see byUnits): testing one match of the index (its article
// row and the visibility test), and reading one article id of the units' lists.
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

// unitsFilter returns the full-text query that keeps the articles of the units guildID sees,
// when reading them is cheaper than testing matches (see byUnits), else "". none is true when
// the guild sees no article at all.
func (db *DB) unitsFilter(ctx context.Context, guildID string, want int) (filter string, none bool, err error) {
	type count struct {
		unit     string
		n, total int
	}
	// The guild's units' counts, each row with the articles' number (the newest id) beside it:
	// one read.
	counts, err := queryAll(ctx, db.db, func(sc scanner) (c count, err error) { err = sc.Scan(&c.unit, &c.n, &c.total); return },
		`WITH `+unitsOf+` SELECT u.unit, COALESCE(ua.n, 0), (SELECT COALESCE(max(id), 0) FROM articles)
		FROM u LEFT JOIN unit_articles ua ON ua.unit = u.unit`, sql.Named("guild", guildID))
	if err != nil {
		return "", false, err
	}
	total := 0
	if len(counts) > 0 {
		total = counts[0].total
	}
	visible := 0
	var terms []string
	for _, c := range counts {
		if c.n > 0 {
			visible += c.n
			terms = append(terms, "units:"+unitToken(c.unit))
		}
	}
	choose := byUnits
	if db.searchBy != nil {
		choose = db.searchBy
	}
	if !choose(visible, total, want) {
		return "", false, nil
	}
	if len(terms) == 0 {
		return "", true, nil
	}
	return "(" + strings.Join(terms, " OR ") + ")", false, nil
}
