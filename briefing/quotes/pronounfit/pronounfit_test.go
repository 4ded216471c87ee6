package pronounfit

import (
	"testing"

	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/quotes/quotescore"
	"github.com/briefbot/briefbot/briefing/text"
)

func cand(name string, feats map[int]float64) quotes.Candidate {
	c := quotes.Candidate{Name: name}
	for j, v := range feats {
		c.Features[j] = v
	}
	return c
}

// TestFitLearnsTheDecidingFeature: when the gold person is always the nearest, not the last
// subject, the fitted weights say so and choose every gold person; the hand weights, which
// prefer the last subject, do not.
func TestFitLearnsTheDecidingFeature(t *testing.T) {
	var ex []Example
	for i := range 20 {
		near := cand("Near", map[int]float64{quotes.FeatDistance: 0.5, quotes.FeatLast: 1})
		subj := cand("Subject", map[int]float64{quotes.FeatDistance: 3, quotes.FeatLastSubject: 1, quotes.FeatSubject: 1})
		far := cand("Far", map[int]float64{quotes.FeatDistance: 5 + float64(i%3)})
		ex = append(ex, Example{Candidates: []quotes.Candidate{near, subj, far}, Gold: 0})
	}
	ex = append(ex, Example{Candidates: []quotes.Candidate{cand("Nobody", nil)}, Gold: -1})
	w := Fit(ex)
	if w[quotes.FeatDistance] >= 0 {
		t.Errorf("distance weight %.2f: nearer should score higher", w[quotes.FeatDistance])
	}
	if got := Right(ex, w); got != 20 {
		t.Errorf("fitted weights choose %d of 20 gold persons", got)
	}
	if got := Right(ex, quotes.PronounWeights); got == 20 {
		t.Errorf("hand weights choose all 20: the examples do not test the fit")
	}
	if LogLikelihood(ex, w) <= LogLikelihood(ex, W{}) {
		t.Errorf("fitted log-likelihood %.3f is no better than zero weights' %.3f", LogLikelihood(ex, w), LogLikelihood(ex, W{}))
	}
}

// TestExamples: a pronoun that names a quote's speaker is an example labelled with the gold
// person among its candidates; a quote whose speaker the frame names, or whose gold speaker
// is itself a pronoun, is none.
func TestExamples(t *testing.T) {
	d := text.Parse("Kamau Ossai met Wanjiru Voss at the bank on Monday. Mr. Ossai said the talks went well. "+
		"\"We agreed on nearly everything that matters to the depositors,\" he said. "+
		"\"The rest can wait for another quarter,\" Ms. Voss said.\n\nThe bank's shares rose. "+
		"\"Nobody expects a quick deal on the remaining points,\" she said.", "")
	gold := []quotescore.Gold{
		{Quote: "We agreed on nearly everything that matters to the depositors", Speaker: "Kamau Ossai", Type: "direct"},
		{Quote: "The rest can wait for another quarter", Speaker: "Wanjiru Voss", Type: "direct"},
		{Quote: "Nobody expects a quick deal on the remaining points", Speaker: "she", Type: "direct"},
	}
	ex := Examples(d, gold)
	if len(ex) != 1 {
		t.Fatalf("got %d examples, want 1 (the first quote's \"he\"): %+v", len(ex), ex)
	}
	if g := ex[0].Gold; g < 0 || ex[0].Candidates[g].Name != "Kamau Ossai" {
		t.Fatalf("gold candidate %d of %+v, want Kamau Ossai", g, ex[0].Candidates)
	}
	if Right(ex, quotes.PronounWeights) != 1 {
		t.Errorf("the code's weights do not choose the gold person")
	}
}
