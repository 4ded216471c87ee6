package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/briefbot/briefbot/briefing/summarize"
	"github.com/briefbot/briefbot/briefing/summarize/summaryfit"
)

// cvGrid is what `summarize --cv` tries: the weights that matter, around their defaults.
var cvGrid = summaryfit.Grid{
	Decay:        []float64{0.5, 1, 1.5, 2},
	Forward:      []float64{0.5, 1, 1.5, 2},
	ShortPenalty: []float64{0, 0.2, 0.5},
	QuotePenalty: []float64{0, 0.4, 0.8, 1.2, 2, 3, 5},
}

// runSummaryCV fits the summarizer's weights on the first set of reference summaries, the
// others kept at or above Lead-n (see summaryfit.CrossValidate), by k-fold cross-validation
// and prints, per set, the margin over Lead-n measured on stories the weights were not chosen
// on, beside the dev margin of the weights chosen on everything.
func runSummaryCV(ctx context.Context, e *env, paths []string, folds, n int, nFromRefs bool) error {
	cands := cvGrid.Params(summarize.DefaultParams)
	var tables []*summaryfit.Table
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		arts, err := readReferences(f, n, nFromRefs)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		ex := make([]summaryfit.Example, len(arts))
		err = inOrder(ctx, len(arts), func(i int) any { return summaryfit.Prepare(arts[i]) },
			func(i int, v any) error { ex[i] = v.(summaryfit.Example); return nil })
		if err != nil {
			return err
		}
		tables = append(tables, summaryfit.Measure(ex, cands))
	}
	r := summaryfit.CrossValidate(tables, folds)
	w := e.stdout
	fmt.Fprintf(w, "%d weightings, %d folds; margins over Lead-n, R1 / R2 / RLsum (Porter2 stems: rouge.py differs in the second decimal)\n", len(cands), folds)
	for i, f := range r.Folds {
		fmt.Fprintf(w, "fold %d, chosen on the other folds: %s\n", i+1, fmtParams(f.Chosen))
		for s, path := range paths {
			fmt.Fprintf(w, "  %s (%d stories): %s\n", path, f.Sizes[s], fmtScores(f.Margins[s]))
		}
	}
	for s, path := range paths {
		fmt.Fprintf(w, "%s: Lead-n %s\n", path, fmtScores(r.Lead[s]))
		fmt.Fprintf(w, "  cross-validated margin %s (fold spread ±%s)\n", fmtScores(r.Margins[s]), fmtScores(r.Spreads[s]))
		fmt.Fprintf(w, "  dev margin, weights chosen on all: %s; default weights: %s\n", fmtScores(r.BestMargin[s]), fmtScores(tables[s].Margin(summarize.DefaultParams)))
	}
	fmt.Fprintf(w, "weights chosen on all: %s\ndefault weights:       %s\n", fmtParams(r.Best), fmtParams(summarize.DefaultParams))
	return nil
}

// readReferences reads {"id", "title"?, "text", "summary", "n"?} lines; summary holds the
// reference sentences separated by newlines.
func readReferences(r io.Reader, n int, nFromRefs bool) ([]summaryfit.Article, error) {
	var out []summaryfit.Article
	err := eachLine(r, func(line string) error {
		var a struct {
			ID      json.RawMessage `json:"id"`
			Title   string          `json:"title"`
			Text    string          `json:"text"`
			Summary string          `json:"summary"`
			N       *int            `json:"n"`
		}
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			return err
		}
		var refs []string
		for _, s := range strings.Split(a.Summary, "\n") {
			if strings.TrimSpace(s) != "" {
				refs = append(refs, s)
			}
		}
		k := n
		switch {
		case nFromRefs:
			k = len(refs)
		case a.N != nil && *a.N > 0:
			k = *a.N
		}
		out = append(out, summaryfit.Article{ID: string(a.ID), Title: a.Title, Text: a.Text, Ref: refs, N: k})
		return nil
	})
	return out, err
}

func fmtScores(s summaryfit.Scores) string {
	return fmt.Sprintf("%+.2f / %+.2f / %+.2f", s.R1, s.R2, s.RLsum)
}

func fmtParams(p summarize.Params) string {
	return fmt.Sprintf("decay %g forward %g backward %g short %g overlap %g quote %g", p.Decay, p.Forward, p.Backward, p.ShortPenalty, p.MaxOverlap, p.QuotePenalty)
}
