// Package pronounfit fits the weights with which the quote finder chooses whom a pronoun
// ("he said", "the singer said") stands for, on stories whose quotes have resolved speakers.
//
// Each pronoun that gave a found quote its speaker is one example: the candidates the finder
// weighed, and which of them is the quote's gold speaker. The weights maximise the likelihood
// of the gold choices under a conditional logit (a softmax over each example's candidates),
// with an L2 penalty that keeps them small where the data says little.
package pronounfit

import (
	"math"

	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/quotes/quotescore"
	"github.com/briefbot/briefbot/briefing/text"
)

// W is one set of weights, as quotes.PronounWeights.
type W = [quotes.NumFeatures]float64

// An Example is one resolved pronoun: its candidates and the index of the gold speaker among
// them, -1 when the gold speaker is none of them (no weights can get it right).
type Example struct {
	Candidates []quotes.Candidate
	Gold       int
}

// Examples resolves the quotes of one annotated story and returns an example for every found
// quote whose speaker came from a pronoun and whose gold speaker is a name.
func Examples(d text.Doc, gold []quotescore.Gold) []Example {
	qs, rs := quotes.FindResolving(d)
	found := make([]quotescore.Found, len(qs))
	for i, q := range qs {
		found[i] = quotescore.Found{Text: q.Text, Speaker: q.Speaker}
	}
	goldOf := make([]string, len(qs)) // the gold speaker of each found quote, if scorable
	for g, f := range quotescore.Match(gold, found) {
		if f >= 0 && quotescore.Scorable(gold[g].Speaker) {
			goldOf[f] = gold[g].Speaker
		}
	}
	var out []Example
	for i, q := range qs {
		if goldOf[i] == "" || q.Speaker == "" {
			continue
		}
		// The last resolution at this quote that chose its speaker: the one that named it.
		r := -1
		for k, res := range rs {
			if res.At >= q.Start-3 && res.At < q.End && res.Chose >= 0 && res.Candidates[res.Chose].Name == q.Speaker {
				r = k
			}
		}
		if r < 0 {
			continue
		}
		ex := Example{Candidates: rs[r].Candidates, Gold: -1}
		for c, cand := range ex.Candidates {
			if quotescore.SameSpeaker(cand.Name, goldOf[i]) {
				ex.Gold = c
				break
			}
		}
		out = append(out, ex)
	}
	return out
}

// Right counts the examples whose gold candidate scores best under w.
func Right(ex []Example, w W) int {
	n := 0
	for _, e := range ex {
		if e.Gold >= 0 && quotes.Choose(e.Candidates, w) == e.Gold {
			n++
		}
	}
	return n
}

// Lambda is the L2 penalty per example: small weights unless the data asks for large ones.
const Lambda = 0.01

// Fit returns the weights that maximise the penalised log-likelihood of the gold choices,
// by gradient ascent from zero (the problem is concave, so the start does not matter).
func Fit(ex []Example) W {
	var w W
	var train []Example
	for _, e := range ex {
		if e.Gold >= 0 && len(e.Candidates) > 1 {
			train = append(train, e)
		}
	}
	if len(train) == 0 {
		return w
	}
	const steps, rate = 5000, 0.5
	for range steps {
		var grad W
		for _, e := range train {
			p := softmax(e.Candidates, w)
			for c, cand := range e.Candidates {
				for j, f := range cand.Features {
					g := -p[c] * f
					if c == e.Gold {
						g += f
					}
					grad[j] += g
				}
			}
		}
		for j := range w {
			w[j] += rate * (grad[j]/float64(len(train)) - Lambda*w[j])
		}
	}
	return w
}

// LogLikelihood is the mean log-probability of the gold choices under w, over the examples
// that have one.
func LogLikelihood(ex []Example, w W) float64 {
	sum, n := 0.0, 0
	for _, e := range ex {
		if e.Gold < 0 {
			continue
		}
		sum += math.Log(softmax(e.Candidates, w)[e.Gold])
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

func softmax(cs []quotes.Candidate, w W) []float64 {
	p := make([]float64, len(cs))
	top := math.Inf(-1)
	for c, cand := range cs {
		p[c] = quotes.Score(cand.Features, w)
		top = max(top, p[c])
	}
	sum := 0.0
	for c := range p {
		p[c] = math.Exp(p[c] - top)
		sum += p[c]
	}
	for c := range p {
		p[c] /= sum
	}
	return p
}
