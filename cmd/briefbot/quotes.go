package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/briefbot/briefbot/storage"
)

func runQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "quotes")
	jsonl := fs.Bool("jsonl", false, `read {"id","title"?,"text"} lines on stdin, write {"id","quotes"} lines`)
	speaker := fs.String("speaker", "", "list the stored quotes of this speaker (any alias or a prefix)")
	dbPath := dbFlag(fs, e)
	limit := fs.Int("limit", 20, "with --speaker: how many quotes at most")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
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
}

func quotesJSONL(e *env) error {
	bw := bufio.NewWriter(e.stdout)
	defer bw.Flush()
	w := newJSONLWriter(bw)
	return eachJSONL(e.stdin, func(a jsonlArticle) error {
		d := text.Parse(a.Text, a.Title)
		out := []jsonlQuote{}
		for _, q := range quotes.Find(d) {
			out = append(out, jsonlQuote{q.Text, q.Speaker, q.Start, q.End})
		}
		return w.write(struct {
			ID     json.RawMessage `json:"id"`
			Quotes []jsonlQuote    `json:"quotes"`
		}{a.ID, out})
	})
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
	qs, err := db.QuotesBySpeaker(ctx, name, "", limit)
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
	return nil
}
