package text

import (
	"math/bits"
	"slices"
	"strings"
)

// WordSet is a fixed set of words, for the many "is this word one of these" tests the
// analysis makes at each word. A word's slot comes from its length and its first and last
// bytes, with no hash of the whole string, and holds the few words that share it: a test
// costs about a third of a map lookup (26 words tested against a set of 30: 164-165 -> 60-62 ns,
// BenchmarkWordSet). It is safe for concurrent use; it never changes once made.
type WordSet struct {
	shift uint32
	start []uint32 // the words of slot h are words[start[h]:start[h+1]]
	words []string
}

// NewWordSet returns the set of words.
func NewWordSet(words ...string) *WordSet {
	ws := slices.Clone(words)
	slices.Sort(ws)
	ws = slices.Compact(ws)
	ws = slices.DeleteFunc(ws, func(w string) bool { return w == "" })
	b := bits.Len(uint(4 * len(ws))) // 4 to 8 slots a word: few share one
	s := &WordSet{shift: 32 - uint32(b), words: ws}
	slices.SortStableFunc(ws, func(a, b string) int { return int(s.slot(a)) - int(s.slot(b)) })
	n := 1 << b
	s.start = make([]uint32, n+1)
	k := 0
	for h := 0; h <= n; h++ {
		for k < len(ws) && int(s.slot(ws[k])) < h {
			k++
		}
		s.start[h] = uint32(k)
	}
	return s
}

// UnionOf returns the set of the words in any of sets.
func UnionOf(sets ...*WordSet) *WordSet {
	var words []string
	for _, s := range sets {
		words = append(words, s.words...)
	}
	return NewWordSet(words...)
}

// slot is where w is kept; w is not empty.
func (s *WordSet) slot(w string) uint32 { return s.slotOf(len(w), w[0], w[len(w)-1]) }

// slotOf is the slot of a word of n bytes that begins with first and ends with last.
func (s *WordSet) slotOf(n int, first, last byte) uint32 {
	return (uint32(n)<<16 | uint32(first)<<8 | uint32(last)) * 0x9E3779B1 >> s.shift
}

// Has reports whether w is in the set.
func (s *WordSet) Has(w string) bool {
	if w == "" {
		return false
	}
	h := s.slot(w)
	for i := s.start[h]; i < s.start[h+1]; i++ {
		if s.words[i] == w {
			return true
		}
	}
	return false
}

// Len is how many words the set has.
func (s *WordSet) Len() int { return len(s.words) }

// HasLower reports whether w in lower case (strings.ToLower) is in the set, without making
// the lower-case string when w is a short ASCII word.
func (s *WordSet) HasLower(w string) bool {
	var buf [48]byte
	if b, ok := LowerASCII(&buf, w); ok {
		return s.hasBytes(b)
	}
	return s.Has(strings.ToLower(w))
}

// hasBytes is Has of a word given as bytes.
func (s *WordSet) hasBytes(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	h := s.slotOf(len(w), w[0], w[len(w)-1])
	for i := s.start[h]; i < s.start[h+1]; i++ {
		if s.words[i] == string(w) {
			return true
		}
	}
	return false
}

// Words returns the set's words, in no meaningful order. The caller must not change them.
func (s *WordSet) Words() []string { return s.words }
