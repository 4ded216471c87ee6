package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"

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
	b, err := bot.New(bot.Config{
		Token:    token,
		APIURL:   e.getenv("DISCORD_API_URL"),
		GuildID:  e.getenv("DISCORD_GUILD_ID"),
		Handlers: &bot.Handlers{Store: db, Logger: logger},
		Logger:   logger,
	})
	if err != nil {
		return err
	}
	if err := b.Open(ctx); err != nil {
		return err
	}
	logger.Info("briefbot is running; Ctrl-C to stop", "db", db.Path())
	<-ctx.Done()
	logger.Info("shutting down")
	if err := b.Close(); err != nil {
		return fmt.Errorf("disconnect: %w", err)
	}
	return nil
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
