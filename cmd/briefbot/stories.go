package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/stories"
	"github.com/briefbot/briefbot/briefing/stories/storyfit"
	"github.com/briefbot/briefbot/storage"
	"github.com/briefbot/briefbot/storage/sqlite"
)

// storyLine is one input line of `stories`: an article, with its gold event when it is labelled.
type storyLine struct {
	ID     json.RawMessage `json:"id"`
	Event  json.RawMessage `json:"event"`
	Title  string          `json:"title"`
	Text   string          `json:"text"`
	Date   string          `json:"date"`
	Source string          `json:"source"`
}

// storyGrid is what `stories --cv` tries.
var storyGrid = storyfit.Grid{
	Threshold:    []float64{0.225, 0.25, 0.275, 0.3, 0.325},
	NameWeight:   []float64{1, 1.5},
	NumberWeight: []float64{0, 0.5, 1},
	Prior:        []float64{200, 1000, 5000},
	Window:       []time.Duration{24 * time.Hour, 2 * 24 * time.Hour, 4 * 24 * time.Hour},
	Specifics:    []float64{0, 0.2, 0.4},
}

func runStories(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "stories")
	cv := fs.Bool("cv", false, `fit the weights on labelled sets FILE... ({"id","event","title"?,"text","date"?} lines) by k-fold cross-validation over events`)
	folds := fs.Int("folds", 5, "folds for --cv")
	undated := fs.Bool("undated", false, "with --cv, also score every set with its dates dropped (all articles at one time)")
	jsonl := fs.Bool("jsonl", false, `read {"id","title"?,"text","date"?,"source"?} lines on stdin in arrival order, store them as ingest does (in a scratch database), write {"id","story"} lines`)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *jsonl {
		if fs.NArg() > 0 {
			return fmt.Errorf("%w: --jsonl reads stdin; no FILE arguments", errUsage)
		}
		return storiesJSONL(ctx, e)
	}
	if *cv {
		if fs.NArg() < 1 || *folds < 2 {
			return fmt.Errorf("%w: --cv takes FILE... and at least 2 folds", errUsage)
		}
		return runStoryCV(ctx, e, fs.Args(), *folds, *undated)
	}
	return fmt.Errorf("%w: give --jsonl or --cv", errUsage)
}

// storiesJSONL stores the articles of stdin, in order, in a scratch database through the path
// ingest takes (analysis on every core, batched writes), and writes each one's story.
func storiesJSONL(ctx context.Context, e *env) error {
	dir, err := os.MkdirTemp("", "briefbot-stories-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "stories.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	lines, err := readStoryLines(e.stdin, false)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(e.stdout)
	defer bw.Flush()
	w := newJSONLWriter(bw)
	for start := 0; start < len(lines); start += chunk {
		batch := lines[start:min(start+chunk, len(lines))]
		in := make([]storage.Incoming, len(batch))
		err := inOrder(ctx, len(batch), func(i int) any {
			l := batch[i]
			a := briefing.Article{Title: l.Title, Body: l.Text, Source: l.Source, Published: parseDate(l.Date)}
			return storage.Incoming{Article: a, Analysis: briefing.Analyze(a)}
		}, func(i int, v any) error { in[i] = v.(storage.Incoming); return nil })
		if err != nil {
			return err
		}
		res, err := db.AddArticles(ctx, in, "")
		if err != nil {
			return err
		}
		for i, r := range res {
			sid, err := db.StoryOf(ctx, r.ID)
			if err != nil {
				return err
			}
			if err := w.write(struct {
				ID    json.RawMessage `json:"id"`
				Story int64           `json:"story"`
			}{batch[i].ID, sid}); err != nil {
				return err
			}
		}
	}
	trimAfterBatches(ctx, db)
	return nil
}

// runStoryCV fits story matching's weights on labelled sets at once and prints, per set, the
// B-cubed F1 measured on events the weights were not chosen on, beside the dev figure.
func runStoryCV(ctx context.Context, e *env, paths []string, folds int, undated bool) error {
	var sets [][]storyfit.Example
	var names []string
	for _, path := range paths {
		ex, err := readLabelled(ctx, path)
		if err != nil {
			return err
		}
		sets = append(sets, ex)
		names = append(names, path)
		if undated {
			flat := make([]storyfit.Example, len(ex))
			for i, x := range ex {
				x.At = time.Time{}
				flat[i] = x
			}
			sets = append(sets, flat)
			names = append(names, path+" (undated)")
		}
	}
	cands := storyGrid.Params()
	r := storyfit.CrossValidate(sets, cands, folds)
	w := e.stdout
	fmt.Fprintf(w, "%d weightings, %d folds by event; B-cubed F1\n", len(cands), folds)
	for i, f := range r.Folds {
		fmt.Fprintf(w, "fold %d, chosen on the other folds: %s\n", i+1, fmtStoryParams(f.Chosen))
		for s, name := range names {
			fmt.Fprintf(w, "  %s: %.4f\n", name, f.F1[s])
		}
	}
	for s, name := range names {
		gold := make([]string, len(sets[s]))
		for i, x := range sets[s] {
			gold[i] = x.Event
		}
		def := storyfit.Score(gold, storyfit.Cluster(sets[s], stories.DefaultParams))
		fmt.Fprintf(w, "%s: cross-validated %.4f (fold spread ±%.4f); dev, weights chosen on all: %.4f; default weights: %.4f (pairwise F1 %.4f)\n",
			name, r.CV[s], r.Spread[s], r.Dev[s], def.BF, def.PF)
	}
	fmt.Fprintf(w, "weights chosen on all: %s\ndefault weights:       %s\n", fmtStoryParams(r.Best), fmtStoryParams(stories.DefaultParams))
	return nil
}

func fmtStoryParams(p stories.Params) string {
	return fmt.Sprintf("threshold %.3f, names ×%.1f, numbers ×%.1f, prior %.0f, window %s, specifics %.1f", p.Threshold, p.NameWeight, p.NumberWeight, p.Prior, p.Window, p.Specifics)
}

// readStoryLines reads the article lines of `stories`; labelled ones must name their event.
func readStoryLines(r io.Reader, labelled bool) ([]storyLine, error) {
	var lines []storyLine
	err := eachLine(r, func(line string) error {
		var l storyLine
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			return fmt.Errorf("not a JSON object: %v", err)
		}
		if len(l.ID) == 0 {
			return errors.New(`no "id"`)
		}
		if labelled && len(l.Event) == 0 {
			return errors.New(`no "event"`)
		}
		lines = append(lines, l)
		return nil
	})
	return lines, err
}

// readLabelled reads a labelled set and analyses its articles on every core.
func readLabelled(ctx context.Context, path string) ([]storyfit.Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	lines, err := readStoryLines(f, true)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	ex := make([]storyfit.Example, len(lines))
	err = inOrder(ctx, len(lines), func(i int) any {
		l := lines[i]
		an := briefing.Analyze(briefing.Article{Title: l.Title, Body: l.Text})
		return storyfit.Example{ID: string(l.ID), Event: string(l.Event), Profile: an.Story, At: parseDate(l.Date)}
	}, func(i int, v any) error { ex[i] = v.(storyfit.Example); return nil })
	return ex, err
}

// parseDate reads a line's date: RFC 3339 or a plain day; the zero time when absent or unreadable.
func parseDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
