// Package storage keeps briefbot's articles, analyses, quotes and speakers in SQLite. It is the
// only package that speaks SQL. Every write happens in one immediate transaction, so a failed
// ingest leaves nothing half-written, and schema changes are embedded migrations applied once
// each, in order.
package storage

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"github.com/briefbot/briefbot/briefing/stories"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"sort"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // the database/sql driver "sqlite3"
)

//go:embed migrations/*.sql
var migrations embed.FS

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("not found")

// DB is an open briefbot database.
type DB struct {
	db     *sql.DB
	path   string
	Now    func() time.Time // the clock; tests pin it
	Logger *slog.Logger

	recentArticles int64 // articles in one generation of the recent search index
	prefixCap      int   // speakers one autocomplete prefix range reads

	StoryParams stories.Params // how articles are matched to stories; set before the first write
	stories     storyState
}

// Open opens (creating if needed) the database at path and brings its schema up to date.
// The connection runs in WAL mode with foreign keys, a busy timeout and immediate
// transactions, which held under concurrent writers where deferred ones failed.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("open database: no path")
	}
	sqldb, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	db := &DB{db: sqldb, path: path, Now: time.Now, Logger: slog.Default(),
		recentArticles: recentArticles, prefixCap: maxPrefixMatches, StoryParams: stories.DefaultParams}
	if err := sqldb.PingContext(ctx); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := db.migrate(ctx); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("migrate database %s: %w", path, err)
	}
	return db, nil
}

// dsn builds the go-sqlite3 connection string for a file path.
func dsn(path string) string {
	p := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "5000")
	q.Set("_txlock", "immediate")
	q.Set("_foreign_keys", "1")
	q.Set("_synchronous", "NORMAL")
	return "file:" + p + "?" + q.Encode()
}

// Backup writes a consistent copy of the database to path while it stays in use (SQLite's
// VACUUM INTO: one read transaction, so writers go on and the copy is of one moment). The copy
// is compact and a database file of its own: restoring is putting it in place of the old one
// while the bot is stopped. path must not exist yet.
func (db *DB) Backup(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("back up to %s: the file exists; name a new one", path)
	}
	if _, err := db.db.ExecContext(ctx, `VACUUM INTO ?`, path); err != nil {
		return fmt.Errorf("back up to %s: %w", path, err)
	}
	return nil
}

// Writable checks that the database takes writes: it begins an immediate transaction (which
// takes the write lock) and rolls it back.
func (db *DB) Writable(ctx context.Context) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("database not writable: %w", err)
	}
	return tx.Rollback()
}

// Close closes the database.
func (db *DB) Close() error { return db.db.Close() }

// Path is the file the database lives in.
func (db *DB) Path() string { return db.path }

func (db *DB) now() int64 { return db.Now().UTC().Unix() }

// migrate applies, in name order, each embedded migration not yet recorded, each in its own
// transaction together with its record.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (
		name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateOne(ctx, name); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// backfills complete a migration with what SQL alone cannot compute, in its transaction.
var backfills = map[string]func(context.Context, *wtx) error{
	"migrations/0007_speaker_index.sql": indexAllSpeakerNames,
}

func (db *DB) migrateOne(ctx context.Context, name string) error {
	body, err := migrations.ReadFile(name)
	if err != nil {
		return err
	}
	// A migration that rebuilds a table runs with foreign keys off, as SQLite's table-rebuild
	// procedure asks: dropping the old table would otherwise delete every row that refers to it.
	// The pragma has no effect inside a transaction, so it is set on the connection first.
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	rebuild := strings.HasPrefix(string(body), "-- rebuild")
	if rebuild {
		if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
			return err
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA foreign_keys = ON`)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if fill := backfills[name]; fill != nil {
		w := &wtx{Tx: tx}
		err := fill(ctx, w)
		w.close()
		if err != nil {
			return fmt.Errorf("backfill: %w", err)
		}
	}
	if rebuild {
		bad, err := queryAll(ctx, tx, func(sc scanner) (s string, err error) {
			var table, parent string
			var rowid sql.NullInt64
			var fk int
			err = sc.Scan(&table, &rowid, &parent, &fk)
			return table + " -> " + parent, err
		}, `PRAGMA foreign_key_check`)
		if err != nil {
			return err
		}
		if len(bad) > 0 {
			return fmt.Errorf("foreign keys broken by the rebuild: %s", strings.Join(bad, ", "))
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name, applied_at) VALUES (?, ?)`, name, db.now()); err != nil {
		return err
	}
	return tx.Commit()
}

// inTx runs fn in one immediate transaction and commits it if fn succeeds.
func (db *DB) inTx(ctx context.Context, fn func(tx *wtx) error) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	w := &wtx{Tx: tx}
	defer w.close()
	defer tx.Rollback()
	if err := fn(w); err != nil {
		db.settleStories(false)
		return err
	}
	err = tx.Commit()
	db.settleStories(err == nil)
	return err
}

// wtx is a transaction that prepares each statement once: storing a batch of articles runs
// the same few dozen statements thousands of times, and preparing them each time cost a fifth
// of the writing.
type wtx struct {
	*sql.Tx
	stmts map[string]*sql.Stmt
}

func (w *wtx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := w.stmts[query]; ok {
		return s, nil
	}
	s, err := w.Tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	w.stmts[query] = s
	return s, nil
}

// ExecContext runs a prepared statement.
func (w *wtx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	s, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// QueryContext runs a prepared query.
func (w *wtx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	s, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

// QueryRowContext runs a prepared query for one row.
func (w *wtx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	s, err := w.stmt(ctx, query)
	if err != nil {
		return w.Tx.QueryRowContext(ctx, query, args...) // reports the same error when scanned
	}
	return s.QueryRowContext(ctx, args...)
}

// forget drops the prepared statements, after a schema change in the transaction.
func (w *wtx) forget() {
	w.close()
	w.stmts = nil
}

func (w *wtx) close() {
	for _, s := range w.stmts {
		s.Close()
	}
}

// scanner is a row that can be scanned: *sql.Row or *sql.Rows.
type scanner interface{ Scan(...any) error }

// queryer runs queries: the database or a transaction.
type queryer interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}

// queryAll runs query and scans every row with scan.
func queryAll[T any](ctx context.Context, q queryer, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// scanString and scanInt64 read a one-column row.
func scanString(sc scanner) (s string, err error) { err = sc.Scan(&s); return }
func scanInt64(sc scanner) (n int64, err error)   { err = sc.Scan(&n); return }
