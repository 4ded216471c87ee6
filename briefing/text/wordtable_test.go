package text

import (
	"fmt"
	"strings"
	"testing"
)

// TestWordTable checks the table against a map through growth, long words, words that differ
// only past their first bytes, and a reset.
func TestWordTable(t *testing.T) {
	tests := []struct {
		name  string
		words []string
	}{
		{"short", []string{"a", "I", "the", "The", "THE", "said", "Zelensky", "Zelenskyy"}},
		{"at the inline limit", []string{strings.Repeat("x", inlineWord), strings.Repeat("x", inlineWord-1) + "y", strings.Repeat("x", inlineWord+1)}},
		{"long", []string{"Antidisestablishmentarianism", "antidisestablishmentarianisms", "électroencéphalographiste"}},
		{"thousands", numberedWords(5000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, want := newWordTable(4), map[string]int32{}
			for i, w := range tt.words {
				if _, ok := tab.get(w); ok {
					t.Fatalf("get(%q) before put: found", w)
				}
				tab.put(w, int32(i))
				want[w] = int32(i)
			}
			if tab.len() != len(want) {
				t.Errorf("len = %d, want %d", tab.len(), len(want))
			}
			for w, v := range want {
				if got, ok := tab.get(w); !ok || got != v {
					t.Errorf("get(%q) = %d, %v; want %d, true", w, got, ok, v)
				}
				for _, other := range []string{w + "s", strings.ToUpper(w), w[:len(w)-1]} {
					if _, in := want[other]; in {
						continue
					}
					if got, ok := tab.get(other); ok {
						t.Errorf("get(%q) = %d, true; never put", other, got)
					}
				}
			}
			tab.reset()
			if tab.len() != 0 {
				t.Errorf("len after reset = %d", tab.len())
			}
			for w := range want {
				if _, ok := tab.get(w); ok {
					t.Errorf("get(%q) after reset: found", w)
				}
			}
		})
	}
}

// numberedWords returns n distinct words, of 2 to 12 bytes as most words of news are.
func numberedWords(n int) []string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = fmt.Sprintf("w%d%s", i, strings.Repeat("q", i%7))
	}
	return ws
}

// BenchmarkLexiconID looks up words a lexicon knows, 30,000 of them, each lookup far in the
// table from the one before: the lookup made at each word of an analysis.
func BenchmarkLexiconID(b *testing.B) {
	words := numberedWords(30000)
	l := NewLexicon(1 << 20)
	for _, w := range words {
		l.ID(w)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.ID(words[(i*7919)%len(words)])
	}
}
