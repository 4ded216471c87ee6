package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/quotes/quotescore"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/briefbot/briefbot/storage"
)

func runQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "quotes")
	jsonl := fs.Bool("jsonl", false, `read {"id","title"?,"text"} lines on stdin, write {"id","quotes"} lines`)
	speaker := fs.String("speaker", "", "list the stored quotes of this speaker (any alias or a prefix)")
	dbPath := dbFlag(fs, e)
	limit := fs.Int("limit", 20, "with --speaker: how many quotes at most")
	score := fs.Bool("score", false, "score the quotes found in annotated sets (the FILEs) against their gold: per set, direct F1, speaker accuracy and the named-but-wrong share")
	named := fs.Bool("named", false, "with --score: score only gold speakers that are capitalised names (PolNeAR)")
	misses := fs.Int("misses", 0, "with --score: list this many wrong or missing speakers per set")
	byVia := fs.Bool("via", false, "with --score: per reading that named a speaker (how the finder found them), the names it gave right and wrong")
	fit := fs.Bool("fit", false, "fit the pronoun resolver's weights on annotated sets with resolved speakers (the FILEs) and print them with the figures of each set, fitted on the others")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *fit:
		if fs.NArg() < 2 {
			return fmt.Errorf("%w: --fit takes at least two annotated .jsonl files", errUsage)
		}
		return runPronounFit(e, fs.Args())
	case *score:
		if fs.NArg() == 0 {
			return fmt.Errorf("%w: --score takes annotated .jsonl files", errUsage)
		}
		return quotesScore(e, fs.Args(), *named, *misses, *byVia)
	case *jsonl && *speaker == "":
		return quotesJSONL(e)
	case *speaker != "" && !*jsonl:
		return quotesBySpeaker(ctx, e, *dbPath, *speaker, *limit)
	}
	return fmt.Errorf("%w: give either --jsonl or --speaker NAME", errUsage)
}

type jsonlQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Via     string `json:"via,omitempty"` // the reading that gave the speaker (see quotes.Quote)
}

func quotesJSONL(e *env) error {
	bw := bufio.NewWriter(e.stdout)
	defer bw.Flush()
	w := newJSONLWriter(bw)
	return mapJSONL(e.stdin, w, func(a jsonlArticle) any {
		d := text.Parse(a.Text, a.Title)
		out := []jsonlQuote{}
		for _, q := range quotes.Find(d) {
			out = append(out, jsonlQuote{q.Text, q.Speaker, q.Start, q.End, q.Via})
		}
		return struct {
			ID     json.RawMessage `json:"id"`
			Quotes []jsonlQuote    `json:"quotes"`
		}{a.ID, out}
	})
}

// quotesScore finds the quotes of every article of each annotated set and scores them.
func quotesScore(e *env, paths []string, named bool, misses int, byVia bool) error {
	var only func(string) bool
	if named {
		only = quotescore.NamedOnly
	}
	for _, path := range paths {
		var sc quotescore.Score
		err := eachAnnotated(path, func(d text.Doc, gold []quotescore.Gold) {
			var found []quotescore.Found
			for _, q := range quotes.Find(d) {
				found = append(found, quotescore.Found{Text: q.Text, Speaker: q.Speaker, Via: q.Via})
			}
			sc.Add(gold, found, only)
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%s: %s\n", filepath.Base(path), sc)
		if byVia {
			vias := slices.Sorted(maps.Keys(sc.ByVia))
			slices.SortStableFunc(vias, func(a, b string) int {
				return (sc.ByVia[b].Right + sc.ByVia[b].Wrong) - (sc.ByVia[a].Right + sc.ByVia[a].Wrong)
			})
			for _, v := range vias {
				fmt.Fprintf(e.stdout, "  by %-18s right %4d  wrong %3d\n", v, sc.ByVia[v].Right, sc.ByVia[v].Wrong)
			}
		}
		for i, m := range sc.Misses {
			if i == misses {
				break
			}
			fmt.Fprintf(e.stdout, "  gold %q, got %q: %s\n", m.Gold, m.Got, m.Quote[:min(len(m.Quote), 90)])
		}
	}
	return nil
}

// eachAnnotated calls fn with every story of the annotated set at path ({"title"?, "text",
// "quotes"} lines), parsed, and its gold quotes.
func eachAnnotated(path string, fn func(d text.Doc, gold []quotescore.Gold)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	err = eachLine(f, func(line string) error {
		var a struct {
			Title, Text string
			Quotes      []quotescore.Gold
		}
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			return err
		}
		fn(text.Parse(a.Text, a.Title), a.Quotes)
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func quotesBySpeaker(ctx context.Context, e *env, dbPath, name string, limit int) error {
	if limit < 1 {
		return fmt.Errorf("%w: --limit must be at least 1", errUsage)
	}
	db, err := openDB(ctx, e, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	qs, others, err := db.QuotesByName(ctx, name, "", limit)
	var unknown *storage.UnknownSpeakerError
	if errors.As(err, &unknown) {
		return unknown // its message is the answer: "no quotes from X; did you mean Y?"
	}
	if err != nil {
		return err
	}
	for _, q := range qs {
		fmt.Fprintf(e.stdout, "“%s”\n  — %s · %s · %s\n\n", q.Text, q.Speaker, q.ArticleTitle, q.When.Format("2 Jan 2006"))
	}
	if len(others) > 0 { // a note beside the quotes, as the bot's reply has it above them
		names := make([]string, len(others))
		for i, o := range others {
			names[i] = o.Name
		}
		fmt.Fprintf(e.stderr, "%s may also mean: %s\n", name, strings.Join(names, "; "))
	}
	return nil
}
