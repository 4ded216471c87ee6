package main

import (
	"context"
	"fmt"
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
