package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/ingest/fetch"

	"github.com/briefbot/briefbot/bot"
)

func runBot(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "run")
	dbPath := dbFlag(fs, e)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	token := e.getenv("DISCORD_TOKEN")
	if token == "" {
		return errors.New("DISCORD_TOKEN is not set: create a bot at https://discord.com/developers/applications and export its token")
	}
	db, err := openDB(ctx, e, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	logger := slog.New(slog.NewTextHandler(e.stderr, nil))
	web, err := webClient(e)
	if err != nil {
		return err
	}
	grace := bot.DefaultGrace
	if g := e.getenv("BRIEFBOT_GRACE"); g != "" {
		if grace, err = time.ParseDuration(g); err != nil || grace <= 0 {
			return fmt.Errorf("BRIEFBOT_GRACE %q is not a positive duration such as 6h", g)
		}
	}
	b, err := bot.New(bot.Config{
		Token:    token,
		APIURL:   e.getenv("DISCORD_API_URL"),
		GuildID:  e.getenv("DISCORD_GUILD_ID"),
		Handlers: &bot.Handlers{Store: db, Web: web, Limits: bot.DefaultLimits(), Logger: logger},
		Logger:   logger,
	})
	if err != nil {
		return err
	}
	if err := b.Open(ctx); err != nil {
		return err
	}
	poller := &bot.Poller{Store: db, Web: web, Poster: b, Logger: logger}
	sched := &bot.Scheduler{Store: db, Poster: b, Grace: grace, Logger: logger}
	stop := sched.Start(ctx)
	// Feeds are polled in a loop of their own: a slow or huge feed never holds up a briefing.
	go poller.Run(ctx, time.Minute)
	go func() {
		// Articles stored by an older analyser get today's summaries and speakers, while the
		// bot already answers from what is stored.
		n, err := reanalyze(ctx, db, briefing.AnalyserVersion, func(int) {}, func() {})
		switch {
		case err != nil && ctx.Err() == nil:
			logger.Error("analyse stored articles again", "err", err, "done", n)
		case n > 0:
			logger.Info("stored articles analysed again", "articles", n, "analyser", briefing.AnalyserVersion)
		}
	}()
	logger.Info("briefbot is running; Ctrl-C to stop", "db", db.Path())
	<-ctx.Done()
	logger.Info("shutting down")
	stop()
	if err := b.Close(); err != nil {
		return fmt.Errorf("disconnect: %w", err)
	}
	return nil
}

// webClient fetches pages and feeds; BRIEFBOT_FETCH_ALLOW lets it reach the private or
// loopback addresses it names (comma-separated IPs or CIDR prefixes), which it otherwise refuses.
func webClient(e *env) (*fetch.Client, error) {
	allow, err := fetch.ParseAllow(e.getenv("BRIEFBOT_FETCH_ALLOW"))
	if err != nil {
		return nil, fmt.Errorf("BRIEFBOT_FETCH_ALLOW: %w", err)
	}
	return fetch.New(15*time.Second, allow), nil
}

// stdinIsTerminal reports whether the console reads from a person.
func stdinIsTerminal(e *env) bool {
	f, ok := e.stdin.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
