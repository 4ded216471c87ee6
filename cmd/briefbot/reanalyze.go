package main

import (
	"context"
	"fmt"

	"github.com/briefbot/briefbot/briefing"
)

func runReanalyze(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "reanalyze")
	dbPath := dbFlag(fs, e)
	all := fs.Bool("all", false, "analyse every article again, not only those of an older analyser")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := openDB(ctx, e, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	version := briefing.AnalyserVersion
	if *all {
		version = 0
	}
	ids, err := db.Stale(ctx, version)
	if err != nil {
		return err
	}
	bar := newProgress(e, len(ids), false)
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			bar.done()
			return err
		}
		if err := db.Reanalyze(ctx, id, briefing.Analyze); err != nil {
			bar.done()
			return err
		}
		bar.step()
	}
	bar.done()
	fmt.Fprintf(e.stdout, "%d article(s) analysed again with analyser version %d\n", len(ids), briefing.AnalyserVersion)
	return nil
}
