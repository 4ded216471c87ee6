package text

import (
	"strings"
	"unicode/utf8"
)

// Lexicon is the vocabulary of one analysis: each distinct word as written is looked up once,
// and each distinct folded word is folded, classified and stemmed once. The summary, the
// story profile, the fingerprint and the quote ranking of an article read the same few hundred
// words thousands of times; with one Lexicon they share that work. A lexicon reset for the
// next analysis keeps what it learnt of each word (up to maxKept bytes of them), so that
// an analyser reusing one folds and stems the words of news once, not once an article. It is
// not safe for concurrent use: one per analysis at a time.
type Lexicon struct {
	// Kept from one analysis to the next: each word's fold, class and stem. The strings are
	// copies, so that no analysed text is kept alive.
	known  *wordTable       // a word as written -> its fold in folds
	byFold map[string]int32 // a folded word -> its place in folds
	folds  []fold
	stemOf map[string]int32 // a stem -> its place in stems
	stems  []numbered
	kept   int // about how many bytes the words kept take
	keep   int // the most bytes kept: maxKept

	// This analysis: its entries are the folds it met, numbered in that order, and its stems
	// are numbered as StemID meets them. An entry or a stem numbered in an earlier analysis
	// (an older gen) is numbered again when met.
	gen    uint32
	words  []int32 // entry -> its fold in folds
	nstems int32

	// The first text read whole (by AppendWords) and its runs of letters and digits: a later
	// reading of a part of it (EachIDIn, EachTokenIn) takes them from here instead of reading
	// the text again.
	text       string
	runs       []wordRun
	remembered bool // text and runs are set
}

// maxKept bounds the bytes of words a lexicon keeps between analyses, tens of thousands of
// words, whatever their length (a pasted text of long junk "words" must not stay in memory):
// past it, a reset forgets them all.
const maxKept = 8 << 20

// wordCost is about what a kept word costs besides its bytes: map entries and a fold's record.
const wordCost = 64

// wordRun is one run of letters and digits of Lexicon.text: its bytes, its entry (noEntry for
// a run Words drops until a reader asks for it) and what joins it to the text around it.
type wordRun struct {
	start, end, id int32
	word           bool // Words keeps it (see keepWord)
	decimal        bool // a '.' or ',' between two digits joins it to the next run in Tokens
}

// noEntry marks a run not yet looked up.
const noEntry = -1

// fold is a folded word, what it is and its stem.
type fold struct {
	fold    string
	stem    string
	stemAt  int32 // its stem's place in stems, once stemmed
	stop    bool
	stemmed bool
	numbered
}

// numbered is the number of a fold or a stem in the analysis gen.
type numbered struct {
	gen uint32
	id  int32
}

// NewLexicon returns an empty lexicon sized for about size bytes of text.
func NewLexicon(size int) *Lexicon {
	n := Vocabulary(size)
	return &Lexicon{known: newWordTable(n), byFold: make(map[string]int32, n), folds: make([]fold, 0, n),
		stemOf: make(map[string]int32, n), words: make([]int32, 0, n), gen: 1, keep: maxKept}
}

// ID returns the entry of a word as written (a run of letters and digits): words that fold
// alike ("Police", "police") share one.
func (l *Lexicon) ID(raw string) int32 {
	at, ok := l.known.get(raw)
	if !ok {
		f := Fold(raw)
		if at, ok = l.byFold[f]; !ok {
			f = strings.Clone(f)
			at = int32(len(l.folds))
			l.folds = append(l.folds, fold{fold: f, stop: IsStopword(f)})
			l.byFold[f] = at
			l.kept += len(f) + wordCost
		}
		l.known.put(raw, at)
		l.kept += len(raw) + wordCost
	}
	w := &l.folds[at]
	if w.gen != l.gen {
		w.numbered = numbered{gen: l.gen, id: int32(len(l.words))}
		l.words = append(l.words, at)
	}
	return w.id
}

// Reset empties the lexicon for another analysis. It keeps the words it knows (see Lexicon)
// and the room it has made: an analyser that reuses one lexicon article after article does
// not build its maps again each time.
func (l *Lexicon) Reset() {
	l.gen++
	if l.kept > l.keep || l.gen == 0 {
		l.known.reset()
		clear(l.byFold)
		clear(l.stemOf)
		clear(l.folds) // let the strings go
		l.folds, l.stems, l.gen, l.kept = l.folds[:0], l.stems[:0], 1, 0
	}
	l.words, l.nstems, l.text, l.runs, l.remembered = l.words[:0], 0, "", l.runs[:0], false
}

// Len is the number of entries: every ID is below it.
func (l *Lexicon) Len() int { return len(l.words) }

// Fold returns the entry's folded word (see Fold).
func (l *Lexicon) Fold(id int32) string { return l.folds[l.words[id]].fold }

// Stop reports whether the entry is a stop word (see IsStopword).
func (l *Lexicon) Stop(id int32) bool { return l.folds[l.words[id]].stop }

// Stem returns the entry's stem (see Stem).
func (l *Lexicon) Stem(id int32) string { return l.stemmed(id).stem }

// stemmed returns the entry's fold, stemmed.
func (l *Lexicon) stemmed(id int32) *fold {
	w := &l.folds[l.words[id]]
	if !w.stemmed {
		w.stem, w.stemmed = Stem(w.fold), true
		at, ok := l.stemOf[w.stem]
		if !ok {
			at = int32(len(l.stems))
			l.stems = append(l.stems, numbered{})
			l.stemOf[w.stem] = at
		}
		w.stemAt = at
	}
	return w
}

// StemID returns the number of the entry's stem: entries with one stem ("rescue", "rescued")
// share it, and the numbers of an analysis's stems run from 0 below StemCount, in the order
// StemID met them.
func (l *Lexicon) StemID(id int32) int32 {
	s := &l.stems[l.stemmed(id).stemAt]
	if s.gen != l.gen {
		*s = numbered{gen: l.gen, id: l.nstems}
		l.nstems++
	}
	return s.id
}

// StemCount is how many stems StemID has numbered in this analysis: every StemID is below it.
func (l *Lexicon) StemCount() int { return int(l.nstems) }

// AppendWords appends the folded words of s to dst, as Words returns them. The first text it
// reads, the lexicon remembers for EachIDIn.
func (l *Lexicon) AppendWords(dst []string, s string) []string {
	if l.remembered || len(s) >= 1<<31 {
		eachWordAt(s, func(start, end int) { dst = append(dst, l.Fold(l.ID(s[start:end]))) })
		return dst
	}
	l.text, l.remembered = s, true
	if l.runs == nil {
		l.runs = make([]wordRun, 0, len(s)/5+1)
	}
	runsAt(s, false, func(start, end int) {
		if n := len(l.runs); n > 0 {
			prev := &l.runs[n-1]
			prev.decimal = int(prev.end)+1 == start && (s[prev.end] == '.' || s[prev.end] == ',') &&
				isDigit(s[prev.end-1]) && isDigit(s[start])
		}
		r := wordRun{start: int32(start), end: int32(end), id: noEntry, word: keepWord(s[start:end])}
		if r.word {
			r.id = l.ID(s[start:end])
			dst = append(dst, l.Fold(r.id))
		}
		l.runs = append(l.runs, r)
	})
	return dst
}

// remembers reports whether s[start:end] is a part of the text AppendWords read first that
// begins and ends between words (and between characters), so that its runs can be taken from
// that reading.
func (l *Lexicon) remembers(s string, start, end int) bool {
	between := func(i int) bool { return i >= len(l.text) || utf8.RuneStart(l.text[i]) && wordBoundary(l.text, i) }
	return l.remembered && len(s) <= len(l.text) && l.text[:len(s)] == s && between(start) && between(end)
}

// firstRun returns the index of the first remembered run that starts at or after start.
func (l *Lexicon) firstRun(start int) int {
	// A binary search written out: slices.BinarySearchFunc called its comparison at each
	// step, and the search was 2.7% of an analysis (0.19 s of 7.1 in BenchmarkAnalyze).
	at := int32(start)
	lo, hi := 0, len(l.runs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if l.runs[m].start < at {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// EachIDIn is EachID over s[start:end]. When s is (a beginning of) the text AppendWords read
// first, its words come from that reading.
func (l *Lexicon) EachIDIn(s string, start, end int, fn func(id int32)) {
	if !l.remembers(s, start, end) {
		l.EachID(s[start:end], fn)
		return
	}
	for k := l.firstRun(start); k < len(l.runs) && int(l.runs[k].end) <= end; k++ {
		if l.runs[k].word {
			fn(l.runs[k].id)
		}
	}
}

// EachTokenIn calls fn with each token of s[start:end] that Tokens returns, in order, and its
// entry. When s is (a beginning of) the text AppendWords read first, the tokens come from
// that reading.
func (l *Lexicon) EachTokenIn(s string, start, end int, fn func(tok string, id int32)) {
	if !l.remembers(s, start, end) {
		runs(s[start:end], true, func(tok string) { fn(tok, l.ID(tok)) })
		return
	}
	for k := l.firstRun(start); k < len(l.runs) && int(l.runs[k].end) <= end; k++ {
		r := &l.runs[k]
		from := r.start
		if r.decimal && k+1 < len(l.runs) && int(l.runs[k+1].end) <= end {
			// A number written with a point or commas ("7.1", "10,000") is one token.
			for k+1 < len(l.runs) && l.runs[k].decimal && int(l.runs[k+1].end) <= end {
				k++
			}
			tok := l.text[from:l.runs[k].end]
			fn(tok, l.ID(tok))
			continue
		}
		if r.id == noEntry {
			r.id = l.ID(l.text[r.start:r.end])
		}
		fn(l.text[r.start:r.end], r.id)
	}
}

// EachID calls fn with the entry of each word of s that Words keeps, in order.
func (l *Lexicon) EachID(s string, fn func(id int32)) {
	eachWord(s, func(raw string) { fn(l.ID(raw)) })
}

// Vocabulary estimates the distinct words of size bytes of news, about one per 16 bytes, for
// sizing maps: at most 8,192, since a book pasted as an article repeats its words.
func Vocabulary(size int) int { return min(size/16+16, 8192) }
