package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/seeds"
	"github.com/briefbot/briefbot/storage"
	"github.com/briefbot/briefbot/storage/postgres"
	"github.com/briefbot/briefbot/storage/sqlite"
)

// dbFlag adds --db to fs; its default is BRIEFBOT_DB, else a file in the user's data directory.
func dbFlag(fs *flag.FlagSet, e *env) *string {
	return fs.String("db", "", "SQLite database file or postgres:// URL (default $BRIEFBOT_DB, else "+defaultDBPath(e)+")")
}

// defaultDBPath is $XDG_DATA_HOME/briefbot/briefbot.db (~/.local/share/... when unset), or the
// platform's application-data folder on macOS and Windows.
func defaultDBPath(e *env) string {
	dir := e.getenv("XDG_DATA_HOME")
	if dir == "" {
		switch runtime.GOOS {
		case "darwin", "windows":
			if d, err := os.UserConfigDir(); err == nil {
				dir = d
			}
		default:
			if home, err := os.UserHomeDir(); err == nil {
				dir = filepath.Join(home, ".local", "share")
			}
		}
	}
	if dir == "" {
		dir = "."
	}
	return filepath.Join(dir, "briefbot", "briefbot.db")
}

// openDB opens the database named by --db, BRIEFBOT_DB or the default: a postgres:// URL, or
// a SQLite file (creating its folder), with opts.
func openDB(ctx context.Context, e *env, flagValue string, opts ...storage.Option) (*storage.DB, error) {
	path := flagValue
	if path == "" {
		path = e.getenv("BRIEFBOT_DB")
	}
	if path == "" {
		path = defaultDBPath(e)
	}
	if err := checkDBPath(path); err != nil {
		return nil, err
	}
	// Read before either engine is opened, so that a mistyped value is refused on both
	// (PostgreSQL has nothing to map: there it changes nothing).
	mapReads := false
	if v := e.getenv("BRIEFBOT_MAP_READS"); v != "" {
		var err error
		if mapReads, err = strconv.ParseBool(v); err != nil {
			return nil, fmt.Errorf("BRIEFBOT_MAP_READS %q is neither true nor false (1, true, 0, false)", v)
		}
	}
	if storage.IsURL(path) {
		return postgres.Open(ctx, path, opts...)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create folder for database: %w", err)
	}
	db, err := sqlite.Open(ctx, path, opts...)
	if err != nil || !mapReads {
		return db, err
	}
	if err := db.MapReads(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// checkDBPath refuses a database setting that is a URL of another kind than postgres://: it
// would otherwise name a folder ("mysql:") holding a new, empty SQLite file, and the bot would
// run on it unseen.
func checkDBPath(path string) error {
	scheme, _, ok := strings.Cut(path, "://")
	if !ok || strings.ContainsAny(scheme, `/\`) || storage.IsURL(path) {
		return nil
	}
	return fmt.Errorf("%w: the database %q is a %s URL: give a SQLite file path or a postgres:// URL (--db or BRIEFBOT_DB)", errUsage, storage.RedactURL(path), scheme)
}

// store analyses an article and stores it with its analysis.
func store(ctx context.Context, db *storage.DB, a briefing.Article) (storage.AddResult, error) {
	return db.AddArticle(ctx, a, briefing.Analyze(a), "")
}

// loadSeeds stores the embedded seed articles and returns how many there are.
func loadSeeds(ctx context.Context, db *storage.DB) (int, error) {
	arts, err := seeds.Articles()
	if err != nil {
		return 0, err
	}
	for _, a := range arts {
		if _, err := store(ctx, db, a); err != nil {
			return 0, err
		}
	}
	return len(arts), nil
}

// ranked is the briefing of the articles added since, as the bot composes it: grouped into
// stories (storage.Entries), ranked by briefing.Rank, at most max.
func ranked(ctx context.Context, db *storage.DB, arts []storage.Article, since time.Time, max int) ([]briefing.Item, error) {
	ss, err := db.Stories(ctx, arts, since, "")
	if err != nil {
		return nil, err
	}
	return briefing.Top(storage.Entries(ss), db.Now(), max), nil
}
