package summaryfit

import (
	"hash/fnv"
	"math"
	"runtime"
	"sync"

	"github.com/briefbot/briefbot/briefing/summarize"
	"github.com/briefbot/briefbot/briefing/text"
)

// Article is one story with its reference summary.
type Article struct {
	ID    string
	Title string
	Text  string
	Ref   []string // the reference sentences
	N     int      // how many sentences to pick
}

// Example is an Article read once for scoring under any weights.
type Example struct {
	ID   string
	doc  *summarize.Doc
	toks [][]string // tokens of each body sentence
	ref  [][]string
	n    int
	lead Scores // Lead-n's scores
}

// Prepare reads an article for scoring.
func Prepare(a Article) Example {
	d := text.Parse(a.Text, a.Title)
	sents := d.Sentences()
	e := Example{ID: a.ID, doc: summarize.Prepare(d, a.Title), n: a.N, toks: make([][]string, len(sents))}
	for i, s := range sents {
		e.toks[i] = Tokens(s.Of(d.Text))
	}
	for _, r := range a.Ref {
		if t := Tokens(r); len(t) > 0 {
			e.ref = append(e.ref, t)
		}
	}
	lead := make([]int, min(a.N, len(sents)))
	for i := range lead {
		lead[i] = i
	}
	e.lead = e.score(lead)
	return e
}

func (e Example) score(picked []int) Scores {
	cand := make([][]string, 0, len(picked))
	for _, i := range picked {
		cand = append(cand, e.toks[i])
	}
	return Rouge(e.ref, cand)
}

// Score returns the scores of the summary p picks.
func (e Example) Score(p summarize.Params) Scores { return e.score(p.Select(e.doc, e.n)) }

// Grid lists the values to try for each weight; an empty list keeps the base value.
type Grid struct {
	Decay, Forward, Backward, ShortPenalty, MaxOverlap, QuotePenalty []float64
}

// Params returns every combination of the grid's values over base.
func (g Grid) Params(base summarize.Params) []summarize.Params {
	out := []summarize.Params{base}
	expand := func(vals []float64, set func(*summarize.Params, float64)) {
		if len(vals) == 0 {
			return
		}
		var next []summarize.Params
		for _, p := range out {
			for _, v := range vals {
				q := p
				set(&q, v)
				next = append(next, q)
			}
		}
		out = next
	}
	expand(g.Decay, func(p *summarize.Params, v float64) { p.Decay = v })
	expand(g.Forward, func(p *summarize.Params, v float64) { p.Forward = v })
	expand(g.Backward, func(p *summarize.Params, v float64) { p.Backward = v })
	expand(g.ShortPenalty, func(p *summarize.Params, v float64) { p.ShortPenalty = v })
	expand(g.MaxOverlap, func(p *summarize.Params, v float64) { p.MaxOverlap = v })
	expand(g.QuotePenalty, func(p *summarize.Params, v float64) { p.QuotePenalty = v })
	return out
}

// Table holds every example's scores under every candidate: scores[c][e].
type Table struct {
	Params []summarize.Params
	scores [][]Scores
	ex     []Example
}

// Measure scores every example under every candidate, on all cores.
func Measure(ex []Example, cands []summarize.Params) *Table {
	t := &Table{Params: cands, scores: make([][]Scores, len(cands)), ex: ex}
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for c := range next {
				row := make([]Scores, len(ex))
				for i, e := range ex {
					row[i] = e.Score(cands[c])
				}
				t.scores[c] = row
			}
		})
	}
	for c := range cands {
		next <- c
	}
	close(next)
	wg.Wait()
	return t
}

// mean returns candidate c's mean scores and Lead-n's over the examples in idx.
func (t *Table) mean(c int, idx []int) (got, lead Scores) {
	for _, i := range idx {
		got = got.plus(t.scores[c][i])
		lead = lead.plus(t.ex[i].lead)
	}
	k := 1 / float64(max(1, len(idx)))
	return got.times(k), lead.times(k)
}

// Fold is one round of cross-validation: the weights chosen on the other folds of every set
// and their margin over Lead-n on this fold of each set.
type Fold struct {
	Chosen  summarize.Params
	Sizes   []int    // stories of each set in this fold
	Margins []Scores // each set's margin on this fold, which the choice did not see
}

// Report is the outcome of a cross-validation over one or more sets.
type Report struct {
	Folds      []Fold
	Margins    []Scores         // each set's cross-validated margin: the folds' margins, weighted by size
	Spreads    []Scores         // the standard deviation of each set's fold margins
	Best       summarize.Params // chosen on all stories of all sets
	BestMargin []Scores         // its margin on each whole set: the dev figure
	Lead       []Scores         // Lead-n on each whole set
}

// CrossValidate splits each set's stories into k folds by a hash of their ids; k times it
// chooses a candidate on k-1 folds and measures it on the fold left out. The choice is the
// candidate with the best margin over Lead-n (R1+R2+RLsum) on the first set among those that
// keep every other set at or above its Lead-n on all three figures: the first set is the one
// fitted, the others are guards (a weighting that wins on one outlet by losing to the lead on
// another is no choice). If none keeps the guards, the best on the first set is chosen. Every
// table must hold the same candidates.
func CrossValidate(sets []*Table, k int) Report {
	folds := make([][][]int, len(sets)) // set, fold -> examples
	all := make([][]int, len(sets))
	for s, t := range sets {
		folds[s] = make([][]int, k)
		for i, e := range t.ex {
			h := fnv.New32a()
			h.Write([]byte(e.ID))
			f := int(h.Sum32() % uint32(k))
			folds[s][f] = append(folds[s][f], i)
			all[s] = append(all[s], i)
		}
	}
	best := func(idx [][]int) int {
		b, top, guarded := 0, math.Inf(-1), false
		for c := range sets[0].Params {
			got, lead := sets[0].mean(c, idx[0])
			m := got.Minus(lead).Sum()
			ok := true
			for s, t := range sets[1:] {
				got, lead := t.mean(c, idx[s+1])
				d := got.Minus(lead)
				ok = ok && d.R1 >= 0 && d.R2 >= 0 && d.RLsum >= 0
			}
			if ok && !guarded || ok == guarded && m > top {
				b, top, guarded = c, m, ok
			}
		}
		return b
	}
	r := Report{Margins: make([]Scores, len(sets)), Spreads: make([]Scores, len(sets))}
	for f := range k {
		train := make([][]int, len(sets))
		for s := range sets {
			for g := range k {
				if g != f {
					train[s] = append(train[s], folds[s][g]...)
				}
			}
		}
		c := best(train)
		fold := Fold{Chosen: sets[0].Params[c]}
		for s, t := range sets {
			got, lead := t.mean(c, folds[s][f])
			fold.Sizes = append(fold.Sizes, len(folds[s][f]))
			fold.Margins = append(fold.Margins, got.Minus(lead))
		}
		r.Folds = append(r.Folds, fold)
	}
	for s, t := range sets {
		for _, f := range r.Folds {
			r.Margins[s] = r.Margins[s].plus(f.Margins[s].times(float64(f.Sizes[s]) / float64(len(t.ex))))
		}
		var sq Scores
		for _, f := range r.Folds {
			d := f.Margins[s].Minus(r.Margins[s])
			sq = sq.plus(Scores{d.R1 * d.R1, d.R2 * d.R2, d.RLsum * d.RLsum})
		}
		sq = sq.times(1 / float64(max(1, k-1)))
		r.Spreads[s] = Scores{math.Sqrt(sq.R1), math.Sqrt(sq.R2), math.Sqrt(sq.RLsum)}
	}
	c := best(all)
	r.Best = sets[0].Params[c]
	for s, t := range sets {
		got, lead := t.mean(c, all[s])
		r.BestMargin = append(r.BestMargin, got.Minus(lead))
		r.Lead = append(r.Lead, lead)
	}
	return r
}

// Margin returns candidate p's mean margin over Lead-n on all examples, measuring it if the
// table does not hold it.
func (t *Table) Margin(p summarize.Params) Scores {
	all := make([]int, len(t.ex))
	for i := range all {
		all[i] = i
	}
	for c, q := range t.Params {
		if q == p {
			got, lead := t.mean(c, all)
			return got.Minus(lead)
		}
	}
	one := Measure(t.ex, []summarize.Params{p})
	got, lead := one.mean(0, all)
	return got.Minus(lead)
}
