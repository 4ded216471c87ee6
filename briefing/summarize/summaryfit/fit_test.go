package summaryfit

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefing/summarize"
)

func toks(sents ...string) [][]string {
	var out [][]string
	for _, s := range sents {
		out = append(out, Tokens(s))
	}
	return out
}

func TestRouge(t *testing.T) {
	tests := []struct {
		name      string
		ref, cand [][]string
		want      Scores
	}{
		// Words of three letters or fewer are not stemmed, so these figures are rouge.py's too
		// (checked with its score function).
		{"one sentence", toks("the cat sat on the mat"), toks("the cat is on a mat"), Scores{66.67, 20, 66.67}},
		{"identical", toks("a big dog ran"), toks("a big dog ran"), Scores{100, 100, 100}},
		{"nothing shared", toks("a big dog"), toks("one red car"), Scores{}},
		{"empty candidate", toks("a big dog"), nil, Scores{}},
		// Lsum takes the union of each reference sentence's common subsequences with every
		// candidate sentence.
		{"two sentences", toks("the cat sat", "a dog ran"), toks("a dog sat", "the cat ran"), Scores{100, 40, 100}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Rouge(tc.ref, tc.cand)
			for _, p := range [][2]float64{{got.R1, tc.want.R1}, {got.R2, tc.want.R2}, {got.RLsum, tc.want.RLsum}} {
				if math.Abs(p[0]-p[1]) > 0.01 {
					t.Errorf("Rouge = %+v, want %+v", got, tc.want)
					break
				}
			}
		})
	}
}

func TestTokens(t *testing.T) {
	got := strings.Join(Tokens("U.S. voters, 2024's RUNNING mates!"), " ")
	if want := "u s voter 2024 s run mate"; got != want {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

// TestCrossValidatePrefersWhatHoldsOut builds stories whose lead is a quote and whose point,
// the reference, is the sentence after it: weights that pass over quotes win in every fold.
func TestCrossValidatePrefersWhatHoldsOut(t *testing.T) {
	var ex []Example
	for i := range 20 {
		text := fmt.Sprintf(`"I am so very happy about it today, it is great," said resident number %d. `+
			"The city council approved the new school budget on Monday after a long debate. "+
			"The budget adds money for teachers, buses and school meals. "+
			"The council meets again in June.", i)
		ex = append(ex, Prepare(Article{ID: fmt.Sprint(i), Text: text, N: 1,
			Ref: []string{"City council approves new school budget"}}))
	}
	quiet, penalise := summarize.DefaultParams, summarize.DefaultParams
	quiet.QuotePenalty, penalise.QuotePenalty = 0, 5
	tab := Measure(ex, []summarize.Params{quiet, penalise})
	r := CrossValidate([]*Table{tab}, 4)
	if r.Best != penalise {
		t.Errorf("best weights %+v, want the quote penalty", r.Best)
	}
	for i, f := range r.Folds {
		if f.Chosen != penalise {
			t.Errorf("fold %d chose %+v", i, f.Chosen)
		}
	}
	if r.Margins[0].R1 <= 0 || r.BestMargin[0].R1 <= 0 {
		t.Errorf("margins %+v (dev %+v), want above Lead-1", r.Margins[0], r.BestMargin[0])
	}
	if m := tab.Margin(quiet); m.R1 != 0 {
		t.Errorf("with no penalty the lead quote is picked, as Lead-1 does: margin %+v", m)
	}
}

// TestCrossValidateGuardsTheOtherSets: the first set's stories reward passing over a lead
// quote, the second set's references are that quote. Penalising quotes wins on the first set
// but falls below Lead-1 on the second, so the weights that keep the lead are chosen.
func TestCrossValidateGuardsTheOtherSets(t *testing.T) {
	story := func(i int) string {
		return fmt.Sprintf(`"I am so very happy about the budget today, it is great," said resident number %d. `+
			"The city council approved the new school budget on Monday after a long debate. "+
			"The council meets again in June.", i)
	}
	var fitted, guard []Example
	for i := range 20 {
		fitted = append(fitted, Prepare(Article{ID: fmt.Sprint(i), Text: story(i), N: 1,
			Ref: []string{"City council approves new school budget"}}))
		guard = append(guard, Prepare(Article{ID: fmt.Sprint(i), Text: story(i), N: 1,
			Ref: []string{"Resident is very happy about the budget"}}))
	}
	quiet, penalise := summarize.DefaultParams, summarize.DefaultParams
	quiet.QuotePenalty, penalise.QuotePenalty = 0, 5
	cands := []summarize.Params{penalise, quiet}
	alone := CrossValidate([]*Table{Measure(fitted, cands)}, 4)
	if alone.Best != penalise {
		t.Fatalf("on the first set alone chose %+v, want the quote penalty", alone.Best)
	}
	r := CrossValidate([]*Table{Measure(fitted, cands), Measure(guard, cands)}, 4)
	if r.Best != quiet {
		t.Errorf("with the guard chose %+v, want no quote penalty", r.Best)
	}
	for i, f := range r.Folds {
		if f.Chosen != quiet {
			t.Errorf("fold %d chose %+v", i, f.Chosen)
		}
	}
	if r.Margins[1].R1 < 0 {
		t.Errorf("guard set margin %+v, want at or above Lead-1", r.Margins[1])
	}
}
