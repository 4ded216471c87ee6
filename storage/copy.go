package storage

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// copyTables are the tables a copy carries, parents before children. SQLite's full-text
// tables and their state are left out: the other engine indexes the articles itself.
var copyTables = []string{
	"stories", "articles", "sentences", "speakers", "speaker_aliases", "quotes", "speaker_units", "quote_units",
	"speaker_words", "word_grams", "feeds", "guild_feeds", "feed_items", "schedules", "deliveries",
	"article_guilds", "article_sketches", "speaker_follows", "follow_posts", "story_profiles", "unit_articles",
}

// identities are the tables whose id column numbers new rows: after a copy, numbering goes on
// after the highest id copied.
var identities = []string{"stories", "articles", "speakers", "quotes", "feeds", "schedules", "speaker_follows"}

// Copied is how many rows of one table a copy carried, and how many each side holds after it.
type Copied struct {
	Table    string
	From, To int64
}

// CopyFrom copies every row of src, with its ids, into db, which must hold no articles, feeds
// or schedules yet (a database just made, of either engine). Each table is copied in one
// transaction, in batches of rows. It returns each table's count on both sides; they match when
// the copy is whole.
func (db *DB) CopyFrom(ctx context.Context, src *DB) ([]Copied, error) {
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM feeds) +
		(SELECT count(*) FROM schedules)`).Scan(&n); err != nil {
		return nil, fmt.Errorf("copy: %w", err)
	}
	if n > 0 {
		return nil, errors.New("copy: the destination database holds data already; give an empty one")
	}
	var out []Copied
	for _, table := range copyTables {
		if err := db.copyTable(ctx, src, table); err != nil {
			return out, fmt.Errorf("copy %s: %w", table, err)
		}
		c := Copied{Table: table}
		q := `SELECT count(*) FROM ` + table
		if err := src.db.QueryRowContext(ctx, q).Scan(&c.From); err != nil {
			return out, err
		}
		if err := db.db.QueryRowContext(ctx, q).Scan(&c.To); err != nil {
			return out, err
		}
		out = append(out, c)
	}
	if db.Engine() == Postgres {
		// Rows SQLite stored without their text get it, as PostgreSQL keeps it.
		fill, err := migrations.ReadFile(textsInRows)
		if err == nil {
			_, err = db.db.ExecContext(ctx, string(fill))
		}
		if err != nil {
			return out, fmt.Errorf("copy: texts of sentences and quotes: %w", err)
		}
		if err := fillDigests(ctx, db.db, `TRUE`); err != nil {
			return out, fmt.Errorf("copy: %w", err)
		}
		for _, table := range identities {
			if _, err := db.db.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence('`+table+`', 'id'),
				COALESCE((SELECT max(id) FROM `+table+`), 0) + 1, false)`); err != nil {
				return out, fmt.Errorf("copy: number %s after the copied ids: %w", table, err)
			}
		}
	}
	if db.Engine() == SQLite {
		// The full-text indexes, from the copied articles and their units, and their merges as
		// migration 0022 set them, which a rebuild forgets.
		for _, table := range []string{"articles_fts", "article_titles"} {
			for _, cmd := range []string{"rebuild", ftsAutomerge} {
				if _, err := db.db.ExecContext(ctx, `INSERT INTO `+table+` (`+table+`) VALUES (?)`, cmd); err != nil {
					return out, fmt.Errorf("copy: index the articles (%s, %s): %w", table, cmd, err)
				}
			}
		}
	}
	db.stories.mu.Lock()
	db.stories.index = nil // loaded again from the copied profiles
	db.stories.mu.Unlock()
	db.near.mu.Lock()
	db.near.built = false // and from the copied sketches
	db.near.mu.Unlock()
	return out, nil
}

// ftsAutomerge is the full-text indexes' merge setting (migration 0022).
const ftsAutomerge = "automerge=8"

// copyBatch is how many rows one INSERT carries: well under both engines' parameter limits.
const copyBatch = 200

// derived are the columns PostgreSQL computes from an article's row (its search vectors):
// neither copied into it nor kept by SQLite.
var derived = map[string]bool{"search": true, "title_search": true}

// columnsOf lists a table's columns.
func columnsOf(ctx context.Context, db *DB, table string) ([]string, error) {
	head, err := db.db.QueryContext(ctx, `SELECT * FROM `+table+` LIMIT 0`)
	if err != nil {
		return nil, err
	}
	defer head.Close()
	return head.Columns()
}

func (db *DB) copyTable(ctx context.Context, src *DB, table string) error {
	all, err := columnsOf(ctx, src, table)
	if err != nil {
		return err
	}
	kept, err := columnsOf(ctx, db, table)
	if err != nil {
		return err
	}
	var cols []string
	for _, c := range all {
		switch {
		case table == "articles" && derived[c]:
		case slices.Contains(kept, c):
			cols = append(cols, c)
		default:
			return fmt.Errorf("column %s has no place in the copy", c)
		}
	}
	rows, err := src.db.QueryContext(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM `+table)
	if err != nil {
		return err
	}
	defer rows.Close()
	return db.inTx(ctx, func(tx *wtx) error {
		one := "(?" + strings.Repeat(", ?", len(cols)-1) + ")"
		var batch []any
		flush := func() error {
			if len(batch) == 0 {
				return nil
			}
			k := len(batch) / len(cols)
			_, err := tx.Tx.ExecContext(ctx, pgText(tx.engine, `INSERT INTO `+table+` (`+strings.Join(cols, ", ")+`) VALUES `+
				one+strings.Repeat(", "+one, k-1)), batch...)
			batch = batch[:0]
			return err
		}
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				return err
			}
			batch = append(batch, vals...)
			if len(batch)/len(cols) >= copyBatch {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		return flush()
	})
}
