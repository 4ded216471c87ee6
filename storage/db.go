// Package storage keeps briefbot's articles, analyses, quotes and speakers in SQLite or
// PostgreSQL. It is the only package that speaks SQL, and it imports no database driver: a
// program links the one it uses by importing storage/sqlite or storage/postgres. Every write
// happens in one transaction that holds the database's write lock, so a failed ingest leaves
// nothing half-written and writers never interleave, and schema changes are embedded
// migrations applied once each, in order (one folder per engine).
package storage

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefing/speakers"
	"github.com/briefbot/briefbot/briefing/stories"
	"github.com/briefbot/briefbot/briefing/text"
)

//go:embed migrations/*.sql migrations/postgres/*.sql
var migrations embed.FS

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("not found")

// DB is an open briefbot database.
type DB struct {
	db      *handle
	fts     *handle // full-text matches: on PostgreSQL a pool that prepares no statement (see pgSource), on SQLite db
	bitmaps *handle // PostgreSQL: full-text matches read through the word's index only (see newestInWindows); SQLite: db
	lookups *handle // PostgreSQL: speaker lookups, each statement planned once (see Open); SQLite: reads
	reads   *handle // the lookups' other reads: db, or on SQLite a mapped pool (see MapReads)
	path    string
	Now     func() time.Time // the clock; tests pin it
	Logger  *slog.Logger

	prefixCap int   // speakers one autocomplete prefix range reads
	trimFloor int64 // the fewest free pages Trim gives back; trimFloor unless a test sets it
	trimmable bool  // SQLite: the file was made with auto_vacuum (see sqliteDSN)
	walPages  int   // SQLite: the pages of walBytes in this file
	nearKept  int64 // the latest sketched articles compared for a reworded copy; nearKept unless a test sets it

	StoryParams  stories.Params // how articles are matched to stories; set before the first write
	stories      storyState
	near         nearCopies
	named        namesIndexed                        // speaker names whose words the name index holds (see indexName)
	words        wordShares                          // PostgreSQL: how common each search word is (see pgwords.go)
	sparseWindow int64                               // PostgreSQL: the fewest newest ids a rare word's first read covers
	storyEarlier int                                 // how many earlier articles of one story a briefing reads
	searchBy     func(visible, total, want int) bool // SQLite: whether a search reads by unit; byUnits unless a test sets it
	unitReads    int                                 // SQLite: the most units quotesOf reads lists of; maxUnitReads unless a test sets it
}

// Option sets something of a DB as Open makes it, before it migrates the schema.
type Option func(*DB)

// WithLogger has the DB log to l (its Logger), from the migrations Open runs on.
func WithLogger(l *slog.Logger) Option { return func(db *DB) { db.Logger = l } }

// IsURL reports whether target names a PostgreSQL database (postgres:// or postgresql://)
// rather than a SQLite file.
func IsURL(target string) bool {
	return strings.HasPrefix(target, "postgres://") || strings.HasPrefix(target, "postgresql://")
}

// Open opens the database target names and brings its schema up to date: a postgres:// URL
// (the program imports storage/postgres), else a SQLite file, created if needed (the program
// imports storage/sqlite). A SQLite connection runs in WAL mode with foreign keys, a busy
// timeout and immediate transactions, which held under concurrent writers where deferred ones
// failed.
func Open(ctx context.Context, target string, opts ...Option) (*DB, error) {
	if target == "" {
		return nil, errors.New("open database: no path")
	}
	engine, driver, source, name := SQLite, SQLiteDriver, dsn(target), target
	if IsURL(target) {
		engine, driver, source, name = Postgres, "pgx", pgSource(target), RedactURL(target)
	}
	sqldb, err := sql.Open(driver, source)
	if err != nil {
		return nil, fmt.Errorf("open %s database %s (is storage/%s linked in?): %w", engine, name, strings.ToLower(engine.String()), err)
	}
	db := &DB{db: &handle{DB: sqldb, engine: engine}, path: name, Now: time.Now, Logger: slog.Default(),
		prefixCap: maxPrefixMatches, trimFloor: trimFloor, nearKept: nearKept, StoryParams: stories.DefaultParams, sparseWindow: 1000,
		storyEarlier: storyEarlier}
	db.fts, db.bitmaps, db.lookups, db.reads = db.db, db.db, db.db, db.db
	for _, opt := range opts {
		opt(db)
	}
	if engine == Postgres {
		sqldb.SetMaxOpenConns(8)
		sqldb.SetMaxIdleConns(8)
		unprepared := pgSourceWith(source, "default_query_exec_mode", "exec")
		// The bitmaps pool's sessions cannot walk an index in order, nor scan the table: what
		// is left to the planner is the word's index and the id key read as bitmaps (see
		// newestInWindows), so that is the plan whatever the word, and one plan made once per
		// statement serves every word (about 1 ms of planning saved a search at 100,000 articles).
		noWalk := source
		for _, kv := range [][2]string{{"enable_indexscan", "off"}, {"enable_seqscan", "off"}, {"plan_cache_mode", "force_generic_plan"}} {
			noWalk = pgSourceWith(noWalk, kv[0], kv[1])
		}
		// A speaker lookup's plan is the same whatever the name: the surname's key, the name
		// words' range, the speaker's quotes by index. PostgreSQL would plan each call anew,
		// because its custom plans look cheaper than the generic one: 0.5 of the 0.7 ms of a
		// /quotes lookup at 100,000 articles. So is a briefing's read (StoriesSince, with each
		// article's digest and feeds by its id). The lookups pool plans each statement once.
		generic := pgSourceWith(source, "plan_cache_mode", "force_generic_plan")
		for _, p := range []struct {
			to     **handle
			source string
		}{{&db.fts, unprepared}, {&db.bitmaps, noWalk}, {&db.lookups, generic}} {
			pool, err := sql.Open(driver, p.source)
			if err != nil {
				db.Close()
				return nil, fmt.Errorf("open %s database %s: %w", engine, name, err)
			}
			pool.SetMaxOpenConns(4)
			pool.SetMaxIdleConns(4)
			*p.to = &handle{DB: pool, engine: engine}
		}
	}
	if engine == SQLite {
		// Before the pool's first connection, which enters WAL mode.
		if err := sizePages(ctx, target); err != nil {
			db.Close()
			return nil, fmt.Errorf("create database %s: %w", name, err)
		}
	}
	if err := sqldb.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", name, err)
	}
	if engine == SQLite {
		// The file's settings, fixed when it was made (see sizePages): the migrations write through them.
		var mode, size int
		if err := sqldb.QueryRowContext(ctx, `SELECT auto_vacuum, page_size FROM pragma_auto_vacuum(), pragma_page_size()`).Scan(&mode, &size); err != nil {
			db.Close()
			return nil, fmt.Errorf("open database %s: %w", name, err)
		}
		db.trimmable = mode == 2 // incremental
		db.walPages = max(walBytes/size, 1)
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate database %s: %w", name, err)
	}
	return db, nil
}

// MapReads makes the lookups (search, briefings, quotes, autocomplete) read a SQLite database
// through a pool of connections of their own, each mapping the file into memory and taking no
// writes (the driver SQLiteReads, which storage/sqlite registers). A page read through the map is a
// memory read, where the other connections make a system call and a copy for each page their cache
// misses (2.4 µs for a page the kernel holds on this VM, 14-18 µs for one it must read). At 100,000
// articles (`briefbot bench -n 100000`, two runs alternated with the default pool, both with kept
// statements planned once and 16 MiB page caches), a one-word search's median halved (1.19-1.28 ->
// 0.58 ms) and two words' fell from 1.22-1.36 to 0.99 ms. Each page's first read in a process is a
// page fault instead, which costs more than the read: the bench's fresh process saw `/quotes` p99
// rise (0.46-0.59 -> 1.42-1.45 ms). And the resident memory the system reports counts the mapped
// pages the lookups touched (~440 MB in that bench, where ~65 MB without): the kernel's page cache
// either way, reclaimed as cache is. So it is a setting (BRIEFBOT_MAP_READS), off by default. The
// writer keeps its own connections unmapped: mapped, its merges of the full-text index read the
// whole file in. Call it once, before the lookups start; on PostgreSQL it does nothing.
func (db *DB) MapReads(ctx context.Context) error {
	if db.Engine() != SQLite || db.reads != db.db {
		return nil
	}
	if !slices.Contains(sql.Drivers(), SQLiteReads) {
		return errors.New("map reads: the SQLite reading driver is not linked in (import storage/sqlite)")
	}
	pool, err := sql.Open(SQLiteReads, readDSN(db.path))
	if err == nil {
		err = pool.PingContext(ctx)
	}
	if err != nil {
		return fmt.Errorf("map reads of %s: %w", db.path, err)
	}
	db.reads = &handle{DB: pool, engine: SQLite}
	db.lookups = db.reads
	return nil
}

// SQLiteReads is the database/sql driver of MapReads's connections, and SQLiteDriver that of a
// SQLite file's others: storage/sqlite registers both, with SetUpConn run on each connection
// they open.
const (
	SQLiteReads  = "sqlite3-reads"
	SQLiteDriver = "sqlite3-briefbot"
)

// SetUpConn runs what a new connection of driver (SQLiteDriver or SQLiteReads) needs, through
// register (go-sqlite3's RegisterFunc) and exec. Each registers the SQL functions the schema
// calls: search_text(s), what the full-text indexes are given of a title or a body
// (text.SearchText; see migration 0021), which they read again to forget an article's row. A
// reading connection then runs setUpReading.
func SetUpConn(driver string, register func(name string, impl any, pure bool) error, exec func(pragma string) error) error {
	if err := register("search_text", searchText, true); err != nil {
		return fmt.Errorf("register search_text: %w", err)
	}
	if driver == SQLiteReads {
		return setUpReading(exec)
	}
	return nil
}

// searchText is search_text: text.SearchText of a text value, and of a blob's bytes; NULL gives
// an empty text.
func searchText(v any) string {
	switch v := v.(type) {
	case string:
		return text.SearchText(v)
	case []byte:
		return text.SearchText(string(v))
	}
	return ""
}

// setUpReading runs, through exec, what a connection of SQLiteReads runs when it opens: the
// file mapped up to SQLite's own limit (0x7fff0000 bytes; pages past it are read as before),
// and no writes taken, so that a lookup that wrote by mistake fails instead of racing the
// writer.
func setUpReading(exec func(pragma string) error) error {
	for _, pragma := range []string{"PRAGMA mmap_size = 2147418112", "PRAGMA query_only = 1"} {
		if err := exec(pragma); err != nil {
			return fmt.Errorf("%s: %w", pragma, err)
		}
	}
	return nil
}

// Engine is the database the DB runs on.
func (db *DB) Engine() Engine { return db.db.engine }

// pgSource is the URL with the session settings briefbot's queries want, unless the URL sets
// them: no JIT compilation (it costs more than a lookup: a search at 5,000 articles took
// 100 ms with it and 6 ms without). pgx prepares every query, and PostgreSQL may switch a
// prepared statement to one generic plan after five runs: lookups gain the planning time
// (at 100,000 articles, speaker autocomplete p50 1.16 -> 0.40 ms, /quotes 1.54 -> 0.60 ms).
// Full-text matches must not: a generic plan cannot tell a rare search word from a common one
// and walks every article for the rare one. They run on a second pool whose statements pgx
// does not prepare (default_query_exec_mode=exec): each is planned for its own words, in the
// one round trip it takes anyway.
func pgSource(target string) string { return pgSourceWith(target, "jit", "off") }

// pgSourceWith is the URL with the setting k=v, unless it sets k.
func pgSourceWith(target, k, v string) string {
	u, err := url.Parse(target)
	if err != nil {
		return target
	}
	q := u.Query()
	if !q.Has(k) {
		q.Set(k, v)
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// RedactURL hides a URL's password, for messages.
func RedactURL(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Redacted()
	}
	return "(unreadable URL)"
}

// dsn builds the go-sqlite3 connection string for a file path.
func dsn(path string) string { return sqliteDSN(path, "immediate") }

// readDSN is dsn for MapReads's connections: their transactions begin deferred (they take no
// write lock).
func readDSN(path string) string { return sqliteDSN(path, "") }

// pageCacheKiB is the most memory (KiB) each SQLite connection keeps of the pages it read, up
// from SQLite's 2 MiB: what a lookup reads besides its own rows (the interior pages of the
// full-text index and of the tables) then stays in memory between lookups instead of being read
// from the file again. At 100,000 articles (`briefbot bench -n 100000 --rows search`, two runs
// of each size) a rare word's search p50 went 1.44-1.55 ms at 2 MiB, 1.11 at 8, 0.87-0.93 at 16,
// 0.84-0.90 at 32 and 0.83-0.85 at 64; two common words 1.93-1.99, 1.50, 1.30-1.33, 1.27-1.32,
// 1.25-1.28 ms. 16 MiB is where the gains level off.
const pageCacheKiB = 16 << 10

// pageSize is the size in bytes of the pages of a SQLite file Open makes, four times SQLite's
// default: a page holds more of the full-text index's doclists and more rows of each table,
// so the trees are shallower, a common word's postings are read in fewer pages, and the
// writer copies fewer pages into the log. At 100,000 articles (`briefbot bench -n 100000
// --sentences ...`, runs of each size alternated): ingest 1,208 and 1,312 -> 1,225, 1,278 and
// 1,324 articles/s, on 149 and 138 -> 130-137 s of processor time; `the`'s search p50
// 2.31-2.36 -> 0.87-0.99 ms and p99 4.34-5.64 -> 1.86-3.01 ms; the file 906.6 -> 857.5 MiB.
// Pages of 32 KiB made the file 829 MiB and `the` 0.74 ms, but a rare word's search 0.62 ->
// 0.76 ms and a title word's autocomplete 0.32 -> 0.39 ms; of 64 KiB, slower still. A store
// of one article in a transaction of its own (the bot's) writes whole pages to the log at its
// commit, and costs more: `--feeds 1` at 20,000 articles 435 and 450 -> 381 and 372/s. A file
// keeps the size it was made with.
const pageSize = 16 << 10

// sizePages gives a SQLite file Open is about to make its page size and auto_vacuum (see
// sqliteDSN). The page size must be set before the file's first table and before it enters WAL
// mode, which each connection's DSN enters as it opens: so the file is made first by a
// connection that keeps the rollback journal, an empty database vacuumed with its settings. A
// file that already has pages is left as it is. Should another process make the file in
// between, the VACUUM waits for it (the busy timeout) and then only compacts what it made: a
// file in WAL mode keeps its page size.
func sizePages(ctx context.Context, path string) error {
	if info, err := os.Stat(path); err == nil && info.Size() > 0 || err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil // an existing file, or one Open's own connection will report
	}
	q := sqliteParams("")
	q.Del("_journal_mode") // the rollback journal, in which the page size can still change
	pool, err := sql.Open(SQLiteDriver, fileURI(path, q))
	if err != nil {
		return err
	}
	defer pool.Close()
	conn, err := pool.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	for _, q := range []string{fmt.Sprintf("PRAGMA page_size = %d", pageSize), "VACUUM"} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}

// fileURI is the SQLite URI of the file at path with the settings q: the bytes of path that
// would end or escape its file name escaped.
func fileURI(path string, q url.Values) string {
	return "file:" + strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path) + "?" + q.Encode()
}

// sqliteDSN is dsn with transactions begun as txlock says ("": deferred, SQLite's default).
func sqliteDSN(path, txlock string) string {
	return fileURI(path, sqliteParams(txlock))
}

// sqliteParams are the settings sqliteDSN gives go-sqlite3.
func sqliteParams(txlock string) url.Values {
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "5000")
	// A connection is used by one goroutine at a time (database/sql hands it out so): its own
	// lock, taken at each call into SQLite, guards nothing (SQLITE_OPEN_NOMUTEX). A query's
	// interruption (sqlite3_interrupt, when its context ends) sets a flag and takes no lock.
	q.Set("_mutex", "no")
	if txlock != "" {
		q.Set("_txlock", txlock)
	}
	q.Set("_foreign_keys", "1")
	q.Set("_synchronous", "NORMAL")
	q.Set("_cache_size", strconv.Itoa(-pageCacheKiB))
	// A new file can give its free pages back (see Trim). The setting is the file's, made
	// before its first table; on an older file it waits for the next VACUUM (Backup's copy).
	// It has SQLite keep pointer-map pages, written with the pages they map: `briefbot bench
	// -n 30000` under `strace -c` made 620,749 page writes against 582,597 (+6.5%) and 310,314
	// reads against 280,035.
	q.Set("_auto_vacuum", "incremental")
	return q
}

// Backup writes a consistent copy of the database to path while it stays in use (SQLite's
// VACUUM INTO: one read transaction, so writers go on and the copy is of one moment). The copy
// is compact and a database file of its own: restoring is putting it in place of the old one
// while the bot is stopped. path must not exist yet.
func (db *DB) Backup(ctx context.Context, path string) error {
	if db.Engine() == Postgres {
		return errors.New("back up: a PostgreSQL database is backed up with its own tools (pg_dump)")
	}
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
	defer tx.Rollback()
	if db.Engine() == Postgres {
		var ro string
		if err := tx.QueryRowContext(ctx, `SHOW transaction_read_only`).Scan(&ro); err != nil {
			return fmt.Errorf("database not writable: %w", err)
		}
		if ro == "on" {
			return errors.New("database not writable: the PostgreSQL server is read-only (a standby?)")
		}
	}
	return nil
}

// Close closes the database.
func (db *DB) Close() error {
	closed := []*handle{db.db}
	for _, h := range []*handle{db.fts, db.bitmaps, db.lookups, db.reads} {
		if h != nil && !slices.Contains(closed, h) {
			h.Close()
			closed = append(closed, h)
		}
	}
	return db.db.Close()
}

// Path is the file the database lives in.
func (db *DB) Path() string { return db.path }

func (db *DB) now() int64 { return db.Now().UTC().Unix() }

// migrate applies, in name order, each embedded migration not yet recorded, each in its own
// transaction together with its record. On a database that had migrations already (an
// upgrade, not a new file) it logs each one it applies, before and with its time after: one
// that rebuilds an index makes the program slow to start (25 s for migration 0021 at 100,000
// articles), and the log says why.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (
		name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)`); err != nil {
		return err
	}
	var done int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM migrations`).Scan(&done); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, migrationDir(db)+"/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateOne(ctx, name, done > 0); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// migrationDir is the folder of the engine's migrations.
func migrationDir(db *DB) string {
	if db.Engine() == Postgres {
		return "migrations/postgres"
	}
	return "migrations"
}

// textsInRows is the PostgreSQL migration that gives summary sentences and quotes their text;
// a copy from SQLite runs it again.
const textsInRows = "migrations/postgres/0008_texts_in_rows.sql"

// backfills complete a migration with what SQL alone cannot compute, in its transaction.
var backfills = map[string]func(context.Context, *wtx) error{
	"migrations/0007_speaker_index.sql":            indexAllSpeakerNames,
	"migrations/postgres/0010_article_digests.sql": fillAllDigests,
}

// migrateOne applies migration name unless it is recorded; with announce, it logs that it
// begins, and then its time.
func (db *DB) migrateOne(ctx context.Context, name string, announce bool) error {
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
	rebuild := strings.HasPrefix(string(body), "-- rebuild") && db.Engine() == SQLite
	if rebuild {
		if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
			return err
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA foreign_keys = ON`)
	}
	sqltx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer sqltx.Rollback()
	tx := &wtx{Tx: sqltx, engine: db.Engine()}
	defer tx.close()
	if err := tx.lock(ctx); err != nil { // two processes starting at once migrate one after the other
		return err
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	start := time.Now()
	if announce {
		db.Logger.Info("upgrading the database", "migration", path.Base(name))
	}
	if _, err := tx.Tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if fill := backfills[name]; fill != nil {
		if err := fill(ctx, tx); err != nil {
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
	tx.close()
	if err := sqltx.Commit(); err != nil {
		return err
	}
	if announce {
		db.Logger.Info("database upgraded", "migration", path.Base(name), "took", time.Since(start).Round(time.Millisecond))
	}
	return nil
}

// inTx runs fn in one immediate transaction and commits it if fn succeeds. Then, on SQLite,
// it gives the file's free pages back to the file system when they are many (see Trim).
func (db *DB) inTx(ctx context.Context, fn func(tx *wtx) error) error {
	if err := db.inTxOnly(ctx, fn); err != nil {
		return err
	}
	if err := db.Trim(ctx); err != nil {
		db.Logger.Warn("give free pages back", "err", err)
	}
	return nil
}

// walBytes is how large the write-ahead log grows before it is copied into the database: an
// index page written by many batches is then copied once, not once a batch. Ingest of 10,000
// articles, seven runs alternated with SQLite's default (1,000 pages, 4 MiB then): 476-569/s
// (mean 503) -> 507-571/s (mean 538), `briefbot bench -n 10000`. It is given in pages, as many
// as the file's page size makes of it (walPages). With pages of 16 KiB, a log of 312 MiB took
// ingest 3-5% less processor time at 100,000 articles, but the store that copies it into the
// file waits for four times the copy.
const walBytes = 80 << 20

// inTxOnly is inTx without the trim after it: for writes that come in bulk, whose caller
// trims once at their end.
func (db *DB) inTxOnly(ctx context.Context, fn func(tx *wtx) error) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	w := &wtx{Tx: tx, engine: db.Engine(), named: &db.named}
	defer w.close()
	defer tx.Rollback()
	if db.Engine() == SQLite {
		// Let the write-ahead log grow to walBytes before it is copied into the database (see
		// walBytes). The setting is the connection's: set it on whichever one writes.
		if _, err := tx.ExecContext(ctx, "PRAGMA wal_autocheckpoint = "+strconv.Itoa(db.walPages)); err != nil {
			return fmt.Errorf("set checkpoint interval: %w", err)
		}
	}
	if err := w.lock(ctx); err != nil {
		return err
	}
	// What fn left for the transaction's end is written before it commits; the indexes are
	// kept only if all of it committed.
	err = fn(w)
	if err == nil {
		if err = w.writeFullText(ctx); err != nil {
			err = fmt.Errorf("full-text index: %w", err)
		}
	}
	if err == nil {
		err = w.writeUnitCounts(ctx)
	}
	if err == nil {
		err = tx.Commit()
	}
	db.settle(w, err == nil)
	return err
}

// settle ends a write transaction's use of the process's indexes of recent stories and near
// copies: kept when it committed, dropped (to be loaded again) when it did not.
func (db *DB) settle(tx *wtx, committed bool) {
	db.settleStories(tx, committed)
	db.settleNear(tx, committed)
	if committed {
		db.named.keep(tx.indexed)
	}
}

// wtx is a transaction that prepares each statement once: storing a batch of articles runs
// the same few dozen statements thousands of times, and preparing them each time cost a fifth
// of the writing.
type wtx struct {
	*sql.Tx
	engine Engine
	stmts  map[string]*sql.Stmt
	// speakers holds the speaker each full name (one with a given name) was given in this
	// transaction: the same name again is the same row, its alias stored already (see
	// speakerFor). A batch of articles names the same people over and over.
	speakers map[speakers.Key]int64
	// surnames holds the speaker rows of each surname read in this transaction (see
	// readSurnames), kept in step with the rows speakerFor adds and renames, the only writes
	// to speakers: a batch quotes the same people over and over.
	surnames map[string][]candidate
	// indexed holds the names indexed for a speaker and unit in this transaction (see
	// indexName): indexing one again changes nothing. named holds those of committed
	// transactions (nil: none known).
	indexed map[indexedName]bool
	named   *namesIndexed
	// keys holds the speaker key of each name the transaction read one of (see keyOf).
	keys map[string]speakers.Key
	// fullText holds the full-text rows of the articles stored in this transaction, written
	// together before it commits (see writeFullText).
	fullText []fullTextRow
	// unitCounts holds how many articles each unit gained in this transaction, written
	// together before it commits (see countUnit).
	unitCounts map[string]int64
	// nearCaught: the near-copy index caught up in this transaction (see nearIndex);
	// nearAdded: this transaction added to it (see settleNear); storiesCaught and
	// storiesChanged: the same of the story index (see storyIndex and settleStories). No other
	// writer stores while the transaction holds the write lock: caught up once, an index is
	// kept up by the transaction's own writes.
	nearCaught, nearAdded, storiesCaught, storiesChanged bool
}

type indexedName struct {
	speaker    int64
	unit, name string
}

// insert runs an INSERT of one row and returns its id: RETURNING id on PostgreSQL, the last
// insert id on SQLite, where RETURNING through go-sqlite3 made ingest a third slower (an
// article starts a story, a speaker and itself: three inserts).
func (w *wtx) insert(ctx context.Context, query string, args ...any) (int64, error) {
	var id int64
	if w.engine == Postgres {
		err := w.QueryRowContext(ctx, query+` RETURNING id`, args...).Scan(&id)
		return id, err
	}
	r, err := w.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return r.LastInsertId()
}

// writeLock is the PostgreSQL advisory lock every write transaction holds: writers from all
// processes take turns, as SQLite's do, so the checks before a write (is this article stored
// already? which story does it join?) hold until it commits.
const writeLock = 0x62726965 // "brie"

// lock takes the database's write lock for the transaction. SQLite's immediate transactions
// hold it from their start already.
func (w *wtx) lock(ctx context.Context) error {
	if w.engine != Postgres {
		return nil
	}
	_, err := w.Tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, writeLock)
	return err
}

func (w *wtx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := w.stmts[query]; ok {
		return s, nil
	}
	s, err := w.Tx.PrepareContext(ctx, keptText(w.engine, query))
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
//
// On SQLite it runs on the calling goroutine: go-sqlite3 runs a statement whose context can be
// cancelled on a goroutine of its own, to interrupt it, and the writer runs some thirty short
// statements an article. The context is checked before each one instead. Ingest of 10,000
// articles, six runs alternated: 517-717/s (median 598) -> 603-736/s (median 724),
// `briefbot bench -n 10000 --queries 1`. Queries keep their context: go-sqlite3 watches it
// without a goroutine.
func (w *wtx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	s, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	_, args = spell(w.engine, query, args)
	if w.engine == SQLite {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		ctx = context.WithoutCancel(ctx)
	}
	return s.ExecContext(ctx, args...)
}

// QueryContext runs a prepared query.
func (w *wtx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	s, err := w.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	_, args = spell(w.engine, query, args)
	return s.QueryContext(ctx, args...)
}

// QueryRowContext runs a prepared query for one row.
func (w *wtx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	query2, args := spell(w.engine, query, args)
	s, err := w.stmt(ctx, query)
	if err != nil {
		return w.Tx.QueryRowContext(ctx, query2, args...) // reports the same error when scanned
	}
	return s.QueryRowContext(ctx, args...)
}

// keyOf is speakers.Of(name), worked out once a name in the transaction: storing a quote
// reads its speaker's key three times (the batch's surnames, the speaker's row, the tally),
// and a batch quotes the same people over and over. speakers.Of was 1.9% of the writer's time
// at 100,000 articles (1.26 s of 67.3, `briefbot bench -n 100000 --cpuprofile`).
func (w *wtx) keyOf(name string) speakers.Key {
	if k, ok := w.keys[name]; ok {
		return k
	}
	if w.keys == nil {
		w.keys = map[string]speakers.Key{}
	}
	k := speakers.Of(name)
	w.keys[name] = k
	return k
}

func (w *wtx) close() {
	for _, s := range w.stmts {
		s.Close()
	}
	w.stmts = nil
}

// scanner is a row that can be scanned: *sql.Row or *sql.Rows.
type scanner interface{ Scan(...any) error }

// queryer runs queries: the database or a transaction.
type queryer interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}

// queryAll runs query and scans every row with scan.
func queryAll[T any](ctx context.Context, q queryer, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	var out []T
	err := eachRow(ctx, q, func(sc scanner) error {
		v, err := scan(sc)
		if err == nil {
			out = append(out, v)
		}
		return err
	}, query, args...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// eachRow runs query and hands each row to each, in order, stopping at the first error: for a
// caller that folds the rows as they come rather than keeping them.
func eachRow(ctx context.Context, q queryer, each func(scanner) error, query string, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// scanString and scanInt64 read a one-column row.
func scanString(sc scanner) (s string, err error) { err = sc.Scan(&s); return }
func scanInt64(sc scanner) (n int64, err error)   { err = sc.Scan(&n); return }

// trimFloor is the fewest free pages (8 MiB) Trim gives back: fewer are left for the next
// writes to take up.
const trimFloor = 2048

// Trim gives a SQLite file's free pages back to the file system when there are at least
// trimFloor of them and they are a thirty-second of the file or more. The full-text index
// frees the segments it merges only after writing the merged one: after `briefbot bench -n
// 100000`, 32,880 pages (128 MiB, 12% of the file) were free, left by a merge at ~98,000
// articles, and the next writes would take ~13,000 articles to use them up. Giving them back
// took 1.0 s there. Writes in bulk (AddArticles) leave it to their caller, once at their end:
// done after each of the bench's batches, it cost a tenth of the ingest rate. It does nothing
// on PostgreSQL, nor on a file made without auto_vacuum (before this version: its backup is made
// with it, see sqliteDSN).
func (db *DB) Trim(ctx context.Context) error {
	if !db.trimmable {
		return nil
	}
	if free, _, err := db.freePages(ctx); err != nil || free == 0 {
		return err
	}
	// The pragma frees a page a step, a row each: every row is read. Read with Exec, it would
	// free one.
	rows, err := db.db.QueryContext(ctx, `PRAGMA incremental_vacuum`)
	if err != nil {
		return fmt.Errorf("free pages: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("free pages: %w", err)
	}
	return nil
}

// Untrimmable is how many bytes of a SQLite file made without auto_vacuum are free pages that
// Trim would give back from a file made now: 0 for a file made with it, or on PostgreSQL. A
// backup (Backup) put in the file's place gives them back.
func (db *DB) Untrimmable(ctx context.Context) (int64, error) {
	if db.Engine() != SQLite || db.trimmable {
		return 0, nil
	}
	free, size, err := db.freePages(ctx)
	return free * size, err
}

// freePages returns how many of a SQLite file's pages are free, when they are as many as Trim
// waits for (else 0), and the page size.
func (db *DB) freePages(ctx context.Context) (free, size int64, err error) {
	var pages int64
	if err := db.db.QueryRowContext(ctx, `SELECT freelist_count, page_count, page_size FROM pragma_freelist_count(), pragma_page_count(), pragma_page_size()`).Scan(&free, &pages, &size); err != nil {
		return 0, 0, fmt.Errorf("read the free pages: %w", err)
	}
	if free < db.trimFloor || free*32 < pages {
		free = 0
	}
	return free, size, nil
}
