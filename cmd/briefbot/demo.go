package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo")
	dbPath := fs.String("db", "", "keep the demo database in this file (default: a temporary one)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	path := *dbPath
	if path == "" {
		dir, err := os.MkdirTemp("", "briefbot-demo-")
		if err != nil {
			return fmt.Errorf("temporary folder: %w", err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
	}
	db, err := openDB(ctx, e, path)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := loadSeeds(ctx, db); err != nil {
		return err
	}
	// Everything in the database: with --db, earlier runs' articles show too.
	return printBriefing(ctx, e, db, time.Time{}, 25)
}
