package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/bot"
)

func runConsole(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "console")
	dbPath := dbFlag(fs, e)
	guild := fs.String("guild", "console", "act as this guild (articles added here are visible only to it)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := openDB(ctx, e, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if st, err := db.Stats(ctx); err == nil && st.Articles == 0 {
		n, err := loadSeeds(ctx, db)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "(empty database: loaded %d seed article(s))\n", n)
	}
	h := &bot.Handlers{Store: db}
	prompt := stdinIsTerminal(e)
	fmt.Fprintln(e.stdout, "briefbot console — type a command as in Discord, e.g. /quotes speaker:Zelensky ; /help ; Ctrl-D to quit")
	sc := bufio.NewScanner(e.stdin)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for {
		if prompt {
			fmt.Fprint(e.stdout, "> ")
		}
		if !sc.Scan() {
			return sc.Err()
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if line == "/quit" || line == "/exit" {
			return nil
		}
		req, ok := bot.ParseConsole(line)
		if !ok {
			fmt.Fprintln(e.stdout, "Commands start with a slash: /help")
			continue
		}
		req.GuildID, req.ChannelID, req.UserID = *guild, "console", "console"
		req.Permissions = 0x20 // the console's user manages its own server
		fmt.Fprintln(e.stdout, bot.PlainText(h.Handle(ctx, req)))
		fmt.Fprintln(e.stdout)
	}
}
