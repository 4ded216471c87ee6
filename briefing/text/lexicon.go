package text

// Lexicon is the vocabulary of one analysis: each distinct word as written is looked up once,
// and each distinct folded word is folded, classified and stemmed once. The summary, the
// story profile, the fingerprint and the quote ranking of an article read the same few hundred
// words thousands of times; with one Lexicon they share that work. It is not safe for
// concurrent use: make one per analysis.
type Lexicon struct {
	ids    map[string]int32 // a word as written -> its entry
	byFold map[string]int32 // a folded word -> its entry
	words  []lexeme
}

type lexeme struct {
	fold    string
	stem    string
	stop    bool
	stemmed bool
}

// NewLexicon returns an empty lexicon sized for about size bytes of text.
func NewLexicon(size int) *Lexicon {
	n := Vocabulary(size)
	return &Lexicon{ids: make(map[string]int32, n), byFold: make(map[string]int32, n), words: make([]lexeme, 0, n)}
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
	}
	return w.stem
}

// AppendWords appends the folded words of s to dst, as Words returns them.
func (l *Lexicon) AppendWords(dst []string, s string) []string {
	eachWord(s, func(raw string) { dst = append(dst, l.words[l.ID(raw)].fold) })
	return dst
}

// EachID calls fn with the entry of each word of s that Words keeps, in order.
func (l *Lexicon) EachID(s string, fn func(id int32)) {
	eachWord(s, func(raw string) { fn(l.ID(raw)) })
}

// Vocabulary estimates the distinct words of size bytes of news, about one per 16 bytes, for
// sizing maps: at most 8,192, since a book pasted as an article repeats its words.
func Vocabulary(size int) int { return min(size/16+16, 8192) }
