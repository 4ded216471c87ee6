package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefing/render"
	"github.com/briefbot/briefbot/storage"
)

// briefingCandidates is how many of the newest articles a briefing is ranked from, as the
// bot's /brief does.
const briefingCandidates = 50

func runBrief(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "brief")
	dbPath := dbFlag(fs, e)
	since := fs.Duration("since", 24*time.Hour, "include articles added within this long (e.g. 6h, 72h)")
	max := fs.Int("max", 10, "at most this many articles")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *since <= 0 || *max < 1 {
		return fmt.Errorf("%w: --since and --max must be positive", errUsage)
	}
	db, err := openDB(ctx, e, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	return printBriefing(ctx, e, db, db.Now().Add(-*since), *max)
}

// printBriefing prints the briefing of articles added since, ranked as the bot ranks a
// channel's, as it would read in Discord.
func printBriefing(ctx context.Context, e *env, db *storage.DB, since time.Time, max int) error {
	arts, err := db.ArticlesSince(ctx, since, "", briefingCandidates)
	if err != nil {
		return err
	}
	heading := "Briefing · " + db.Now().UTC().Format("Mon 2 Jan 2006")
	items, err := ranked(ctx, db, arts, since, max)
	if err != nil {
		return err
	}
	msgs := render.Briefing(heading, items)
	fmt.Fprintln(e.stdout, strings.Join(msgs, "\n\n"+strings.Repeat("─", 40)+"\n\n"))
	return nil
}
