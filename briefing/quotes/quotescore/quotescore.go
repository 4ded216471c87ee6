// Package quotescore scores found quotes against annotated articles by the rules of the
// shared eval's quotescore.py (a gold direct quote is found when 80% of its words lie, in
// order, in one found quote; a found quote is right when 80% of its words lie in the article's
// gold quotes; speakers agree when their last words do after folding case, accents and
// titles), and adds what that script leaves out: how often a found quote is given a name that
// is the wrong person ("unknown is better than wrong"), and how often no name at all.
package quotescore

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Gold is one annotated quote.
type Gold struct {
	Quote   string `json:"quote"`
	Speaker string `json:"speaker"`
	Type    string `json:"type"` // direct, mixed or indirect
}

// Found is one quote a finder returned.
type Found struct {
	Text, Speaker string
	Via           string // the reading that gave the speaker, if any (see quotes.Quote)
}

// Miss is a found direct quote whose speaker is not the gold one.
type Miss struct {
	Quote, Gold, Got string
}

// Score adds up a set's figures.
type Score struct {
	Gold, Found, Predicted, Right int // direct quotes in gold, found; predictions, right ones
	Scored, SpeakerOK             int // found quotes with a scorable gold speaker; right speaker
	WrongName, NoName             int // of Scored: a name that is not the gold one; none
	Misses                        []Miss
	// ByVia counts, for each reading that gave a scored quote a name, the names right and
	// wrong.
	ByVia map[string]*Named
}

// Named counts names given right and wrong.
type Named struct{ Right, Wrong int }

// NamedOnly keeps a gold speaker only when it is a capitalised name: PolNeAR's gold is the
// text's words, so "he" or "the senator" against a resolved name is not an error.
func NamedOnly(speaker string) bool {
	for _, r := range strings.TrimSpace(speaker) {
		return unicode.IsUpper(r)
	}
	return false
}

// Add scores one article. scorable, when not nil, further limits which gold speakers count.
func (s *Score) Add(gold []Gold, found []Found, scorable func(string) bool) {
	var everything []string
	for _, g := range gold {
		everything = append(everything, tokens(g.Quote)...)
	}
	for _, f := range found {
		if t := tokens(f.Text); len(t) > 0 {
			s.Predicted++
			if float64(lcs(t, everything)) >= 0.8*float64(len(t)) {
				s.Right++
			}
		}
	}
	for i, best := range Match(gold, found) {
		g := gold[i]
		if g.Type != "direct" || len(tokens(g.Quote)) == 0 {
			continue
		}
		s.Gold++
		if best < 0 {
			continue
		}
		s.Found++
		if !Scorable(g.Speaker) || scorable != nil && !scorable(g.Speaker) {
			continue
		}
		s.Scored++
		got := found[best].Speaker
		named := s.named(found[best].Via)
		switch {
		case SameSpeaker(got, g.Speaker):
			s.SpeakerOK++
			named.Right++
			continue
		case strings.TrimSpace(got) == "":
			s.NoName++
		default:
			s.WrongName++
			named.Wrong++
		}
		s.Misses = append(s.Misses, Miss{Quote: g.Quote, Gold: g.Speaker, Got: got})
	}
}

// named is the count of the reading via; a count of nothing for no reading.
func (s *Score) named(via string) *Named {
	if via == "" {
		return &Named{}
	}
	if s.ByVia == nil {
		s.ByVia = map[string]*Named{}
	}
	if s.ByVia[via] == nil {
		s.ByVia[via] = &Named{}
	}
	return s.ByVia[via]
}

// Match finds each direct gold quote among the found ones: per gold quote, the index of the
// found quote that holds the most of its words, when that is 80% of them, else -1 (also for a
// gold quote that is not direct).
func Match(gold []Gold, found []Found) []int {
	toks := make([][]string, len(found))
	for i, f := range found {
		toks[i] = tokens(f.Text)
	}
	out := make([]int, len(gold))
	for i, g := range gold {
		out[i] = -1
		qt := tokens(g.Quote)
		if g.Type != "direct" || len(qt) == 0 {
			continue
		}
		best, bestN := -1, -1
		for j, t := range toks {
			if len(t) == 0 {
				continue
			}
			if n := lcs(qt, t); n > bestN {
				best, bestN = j, n
			}
		}
		if best >= 0 && float64(bestN) >= 0.8*float64(len(qt)) {
			out[i] = best
		}
	}
	return out
}

// Scorable reports whether a gold speaker can be scored: it has a name, and is no pronoun.
func Scorable(speaker string) bool {
	return len(nameWords(speaker)) > 0 && !pronouns[strings.TrimSpace(fold(speaker))]
}

// Recall, Precision, F1, SpeakerAccuracy, WrongNameShare and NoNameShare are the set's figures.
func (s Score) Recall() float64          { return ratio(s.Found, s.Gold) }
func (s Score) Precision() float64       { return ratio(s.Right, s.Predicted) }
func (s Score) SpeakerAccuracy() float64 { return ratio(s.SpeakerOK, s.Scored) }
func (s Score) WrongNameShare() float64  { return ratio(s.WrongName, s.Scored) }
func (s Score) NoNameShare() float64     { return ratio(s.NoName, s.Scored) }
func (s Score) F1() float64 {
	r, p := s.Recall(), s.Precision()
	if r+p == 0 {
		return 0
	}
	return 2 * r * p / (r + p)
}

// String is the set's line of figures.
func (s Score) String() string {
	return fmt.Sprintf("direct F1 %.3f (recall %.3f, precision %.3f) · speaker accuracy %.3f of %d · named but wrong %.1f%% · no name %.1f%%",
		s.F1(), s.Recall(), s.Precision(), s.SpeakerAccuracy(), s.Scored, 100*s.WrongNameShare(), 100*s.NoNameShare())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true,
	"prof": true, "president": true, "the": true, "gen": true, "sen": true, "rep": true, "gov": true}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "it": true,
	"him": true, "her": true, "them": true, "us": true, "me": true}

// SameSpeaker reports whether two names share their last word, titles dropped.
func SameSpeaker(got, gold string) bool {
	p, g := nameWords(got), nameWords(gold)
	if len(p) == 0 || len(g) == 0 {
		return false
	}
	return contains(g, p[len(p)-1]) || contains(p, g[len(g)-1])
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func nameWords(s string) []string {
	var out []string
	for _, w := range tokens(s) {
		if !titles[w] {
			out = append(out, w)
		}
	}
	return out
}

// fold lower-cases s and strips its accents, as the Python scorer does.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// tokens are the runs of ASCII letters and digits of the folded text.
func tokens(s string) []string {
	var out []string
	start := -1
	f := fold(s)
	for i := 0; i <= len(f); i++ {
		alnum := i < len(f) && (f[i] >= 'a' && f[i] <= 'z' || f[i] >= '0' && f[i] <= '9')
		if alnum && start < 0 {
			start = i
		}
		if !alnum && start >= 0 {
			out = append(out, f[start:i])
			start = -1
		}
	}
	return out
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for _, x := range a {
		cur[0] = 0
		for j, y := range b {
			if x == y {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
