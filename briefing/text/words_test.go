package text

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"A 7.1 quake, 10,000 homes.", []string{"A", "7.1", "quake", "10,000", "homes"}},
		{"Erdoğan's 2 sons", []string{"Erdoğan", "s", "2", "sons"}},
		{"end. Next, 3", []string{"end", "Next", "3"}},
		{"1,2.", []string{"1,2"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLexiconAgreesWithWords: a lexicon's words, folds and stems are those of Words, Fold and
// Stem, and words that fold alike share an entry.
func TestLexiconAgreesWithWords(t *testing.T) {
	s := "Police said the POLICE station in Erdoğan's town, the police say, reopened: 7.1% of 10,000 I saw."
	l := NewLexicon(len(s))
	if got, want := l.AppendWords(nil, s), Words(s); !slices.Equal(got, want) {
		t.Fatalf("lexicon words %q, Words %q", got, want)
	}
	l.EachID(s, func(id int32) {
		f := l.Fold(id)
		if l.Stem(id) != Stem(f) || l.Stop(id) != IsStopword(f) {
			t.Errorf("%q: stem %q stop %v, want %q %v", f, l.Stem(id), l.Stop(id), Stem(f), IsStopword(f))
		}
	})
	if l.ID("Police") != l.ID("police") || l.ID("POLICE") != l.ID("police") || l.ID("town") == l.ID("police") {
		t.Error("words that fold alike should share one entry, and no others")
	}
	// A part of the text read first, or of its beginning, has the words of that part alone,
	// also when it starts or ends inside a word.
	for _, text := range []string{s, s[:60]} {
		for _, span := range [][2]int{{0, len(text)}, {12, 40}, {13, 40}, {12, 41}, {0, 0}, {len(text) - 5, len(text)}} {
			var got, want []int32
			l.EachIDIn(text, span[0], span[1], func(id int32) { got = append(got, id) })
			l.EachID(text[span[0]:span[1]], func(id int32) { want = append(want, id) })
			if !slices.Equal(got, want) {
				t.Errorf("EachIDIn(%q) = %v, EachID = %v", text[span[0]:span[1]], got, want)
			}
		}
	}
}

// TestLexiconTokensAgreeWithTokens: a part of the text the lexicon read first has the tokens
// of Tokens, numbers with their points and commas whole, single letters kept, and a number cut
// by the part's end cut there too; each with the entry ID gives it.
func TestLexiconTokensAgreeWithTokens(t *testing.T) {
	s := "In 2016, 7.1% of 10,000,000 U.S. voters (a third) paid $3.50 or 1,5 or 4.5.6 each; é and I 9. 12 Erdoğan's 2."
	l := NewLexicon(len(s))
	l.AppendWords(nil, s)
	cut := strings.Index(s, "10,000,000") + 6 // between "10,000" and ",000"
	for _, span := range [][2]int{{0, len(s)}, {3, 40}, {0, cut}, {cut + 1, len(s)}, {4, 5}, {0, 0}, {len(s) - 2, len(s)}, {1, 9}} {
		var got []string
		l.EachTokenIn(s, span[0], span[1], func(tok string, id int32) {
			got = append(got, tok)
			if id != l.ID(tok) {
				t.Errorf("%q: entry %d, ID %d", tok, id, l.ID(tok))
			}
		})
		if want := Tokens(s[span[0]:span[1]]); !slices.Equal(got, want) {
			t.Errorf("EachTokenIn(%q) = %q, Tokens = %q", s[span[0]:span[1]], got, want)
		}
	}
}

// TestLexiconReset: a lexicon reset after one text reads the next as a new one would, its
// parts included.
func TestLexiconReset(t *testing.T) {
	first := "Police said 7.1% of them left on Monday, and more of them went on Tuesday and Wednesday."
	next := "Erdoğan's town: 10,000 people, the police say."
	l := NewLexicon(0)
	l.AppendWords(nil, first)
	l.Reset()
	if l.Len() != 0 {
		t.Fatalf("a reset lexicon has %d entries", l.Len())
	}
	if got, want := l.AppendWords(nil, next), Words(next); !slices.Equal(got, want) {
		t.Fatalf("after Reset: words %q, Words %q", got, want)
	}
	var got []string
	l.EachTokenIn(next, 10, len(next), func(tok string, _ int32) { got = append(got, tok) })
	if want := Tokens(next[10:]); !slices.Equal(got, want) {
		t.Errorf("after Reset: tokens %q, Tokens %q", got, want)
	}
}

// TestLexiconReused: a lexicon reused from analysis to analysis, which keeps the words it has
// met, gives each text the entries, folds, stop words, stems and stem numbers a new lexicon
// gives it, numbered from 0 in the order met; also once it has kept more bytes of words than
// it may and forgets them.
func TestLexiconReused(t *testing.T) {
	texts := []string{
		"Police said the rescued men were rescued on Monday.",
		"The police rescue: MONDAY's men, and the Police said so.",
		"Erdoğan said nothing; police and rescuers waited.",
		"Police said the rescued men were rescued on Monday.",
	}
	type reading struct {
		id         int32
		fold, stem string
		stop       bool
		stemID     int32
	}
	read := func(l *Lexicon, s string) (out []reading) {
		stems := map[int32]bool{}
		l.EachID(s, func(id int32) {
			out = append(out, reading{id, l.Fold(id), l.Stem(id), l.Stop(id), l.StemID(id)})
			stems[l.StemID(id)] = true
		})
		if l.StemCount() != len(stems) {
			t.Errorf("StemCount %d for %d stems", l.StemCount(), len(stems))
		}
		return out
	}
	for _, keep := range []int{maxKept, 4 * wordCost} {
		l := NewLexicon(0)
		l.keep = keep
		for i, s := range texts {
			if i > 0 {
				l.Reset()
			}
			if got, want := read(l, s), read(NewLexicon(0), s); !slices.Equal(got, want) {
				t.Errorf("keep %d, text %d: reused lexicon read %v, a new one %v", keep, i, got, want)
			}
		}
		if keep < maxKept && l.known.len() > len(Words(texts[len(texts)-1])) {
			t.Errorf("keep %d bytes: %d words as written kept from earlier texts", keep, l.known.len())
		}
	}
}

// FuzzLexiconTokens: any part of the text a lexicon read first has the tokens Tokens gives that
// part, and the words Words gives it.
func FuzzLexiconTokens(f *testing.F) {
	f.Add("In 2016, 7.1% of 10,000 U.S. voters paid $3.50 or 4.5.6; é and I.", 3, 40)
	f.Add("1.2", 0, 2)
	f.Add("x 9,9 ,", 2, 5)
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		if len(s) > 1<<12 {
			return
		}
		a, b = min(max(a, 0), len(s)), min(max(b, 0), len(s))
		if a > b {
			a, b = b, a
		}
		l := NewLexicon(len(s))
		l.AppendWords(nil, s)
		var toks []string
		l.EachTokenIn(s, a, b, func(tok string, id int32) {
			toks = append(toks, tok)
			if l.Fold(id) != Fold(tok) {
				t.Fatalf("%q has the entry of %q", tok, l.Fold(id))
			}
		})
		if want := Tokens(s[a:b]); !slices.Equal(toks, want) {
			t.Fatalf("EachTokenIn(%q) = %q, Tokens = %q", s[a:b], toks, want)
		}
		var words []string
		l.EachIDIn(s, a, b, func(id int32) { words = append(words, l.Fold(id)) })
		if want := Words(s[a:b]); !slices.Equal(words, want) {
			t.Fatalf("EachIDIn(%q) = %q, Words = %q", s[a:b], words, want)
		}
	})
}

// TestLowerGet: LowerGet and FoldGet read the map as m[strings.ToLower(w)] and m[Fold(w)] do,
// for short ASCII words (lower-cased on the stack) and for the rest, and the short ASCII reads
// make no string.
func TestLowerGet(t *testing.T) {
	m := map[string]int{"mayor": 1, "élysée": 2, "elysee": 5, strings.Repeat("ab", 30): 3, "": 4}
	for _, w := range []string{"Mayor", "MAYOR", "mayor", "Mayors", "ÉLYSÉE", "Élysée", strings.Repeat("AB", 30), strings.Repeat("Ab", 30), "", "M@yor"} {
		if got, want := LowerGet(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("LowerGet(%q) = %d, want %d", w, got, want)
		}
		want, wantOK := m[Fold(w)]
		if got, ok := FoldGet(m, w); got != want || ok != wantOK {
			t.Errorf("FoldGet(%q) = %d, %v; want %d, %v", w, got, ok, want, wantOK)
		}
	}
	if n := testing.AllocsPerRun(100, func() { LowerGet(m, "Mayor"); FoldGet(m, "Mayor") }); n != 0 {
		t.Errorf("a short ASCII word's read allocates %v times", n)
	}
}

// TestSearchText: the text handed to a full-text index holds the words Words reads, in order, a
// space between each two, whatever punctuation or accents stood around them.
func TestSearchText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Reagan’s “voodoo economics”", "reagan voodoo economics"},
		{"Erdoğan's ÉLYSÉE—talks…", "erdogan elysee talks"},
		{"A 7.1 quake, 10,000 homes.", "7 1 quake 10 000 homes"},
		{"I said: «non»", "i said non"},
		{"  \n", ""},
	}
	for _, tt := range tests {
		if got := SearchText(tt.in); got != tt.want {
			t.Errorf("SearchText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got, want := strings.Fields(SearchText(tt.in)), Words(tt.in); !slices.Equal(got, want) && len(want) > 0 {
			t.Errorf("SearchText(%q)'s words %q, Words %q", tt.in, got, want)
		}
	}
	if got := string(AppendSearchText([]byte("title "), "Next")); got != "title next" {
		t.Errorf("AppendSearchText after a prefix = %q", got)
	}
}
