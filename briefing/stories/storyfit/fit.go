// Package storyfit fits story matching's weights to labelled collections: it clusters each
// collection with every candidate weighting, scores it with B-cubed F1, and cross-validates
// by events (weights chosen on some events, measured on the others).
package storyfit

import (
	"hash/fnv"
	"math"
	"runtime"
	"sync"
	"time"

	"github.com/briefbot/briefbot/briefing/stories"
)

// Example is one labelled article, in arrival order.
type Example struct {
	ID      string
	Event   string // the gold story
	Profile stories.Profile
	At      time.Time
}

// Cluster assigns each example a story with an index of weights p, in order, as storage does.
func Cluster(ex []Example, p stories.Params) []int64 {
	x := stories.NewIndex(p)
	out := make([]int64, len(ex))
	var next int64
	newStory := func() (int64, error) { next++; return next, nil }
	for i, e := range ex {
		out[i], _ = x.Assign(e.Profile, e.At, 0, true, nil, newStory)
	}
	return out
}

// Scores are B-cubed and pairwise precision, recall and F1.
type Scores struct {
	BP, BR, BF float64
	PP, PR, PF float64
}

// Score compares predicted stories with the gold events, as clusterscore.py does.
func Score(gold []string, pred []int64) Scores {
	gm, pm := map[string]int{}, map[int64]int{}
	both := map[[2]any]int{}
	for i := range gold {
		gm[gold[i]]++
		pm[pred[i]]++
		both[[2]any{gold[i], pred[i]}]++
	}
	var s Scores
	for i := range gold {
		inter := float64(both[[2]any{gold[i], pred[i]}])
		s.BP += inter / float64(pm[pred[i]])
		s.BR += inter / float64(gm[gold[i]])
	}
	n := float64(len(gold))
	s.BP, s.BR = s.BP/n, s.BR/n
	s.BF = f1(s.BP, s.BR)
	pairs := func(c int) float64 { return float64(c*(c-1)) / 2 }
	var tp, gp, pp float64
	for _, c := range both {
		tp += pairs(c)
	}
	for _, c := range gm {
		gp += pairs(c)
	}
	for _, c := range pm {
		pp += pairs(c)
	}
	s.PP, s.PR = 1, 1
	if pp > 0 {
		s.PP = tp / pp
	}
	if gp > 0 {
		s.PR = tp / gp
	}
	s.PF = f1(s.PP, s.PR)
	return s
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Grid is the weightings to try: every combination of the listed values.
type Grid struct {
	Threshold, NameWeight, NumberWeight, Prior, Specifics []float64
	Window                                                []time.Duration
}

// Params lists the grid's weightings.
func (g Grid) Params() []stories.Params {
	var out []stories.Params
	for _, t := range g.Threshold {
		for _, n := range g.NameWeight {
			for _, m := range g.NumberWeight {
				for _, pr := range g.Prior {
					for _, w := range g.Window {
						for _, sp := range g.Specifics {
							out = append(out, stories.Params{Threshold: t, NameWeight: n, NumberWeight: m, Prior: pr, Window: w, Specifics: sp})
						}
					}
				}
			}
		}
	}
	return out
}

// Fold is one round of cross-validation.
type Fold struct {
	Chosen stories.Params
	F1     []float64 // per collection, B-cubed F1 over this fold's articles
}

// Report is the outcome of CrossValidate.
type Report struct {
	Folds  []Fold
	CV     []float64 // per collection: B-cubed F1, each fold's articles scored with weights chosen on the others
	Spread []float64 // per collection: the folds' standard deviation
	Best   stories.Params
	Dev    []float64 // per collection: B-cubed F1 of Best on all of it
}

// CrossValidate splits each collection's events into k folds by a hash of the event. Every
// weighting clusters each whole collection once (a fold's events stay among all the others, as
// in a real stream); for each fold the weighting with the best mean B-cubed F1 over the other
// folds' articles of every collection is chosen and scored on the fold's articles. Best is
// chosen on everything. Weightings are tried on every core.
func CrossValidate(sets [][]Example, cands []stories.Params, k int) Report {
	fold := make([][]int, len(sets))
	for s, ex := range sets {
		fold[s] = make([]int, len(ex))
		for i, e := range ex {
			h := fnv.New32a()
			h.Write([]byte(e.Event))
			fold[s][i] = int(h.Sum32() % uint32(k))
		}
	}
	// per[c][s][i]: B-cubed precision and recall of article i of collection s under weighting c.
	per := make([][][][2]float64, len(cands))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range next {
				per[c] = make([][][2]float64, len(sets))
				for s, ex := range sets {
					per[c][s] = perArticle(ex, Cluster(ex, cands[c]))
				}
			}
		}()
	}
	for c := range cands {
		next <- c
	}
	close(next)
	wg.Wait()
	// mean is the B-cubed F1 over the kept folds' articles: mean precision and recall, then F1.
	mean := func(c, s int, keep func(f int) bool) float64 {
		var sum [2]float64
		var n int
		for i, v := range per[c][s] {
			if keep(fold[s][i]) {
				sum[0] += v[0]
				sum[1] += v[1]
				n++
			}
		}
		if n == 0 {
			return 0
		}
		return f1(sum[0]/float64(n), sum[1]/float64(n))
	}
	choose := func(keep func(f int) bool) int {
		best, bv := 0, -1.0
		for c := range cands {
			var v float64
			for s := range sets {
				v += mean(c, s, keep)
			}
			if v > bv {
				best, bv = c, v
			}
		}
		return best
	}
	var r Report
	chosen := make([]int, k)
	for f := 0; f < k; f++ {
		c := choose(func(g int) bool { return g != f })
		chosen[f] = c
		fo := Fold{Chosen: cands[c], F1: make([]float64, len(sets))}
		for s := range sets {
			fo.F1[s] = mean(c, s, func(g int) bool { return g == f })
		}
		r.Folds = append(r.Folds, fo)
	}
	r.CV = make([]float64, len(sets))
	r.Spread = make([]float64, len(sets))
	r.Dev = make([]float64, len(sets))
	all := func(int) bool { return true }
	best := choose(all)
	r.Best = cands[best]
	for s := range sets {
		// The cross-validated figure weighs each article once, as the dev figure does.
		var sum [2]float64
		for i := range sets[s] {
			pr := per[chosen[fold[s][i]]][s][i]
			sum[0] += pr[0]
			sum[1] += pr[1]
		}
		r.CV[s] = f1(sum[0]/float64(len(sets[s])), sum[1]/float64(len(sets[s])))
		var sq float64
		for _, fo := range r.Folds {
			sq += (fo.F1[s] - r.CV[s]) * (fo.F1[s] - r.CV[s])
		}
		r.Spread[s] = math.Sqrt(sq / float64(k))
		r.Dev[s] = mean(best, s, all)
	}
	return r
}

// perArticle is each article's B-cubed precision and recall: how much of its predicted story is
// its event, and how much of its event its story holds.
func perArticle(ex []Example, pred []int64) [][2]float64 {
	gm, pm := map[string]int{}, map[int64]int{}
	both := map[[2]any]int{}
	for i, e := range ex {
		gm[e.Event]++
		pm[pred[i]]++
		both[[2]any{e.Event, pred[i]}]++
	}
	out := make([][2]float64, len(ex))
	for i, e := range ex {
		inter := float64(both[[2]any{e.Event, pred[i]}])
		out[i] = [2]float64{inter / float64(pm[pred[i]]), inter / float64(gm[e.Event])}
	}
	return out
}
