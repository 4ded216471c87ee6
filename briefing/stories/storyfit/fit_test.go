package storyfit

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing/stories"
	"github.com/briefbot/briefbot/briefing/text"
)

func TestScore(t *testing.T) {
	tests := []struct {
		name   string
		gold   []string
		pred   []int64
		bf, pf float64
	}{
		{"perfect", []string{"a", "a", "b"}, []int64{1, 1, 2}, 1, 1},
		{"all apart", []string{"a", "a", "b", "b"}, []int64{1, 2, 3, 4}, 2 * 1 * 0.5 / 1.5, 0},
		{"all together", []string{"a", "a", "b", "b"}, []int64{1, 1, 1, 1}, 2 * 0.5 * 1 / 1.5, 2 * (2.0 / 6) * 1 / (2.0/6 + 1)},
	}
	for _, tt := range tests {
		s := Score(tt.gold, tt.pred)
		if d := s.BF - tt.bf; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s: B-cubed F1 %.4f, want %.4f", tt.name, s.BF, tt.bf)
		}
		if d := s.PF - tt.pf; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s: pairwise F1 %.4f, want %.4f", tt.name, s.PF, tt.pf)
		}
	}
}

func example(id, event, title string, body ...string) Example {
	return Example{ID: id, Event: event, Profile: stories.Of(title, body), At: time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)}
}

// TestCrossValidateChoosesOnOtherFolds: on two events told apart only by a fine threshold, the
// chosen weights give a perfect score and the report holds one figure per fold and set.
func TestCrossValidate(t *testing.T) {
	ex := []Example{
		example("1", "quake", "Earthquake strikes Lima", "A magnitude 7.1 earthquake struck Lima on Tuesday.", "Rescuers searched the rubble in Lima."),
		example("2", "budget", "Parliament passes budget", "Parliament in Ottawa passed the 2027 budget after a long debate.", "The finance minister Chrystia Ward praised the vote."),
		example("3", "quake", "Lima earthquake kills dozens", "Dozens died when the 7.1 earthquake hit Lima.", "Rescuers in Lima pulled survivors from the rubble."),
		example("4", "budget", "Ottawa budget vote", "Chrystia Ward said the budget vote in Ottawa was a victory.", "Parliament passed it by twelve votes."),
	}
	cands := Grid{Threshold: []float64{0.05, 0.2, 0.99}, NameWeight: []float64{1}, NumberWeight: []float64{1}, Prior: []float64{50}, Specifics: []float64{0},
		Window: []time.Duration{24 * time.Hour}}.Params()
	r := CrossValidate([][]Example{ex}, cands, 2)
	if len(r.Folds) != 2 || len(r.CV) != 1 || len(r.Dev) != 1 {
		t.Fatalf("report shape: %d folds, %d CV, %d dev", len(r.Folds), len(r.CV), len(r.Dev))
	}
	if r.Dev[0] != 1 {
		t.Errorf("dev F1 %.3f with %+v, want 1", r.Dev[0], r.Best)
	}
}

func BenchmarkCluster(b *testing.B) {
	var ex []Example
	for i := 0; i < 300; i++ {
		ex = append(ex, example("x", "e", "Storm hits coast", "A storm hit the coast of Florida on Monday.", "Officials in Miami ordered people to leave."))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Cluster(ex, stories.DefaultParams)
	}
}

var evalSet = flag.String("eval", "", "a labelled stories set (../shared/eval/stories/basil.jsonl) for BenchmarkBasil")

// BenchmarkBasil clusters a labelled set with the default weights: the cost of story matching
// per article, without the analysis.
func BenchmarkBasil(b *testing.B) {
	if *evalSet == "" {
		b.Skip("no -eval set")
	}
	f, err := os.ReadFile(*evalSet)
	if err != nil {
		b.Fatal(err)
	}
	var ex []Example
	for _, line := range strings.Split(strings.TrimSpace(string(f)), "\n") {
		var l struct{ ID, Event, Title, Text, Date string }
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			b.Fatal(err)
		}
		at, _ := time.Parse("2006-01-02", l.Date)
		d := text.Parse(l.Text, l.Title)
		var sents []string
		for _, s := range d.Sentences() {
			sents = append(sents, s.Of(d.Text))
		}
		ex = append(ex, Example{ID: l.ID, Event: l.Event, Profile: stories.Of(l.Title, sents), At: at})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Cluster(ex, stories.DefaultParams)
	}
	b.ReportMetric(float64(b.N*len(ex))/b.Elapsed().Seconds(), "articles/s")
}
