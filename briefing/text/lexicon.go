package text

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// Lexicon is the vocabulary of one analysis: each distinct word as written is looked up once,
// and each distinct folded word is folded, classified and stemmed once. The summary, the
// story profile, the fingerprint and the quote ranking of an article read the same few hundred
// words thousands of times; with one Lexicon they share that work. It is not safe for
// concurrent use: make one per analysis.
type Lexicon struct {
	ids     map[string]int32 // a word as written -> its entry
	byFold  map[string]int32 // a folded word -> its entry
	words   []lexeme
	stemIDs map[string]int32 // a stem -> its number (see StemID)

	// The first text read whole (by AppendWords) and its runs of letters and digits: a later
	// reading of a part of it (EachIDIn, EachTokenIn) takes them from here instead of reading
	// the text again.
	text       string
	runs       []wordRun
	remembered bool // text and runs are set
}

// wordRun is one run of letters and digits of Lexicon.text: its bytes, its entry (noEntry for
// a run Words drops until a reader asks for it) and what joins it to the text around it.
type wordRun struct {
	start, end, id int32
	word           bool // Words keeps it (see keepWord)
	decimal        bool // a '.' or ',' between two digits joins it to the next run in Tokens
}

// noEntry marks a run not yet looked up.
const noEntry = -1

type lexeme struct {
	fold    string
	stem    string
	stemID  int32
	stop    bool
	stemmed bool
}

// NewLexicon returns an empty lexicon sized for about size bytes of text.
func NewLexicon(size int) *Lexicon {
	n := Vocabulary(size)
	return &Lexicon{ids: make(map[string]int32, n), byFold: make(map[string]int32, n), words: make([]lexeme, 0, n),
		stemIDs: make(map[string]int32, n)}
}

// ID returns the entry of a word as written (a run of letters and digits): words that fold
// alike ("Police", "police") share one.
func (l *Lexicon) ID(raw string) int32 {
	if id, ok := l.ids[raw]; ok {
		return id
	}
	f := Fold(raw)
	id, ok := l.byFold[f]
	if !ok {
		id = int32(len(l.words))
		l.words = append(l.words, lexeme{fold: f, stop: IsStopword(f)})
		l.byFold[f] = id
	}
	l.ids[raw] = id
	return id
}

// Reset empties the lexicon for another analysis, keeping the room it has made: an analyser
// that reuses one lexicon article after article does not build its maps again each time.
func (l *Lexicon) Reset() {
	clear(l.ids)
	clear(l.byFold)
	clear(l.stemIDs)
	clear(l.words) // let the strings go
	l.words, l.text, l.runs, l.remembered = l.words[:0], "", l.runs[:0], false
}

// Len is the number of entries: every ID is below it.
func (l *Lexicon) Len() int { return len(l.words) }

// Fold returns the entry's folded word (see Fold).
func (l *Lexicon) Fold(id int32) string { return l.words[id].fold }

// Stop reports whether the entry is a stop word (see IsStopword).
func (l *Lexicon) Stop(id int32) bool { return l.words[id].stop }

// Stem returns the entry's stem (see Stem).
func (l *Lexicon) Stem(id int32) string {
	w := &l.words[id]
	if !w.stemmed {
		w.stem, w.stemmed = Stem(w.fold), true
		n, ok := l.stemIDs[w.stem]
		if !ok {
			n = int32(len(l.stemIDs))
			l.stemIDs[w.stem] = n
		}
		w.stemID = n
	}
	return w.stem
}

// StemID returns the number of the entry's stem: entries with one stem ("rescue", "rescued")
// share it, and the numbers of a lexicon's stems run from 0 below StemCount, in the order
// the stems were first asked for.
func (l *Lexicon) StemID(id int32) int32 {
	l.Stem(id)
	return l.words[id].stemID
}

// StemCount is how many stems the lexicon has numbered: every StemID is below it.
func (l *Lexicon) StemCount() int { return len(l.stemIDs) }

// AppendWords appends the folded words of s to dst, as Words returns them. The first text it
// reads, the lexicon remembers for EachIDIn.
func (l *Lexicon) AppendWords(dst []string, s string) []string {
	if l.remembered || len(s) >= 1<<31 {
		eachWordAt(s, func(start, end int) { dst = append(dst, l.words[l.ID(s[start:end])].fold) })
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
			dst = append(dst, l.words[r.id].fold)
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
	k, _ := slices.BinarySearchFunc(l.runs, int32(start), func(r wordRun, at int32) int { return cmp.Compare(r.start, at) })
	return k
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
