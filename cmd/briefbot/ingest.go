package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/term"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/ingest"
	"github.com/briefbot/briefbot/briefing/ingest/fetch"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fset := newFlags(e, "ingest")
	dbPath := dbFlag(fset, e)
	quiet := fset.Bool("q", false, "no progress bar")
	if err := parseFlags(fset, args); err != nil {
		return err
	}
	if fset.NArg() == 0 {
		return fmt.Errorf("%w: give the FILEs or DIRs to ingest", errUsage)
	}
	var urls, paths []string
	for _, a := range fset.Args() {
		if strings.HasPrefix(a, "http://") || strings.HasPrefix(a, "https://") {
			urls = append(urls, a)
		} else {
			paths = append(paths, a)
		}
	}
	files, rejected := collectFiles(paths)
	db, err := openDB(ctx, e, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	var fromWeb []briefing.Article
	if len(urls) > 0 {
		web, err := webClient(e)
		if err != nil {
			return err
		}
		for _, u := range urls {
			arts, skipped, err := web.Articles(ctx, u)
			if err != nil {
				rejected = append(rejected, rejection{u, reason(err)})
				continue
			}
			for _, s := range skipped {
				rejected = append(rejected, rejection{u, reason(s)})
			}
			for i := range arts {
				if arts[i].Source == "" {
					arts[i].Source = "web"
				}
			}
			fromWeb = append(fromWeb, arts...)
		}
	}

	bar := newProgress(e, len(files)+len(fromWeb), *quiet)
	// Files are read and analysed on every core, in order, and stored in batches: a storage
	// failure is not a file's fault, so it stops the run with nothing half-written.
	type read struct {
		a   briefing.Article
		an  briefing.Analysis
		err error
	}
	b := &batcher{db: db}
	err = inOrderStoring(ctx, len(files)+len(fromWeb), func(i int) read {
		// The writer's story work, if some waits, is done between the analysis's stages and
		// after the article (see storage.DB.Assist).
		defer db.Assist()
		if i >= len(files) {
			a := fromWeb[i-len(files)]
			return read{a: a, an: briefing.AnalyzeYielding(a, db.Assist)}
		}
		a, err := ingest.ReadFile(files[i])
		if err != nil {
			return read{err: err}
		}
		return read{a: a, an: briefing.AnalyzeYielding(a, db.Assist)}
	}, func(i int, r read) error {
		defer bar.step()
		if r.err != nil {
			rejected = append(rejected, rejection{files[i], reason(r.err)})
			return nil
		}
		return b.add(ctx, r.a, r.an)
	})
	if err == nil {
		err = b.finish(ctx)
	}
	if err != nil {
		bar.done()
		if ctx.Err() != nil {
			return fmt.Errorf("interrupted after %d of %d inputs (stored batches are kept): %w", b.added+b.dup, len(files)+len(fromWeb), err)
		}
		return err
	}
	added, dup := b.added, b.dup
	bar.done()
	fmt.Fprintf(e.stdout, "%d added, %d duplicate, %d rejected\n", added, dup, len(rejected))
	for _, r := range rejected {
		fmt.Fprintf(e.stdout, "  rejected %s: %s\n", r.path, r.why)
	}
	if len(rejected) > 0 {
		return fmt.Errorf("%d input(s) rejected (listed above)", len(rejected))
	}
	return nil
}

type rejection struct{ path, why string }

// reason says in a few words why a file was rejected.
func reason(err error) string {
	switch {
	case errors.Is(err, ingest.ErrBinary), errors.Is(err, ingest.ErrTooLarge),
		errors.Is(err, ingest.ErrEncoding), errors.Is(err, ingest.ErrEmpty):
		return err.Error()
	case errors.Is(err, fetch.ErrBlocked):
		return "a private or local address (set BRIEFBOT_FETCH_ALLOW to permit it)"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// articleExts are the file types a folder is searched for.
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true}

// collectFiles expands folders into the article files below them (hidden ones skipped; links
// to files read as those files) and reports arguments that cannot be read at all.
func collectFiles(args []string) ([]string, []rejection) {
	var files []string
	var bad []rejection
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			bad = append(bad, rejection{arg, reason(err)})
			continue
		}
		if !info.IsDir() {
			add(arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				bad = append(bad, rejection{p, reason(err)})
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") && p != arg {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !articleExts[strings.ToLower(filepath.Ext(p))] {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// A link to a file is read as the file (a folder of links was "0 added, 0
				// rejected", with no word why); a link to a folder is not followed, so no
				// link can lead the walk round in a circle.
				info, err := os.Stat(p)
				switch {
				case err != nil:
					bad = append(bad, rejection{p, reason(err)})
				case info.Mode().IsRegular():
					found = append(found, p)
				default:
					bad = append(bad, rejection{p, "a link to a folder or device, not followed"})
				}
				return nil
			}
			if d.Type().IsRegular() {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			bad = append(bad, rejection{arg, reason(err)})
		}
		sort.Strings(found)
		for _, p := range found {
			add(p)
		}
	}
	return files, bad
}

// progress draws a one-line bar on a terminal; elsewhere it draws nothing.
type progress struct {
	e          *env
	n, i, last int
	on         bool
}

func newProgress(e *env, n int, quiet bool) *progress {
	on := false
	if f, ok := e.stderr.(*os.File); ok && !quiet && n > 1 {
		on = term.IsTerminal(int(f.Fd()))
	}
	return &progress{e: e, n: n, on: on}
}

func (p *progress) step() {
	p.i++
	if !p.on {
		return
	}
	pct := p.i * 100 / p.n
	if pct == p.last && p.i != p.n {
		return
	}
	p.last = pct
	const width = 30
	fill := width * p.i / p.n
	fmt.Fprintf(p.e.stderr, "\r[%s%s] %d/%d", strings.Repeat("#", fill), strings.Repeat(" ", width-fill), p.i, p.n)
}

func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.e.stderr, "\r\033[K")
	}
}
