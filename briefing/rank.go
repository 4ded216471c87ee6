package briefing

import (
	"math"
	"sort"
	"time"
)

// Rank orders a briefing's items and returns the indices of at most max of them: newer first,
// lifted by importance (a story several sources carried, one with a quote to show) and spread
// across sources (each further item from a source already shown counts for less).
func Rank(items []Item, now time.Time, max int) []int {
	type scored struct {
		it    Item
		i     int
		score float64
	}
	cands := make([]scored, len(items))
	for i, it := range items {
		age := now.Sub(it.When).Hours()
		if age < 0 {
			age = 0
		}
		s := 1 / (1 + age/12) // half weight at 12 hours old
		// Outlets weigh in, and more when they came fast: ten in an hour tops the morning.
		if n := len(it.Outlets); n > 1 {
			s += 0.4 * math.Log2(float64(n))
			if !it.First.IsZero() {
				span := it.When.Sub(it.First).Hours()
				if span < 0 {
					span = 0
				}
				s += 0.2 * min(float64(n-1)/(1+span), 3)
			}
		}
		if it.Quote != "" && it.Speaker != "" {
			s += 0.2
		}
		cands[i] = scored{it, i, s}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	var out []int
	shown := map[string]int{}
	for len(out) < max && len(cands) > 0 {
		best := 0
		for i := range cands {
			if eff(cands[i].score, shown[cands[i].it.Source]) > eff(cands[best].score, shown[cands[best].it.Source]) {
				best = i
			}
		}
		out = append(out, cands[best].i)
		shown[cands[best].it.Source]++
		cands = append(cands[:best], cands[best+1:]...)
	}
	return out
}

// eff discounts an item's score by how many items of its source are in already.
func eff(score float64, sameSource int) float64 { return score / float64(1+sameSource) }

// Top returns the first max items of a briefing, in Rank's order.
func Top(items []Item, now time.Time, max int) []Item {
	var out []Item
	for _, i := range Rank(items, now, max) {
		out = append(out, items[i])
	}
	return out
}
