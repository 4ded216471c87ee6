package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/briefbot/briefbot/storage"
)

// runBackup writes an online, consistent copy of the database, safe while the bot runs.
func runBackup(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "backup")
	dbPath := dbFlag(fs, e)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: give the file to write the copy to: briefbot backup PATH", errUsage)
	}
	db, err := openDB(ctx, e, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Backup(ctx, fs.Arg(0)); err != nil {
		return err
	}
	s, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "backed up %d articles, %d quotes to %s\n", s.Articles, s.Quotes, fs.Arg(0))
	return nil
}

// runMigrate copies a database into another, empty one, of either engine: a SQLite file into
// PostgreSQL when the bot outgrows one machine. It prints each table's rows on both sides and
// fails when a count differs.
func runMigrate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "migrate")
	from := fs.String("from", "", "the database to copy: a SQLite file or a postgres:// URL")
	to := fs.String("to", "", "the empty database to copy into: a postgres:// URL or a new SQLite file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *from == "" || *to == "" || fs.NArg() != 0 {
		return fmt.Errorf("%w: briefbot migrate --from PATH --to postgres://user:password@host/db", errUsage)
	}
	if !storage.IsURL(*from) {
		if _, err := os.Stat(*from); err != nil {
			return fmt.Errorf("migrate: the database to copy: %w", err)
		}
	}
	src, err := openDB(ctx, e, *from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := openDB(ctx, e, *to)
	if err != nil {
		return err
	}
	defer dst.Close()
	counts, err := dst.CopyFrom(ctx, src)
	if err != nil {
		return err
	}
	var differ []string
	for _, c := range counts {
		fmt.Fprintf(e.stdout, "%-16s %9d -> %9d\n", c.Table, c.From, c.To)
		if c.From != c.To {
			differ = append(differ, c.Table)
		}
	}
	if len(differ) > 0 {
		return fmt.Errorf("migrate: the counts differ in %s", strings.Join(differ, ", "))
	}
	fmt.Fprintf(e.stdout, "copied %s into %s; the counts match\n", src.Path(), dst.Path())
	return nil
}
