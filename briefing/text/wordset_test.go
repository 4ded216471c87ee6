package text

import (
	"strings"
	"testing"
)

// TestWordSetHasWhatItWasGiven: a set answers as a map of its words would, for its own words,
// for words that share their length and first and last bytes with them (one slot), and for
// the empty string; HasLower as the map would at strings.ToLower of the word.
func TestWordSetHasWhatItWasGiven(t *testing.T) {
	words := strings.Fields(`said says sand sued seed sold he she the them they u.s said
		Erdoğan ünal president presidents secretary a i & co. a-b`)
	probes := append(strings.Fields(`SAID Said sad sa seeds shed she's He THE U.S ERDOĞAN Ünal
		presidentS x & co co. A-B ab`), words...)
	probes = append(probes, "", strings.Repeat("s", 60)+"d", "s"+strings.Repeat("A", 50)+"D")
	tests := []struct {
		name  string
		words []string
	}{
		{"words", words},
		{"one word", []string{"said"}},
		{"no word", nil},
		{"the empty word", []string{""}},
		{"stopwords", stopwords.Words()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := NewWordSet(tc.words...)
			m := map[string]bool{}
			for _, w := range tc.words {
				if w != "" {
					m[w] = true
				}
			}
			if s.Len() != len(m) {
				t.Errorf("Len = %d, want %d", s.Len(), len(m))
			}
			for _, w := range append(probes, tc.words...) {
				if got := s.Has(w); got != m[w] {
					t.Errorf("Has(%q) = %v, want %v", w, got, m[w])
				}
				if got, want := s.HasLower(w), m[strings.ToLower(w)]; got != want {
					t.Errorf("HasLower(%q) = %v, want %v", w, got, want)
				}
			}
		})
	}
}

func TestUnionOf(t *testing.T) {
	u := UnionOf(NewWordSet("a", "b"), NewWordSet("b", "c"), NewWordSet())
	for w, want := range map[string]bool{"a": true, "b": true, "c": true, "d": false} {
		if u.Has(w) != want {
			t.Errorf("Has(%q) = %v, want %v", w, !want, want)
		}
	}
	if u.Len() != 3 {
		t.Errorf("Len = %d, want 3", u.Len())
	}
}

var wordSetSink int

// BenchmarkWordSet tests the 26 words of a sentence against a set of 30 role words, as a
// WordSet and as the map it replaced.
func BenchmarkWordSet(b *testing.B) {
	list := strings.Fields(`president presidents minister secretary spokesman spokeswoman chief director head leader
		chairman chairwoman governor senator mayor sheriff ambassador judge doctor surgeon nurse physician paramedic
		officer captain general commander coach manager professor`)
	probe := strings.Fields(`The president said on Tuesday that the minister would meet the governor of Texas and a
		spokesman for the company declined to comment about the report`)
	b.Run("WordSet", func(b *testing.B) {
		s := NewWordSet(list...)
		for b.Loop() {
			for _, w := range probe {
				if s.Has(w) {
					wordSetSink++
				}
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		m := map[string]bool{}
		for _, w := range list {
			m[w] = true
		}
		for b.Loop() {
			for _, w := range probe {
				if m[w] {
					wordSetSink++
				}
			}
		}
	})
}
