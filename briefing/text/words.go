// Package text cuts news copy into paragraphs, sentences and words. It knows the conventions of
// wire copy (headlines, datelines, subheadings, agency credits) and the abbreviations, initials
// and quotation habits that make naive sentence splitters fail on news. It is pure: strings in,
// spans and words out.
package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// Words returns the folded words of s (see Fold): runs of letters and digits. Single letters
// are dropped ("Russia's" gives "russia"), single digits are kept.
func Words(s string) []string {
	out := make([]string, 0, len(s)/6+1)
	runs(s, false, func(w string) { out = appendWord(out, w) })
	if len(out) == 0 {
		return nil
	}
	return out
}

// eachWord calls fn with each word of s that Words keeps, as written: Fold(raw) is the word
// Words returns; the Lexicon folds each distinct one once.
func eachWord(s string, fn func(raw string)) {
	eachWordAt(s, func(start, end int) { fn(s[start:end]) })
}

// eachWordAt is eachWord with each word's bytes in s.
func eachWordAt(s string, fn func(start, end int)) {
	runsAt(s, false, func(start, end int) {
		if keepWord(s[start:end]) {
			fn(start, end)
		}
	})
}

// wordBoundary reports whether offset i of s falls between words: no letter or digit on both
// sides of it.
func wordBoundary(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	return !(unicode.IsLetter(before) || unicode.IsDigit(before)) || !(unicode.IsLetter(after) || unicode.IsDigit(after))
}

// Tokens returns the runs of letters and digits of s as written (not folded), with a decimal
// point or thousands comma kept inside a number ("7.1", "10,000").
func Tokens(s string) []string {
	out := make([]string, 0, len(s)/6+1)
	runs(s, true, func(w string) { out = append(out, w) })
	if len(out) == 0 {
		return nil
	}
	return out
}

// runs calls emit with each run of letters and digits of s; with decimals, a '.' or ',' between
// two digits does not end a run.
func runs(s string, decimals bool, emit func(string)) {
	runsAt(s, decimals, func(start, end int) { emit(s[start:end]) })
}

// runsAt is runs with each run's bytes in s.
func runsAt(s string, decimals bool, emit func(start, end int)) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		if ASCIIClass[c] != 0 {
			// Most of the text: ASCII letters and digits, read without decoding, the rest of a
			// word's in one loop.
			if start < 0 {
				start = i
			}
			for i++; i < len(s) && ASCIIClass[s[i]] != 0; i++ {
			}
			continue
		}
		r, size := rune(c), 1
		alnum := false // other ASCII is neither a letter nor a digit
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			alnum = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if alnum {
			if start < 0 {
				start = i
			}
			i += size
			continue
		}
		if decimals && (r == '.' || r == ',') && start >= 0 && i+1 < len(s) && isDigit(s[i+1]) && isDigit(s[i-1]) {
			i += size
			continue
		}
		if start >= 0 {
			emit(start, i)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		emit(start, len(s))
	}
}

// ASCIIClass classes a byte for the loops that read words without decoding runes: ASCIILower
// for a-z and 0-9, ASCIICapital for A-Z, 0 for every other byte.
var ASCIIClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			t[c] = ASCIILower
		case c >= 'A' && c <= 'Z':
			t[c] = ASCIICapital
		}
	}
	return t
}()

// The classes of ASCIIClass.
const (
	ASCIILower   = 1 << iota // a-z and 0-9
	ASCIICapital             // A-Z
)

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func appendWord(out []string, w string) []string {
	if !keepWord(w) {
		return out
	}
	return append(out, Fold(w))
}

// keepWord reports whether a run of letters and digits is a word: single letters are not,
// but for "I".
func keepWord(w string) bool {
	return len(w) != 1 || w == "I" || unicode.IsDigit(rune(w[0]))
}

// PrefixedSurname reports whether w is a surname whose particle is written in lower case and
// joined to it: "diGenova", "deBlasio", "vanHollen". Such a word is capitalised for names.
func PrefixedSurname(w string) bool {
	if len(w) < 5 || w[0] != 'd' && w[0] != 'l' && w[0] != 'v' && w[0] != 'm' {
		return false // the common case, asked of every word: no allocation, no loop
	}
	for k := 2; k <= 3; k++ {
		if w[k] >= 'A' && w[k] <= 'Z' {
			switch w[:k] {
			case "di", "de", "da", "du", "la", "le", "van", "von", "mac":
				return true
			}
			return false
		}
	}
	return false
}

// LowerGet is m[strings.ToLower(w)] without making the lower-case string when w is a short
// ASCII word (a map read with a string of bytes makes none): the analysis looks words up in
// its lists again and again, and the strings it made were a tenth of its work.
func LowerGet[V any](m map[string]V, w string) V {
	v, _ := lowerGet(m, w, strings.ToLower)
	return v
}

// FoldGet is m[Fold(w)], with the same saving as LowerGet.
func FoldGet[V any](m map[string]V, w string) (V, bool) { return lowerGet(m, w, Fold) }

// lowerGet reads m at w in lower case, made on the stack when w is short ASCII (where ToLower
// and Fold agree), else by lower.
func lowerGet[V any](m map[string]V, w string, lower func(string) string) (V, bool) {
	var buf [48]byte
	if b, ok := LowerASCII(&buf, w); ok {
		v, ok := m[string(b)] // a map read with a string of bytes makes no string
		return v, ok
	}
	v, ok := m[lower(w)]
	return v, ok
}

// LowerASCII writes w in lower case into buf and returns it, when w is ASCII and fits (as
// nearly every word does); else it reports false. Readers that test a word's lower case
// against a set make it so without a string.
func LowerASCII(buf *[48]byte, w string) ([]byte, bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b, true
}

// Fold lower-cases s and strips its accents ("Erdoğan" -> "erdogan").
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Stemming is not cheap and the vocabulary of news is small, so stems are cached; but words
// users type (a /quotes topic, a search) are unbounded, so the cache is too: a fixed number
// of shards, each keeping two generations of at most stemShardCap words. A full generation
// becomes the old one and the older is dropped, so a word in use survives and memory stays
// under stemShards*2*stemShardCap entries whatever is typed.
const (
	stemShards   = 16
	stemShardCap = 4096
	stemMaxWord  = 40 // longer "words" are stemmed each time, not cached
)

type stemShard struct {
	mu       sync.Mutex
	cur, old map[string]string
}

var stemCache [stemShards]stemShard

// Stem returns the Porter2 (English Snowball) stem of a folded word.
func Stem(w string) string {
	if len(w) > stemMaxWord {
		return english.Stem(w, false)
	}
	sh := &stemCache[fnv32(w)%stemShards]
	sh.mu.Lock()
	s, ok := sh.cur[w]
	if !ok {
		if s, ok = sh.old[w]; ok {
			sh.put(w, s)
		}
	}
	sh.mu.Unlock()
	if ok {
		return s
	}
	s = english.Stem(w, false)
	sh.mu.Lock()
	sh.put(w, s)
	sh.mu.Unlock()
	return s
}

// put stores a stem in the current generation, starting a new one when it is full.
func (sh *stemShard) put(w, s string) {
	if sh.cur == nil || len(sh.cur) >= stemShardCap {
		sh.old, sh.cur = sh.cur, make(map[string]string, 256)
	}
	sh.cur[w] = s
}

// stemsCached counts the cached stems (for tests).
func stemsCached() int {
	n := 0
	for i := range stemCache {
		sh := &stemCache[i]
		sh.mu.Lock()
		n += len(sh.cur) + len(sh.old)
		sh.mu.Unlock()
	}
	return n
}

// fnv32 is the FNV-1a hash of s.
func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// IsStopword reports whether a folded word carries too little meaning to compare texts by.
func IsStopword(w string) bool { return stopwords.Has(w) }

var stopwords = setOf("a", "about", "above", "after", "again", "against", "all", "also", "am", "an",
	"and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
	"both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each",
	"few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
	"herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
	"just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
	"once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she",
	"should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
	"then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
	"up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
	"why", "will", "with", "would", "you", "your", "yours", "yourself", "said", "says", "say",
	"told", "according", "mr", "mrs", "ms", "s", "t", "one", "two", "new", "year", "years", "last",
	"may", "might", "must", "like", "get", "got", "us", "many", "much", "still", "even", "well",
	"back", "since", "around", "per", "cent", "percent", "ve", "ll", "re", "d", "m", "don", "didn",
	"doesn", "isn", "wasn", "won", "can't", "cnn")

// AppendSearchText appends to dst the words of s as Words reads them (folded, the single letters
// it drops dropped), a space between each two: the text a full-text index is given, so that it
// cuts the words where the queries' words (Words) are cut, whatever a tokeniser of its own
// makes of the rest. SQLite's `porter` keeps every byte past ASCII in a word: "Reagan’s" and
// "“voodoo" would be words that a search for "Reagan" or "voodoo" does not find, and "Erdoğan"
// one that "Erdogan" does not.
func AppendSearchText(dst []byte, s string) []byte {
	first := true
	eachWordAt(s, func(start, end int) {
		if !first {
			dst = append(dst, ' ')
		}
		first = false
		var buf [48]byte
		if lw, ok := LowerASCII(&buf, s[start:end]); ok {
			dst = append(dst, lw...) // most words: no string made
		} else {
			dst = append(dst, Fold(s[start:end])...)
		}
	})
	return dst
}

// SearchText is AppendSearchText of s as a string.
func SearchText(s string) string { return string(AppendSearchText(make([]byte, 0, len(s)), s)) }
