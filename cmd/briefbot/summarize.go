package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/briefbot/briefbot/briefing/ingest"
	"github.com/briefbot/briefbot/briefing/summarize"
	"github.com/briefbot/briefbot/briefing/text"
)

func runSummarize(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "summarize")
	jsonl := fs.Bool("jsonl", false, `read {"id","title"?,"text","n"?} lines on stdin, write {"id","summary"} lines`)
	n := fs.Int("n", 3, "sentences per summary (a line's \"n\" overrides it)")
	lead := fs.Bool("lead", false, "take the first n sentences instead (the Lead-n baseline, for evaluation)")
	cv := fs.Bool("cv", false, `fit the weights on the sets FILE... ({"id","title"?,"text","summary","n"?} lines) at once by k-fold cross-validation and print the margins over Lead-n`)
	folds := fs.Int("folds", 5, "folds for --cv")
	nRefs := fs.Bool("n-refs", false, "with --cv, pick as many sentences as each reference has")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *n < 1 {
		return fmt.Errorf("%w: -n must be at least 1", errUsage)
	}
	if *cv {
		if fs.NArg() < 1 || *folds < 2 {
			return fmt.Errorf("%w: --cv takes FILE... and at least 2 folds", errUsage)
		}
		return runSummaryCV(ctx, e, fs.Args(), *folds, *n, *nRefs)
	}
	pick := summarize.Extract
	if *lead {
		pick = leadN
	}
	if *jsonl {
		if fs.NArg() > 0 {
			return fmt.Errorf("%w: --jsonl reads stdin; no FILE arguments", errUsage)
		}
		return summarizeJSONL(e, *n, pick)
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: give one FILE, or --jsonl", errUsage)
	}
	a, err := ingest.ReadFile(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	d := text.Parse(a.Body, "")
	sents := d.Sentences()
	fmt.Fprintf(e.stdout, "%s\n\n", a.Title)
	for _, i := range pick(d, a.Title, *n) {
		fmt.Fprintf(e.stdout, "- %s\n", sents[i].Of(d.Text))
	}
	return nil
}

func leadN(d text.Doc, _ string, n int) []int {
	var out []int
	for i := range d.Sentences() {
		if i < n {
			out = append(out, i)
		}
	}
	return out
}

func summarizeJSONL(e *env, n int, pick func(text.Doc, string, int) []int) error {
	bw := bufio.NewWriter(e.stdout)
	defer bw.Flush()
	w := newJSONLWriter(bw)
	return mapJSONL(e.stdin, w, func(a jsonlArticle) any {
		k := n
		if a.N != nil && *a.N > 0 {
			k = *a.N
		}
		d := text.Parse(a.Text, a.Title)
		sents := d.Sentences()
		out := []string{}
		for _, i := range pick(d, a.Title, k) {
			out = append(out, sents[i].Of(d.Text))
		}
		return struct {
			ID      json.RawMessage `json:"id"`
			Summary []string        `json:"summary"`
		}{a.ID, out}
	})
}
