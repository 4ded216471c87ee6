package synth

import (
	"strings"
	"testing"
	"time"
)

// TestSentences: drawn from real sentences, an article is about 600 words of them in ten
// paragraphs, its title one's first words, its cast's quotes say sentences without quotation
// marks of their own, and the vocabulary is their words, most frequent first.
func TestSentences(t *testing.T) {
	sents := []string{
		"The harbour board met on Friday to weigh the ferry timetable for the winter.",
		"Crews on the northern route have asked for two more sailings a week.",
		`Its organiser said "enough is enough" at the meeting on the pier.`,
		"The council expects to publish its answer before the end of the month!",
	}
	g := New(1, 10, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), 24*time.Hour)
	g.Sentences(sents)
	if v := g.Vocabulary(); len(v) < 30 || v[0] != "the" || v[1] != "on" {
		t.Errorf("vocabulary %v: want the texts' words, most frequent first", v)
	}
	withMarks := 0
	for range 10 {
		a := g.Next()
		if n := len(strings.Fields(a.Body)); n < 500 || n > 800 {
			t.Errorf("%d words, want about 600:\n%s", n, a.Body)
		}
		if p := strings.Count(a.Body, "\n\n") + 1; p != 10 {
			t.Errorf("%d paragraphs, want 10", p)
		}
		if !strings.HasPrefix(strings.Join(strings.Fields(sents[0]), " "), a.Title) && !strings.HasPrefix(sents[1], a.Title) &&
			!strings.HasPrefix(sents[2], a.Title) && !strings.HasPrefix(sents[3], a.Title) {
			t.Errorf("title %q is no sentence's beginning", a.Title)
		}
		rest := a.Body
		for _, s := range sents {
			rest = strings.ReplaceAll(rest, s, "")
		}
		// What is left is the cast's frames around what they said.
		for _, s := range sents {
			if !strings.Contains(s, `"`) {
				rest = strings.ReplaceAll(rest, strings.TrimRight(s, ".!?"), "")
			}
		}
		for _, w := range []string{"harbour", "ferry", "month", "enough", `""`} {
			if strings.Contains(rest, w) {
				t.Errorf("%q outside the texts' sentences and the quotes' frames:\n%s", w, rest)
			}
		}
		if !strings.Contains(rest, `said`) {
			t.Errorf("no quote of the cast:\n%s", a.Body)
		}
		// A quarter of the sentences drawn have quotation marks: an article keeps realQuotes.
		n := strings.Count(a.Body, sents[2])
		if n > realQuotes {
			t.Errorf("%d sentences with quotation marks of their own, want at most %d:\n%s", n, realQuotes, a.Body)
		}
		withMarks += n
	}
	if withMarks == 0 {
		t.Errorf("no article took the sentence with quotation marks")
	}
}

// TestMadeUp: without sentences the articles are made up, the same for the same seed.
func TestMadeUp(t *testing.T) {
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	a, b := New(7, 5, at, time.Hour), New(7, 5, at, time.Hour)
	for range 5 {
		x, y := a.Next(), b.Next()
		if x != y {
			t.Fatalf("same seed, different articles:\n%+v\n%+v", x, y)
		}
		if n := len(strings.Fields(x.Body)); n < 450 || n > 900 {
			t.Errorf("%d words, want about 600", n)
		}
		if strings.Contains(x.Body, "harbour") {
			t.Errorf("a made-up article holds a real word")
		}
	}
}
