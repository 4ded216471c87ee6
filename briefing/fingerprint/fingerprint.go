// Package fingerprint tells when two article bodies are the same story: the same words (Hash),
// or mostly the same phrasing (Sketch and Resemblance). Both are pure functions of the body,
// computed once at analysis, on any core; storage compares them.
package fingerprint

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"slices"
	"sync"
	"time"

	"github.com/briefbot/briefbot/briefing/text"
)

// A sketch is a MinHash signature of an article's four-word phrases. Two stories whose sketches
// agree in most slots share most of their phrasing: the same wire story republished under
// another headline, with a sentence added or a few words changed. Different stories on the
// same subject share almost no four-word phrase; daily pages of one series share their
// boilerplate, about half of it (CNN Student News), which the threshold stays well above.
const (
	sketchSlots   = 128 // minhash_amd64.s lowers them in 16 blocks of 8: change both together
	sketchBands   = 16  // of 8 slots: a copy sharing 80% of phrases shares a band 95 times in 100
	sketchShingle = 4
	sketchMinimum = 40 // words; shorter bodies are compared only word for word (Hash)
)

// SameStory is the share of equal sketch slots that makes two bodies one story.
const SameStory = 0.8

// Window is how far back a new article is compared with for a reworded copy.
const Window = 14 * 24 * time.Hour

// Print is a body's fingerprint.
type Print struct {
	Hash   string // of the folded words: the same story with other white space, marks or line breaks
	Sketch []byte // MinHash of the four-word phrases; nil for a body under 40 words
}

// Of returns the fingerprint of body.
func Of(body string) Print { return OfWords(text.Words(body)) }

// OfWords returns the fingerprint of a body whose folded words (text.Words) are words.
func OfWords(words []string) Print {
	p, _ := OfWordsJoined(words)
	return p
}

// OfWordsJoined is OfWords that also returns the words joined by single spaces, as
// strings.Join(words, " ") gives them: the fingerprint writes them so anyway, and one copy of
// that costs less than joining them again. For the analysis's search text, the join was 2.8%
// of BenchmarkAnalyze's profile over cnn-dev; the copy made an analysis 2.68 -> 2.62 million
// instructions (-2.3%, cachegrind, as the README measures it).
func OfWordsJoined(words []string) (Print, string) {
	buf := scratch.Get().(*buffers)
	defer scratch.Put(buf)
	buf.join(words)
	var s string
	if len(buf.text) > 0 {
		s = string(buf.text[:len(buf.text)-1]) // each word is followed by a space: the last one's is no join
	}
	return Print{Hash: buf.hash(), Sketch: buf.sketch()}, s
}

// Hash is the dedupe key of a body: a hash of its folded words.
func Hash(body string) string {
	buf := scratch.Get().(*buffers)
	defer scratch.Put(buf)
	buf.join(text.Words(body))
	return buf.hash()
}

// buffers is the working space of a fingerprint, reused from one text to the next.
type buffers struct {
	text   []byte   // the words, each followed by a space: what the hash is of
	ends   []int32  // where each word ends in text
	halves []uint32 // the phrases' hashes, low halves then high
}

var scratch = sync.Pool{New: func() any { return new(buffers) }}

// join writes words into b.text, each followed by a space, and where each ends into b.ends.
func (b *buffers) join(words []string) {
	n := 0
	for _, w := range words {
		n += len(w) + 1
	}
	t := slices.Grow(b.text[:0], n)
	ends := slices.Grow(b.ends[:0], len(words))
	for _, w := range words {
		t = append(t, w...)
		ends = append(ends, int32(len(t)))
		t = append(t, ' ')
	}
	b.text, b.ends = t, ends
}

// hash is the SHA-256 of the joined words, in hex: hashed in one piece, as a write a word cost
// more than the hashing.
func (b *buffers) hash() string {
	sum := sha256.Sum256(b.text)
	return hex.EncodeToString(sum[:])
}

// The 64-bit FNV-1a parameters.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnv64a continues the FNV-1a hash h (fnvOffset to start one) over s.
func fnv64a(h uint64, s []byte) uint64 {
	for _, c := range s {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// sketch returns the MinHash signature of the joined words, or nil when they are too few to
// judge.
func (b *buffers) sketch() []byte {
	if len(b.ends) < sketchMinimum {
		return nil
	}
	var mins [sketchSlots]uint32
	for i := range mins {
		mins[i] = ^uint32(0)
	}
	// Slot k hashes a phrase with h1 + k*h2 (Kirsch and Mitzenmacher's double hashing), h1 and
	// h2 the halves of the FNV-1a hash of its words joined by spaces: a piece of the joined
	// text, hashed in one loop (a loop a word left the processor guessing where each ends).
	phrases := len(b.ends) - sketchShingle + 1
	b.halves = slices.Grow(b.halves[:0], 2*phrases)[:2*phrases] // one array for both halves
	v, h := b.halves[:phrases], b.halves[phrases:]
	start := int32(0)
	for i := range v {
		sum := fnv64a(fnvOffset, b.text[start:b.ends[i+sketchShingle-1]])
		v[i], h[i] = uint32(sum), uint32(sum>>32)|1
		start = b.ends[i] + 1
	}
	lower(&mins, v, h)
	out := make([]byte, 4*sketchSlots)
	for k, v := range mins {
		binary.LittleEndian.PutUint32(out[4*k:], v)
	}
	return out
}

// Resemblance estimates the share of four-word phrases two sketched bodies have in common.
func Resemblance(a, b []byte) float64 {
	if len(a) != 4*sketchSlots || len(b) != len(a) {
		return 0
	}
	same := 0
	for k := 0; k < len(a); k += 4 {
		if binary.LittleEndian.Uint32(a[k:]) == binary.LittleEndian.Uint32(b[k:]) {
			same++
		}
	}
	return float64(same) / sketchSlots
}

// Bands cuts a sketch into sketchBands hashes; two sketches that agree on all the slots of any
// band are worth comparing.
func Bands(sk []byte) []int64 {
	if len(sk) != 4*sketchSlots {
		return nil
	}
	width := len(sk) / sketchBands
	out := make([]int64, sketchBands)
	for b := range out {
		// FNV-1a of the band's number (a byte) and its slots, as hash/fnv would give it
		// without a hasher made for each band.
		h := fnv64a(fnvOffset, []byte{byte(b)})
		out[b] = int64(fnv64a(h, sk[b*width:(b+1)*width]))
	}
	return out
}
