package briefing

import (
	"math"
	"sort"

	"github.com/briefbot/briefbot/briefing/text"
)

// storyRepeat is the share of the shorter sentence's words found in the other past which two
// summary sentences of a story say the same thing, and only the first is kept.
const storyRepeat = 0.35

// Story makes one briefing entry of a story's articles, newest first, whose first fresh came
// since the last briefing and the rest before it. The entry has the headline and link of its
// most central fresh article (the one whose words the others share most), a summary of up to
// SummarySentences sentences drawn from all of them with repeats left out (the sentences
// most outlets tell first), the key quote of the most central article that has a named one,
// and every outlet that reported it. ok is false when the earlier articles told all the fresh
// ones tell: no new outlet, no new key quote. Otherwise a story seen before is an update.
func Story(items []Item, fresh int) (entry Item, ok bool) {
	if fresh <= 0 || fresh > len(items) {
		return Item{}, false
	}
	if len(items) == 1 { // most stories, most of the time: the article is the entry
		return items[0], true
	}
	// The words of each summary sentence, found once; an article's are those and its title's.
	sentBags := make([][]map[string]bool, len(items))
	bags := make([]map[string]bool, len(items))
	for i, it := range items {
		bags[i] = wordSet(it.Title)
		sentBags[i] = make([]map[string]bool, len(it.Summary))
		for p, s := range it.Summary {
			sentBags[i][p] = wordSet(s)
			for w := range sentBags[i][p] {
				bags[i][w] = true
			}
		}
	}
	central := make([]float64, len(items))
	for i := range items {
		for j := range items {
			if i != j {
				central[i] += overlap(bags[i], bags[j])
			}
		}
	}
	order := make([]int, len(items)) // fresh articles first, each part most central first
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		fa, fb := order[a] < fresh, order[b] < fresh
		if fa != fb {
			return fa
		}
		return central[order[a]] > central[order[b]]
	})
	head := items[order[0]]
	entry = Item{Title: head.Title, URL: head.URL, Source: head.Source, When: items[0].When}
	for _, it := range items {
		if entry.First.IsZero() || it.When.Before(entry.First) {
			entry.First = it.When
		}
		if it.When.After(entry.When) {
			entry.When = it.When
		}
	}
	entry.Outlets = outlets(items, order)
	entry.Summary = storySummary(items, order, sentBags)
	for _, i := range order {
		if items[i].Quote != "" && (items[i].Speaker != "" || entry.Quote == "") {
			entry.Quote, entry.Speaker = items[i].Quote, items[i].Speaker
			if items[i].Speaker != "" {
				break
			}
		}
	}
	if fresh == len(items) {
		return entry, true
	}
	before := map[string]bool{}
	for _, it := range items[fresh:] {
		for _, o := range it.Outlets {
			before[o.Name] = true
		}
		before[it.Source] = true
		before["said:"+text.Fold(it.Quote)] = true
	}
	for _, it := range items[:fresh] {
		news := !before[it.Source] || it.Quote != "" && !before["said:"+text.Fold(it.Quote)]
		for _, o := range it.Outlets {
			news = news || !before[o.Name]
		}
		if news {
			entry.Update = true
			return entry, true
		}
	}
	return entry, false
}

// outlets lists who reported the story, once each, in the given order of its articles.
func outlets(items []Item, order []int) []Outlet {
	var out []Outlet
	seen := map[string]bool{}
	add := func(o Outlet) {
		if o.Name != "" && !seen[o.Name] {
			seen[o.Name] = true
			out = append(out, o)
		}
	}
	for _, i := range order {
		it := items[i]
		add(Outlet{Name: it.Source, URL: it.URL})
		for _, o := range it.Outlets {
			add(o)
		}
	}
	return out
}

// storySummary picks up to SummarySentences of the articles' summary sentences (whose words
// are bags): the ones the
// other articles' summaries share most words with, none repeating one picked, in the order of
// their place in their own summary (the lead first).
func storySummary(items []Item, order []int, bags [][]map[string]bool) []string {
	type cand struct {
		text        string
		bag         map[string]bool
		item, place int
		support     float64
	}
	var cands []cand
	for rank, i := range order {
		for p, s := range items[i].Summary {
			cands = append(cands, cand{text: s, bag: bags[i][p], item: rank, place: p})
		}
	}
	for a := range cands {
		for _, other := range order {
			if order[cands[a].item] == other {
				continue
			}
			var best float64
			for _, bag := range bags[other] {
				best = max(best, overlap(cands[a].bag, bag))
			}
			cands[a].support += best
		}
		// Between equals the lead of the most central article goes first.
		cands[a].support -= 0.01 * float64(cands[a].place+cands[a].item)
		if cands[a].item == 0 && cands[a].place == 0 {
			cands[a].support = math.Inf(1) // the story opens with its most central lead
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].support > cands[b].support })
	var picked []cand
	for _, c := range cands {
		if len(picked) == SummarySentences {
			break
		}
		repeat := false
		for _, p := range picked {
			if contained(p.bag, c.bag) > storyRepeat {
				repeat = true
				break
			}
		}
		if !repeat {
			picked = append(picked, c)
		}
	}
	sort.SliceStable(picked, func(a, b int) bool {
		if picked[a].place != picked[b].place {
			return picked[a].place < picked[b].place
		}
		return picked[a].item < picked[b].item
	})
	out := make([]string, len(picked))
	for i, p := range picked {
		out[i] = p.text
	}
	return out
}

// wordSet is the set of content words of s, folded. (Not stemmed: a briefing compares a few
// hundred sentences while it is being answered, and the stemmer cost most of that.)
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range text.Words(s) {
		if !text.IsStopword(w) {
			out[w] = true
		}
	}
	return out
}

// overlap is the cosine of two word sets.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(common(a, b)) / math.Sqrt(float64(len(a))*float64(len(b)))
}

// contained is the share of the smaller word set that the other holds.
func contained(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(common(a, b)) / float64(min(len(a), len(b)))
}

// common counts the words two sets share.
func common(a, b map[string]bool) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}
