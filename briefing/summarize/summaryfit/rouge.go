// Package summaryfit measures the summarizer on reference summaries and fits its weights by
// k-fold cross-validation, so that the margin it reports over Lead-n is the one to expect on
// stories it was not fitted on.
//
// ROUGE here follows Google's rouge-score package, as ../shared/eval/rouge.py does: lower
// case, runs of other characters than a-z and 0-9 as spaces, tokens longer than three letters
// stemmed, Lsum over sentences. It stems with Porter2 (snowball) where rouge.py uses nltk's
// Porter, so its figures differ from rouge.py's in the second decimal: use it to compare
// weights, and rouge.py for the figures you report.
package summaryfit

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// Scores are ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, in percent.
type Scores struct {
	R1, R2, RLsum float64
}

// Sum is the one figure fits maximise: the three scores added.
func (s Scores) Sum() float64 { return s.R1 + s.R2 + s.RLsum }

// Minus is s - o, score by score.
func (s Scores) Minus(o Scores) Scores { return Scores{s.R1 - o.R1, s.R2 - o.R2, s.RLsum - o.RLsum} }

func (s Scores) plus(o Scores) Scores { return Scores{s.R1 + o.R1, s.R2 + o.R2, s.RLsum + o.RLsum} }

func (s Scores) times(k float64) Scores { return Scores{s.R1 * k, s.R2 * k, s.RLsum * k} }

// Tokens cuts s into rouge-score's tokens.
func Tokens(s string) []string {
	s = strings.ToLower(s)
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		alnum := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9')
		if alnum && start < 0 {
			start = i
		}
		if !alnum && start >= 0 {
			t := s[start:i]
			if len(t) > 3 {
				t = english.Stem(t, false)
			}
			out = append(out, t)
			start = -1
		}
	}
	return out
}

// Rouge scores candidate sentences against reference sentences, both already tokenised.
func Rouge(ref, cand [][]string) Scores {
	rt, ct := flat(ref), flat(cand)
	return Scores{
		R1:    100 * ngramF(rt, ct, 1),
		R2:    100 * ngramF(rt, ct, 2),
		RLsum: 100 * lsum(ref, cand, len(rt), len(ct)),
	}
}

func flat(sents [][]string) []string {
	var out []string
	for _, s := range sents {
		out = append(out, s...)
	}
	return out
}

func f1(hit, npred, nref int) float64 {
	if hit == 0 || npred == 0 || nref == 0 {
		return 0
	}
	p, r := float64(hit)/float64(npred), float64(hit)/float64(nref)
	return 2 * p * r / (p + r)
}

func ngramF(ref, cand []string, n int) float64 {
	count := func(toks []string) (map[string]int, int) {
		m := map[string]int{}
		total := 0
		for i := 0; i+n <= len(toks); i++ {
			m[strings.Join(toks[i:i+n], " ")]++
			total++
		}
		return m, total
	}
	a, nref := count(ref)
	b, npred := count(cand)
	hit := 0
	for g, c := range a {
		hit += min(c, b[g])
	}
	return f1(hit, npred, nref)
}

// lsum is rouge-score's summary-level LCS: for each reference sentence, the union of its
// tokens on a longest common subsequence with any candidate sentence, each token counted at
// most as often as it occurs on both sides.
func lsum(ref, cand [][]string, nref, npred int) float64 {
	if nref == 0 || npred == 0 {
		return 0
	}
	rc, pc := map[string]int{}, map[string]int{}
	for _, s := range ref {
		for _, t := range s {
			rc[t]++
		}
	}
	for _, s := range cand {
		for _, t := range s {
			pc[t]++
		}
	}
	hits := 0
	for _, r := range ref {
		union := make([]bool, len(r))
		for _, c := range cand {
			for _, i := range lcsIndices(r, c) {
				union[i] = true
			}
		}
		for i, in := range union {
			if t := r[i]; in && rc[t] > 0 && pc[t] > 0 {
				hits++
				rc[t]--
				pc[t]--
			}
		}
	}
	return f1(hits, npred, nref)
}

// lcsIndices returns the indices in a of one longest common subsequence of a and b, chosen
// as rouge-score's backtracking chooses it.
func lcsIndices(a, b []string) []int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				t[i][j] = t[i-1][j-1] + 1
			} else {
				t[i][j] = max(t[i-1][j], t[i][j-1])
			}
		}
	}
	var out []int
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, i-1)
			i--
			j--
		case t[i-1][j] > t[i][j-1]:
			i--
		default:
			j--
		}
	}
	return out
}
