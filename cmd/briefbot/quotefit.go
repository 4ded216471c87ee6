package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/quotes/pronounfit"
	"github.com/briefbot/briefbot/briefing/quotes/quotescore"
	"github.com/briefbot/briefbot/briefing/text"
)

// runPronounFit fits the pronoun resolver's weights on annotated sets with resolved speakers
// and prints, per set, how many of its pronouns each weighting resolves to the gold speaker:
// the weights in the code, weights fitted on the other sets (the cross-validated figure) and
// weights fitted on all; then the weights fitted on all, as the code holds them.
func runPronounFit(e *env, paths []string) error {
	sets := make([][]pronounfit.Example, len(paths))
	var all []pronounfit.Example
	for s, path := range paths {
		err := eachAnnotated(path, func(d text.Doc, gold []quotescore.Gold) {
			sets[s] = append(sets[s], pronounfit.Examples(d, gold)...)
		})
		if err != nil {
			return err
		}
		all = append(all, sets[s]...)
	}
	fitted := pronounfit.Fit(all)
	w := e.stdout
	fmt.Fprintf(w, "pronouns resolved to the gold speaker: weights in the code / fitted on the other sets / fitted on all\n")
	for s, path := range paths {
		var others []pronounfit.Example
		for o := range sets {
			if o != s {
				others = append(others, sets[o]...)
			}
		}
		reachable := 0
		for _, ex := range sets[s] {
			if ex.Gold >= 0 {
				reachable++
			}
		}
		fmt.Fprintf(w, "%s: %d pronouns, %d with the gold speaker among the candidates: %d / %d / %d\n",
			filepath.Base(path), len(sets[s]), reachable, pronounfit.Right(sets[s], quotes.PronounWeights),
			pronounfit.Right(sets[s], pronounfit.Fit(others)), pronounfit.Right(sets[s], fitted))
	}
	fmt.Fprintf(w, "mean log-likelihood on all: weights in the code %.3f, fitted %.3f\n",
		pronounfit.LogLikelihood(all, quotes.PronounWeights), pronounfit.LogLikelihood(all, fitted))
	var b strings.Builder
	for j, x := range fitted {
		if j > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%.2f", x)
	}
	fmt.Fprintf(w, "var PronounWeights = [NumFeatures]float64{%s} // %s\n", b.String(), strings.Join(quotes.FeatureNames[:], ", "))
	return nil
}
