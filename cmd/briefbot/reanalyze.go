package main

import (
	"context"
	"fmt"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage"
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
	var bar *progress
	n, err := reanalyze(ctx, db, version, func(total int) { bar = newProgress(e, total, false) }, func() { bar.step() })
	if bar != nil {
		bar.done()
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d article(s) analysed again with analyser version %d\n", n, briefing.AnalyserVersion)
	return nil
}

// reanalyze analyses again the stored articles of an analyser older than version (all of
// them for 0) and returns how many it did; begin learns the total, step follows each one.
func reanalyze(ctx context.Context, db *storage.DB, version int, begin func(int), step func()) (int, error) {
	ids, err := db.Stale(ctx, version)
	if err != nil {
		return 0, err
	}
	begin(len(ids))
	for i, id := range ids {
		if err := ctx.Err(); err != nil {
			return i, err
		}
		// Another process may be going through the same list: an article it did is skipped.
		if _, err := db.ReanalyzeStale(ctx, id, version, briefing.Analyze); err != nil {
			return i, err
		}
		step()
	}
	return len(ids), nil
}
