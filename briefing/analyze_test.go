package briefing

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefing/internal/corpus"
	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/text"
)

// longText is n sentences of a council story; sentence quoteAt (if any) is a quote.
func longText(n, quoteAt int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i == quoteAt {
			b.WriteString(`"We will reopen the harbour before the spring," harbour master Ann Reid said. `)
		} else {
			fmt.Fprintf(&b, "The council met for the %dth time to discuss the ferry timetable and the pier. ", i+1)
		}
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// TestAnalysisWorkIsBounded: past MaxAnalysedSentences a text is split and stored whole but
// not read for quotes and summary, so one huge paste costs no more than a long story.
func TestAnalysisWorkIsBounded(t *testing.T) {
	tests := []struct {
		name    string
		n, at   int
		quoteIn bool
	}{
		{"quote early in a long text", 5000, 10, true},
		{"quote past the bound", 5000, MaxAnalysedSentences + 50, false},
		{"short story", 40, 30, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := Analyze(Article{Title: "Council meets", Body: longText(tc.n, tc.at)})
			if len(an.Sentences) != tc.n {
				t.Errorf("%d sentences stored, want %d", len(an.Sentences), tc.n)
			}
			if got := len(an.Quotes) > 0; got != tc.quoteIn {
				t.Errorf("quote found %v, want %v", got, tc.quoteIn)
			}
			for _, i := range an.Summary {
				if i >= MaxAnalysedSentences {
					t.Errorf("summary sentence %d is past the bound", i)
				}
			}
			if len(an.Summary) == 0 {
				t.Error("no summary")
			}
		})
	}
}

// BenchmarkAnalyzeHuge is one 5,000-sentence paste (about 400 KiB).
func BenchmarkAnalyzeHuge(b *testing.B) {
	a := Article{Title: "Council meets", Body: longText(5000, 10)}
	b.SetBytes(int64(len(a.Body)))
	for b.Loop() {
		Analyze(a)
	}
}

// BenchmarkAnalyzeDegenerate is texts of ~156 KiB, one "sentence" each with no stop, of the
// shapes whose cost grew with the square of their length before the quote finder bounded how
// far it reads a frame (see quotes.maxFrame): 40,000 quoted letters took 2 min 32 s, in single
// marks 2 min 34 s, and 20,000 times `he said ` then a quote 1.2 s.
// go test -run '^$' -bench Degenerate -benchtime 3x ./briefing
func BenchmarkAnalyzeDegenerate(b *testing.B) {
	for _, tc := range []struct{ name, body string }{
		{"quoted letters", strings.Repeat(`"a" `, 40000)},
		{"single marks", strings.Repeat(`'a' `, 40000)},
		{"a chain of cues", strings.Repeat(`he said `, 20000) + `"We will go."`},
	} {
		b.Run(tc.name, func(b *testing.B) {
			a := Article{Title: "List", Body: tc.body}
			b.SetBytes(int64(len(a.Body)))
			for b.Loop() {
				Analyze(a)
			}
		})
	}
}

// TestSearchTextIsTheIndexs: the words the analysis gives a full-text index are text.SearchText
// of the body, which the index reads back (storage's view article_words) to forget a row: two
// texts would leave it words it cannot forget. Over the stories of -eval (else the seed) and
// texts of typographic punctuation, accents and other scripts.
func TestSearchTextIsTheIndexs(t *testing.T) {
	bodies := []string{
		"Erdoğan called Reagan’s plan “voodoo economics”—twice. ÉLYSÉE, 7.5%, 10,000 I a.",
		"Путин сказал: «нет». Zürich’s ﬁnal — Straße.",
		longText(MaxAnalysedSentences+10, 3),
		"",
	}
	for _, a := range corpus.Load(t) {
		bodies = append(bodies, a.Text)
	}
	for _, b := range bodies {
		if got, want := Analyze(Article{Title: "T", Body: b}).SearchText, text.SearchText(b); got != want {
			t.Fatalf("analysis's search text %.80q, text.SearchText %.80q", got, want)
		}
	}
}

// BenchmarkAnalyze is the whole analysis of a story (parse, split, fingerprint, summary, quotes
// and their ranking), per core, over a set of stories:
// go test -run '^$' -bench 'Analyze$' -cpu 1 ./briefing -args -eval "$PWD/../shared/eval/summaries/cnn-dev.jsonl"
func BenchmarkAnalyze(b *testing.B) {
	corpus.Bench(b, func(a corpus.Article) { Analyze(Article{Title: a.Title, Body: a.Text}) })
}

// TestAnalysesDoNotShareState: analyses reuse pooled lexicons; run side by side and one after
// another on different texts (a huge one among them), each gives what it gives alone.
func TestAnalysesDoNotShareState(t *testing.T) {
	arts := []Article{
		{Title: "Council meets", Body: longText(40, 30)},
		{Title: "Ferry strike", Body: `Ferry crews on Islay walked out on Friday over pay. "We have waited two years," union official Moira Kerr said. Talks with CalMac broke down on 7.5% and 10,000 jobs.`},
		{Title: "A long paste", Body: longText(600, 3)},
		{Title: "", Body: `"The bridge is safe," said engineer Tom Hale. He added the 2.4-mile span would reopen.`},
	}
	want := make([]string, len(arts))
	for i, a := range arts {
		want[i] = fmt.Sprintf("%+v", Analyze(a))
	}
	done := make(chan error)
	for w := 0; w < 8; w++ {
		go func() {
			var err error
			for r := 0; r < 20; r++ {
				i := (w + r) % len(arts)
				if got := fmt.Sprintf("%+v", Analyze(arts[i])); got != want[i] && err == nil {
					err = fmt.Errorf("article %d analysed again differs from its first analysis", i)
				}
			}
			done <- err
		}()
	}
	for w := 0; w < 8; w++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestAnalyzeYielding: the analysis hands its core to the caller after each stage but the last
// (ingest's workers make the storage writer's story match there), and midway through finding
// quotes when there are quotation marks, whatever the text, and what it finds is Analyze's.
func TestAnalyzeYielding(t *testing.T) {
	tests := []struct {
		name   string
		a      Article
		yields int
	}{
		// 3 stages + 2 sentences + 1 quotation + 1 after the quotes.
		{"quoted story", Article{Title: "Ferry strike", Body: `Ferry crews on Islay walked out on Friday over pay. "We have waited two years," union official Moira Kerr said.`}, 7},
		// 3 stages + 3 sentences + 2 quotations + 1.
		{"two quotes", Article{Title: "Ferry strike", Body: `Ferry crews on Islay walked out on Friday over pay. "We have waited two years," union official Moira Kerr said. "Talks go on," the operator said.`}, 9},
		{"no quotes", Article{Title: "Council meets", Body: longText(12, -1)}, 4},
		{"empty", Article{}, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			yields := 0
			got := AnalyzeYielding(tc.a, func() { yields++ })
			if yields != tc.yields {
				t.Errorf("yielded %d times, want %d (after the split, the fingerprint and the summary; then, if there are quotation marks, before each sentence the quote finder reads for people and each quotation it attributes, and after the quotes)", yields, tc.yields)
			}
			if want := fmt.Sprintf("%+v", Analyze(tc.a)); fmt.Sprintf("%+v", got) != want {
				t.Errorf("AnalyzeYielding = %+v\nAnalyze = %s", got, want)
			}
		})
	}
	AnalyzeYielding(Article{Body: "One sentence."}, nil) // nil: nothing to call
}

// TestAStageThatFailsCostsOnlyItsPart: a heuristic that panics on an article's text (a bug
// met on text no test had) costs the article what that stage finds, not the analysis, nor
// the process; and the next analysis, on a fresh workspace, is whole.
func TestAStageThatFailsCostsOnlyItsPart(t *testing.T) {
	a := Article{Title: "Ferry strike", Body: `Ferry crews on Islay walked out on Friday over pay. "We have waited two years," union official Moira Kerr said. Talks with CalMac broke down on Thursday.`}
	whole := Analyze(a)
	if len(whole.Quotes) == 0 || whole.Err != nil {
		t.Fatalf("the story's analysis found no quote, or failed: %+v", whole)
	}
	find := findQuotes
	t.Cleanup(func() { findQuotes = find })
	findQuotes = func(text.Doc, func()) []quotes.Quote { panic("a heuristic's bug") }
	got := Analyze(a)
	findQuotes = find
	var se *StageError
	if !errors.As(got.Err, &se) || se.Stage != "quotes" || se.Panic != "a heuristic's bug" || !strings.Contains(se.Stack, "AnalyzeYielding") {
		t.Fatalf("Err = %#v, want the quotes' StageError with its stack", got.Err)
	}
	if got.Quotes != nil {
		t.Errorf("quotes %+v from a finder that failed", got.Quotes)
	}
	if fmt.Sprint(got.Sentences, got.Summary, got.Fingerprint, got.Story) != fmt.Sprint(whole.Sentences, whole.Summary, whole.Fingerprint, whole.Story) {
		t.Errorf("the other stages' findings changed:\n%+v\nwant\n%+v", got, whole)
	}
	if again := Analyze(a); fmt.Sprintf("%+v", again) != fmt.Sprintf("%+v", whole) {
		t.Errorf("the next analysis differs from the first:\n%+v\nwant\n%+v", again, whole)
	}
}

// TestWholeText: when the split fails, the body is one sentence without the space around it.
func TestWholeText(t *testing.T) {
	for _, body := range []string{"", "  \n", "One line.", "\n  Two. Lines.\n\n"} {
		s := wholeText(body)
		if s.Text != strings.TrimSpace(body) || body[s.Start:s.End] != s.Text {
			t.Errorf("wholeText(%q) = %+v", body, s)
		}
	}
}

// FuzzAnalyze: on any text, no stage of the analysis fails, and what it gives holds together:
// the sentences are the body's own, in order and apart; the summary is some of them, in
// order; each quote is a span of the body. The seeds are hostile shapes met in pastes.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		longText(12, 3),
		`"Unclosed, he said. 'Nested "marks' he” said» «x. @everyone said: "hi".`,
		"Mr. A. B. Smith, of Tupelo, Miss. said \"no.\" U.S. Sen. J.D. Vance said—“yes”.\n\n\n– dash-led, Lopez said.",
		"\x00\xff\xfe \u202e\u200b \U0001F600 “ ” ‘ ’ « » „ ‟ 〝 〞 \r\n\r\n\t. . . ! ? ...",
		strings.Repeat(`"a," b said. `, 40) + strings.Repeat("he said ", 30),
		"Ukraine's President Volodymyr Zelensky said: “We will win.” Zelenskyy added: «Together.» He said it twice.",
	} {
		f.Add("T", s)
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		an := Analyze(Article{Title: title, Body: body})
		if an.Err != nil {
			t.Fatalf("a stage failed: %v\n%s", an.Err, an.Err.(*StageError).Stack)
		}
		end := 0
		for i, s := range an.Sentences {
			if s.Start < end || s.End < s.Start || s.End > len(body) {
				t.Fatalf("sentence %d at %d-%d after %d, body %d bytes", i, s.Start, s.End, end, len(body))
			}
			if s.Text != body[s.Start:s.End] {
				t.Fatalf("sentence %d is %q, its span %q", i, s.Text, body[s.Start:s.End])
			}
			end = s.End
		}
		if len(an.Summary) > SummarySentences {
			t.Fatalf("summary of %d sentences", len(an.Summary))
		}
		for k, i := range an.Summary {
			if i < 0 || i >= len(an.Sentences) || k > 0 && i <= an.Summary[k-1] {
				t.Fatalf("summary %v of %d sentences", an.Summary, len(an.Sentences))
			}
		}
		for _, q := range an.Quotes {
			if q.Start < 0 || q.End > len(body) || q.Start > q.End {
				t.Fatalf("quote %+v outside the body of %d bytes", q, len(body))
			}
		}
	})
}
