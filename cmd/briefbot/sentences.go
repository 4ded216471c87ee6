package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/briefbot/briefbot/briefing/ingest"
	"github.com/briefbot/briefbot/briefing/text"
)

// runSentences splits texts into sentences, for scoring the splitter (splitscore.py). Each text
// is read as a pasted article is (ingest.Clean, ingest.Tidy), so the sentences are those the
// summary and the quote finder would see.
func runSentences(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sentences")
	jsonl := fs.Bool("jsonl", false, `read {"id","text"} lines on stdin, write {"id","sentences"} lines: every sentence, in order`)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !*jsonl || fs.NArg() > 0 {
		return fmt.Errorf("%w: sentences --jsonl reads stdin", errUsage)
	}
	bw := bufio.NewWriter(e.stdout)
	defer bw.Flush()
	w := newJSONLWriter(bw)
	return mapJSONL(e.stdin, w, func(a jsonlArticle) any {
		out := []string{}
		t := ingest.Tidy(ingest.Clean(a.Text))
		for _, sp := range text.Split(t) {
			out = append(out, sp.Of(t))
		}
		return struct {
			ID        json.RawMessage `json:"id"`
			Sentences []string        `json:"sentences"`
		}{a.ID, out}
	})
}
