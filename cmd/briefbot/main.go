// Command briefbot turns news articles into briefings: it ingests, analyses and stores articles,
// prints briefings, answers lookups and (with a Discord token) runs the bot.
//
// Usage:
//
//	briefbot demo                      the embedded seeds, analysed and briefed, no token needed
//	briefbot ingest [--db PATH] FILE|DIR...
//	briefbot summarize --jsonl [-n N]  or  briefbot summarize FILE
//	briefbot quotes --jsonl            or  briefbot quotes [--db PATH] --speaker NAME
//	briefbot brief [--db PATH] [--since DURATION]
//	briefbot run [--db PATH]           the Discord bot (DISCORD_TOKEN, DISCORD_API_URL, DISCORD_GUILD_ID)
//	briefbot console [--db PATH]       the bot's commands, offline, in a terminal
//	briefbot migrate --from PATH --to postgres://...   copy a SQLite database into PostgreSQL
//
// Run `briefbot help` for the flags of each command.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand: its name, a line of help and what it runs.
type command struct {
	name, usage string
	run         func(ctx context.Context, env *env, args []string) error
}

// env is what a command reads and writes besides its arguments, so tests can run commands
// in-process with their own streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

var commands = []command{
	{"demo", "analyse the embedded seed articles and print their briefing (no token, no network)", runDemo},
	{"ingest", "add articles from files and folders to the database", runIngest},
	{"summarize", "summarize articles: --jsonl on stdin, or a FILE for a person", runSummarize},
	{"sentences", "split texts into sentences: --jsonl on stdin (for splitscore.py)", runSentences},
	{"stories", "group articles into stories: --jsonl on stdin (for clusterscore.py), --cv to fit the weights", runStories},
	{"quotes", "find quotes: --jsonl on stdin, or --speaker NAME from the database", runQuotes},
	{"brief", "print the briefing of the stored articles", runBrief},
	{"reanalyze", "analyse stored articles again after the analyser changed", runReanalyze},
	{"run", "run the Discord bot (needs DISCORD_TOKEN)", runBot},
	{"console", "try the bot's commands offline: type /quotes speaker:Zelensky", runConsole},
	{"backup", "write a consistent copy of the database (safe while the bot runs)", runBackup},
	{"migrate", "copy a database into an empty one: --from PATH --to postgres://...", runMigrate},
	{"bench", "build a database of N generated articles and time ingest and every lookup", runBench},
}

// errUsage marks a mistake in how the command was called; main exits 2 for it.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// The first signal starts an orderly shutdown; with the handler gone, a second one
		// ends the process at once.
		<-ctx.Done()
		stop()
	}()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	os.Exit(run(ctx, e, os.Args[1:]))
}

// run runs the command named by args[0] and returns the process exit code.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printHelp(e.stdout)
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintf(e.stderr, "briefbot %s: %v\n", c.name, err)
			return 2
		default:
			fmt.Fprintf(e.stderr, "briefbot %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(e.stderr, "briefbot: unknown command %q; run 'briefbot help'\n", args[0])
	return 2
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "briefbot turns news articles into briefings.\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.usage)
	}
	fmt.Fprintln(w, "\nRun 'briefbot COMMAND -h' for a command's flags.")
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(e *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("briefbot "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// parseFlags parses args and wraps a bad flag as a usage error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}
