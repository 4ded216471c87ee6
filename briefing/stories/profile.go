// Package stories groups articles that report one event into a story, online and in arrival
// order: each new article joins the recent story whose words, names and numbers it shares most,
// or starts one. It is pure: a Profile is computed with the analysis (on any core), and an
// Index (one per process, fed by storage in arrival order) holds the recent stories and the
// term statistics that weigh what two articles share.
package stories

import (
	"cmp"
	"encoding/binary"
	"errors"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/text"
)

// Kind says what a feature of a profile is.
type Kind uint8

// The kinds of feature. A name is also counted as a word: a word that is a name weighs more.
const (
	Word   Kind = iota // a stemmed content word
	Name               // a capitalised word inside a sentence: a person, place or body
	Number             // a number of two or more digits
	kinds
)

// Feature is one word, name or number of an article with how often it occurs; a title's words
// count twice.
type Feature struct {
	Key   string
	Kind  Kind
	Count uint16
	id    fid // made with the profile, on the analysing core
}

// Profile is what an article brings to story matching, sorted by kind and key.
type Profile []Feature

// maxFeatures bounds a profile: a book pasted as an article weighs as much as a long story.
const maxFeatures = 250

// A title's words count titleCount times, the lead's (its first leadSentences sentences, where a
// news story says what happened) leadCount times, the rest once.
const (
	titleCount    = 3
	leadCount     = 2
	leadSentences = 3
)

// Of returns the profile of an article: its title and its body's sentences. Each sentence is
// tokenised once, and each distinct token folded, classified and stemmed once: the counts are
// kept per word and only then gathered by stem and name.
func Of(title string, sentences []string) Profile {
	var body strings.Builder
	spans := make([]text.Span, len(sentences))
	for i, s := range sentences {
		if i > 0 {
			body.WriteByte('\n')
		}
		spans[i] = text.Span{Start: body.Len(), End: body.Len() + len(s)}
		body.WriteString(s)
	}
	return OfWith(text.NewLexicon(body.Len()+len(title)), title, body.String(), spans)
}

// OfWith is Of for the sentences of body at spans, folding and stemming words through lex,
// which other readers of the same article may share (and which reads the body's words once
// for all of them when it has read body first).
func OfWith(lex *text.Lexicon, title, body string, sentences []text.Span) Profile {
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	words := sc.words[:0] // by lexicon entry
	if n := lex.Len(); cap(words) < n {
		words = make([]word, n, n+64)
	} else {
		words = words[:n]
		clear(words)
	}
	seen := sc.seen[:0] // the entries met, in order
	defer func() { sc.words, sc.seen = words, seen }()
	at := func(id int32) *word {
		for int(id) >= len(words) {
			words = append(words, word{})
		}
		if words[id].count == 0 {
			seen = append(seen, id)
		}
		return &words[id]
	}
	for i, sp := range sentences {
		n := int32(1)
		if i < leadSentences {
			n = leadCount
		}
		j := 0
		lex.EachTokenIn(body, sp.Start, sp.End, func(tok string, id int32) {
			w := at(id)
			if j > 0 && isCapitalised(tok) && !lex.Stop(id) {
				w.name = true
			}
			w.count += n
			j++
		})
	}
	for _, tok := range text.Tokens(title) {
		at(lex.ID(tok)).count += titleCount
	}
	// The features kind by kind, each kind's keys sorted: Feature.compare's order (sorting each
	// kind's keys alone costs a fraction of sorting the features). A name or a number is one
	// lexicon entry (a folded word); a word is a stem, which several entries may share: their
	// counts add up.
	const (
		_       = iota // neither: a stop word, a one-letter word, a one-digit number
		content        // a content word
		named          // a content word that is also a name
		number         // a number of two or more digits
	)
	kind := make([]uint8, len(seen)) // of seen[i]
	names := 0
	for i, id := range seen {
		switch f := lex.Fold(id); {
		case isNumber(f):
			if len(f) >= 2 {
				kind[i] = number
			}
		case lex.Stop(id) || utf8.RuneCountInString(f) < 2:
		case words[id].name:
			kind[i] = named
			names++
		default:
			kind[i] = content
		}
	}
	p := sc.profile[:0]
	defer func() { sc.profile = p[:0] }()
	stemAt := make([]int32, lex.StemCount()) // a stem's number -> 1 + its feature's index, 0 for none yet
	for i, id := range seen {
		if kind[i] != content && kind[i] != named {
			continue
		}
		stem := lex.StemID(id)
		for int(stem) >= len(stemAt) {
			stemAt = append(stemAt, 0)
		}
		if k := stemAt[stem]; k > 0 {
			p[k-1].Count = clampCount(int32(p[k-1].Count) + words[id].count)
		} else {
			p = append(p, Feature{Key: lex.Stem(id), Kind: Word, Count: clampCount(words[id].count)})
			stemAt[stem] = int32(len(p))
		}
	}
	ofWords := len(p)
	for i, id := range seen {
		if kind[i] == named {
			p = append(p, Feature{Key: lex.Fold(id), Kind: Name, Count: clampCount(words[id].count)})
		}
	}
	ofNames := len(p)
	for i, id := range seen {
		if kind[i] == number {
			p = append(p, Feature{Key: lex.Fold(id), Kind: Number, Count: clampCount(words[id].count)})
		}
	}
	for _, fs := range []Profile{p[:ofWords], p[ofWords:ofNames], p[ofNames:]} {
		sc.sortByKey(fs)
	}
	if len(p) > maxFeatures {
		// Keep the maxFeatures most frequent, ties broken in key order: every feature counted
		// more than the last one kept, and the first of those counted as often as it.
		counts := make([]uint16, len(p))
		for i, f := range p {
			counts[i] = f.Count
		}
		slices.Sort(counts)
		last := counts[len(counts)-maxFeatures] // the lowest count kept
		ties := maxFeatures - (len(counts) - sort.Search(len(counts), func(i int) bool { return counts[i] > last }))
		kept := p[:0]
		for _, f := range p {
			if f.Count > last || f.Count == last && ties > 0 {
				if f.Count == last {
					ties--
				}
				kept = append(kept, f)
			}
		}
		p = kept
	}
	for i := range p {
		p[i].id = idOf(p[i].Kind, p[i].Key)
	}
	return slices.Clone(p) // the scratch's length, not its capacity: a profile is kept
}

// sortByKey sorts features by key, as strings.Compare orders them: as numbers made of the
// keys' first six bytes and their place, sorted plainly, and by the rest of the keys only
// between keys that share those bytes (few do). Comparing the keys themselves was a third of a
// profile's cost; sorting plain numbers rather than pairs by a comparison function took a
// third off what was left (0.51 -> 0.33 s of 25,000 analyses' CPU profile), and sorting them
// by radix (radixSort) rather than by comparisons, which mispredict, half again: 0.29 s of
// 16,066 analyses -> 0.14 s of 16,152 (BenchmarkAnalyze on cnn-dev, -cpuprofile), though it
// runs more instructions (3,318,348 -> 3,361,783 an article under callgrind).
func (sc *scratch) sortByKey(fs Profile) {
	if len(fs) > placeMask {
		slices.SortFunc(fs, func(a, b Feature) int { return strings.Compare(a.Key, b.Key) })
		return
	}
	order := sc.order[:0]
	for i, f := range fs {
		var pre [8]byte
		copy(pre[:6], f.Key) // a key holds no zero byte: a short one pads below any longer one
		order = append(order, binary.BigEndian.Uint64(pre[:])|uint64(i))
	}
	order, sc.spare = radixSort(order, sc.spare)
	for a := 0; a < len(order); {
		b := a + 1
		for b < len(order) && order[b]&^placeMask == order[a]&^placeMask {
			b++
		}
		if b-a > 1 {
			slices.SortFunc(order[a:b], func(x, y uint64) int {
				return strings.Compare(fs[x&placeMask].Key, fs[y&placeMask].Key)
			})
		}
		a = b
	}
	sorted := sc.sorted[:0]
	for _, k := range order {
		sorted = append(sorted, fs[k&placeMask])
	}
	copy(fs, sorted)
	sc.order, sc.sorted = order, sorted[:0]
}

// placeMask holds a feature's place in the numbers sortByKey sorts: the two bytes below the
// key's six.
const placeMask = 1<<16 - 1

// word is what OfWith counts of a lexicon entry.
type word struct {
	name  bool  // capitalised after a sentence's first word, and no stop word
	count int32 // weighted occurrences: title titleCount, lead leadCount, else 1
}

// scratch is OfWith's working space, reused from one call to the next.
type scratch struct {
	words   []word   // by lexicon entry
	seen    []int32  // the entries met, in order
	profile Profile  // the features, before the copy returned
	order   []uint64 // sortByKey's
	spare   []uint64 // sortByKey's
	sorted  Profile  // sortByKey's
}

// radixSort sorts the numbers of sortByKey, whose low 16 bits (a feature's place) are
// distinct and rising: a stable sort by the six bytes above them sorts them whole. It sorts
// one byte a pass, lowest first, into spare and back, and skips a byte all of them share (the
// padding of short keys). It returns the sorted numbers and the other buffer.
func radixSort(order, spare []uint64) (sorted, other []uint64) {
	if len(order) < 2 {
		return order, spare
	}
	spare = slices.Grow(spare[:0], len(order))[:len(order)]
	for shift := 16; shift < 64; shift += 8 {
		var count [256]int
		for _, v := range order {
			count[byte(v>>shift)]++
		}
		if count[byte(order[0]>>shift)] == len(order) {
			continue
		}
		at := 0
		for b, n := range count {
			count[b] = at
			at += n
		}
		for _, v := range order {
			b := byte(v >> shift)
			spare[count[b]] = v
			count[b]++
		}
		order, spare = spare, order
	}
	return order, spare
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// clampCount is a count as a feature holds it: at most 65,535.
func clampCount(n int32) uint16 { return uint16(min(n, 1<<16-1)) }

// compare orders features by kind, then key.
func (f Feature) compare(g Feature) int {
	if f.Kind != g.Kind {
		return cmp.Compare(f.Kind, g.Kind)
	}
	return strings.Compare(f.Key, g.Key)
}

// fid is a feature's id in an index: a 64-bit hash of its kind and key. Maps keyed by it cost a
// fraction of maps keyed by strings, and two features of the few thousand in a window share one
// with a chance of about one in 10^12.
type fid uint64

func idOf(kind Kind, key string) fid {
	h := uint64(14695981039346656037) ^ uint64(kind)
	h *= 1099511628211
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return fid(h)
}

// fid returns the feature's id, made now if the profile was built by hand.
func (f Feature) fid() fid {
	if f.id == 0 {
		return idOf(f.Kind, f.Key)
	}
	return f.id
}

func isCapitalised(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r)
}

func isNumber(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsDigit(r)
}

// Encode packs a profile for storage: a mark, then runs of features of one kind, each run its
// kind and length, then per feature its count and its key written as the bytes it does not
// share with the key before it in the run (keys come sorted: "attack", "attend" share "att").
// A profile of news was up to 2.2 KB packed a feature at a time (its kind, count and whole
// key, which Decode still reads): past 2 KB a row takes a page of 4 KiB alone, half of it left
// empty. Packed in runs it is 15-22% smaller (cnn-dev, BBC, the bench's 100,000 articles), at
// most 1.9 KB on those, and two rows fit in a page.
func (p Profile) Encode() []byte {
	out := make([]byte, 1, 1+8*len(p))
	out[0] = packedRuns
	for i := 0; i < len(p); {
		j := i + 1
		for j < len(p) && p[j].Kind == p[i].Kind {
			j++
		}
		out = append(out, byte(p[i].Kind))
		out = binary.AppendUvarint(out, uint64(j-i))
		prev := ""
		for _, f := range p[i:j] {
			shared := commonPrefix(prev, f.Key)
			out = binary.AppendUvarint(out, uint64(f.Count))
			out = binary.AppendUvarint(out, uint64(shared))
			out = binary.AppendUvarint(out, uint64(len(f.Key)-shared))
			out = append(out, f.Key[shared:]...)
			prev = f.Key
		}
		i = j
	}
	return out
}

// packedRuns opens a profile Encode packed in runs; a profile packed a feature at a time (as
// stored before) opens with its first feature's kind, which is below it.
const packedRuns = 0xFF

// commonPrefix is how many bytes a and b share at their start.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// errCorrupt is Decode's error for bytes that Encode did not pack.
var errCorrupt = errors.New("stories: corrupt profile")

// Decode reads a profile that Encode packed, in runs or (as stored before) a feature at a time.
func Decode(b []byte) (Profile, error) {
	if len(b) == 0 || b[0] != packedRuns {
		return decodeFeatures(b)
	}
	b = b[1:]
	var p Profile
	var key []byte // the key before, then this one
	for len(b) > 0 {
		kind := Kind(b[0])
		n, k := binary.Uvarint(b[1:])
		if k <= 0 || kind >= kinds || n > uint64(len(b)) { // each feature takes three bytes or more
			return nil, errCorrupt
		}
		b = b[1+k:]
		key = key[:0]
		for ; n > 0; n-- {
			count, ok1 := readUvarint(&b)
			shared, ok2 := readUvarint(&b)
			rest, ok3 := readUvarint(&b)
			if !ok1 || !ok2 || !ok3 || shared > uint64(len(key)) || rest > uint64(len(b)) {
				return nil, errCorrupt
			}
			key = append(key[:shared], b[:rest]...)
			b = b[rest:]
			f := Feature{Key: string(key), Kind: kind, Count: uint16(min(count, 1<<16-1))}
			f.id = idOf(kind, f.Key)
			p = append(p, f)
		}
	}
	return p, nil
}

// readUvarint reads a uvarint off the front of *b: a byte alone, most often.
func readUvarint(b *[]byte) (uint64, bool) {
	if len(*b) > 0 && (*b)[0] < 0x80 {
		v := uint64((*b)[0])
		*b = (*b)[1:]
		return v, true
	}
	v, n := binary.Uvarint(*b)
	if n <= 0 {
		return 0, false
	}
	*b = (*b)[n:]
	return v, true
}

// decodeFeatures reads a profile packed a feature at a time: its kind, count and key.
func decodeFeatures(b []byte) (Profile, error) {
	var p Profile
	for len(b) > 0 {
		kind := Kind(b[0])
		count, n := binary.Uvarint(b[1:])
		if n <= 0 || kind >= kinds {
			return nil, errCorrupt
		}
		b = b[1+n:]
		l, n := binary.Uvarint(b)
		if n <= 0 || uint64(len(b)-n) < l {
			return nil, errCorrupt
		}
		key := string(b[n : n+int(l)])
		b = b[n+int(l):]
		p = append(p, Feature{Key: key, Kind: kind, Count: uint16(min(count, 1<<16-1)), id: idOf(kind, key)})
	}
	return p, nil
}
