package summarize

import (
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefing/text"
)

func summary(t *testing.T, body, title string, n int) []string {
	t.Helper()
	d := text.Parse(body, title)
	ss := d.Sentences()
	var out []string
	prev := -1
	for _, i := range Extract(d, title, n) {
		if i <= prev {
			t.Fatalf("indices not in article order: %v", Extract(d, title, n))
		}
		prev = i
		out = append(out, ss[i].Of(d.Text))
	}
	return out
}

func TestSeedSummary(t *testing.T) {
	b, err := os.ReadFile("../../seeds/000_6ca526304d51d5ce.txt")
	if err != nil {
		t.Fatal(err)
	}
	title := "Ukraine defies invasion threat, as NATO sees no Russian pullback"
	got := summary(t, string(b), title, 3)
	if len(got) != 3 {
		t.Fatalf("got %d sentences", len(got))
	}
	for _, s := range got {
		for _, bad := range []string{"burs-dc", "LPdF", "Rich return", "Signals give us hope"} {
			if strings.Contains(s, bad) {
				t.Errorf("summary sentence %q holds %q", s, bad)
			}
		}
	}
}

func TestNoDanglingOpener(t *testing.T) {
	// The first sentence is a caption-like fragment; the best content sentences follow, and
	// one of them leans on the sentence before it.
	body := strings.Join([]string{
		"Photo taken Monday.",
		"But the plan to rebuild the harbour will cost far more than the city first said, officials warned.",
		"The city of Port Ellen plans to rebuild its harbour after the storm destroyed the old harbour walls.",
		"The harbour rebuild will be paid for by a new tax on visitors to the city, the council said.",
		"Visitors to the harbour said the storm damage was the worst they had seen.",
	}, "\n")
	got := summary(t, body, "Port Ellen to rebuild harbour after storm", 2)
	if strings.HasPrefix(got[0], "But") {
		t.Errorf("summary opens with a dangling sentence: %q", got)
	}
}

func TestNoDuplicates(t *testing.T) {
	body := strings.Join([]string{
		"The central bank raised interest rates by half a point on Thursday to fight inflation.",
		"The central bank raised interest rates by half a point on Thursday, to fight inflation.",
		"Markets had expected a smaller rise in interest rates from the bank.",
		"Mortgage holders will pay more from next month as banks pass on the rise.",
		"The bank's governor said further rises could follow if prices keep climbing.",
	}, "\n")
	got := summary(t, body, "Central bank raises interest rates", 3)
	for i := range got {
		for j := i + 1; j < len(got); j++ {
			if strings.ReplaceAll(got[i], ",", "") == strings.ReplaceAll(got[j], ",", "") {
				t.Errorf("summary repeats itself: %q", got)
			}
		}
	}
}

func TestShortArticlesAreWhole(t *testing.T) {
	body := "One sentence only here. And a second one."
	if got := summary(t, body, "", 3); len(got) != 2 {
		t.Errorf("got %q, want both sentences", got)
	}
	if got := summary(t, "", "", 3); len(got) != 0 {
		t.Errorf("empty article gave %q", got)
	}
}

// BenchmarkExtract reports summaries per second over the seed article.
func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile("../../seeds/000_6ca526304d51d5ce.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		d := text.Parse(s, "")
		Extract(d, "Ukraine defies invasion threat", 3)
	}
}

// TestNoUnclosedQuotation: a sentence that opens a quotation the next sentence closes, or
// closes one the sentence before opened, is never in a summary, however central; one that
// holds its whole quote may be.
func TestNoUnclosedQuotation(t *testing.T) {
	tests := []struct{ name, body string }{
		{"straight marks", `The harbour at Port Ellen reopened on Friday after months of harbour repairs.
"The harbour repairs were long and the harbour is open. We waited all winter," harbour master Ann Reid said.
The council said the harbour repairs cost 2.4 million pounds.
Reid said: "The harbour is open again after the harbour repairs. The ferries are back on the harbour pier."
Fishing boats returned to the harbour before dawn on Friday.`},
		{"curly marks", `The harbour at Port Ellen reopened on Friday after months of harbour repairs.
“The harbour repairs were long and the harbour is open. We waited all winter,” harbour master Ann Reid said.
The council said the harbour repairs cost 2.4 million pounds.
Reid said: “The harbour is open again after the harbour repairs. The ferries are back on the harbour pier.”
Fishing boats returned to the harbour before dawn on Friday.`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summary(t, tc.body, "Harbour reopens after repairs", 3)
			if len(got) != 3 {
				t.Fatalf("summary of %d sentences: %q", len(got), got)
			}
			for _, s := range got {
				if strings.Count(s, `"`)%2 == 1 || strings.Count(s, "“") != strings.Count(s, "”") {
					t.Errorf("summary holds an unclosed quotation: %q", s)
				}
			}
		})
	}
}

// TestSimilaritiesAreCosines: similarities, which reads the vectors term by term, gives every
// pair of sentences the dot product a merge of their two vectors gives, to the last bit, and
// the same both ways round.
func TestSimilaritiesAreCosines(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 2, 5, 40} {
		vecs := make([][]term, n)
		for i := range vecs {
			for id := int32(0); id < 30; id++ {
				if r.IntN(4) == 0 {
					vecs[i] = append(vecs[i], term{id, r.Float64()})
				}
			}
		}
		sim := make([][]float64, n)
		for i := range sim {
			sim[i] = make([]float64, n)
		}
		new(workspace).similarities(sim, vecs)
		for i := range vecs {
			for j := range vecs {
				want := 0.0
				if i != j {
					for a, b := 0, 0; a < len(vecs[i]) && b < len(vecs[j]); {
						switch x, y := vecs[i][a], vecs[j][b]; {
						case x.id < y.id:
							a++
						case x.id > y.id:
							b++
						default:
							want += x.w * y.w
							a, b = a+1, b+1
						}
					}
				}
				if sim[i][j] != want {
					t.Fatalf("%d sentences: sim[%d][%d] = %v, the merge gives %v", n, i, j, sim[i][j], want)
				}
			}
		}
	}
}

// TestQuotedShare: the share of a sentence's letters inside quotation marks, straight or
// curly, whatever the script (and bytes that are no UTF-8 count as nothing).
func TestQuotedShare(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want float64
	}{
		{"", 0},
		{"No quotes here.", 0},
		{`"All of it."`, 1},
		{`He said "yes" twice.`, 3.0 / 14},
		{"She said “déjà vu” again.", 6.0 / 18},
		{"“Ελλάδα” and Греция", 6.0 / 15},
		{"\xff\"ab\xfe\" cd", 2.0 / 4},
		{`"unclosed to the end`, 1},
	} {
		if got := quotedShare(tc.s); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("quotedShare(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
