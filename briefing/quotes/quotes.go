// Package quotes finds the direct and partial quotes of a news story and names who said each.
//
// It works in three passes over a text.Doc. First it pairs quotation marks paragraph by
// paragraph: straight and curly double marks, or single marks in a story that quotes with them
// as British papers do, and two apostrophes as wire copy writes a double mark. A paragraph that
// opens a quote without closing it carries it into the next paragraph that opens with a mark;
// scare quotes and names ("Day of Unity", so-called "woke") are dropped. Then it collects the
// people the story mentions outside quotes, with their full names, surnames and roles
// ("Kremlin spokesman Dmitry Peskov"), which of them each sentence is about (its subject, not
// a name in an opening aside or after the verb), and the acronyms the story defines. Last it
// reads the frame of each quote, the words of its sentence outside the marks, for a reporting
// cue (said, told, added, according to, ...) and its subject: a name, a surname or role that
// stands for a full name given earlier (the person of that surname just named, else the one
// named most), a pronoun that stands for the person last talked about, an organisation, or
// the body a spokesperson speaks for. A quote with no frame keeps the speaker of the quote
// before it when it continues it (interrupted quotes, continuation paragraphs), or takes the
// name signed below it ("- Bernie Sanders."). Unknown stays "".
package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/text"
)

// Quote is one quotation in a story.
type Quote struct {
	text.Span        // the quoted words, without the marks, in Doc.Text
	Text      string // the quoted words
	Speaker   string // the speaker's fullest name in the story, or "" when the story does not say
	Para      int    // the paragraph the quote starts in
	Partial   bool   // a fragment inside reported speech rather than a full statement
}

// Find returns the quotes of d in text order, each with its speaker.
func Find(d text.Doc) []Quote {
	spans := pairMarks(d)
	people := collectPeople(d, spans)
	out := make([]Quote, 0, len(spans))
	var prev *Quote
	prevEnd := -1 // where the last quote kept ends
	lastEnd := -1 // where the last pair of marks ends, quote or not
	for i, sp := range spans {
		content := strings.TrimSpace(sp.content.Of(d.Text))
		if content == "" {
			continue
		}
		q := Quote{Span: sp.content, Text: content, Para: sp.para}
		sentStart, sentEnd := sentenceAround(d, sp)
		before := max(sentStart, lastEnd)
		lastEnd = sp.close
		// A frame belongs to one quote: the after-frame ends where the next quote opens.
		// A name in quotes inside the frame (`Bill Eastland, wearing "Ted Cruz" pins, said`) is
		// part of the frame.
		next := i + 1
		for next < len(spans) && spans[next].open < sentEnd && isName(strings.TrimSpace(spans[next].content.Of(d.Text))) {
			next++
		}
		afterEnd := sentEnd
		if next < len(spans) {
			afterEnd = min(afterEnd, spans[next].open)
		}
		speaker, cue := attribute(d.Text, sp, before, afterEnd, people)
		// `"A," he said. "B."`: B is speech however short, the frame between says so.
		// The second part opens after a stop, comma or colon: `he said. "B."`, not `known as a
		// "least weasel"`.
		interrupted := prev != nil && prev.Para == sp.para && prevEnd >= 0 && sp.open-prevEnd < 80 &&
			hasCue(d.Text, prevEnd, sp.open) && opensAfterPunct(d.Text, sp.open)
		if isName(content) || !cue && !interrupted && isScare(sp, content) ||
			!interrupted && modifies(d.Text, sp, content) {
			continue
		}
		if speaker == "" && max(sentStart, prevEnd) < before {
			// Marks that are no quote ("a "claim of right"") stand inside this quote's frame:
			// `Fitton called her assertion of a "claim of right" "significant and disturbing."`
			speaker, _ = attribute(d.Text, sp, max(sentStart, prevEnd), afterEnd, people)
		}
		if speaker == "" && !cue && wordCount(content) >= 4 && before < sp.open {
			// `Trump attacked "the hateful ideology of radical Islam"`, `Trump issued a
			// statement, "Last night ..."`: verbs that take words as their object.
			speaker = weakFrame(tokenize(d.Text, before, sp.open), people, sp.open)
		}
		if speaker == "" && sp.openPara {
			// A quote paragraph signed below or at its end: "- Bernie Sanders."
			speaker = signedBelow(d, sp, people)
		}
		switch {
		case speaker != "":
		case prev != nil && (!cue || sp.carried) && continues(d, prev, sp, spans, i):
			speaker = prev.Speaker
		case sp.openPara && sp.para > 0 && strings.HasSuffix(d.Paragraphs[sp.para-1].Of(d.Text), ":"):
			// "Clinton released the following statement:" then the statement.
			pp := d.Paragraphs[sp.para-1]
			toks := tokenize(d.Text, pp.Start, pp.End)
			if speaker = sentenceSubject(lastClause(toks), people, sp.open); speaker == "" {
				speaker = sentenceSubject(toks, people, sp.open)
			}
		case itReads(d.Text, before, sp.open):
			// `The police, in a statement, said five men were charged. It read: "..."`: the
			// statement's author is the one the sentence before was about.
			speaker = subjectBefore(d, sp, people)
		case !cue && before >= sp.open-1:
			// `Green stresses that bad behaviour must be punished. "I am not advocating..."`:
			// a quote that is its own sentence, after a sentence that reports someone.
			speaker = reportedBefore(d, sp, people)
		}
		q.Speaker = speaker
		if speaker != "" {
			people.spoke(speaker, sp.open)
		}
		q.Partial = !sp.openPara || wordCount(content) < 6
		out = append(out, q)
		prev = &out[len(out)-1]
		prevEnd = sp.close
	}
	return out
}

// signedBelow returns the person named in a signature after a paragraph that is one quote, in
// the line below ("- Bernie Sanders." or "—Michelle Marks, Philadelphia.") or closing it.
func signedBelow(d text.Doc, m mark, people *people) string {
	p := d.Paragraphs[m.para]
	var toks []token
	switch {
	case m.close+4 < p.End:
		// `"..." ― Sonya Herridge` closing the paragraph.
		toks = tokenize(d.Text, min(m.end(d.Text), p.End), p.End)
	case m.para+1 < len(d.Paragraphs):
		next := d.Paragraphs[m.para+1]
		toks = tokenize(d.Text, next.Start, next.End)
	}
	if len(toks) < 2 || len(toks) > 16 {
		return ""
	}
	switch toks[0].s {
	case "-", "—", "–", "―":
	default:
		return ""
	}
	if sp := nounPhraseAfter(toks[1:], people, m.open); sp != "" && people.isPerson(sp) {
		return sp
	}
	return ""
}

// opensAfterPunct reports whether the mark at i follows punctuation that ends a frame.
func opensAfterPunct(s string, i int) bool {
	t := strings.TrimRight(s[:i], " \t\u00a0")
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".,:;?!—–-\n", r)
}

// mark is a paired quotation: open and close are the byte offsets of the marks (close is the
// paragraph's end when the quote runs on), content what lies between.
type mark struct {
	open, close int
	content     text.Span
	para        int
	openPara    bool // the quote opens its paragraph (after nothing but white space)
	carried     bool // continues a quote left open in the paragraph before
	runsOn      bool // left open at the end of its paragraph
}

// end returns the offset just past the closing mark (the paragraph's end for a quote that
// runs on).
func (m mark) end(s string) int {
	if m.close >= len(s) {
		return len(s)
	}
	_, size := markAt(s, m.close)
	if r, _ := utf8.DecodeRuneInString(s[m.close:]); !strings.ContainsRune("\"“”«»‘’'", r) {
		return m.close // runs on: close is where the paragraph ends
	}
	return m.close + size
}

// pairMarks pairs the quotation marks of each body paragraph: double marks, or single ones in
// a story that quotes with them (‘We will win,’ he said).
func pairMarks(d text.Doc) []mark {
	var out []mark
	carry := false
	single := quotesWithSingles(d)
	for pi, p := range d.Paragraphs {
		if p.Kind != text.Body && p.Kind != text.Heading {
			carry = false
			continue
		}
		if p.Kind == text.Heading {
			carry = false
			continue
		}
		s := d.Text
		open := -1
		openLen := 0
		for i := p.Start; i < p.End; {
			if !mayBeMark(s[i]) {
				i++
				continue
			}
			r, size := markAt(s, i)
			role := markRole(s, p.Start, p.End, i, r, size)
			if single {
				role = singleRole(s, p.Start, p.End, i, r, size, open)
			}
			if role != closing && open >= 0 && r == '"' && closesNested(s, p.Start, i) {
				role = closing // `said 'hold the bucket,' " the principal said`
			}
			if role == opening && open >= 0 && r == '“' && typedAsClose(s, p.Start, p.End, i, size) {
				role = closing // `"It's unusual,“ said Larry Noble`: the wrong curly mark
			}
			if role == opening && open >= 0 {
				// A new quote opens before the last one closed: in text without paragraph
				// breaks this is a quote that ran on; end it here rather than pair across.
				out = append(out, mark{open: open, close: i, content: text.Span{Start: open + openLen, End: i},
					para: pi, openPara: open == p.Start, carried: carry && open == p.Start, runsOn: true})
				carry = true
				open = -1
			}
			switch {
			case role == opening:
				open, openLen = i, size
			case role == closing && open >= 0:
				out = append(out, mark{open: open, close: i, content: text.Span{Start: open + openLen, End: i},
					para: pi, openPara: open == p.Start, carried: carry && open == p.Start})
				carry = false
				open = -1
			}
			i += size
		}
		if open >= 0 {
			out = append(out, mark{open: open, close: p.End, content: text.Span{Start: open + openLen, End: p.End},
				para: pi, openPara: open == p.Start, carried: carry && open == p.Start, runsOn: true})
			carry = true
		} else {
			carry = false
		}
	}
	for i := range out {
		out[i].content = trimSpan(d.Text, out[i].content)
	}
	return out
}

type markKind int

// mayBeMark reports whether byte b can start a quotation mark: a straight mark, or the first
// byte of “ ” ‘ ’ (U+201x) or « » (U+00AB, U+00BB). Other bytes, and the inner bytes of
// any character, are skipped without decoding.
func mayBeMark(b byte) bool { return b == '"' || b == '\'' || b == 0xE2 || b == 0xC2 }

// markAt decodes the rune at i, reading two apostrophes in a row as one straight double mark,
// as wire copy (and the New York Times archive) writes quotation marks.
func markAt(s string, i int) (rune, int) {
	if strings.HasPrefix(s[i:], "''") {
		return '"', 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// quotesWithSingles reports whether a story marks quotes with single quotation marks, as
// British papers do: single marks open more quotes, and more of those that open a sentence
// (nested quotes seldom do) than double marks; with no quote opening a sentence, far more.
func quotesWithSingles(d text.Doc) bool {
	var singles, doubles, singleStarts, doubleStarts int
	for _, p := range d.Paragraphs {
		s := d.Text
		for i := p.Start; i < p.End; {
			if !mayBeMark(s[i]) {
				i++
				continue
			}
			r, size := markAt(s, i)
			switch {
			case (r == '"' || r == '“') && markRole(s, p.Start, p.End, i, r, size) == opening:
				doubles++
				if opensSentence(s, p.Start, i) {
					doubleStarts++
				}
			case (r == '‘' || r == '\'') && singleRole(s, p.Start, p.End, i, r, size, -1) == opening:
				singles++
				if opensSentence(s, p.Start, i) {
					singleStarts++
				}
			}
			i += size
		}
	}
	if singleStarts+doubleStarts > 0 {
		return singleStarts > doubleStarts && singles > doubles
	}
	return singles >= 2 && doubles*2 < singles
}

// singleRole tells whether the single mark r at i opens or closes a quote, in a story that
// quotes with single marks; openAt is where the open quote starts, or -1. An apostrophe inside
// a word ("don’t") or before one ("’90s") is no mark, and a closing mark only closes an open
// quote. "s’ " before a lower-case word closes a quote that opened inside a sentence (‘real
// Sooners’ riff) but is a plural possessive in one that opened it (‘The players’ union is...).
func singleRole(s string, start, end, i int, r rune, size int, openAt int) markKind {
	if r != '‘' && r != '’' && r != '\'' {
		return notMark
	}
	var pr, nr rune = ' ', ' '
	if i > start {
		pr, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if i+size < end {
		nr, _ = utf8.DecodeRuneInString(s[i+size:])
	}
	openBefore := unicode.IsSpace(pr) || pr == '(' || pr == '[' || pr == '—' || pr == '–' || pr == '"' || pr == '“'
	endsWords := pr == ',' || pr == '.' || pr == '?' || pr == '!'
	switch {
	case unicode.IsLetter(pr) && unicode.IsLetter(nr):
		return notMark
	case r == '‘':
		return opening
	case openBefore:
		if unicode.IsLetter(nr) && r == '\'' || unicode.IsUpper(nr) {
			return opening
		}
		return notMark // "’90s", "’em", a lone mark
	case openAt < 0:
		if endsWords && unicode.IsUpper(nr) {
			return opening // `told WTKR.’That flag`: a missing space
		}
		return notMark
	case endsWords:
		return closing // `,’she says`: a missing space
	case unicode.IsLetter(nr) || unicode.IsDigit(nr):
		return notMark
	}
	if (pr == 's' || pr == 'S') && nr == ' ' && i+size+1 < end && opensSentence(s, start, openAt) {
		if w, _ := utf8.DecodeRuneInString(s[i+size+1:]); unicode.IsLower(w) {
			return notMark // "the players’ union"
		}
	}
	return closing
}

// opensSentence reports whether the mark at i stands at the start of a sentence.
func opensSentence(s string, start, i int) bool {
	j := i
	for j > start {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsSpace(r) {
			return strings.ContainsRune(".?!:’”\"", r)
		}
		j -= size
	}
	return true
}

const (
	notMark markKind = iota
	opening
	closing
)

// markRole tells whether the rune r at i opens or closes a quote. Curly marks say so
// themselves; a straight mark is read from its neighbours: after a space and before a word it
// opens, after a word or punctuation and before a space or punctuation it closes.
func markRole(s string, start, end, i int, r rune, size int) markKind {
	switch r {
	case '“', '«':
		return opening
	case '”', '»':
		return closing
	case '"':
	default:
		return notMark
	}
	spaceBefore := i == start
	if !spaceBefore {
		pr, _ := utf8.DecodeLastRuneInString(s[:i])
		spaceBefore = unicode.IsSpace(pr) || pr == '(' || pr == '[' || pr == '—' || pr == '–' || pr == '/'
	}
	spaceAfter := i+size >= end
	if !spaceAfter {
		nr, _ := utf8.DecodeRuneInString(s[i+size:])
		spaceAfter = unicode.IsSpace(nr) || nr == ',' || nr == '.' || nr == ';' || nr == ':' || nr == ')' || nr == '?' || nr == '!'
	}
	switch {
	case spaceBefore && !spaceAfter:
		return opening
	case !spaceBefore && spaceAfter:
		return closing
	case spaceBefore && spaceAfter:
		return notMark // a lone mark: inches, a typo
	}
	if pr, _ := utf8.DecodeLastRuneInString(s[:i]); pr == '.' || pr == '?' || pr == '!' {
		if nr, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsUpper(nr) {
			return opening // `told WTKR."That flag`: a missing space
		}
	}
	// word"word: treat as closing after a letter, which keeps a quote from swallowing text
	return closing
}

// typedAsClose reports whether the opening curly mark at i stands where a closing one belongs:
// after punctuation that ends quoted words and before a space or the paragraph's end.
func typedAsClose(s string, start, end, i, size int) bool {
	if i == start {
		return false
	}
	pr, _ := utf8.DecodeLastRuneInString(s[:i])
	if !strings.ContainsRune(",.?!", pr) {
		return false
	}
	if i+size >= end {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(s[i+size:])
	return unicode.IsSpace(nr)
}

// closesNested reports whether the straight mark at i, after a space, follows a closed inner
// quote or a comma: `'hold the bucket,' "`.
func closesNested(s string, start, i int) bool {
	j := i
	for j > start {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if r != ' ' {
			return r == '\'' || r == '’' || r == ','
		}
		j -= size
	}
	return false
}

func trimSpan(s string, sp text.Span) text.Span {
	for sp.Start < sp.End {
		r, size := utf8.DecodeRuneInString(s[sp.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += size
	}
	for sp.End > sp.Start {
		r, size := utf8.DecodeLastRuneInString(s[:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= size
	}
	return sp
}

// sentenceAround returns the start of the sentence the quote opens in and the end of the
// sentence it closes in; when the quote ends that sentence (`"...?" Smith said.` splits after
// the mark), the end of the next one, where its frame stands.
func sentenceAround(d text.Doc, m mark) (start, end int) {
	p := d.Paragraphs[m.para]
	start, end = p.Start, p.End
	for k, s := range p.Sentences {
		if s.Start <= m.open && m.open < s.End+1 {
			start = s.Start
		}
		if s.Start <= m.close && m.close < s.End+1 {
			end = s.End
			last := endPunct(m.content.Of(d.Text))
			if m.end(d.Text) >= s.End && k+1 < len(p.Sentences) {
				next := p.Sentences[k+1]
				// `"...?" Smith said.`, and `"...." Trump said.` when the next sentence is only a frame.
				if last == '?' || last == '!' || isBareFrame(d.Text[next.Start:next.End]) {
					end = next.End
				}
			}
			break
		}
	}
	return start, end
}

// endPunct returns the last character of quoted words, past any inner closing quote:
// '?' for `said, 'How do we win?'`.
func endPunct(content string) rune {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(content, " \t\n'’\"”"))
	return last
}

// itReads reports whether the frame before a quote is only "It read:" or "It said:" and the like.
func itReads(s string, from, to int) bool {
	toks := tokenize(s, from, to)
	if len(toks) != 3 || toks[0].s != "It" || toks[2].s != ":" {
		return false
	}
	switch toks[1].s {
	case "read", "reads", "said", "says", "stated", "states", "added", "continued":
		return true
	}
	return false
}

// subjectBefore returns the subject of the sentence before the quote's sentence.
func subjectBefore(d text.Doc, m mark, people *people) string {
	var prev *text.Sentence
	for _, st := range d.Sentences() {
		if st.End > m.open {
			break
		}
		if st.End <= m.open-5 {
			st := st
			prev = &st
		}
	}
	if prev == nil {
		return ""
	}
	return sentenceSubject(tokenize(d.Text, prev.Start, prev.End), people, m.open)
}

// reportedBefore returns the subject of the sentence before the quote's when that sentence
// reports speech (has a cue) and quotes nothing itself.
func reportedBefore(d text.Doc, m mark, people *people) string {
	p := d.Paragraphs[m.para]
	for k, st := range p.Sentences {
		if st.Start < m.open-1 || st.Start > m.open+1 {
			continue
		}
		var prev text.Span
		switch {
		case k > 0:
			prev = p.Sentences[k-1]
		case m.para > 0 && len(d.Paragraphs[m.para-1].Sentences) > 0:
			// A paragraph that is a quote, after one that reports who speaks.
			ps := d.Paragraphs[m.para-1].Sentences
			prev = ps[len(ps)-1]
		default:
			return ""
		}
		body := d.Text[prev.Start:prev.End]
		if strings.ContainsAny(body, "\"“”‘") {
			return ""
		}
		toks := tokenize(d.Text, prev.Start, prev.End)
		for i, t := range toks {
			if cueAt(toks, i) && !participle(t.lower()) && i > 0 {
				if sp := nounPhraseBefore(toks[:i], people, m.open); sp != "" {
					return sp
				}
				return sentenceSubject(toks[:i], people, m.open)
			}
		}
	}
	return ""
}

// isBareFrame reports whether a sentence is only a frame: a name or pronoun and a reporting
// verb, "Trump said." or "said Mr. Smith, a lawyer.", with nothing else of substance.
func isBareFrame(sent string) bool {
	toks := tokenize(sent, 0, len(sent))
	if len(toks) > 12 {
		return false
	}
	for i := range toks {
		if cueAt(toks, i) && i <= 4 {
			// "Sara Sidner reported from Ferguson." is a credit, not a frame.
			return i+1 >= len(toks) || toks[i+1].lower() != "from" && toks[i+1].lower() != "for"
		}
	}
	return false
}

// continues reports whether the quote sp goes on from prev, the quote before it: the next
// part of an interrupted quote in the same paragraph, or a paragraph that opens with a quote
// right after a paragraph that ended quoting.
func continues(d text.Doc, prev *Quote, sp mark, spans []mark, i int) bool {
	if sp.carried {
		return true
	}
	if prev.Para == sp.para {
		// `"A," he said. "B."`: only a frame stands between the two parts.
		return sp.open-spans[i-1].close < 150
	}
	if sp.para != prev.Para+1 || !sp.openPara {
		return false
	}
	// The previous paragraph must end inside, or right after, its last quote.
	pp := d.Paragraphs[prev.Para]
	last := spans[i-1]
	tail := strings.TrimSpace(d.Text[min(last.end(d.Text), pp.End):pp.End])
	return last.runsOn || utf8.RuneCountInString(tail) < 40
}

// isScare reports whether a quote without a reporting cue is a scare quote, a title or a name
// rather than somebody's words.
func isScare(m mark, content string) bool {
	if m.runsOn || m.carried {
		return false // a quote that runs over paragraphs is speech, however short its part
	}
	return wordCount(content) < 4
}

// modifiers before a short quote make it a term the writer uses, not words someone said:
// a "least weasel", this whole "worst-case scenario" thing, technological "progress".
var modifiers = set("a", "an", "the", "this", "that", "these", "those", "whole", "other", "so-called",
	"his", "her", "its", "their", "our", "my", "your", "dubbed", "called", "named", "nicknamed",
	"term", "word", "phrase", "label", "slogan", "hashtag", "technological", "little", "big", "new",
	"based", "type", "kind", "sort", "like", "as", "titled", "entitled", "headlined", "book", "film",
	"song", "novel", "show", "series", "album", "movie", "documentary", "play", "poem", "article")

// modifies reports whether a quote of under four words stands as part of a noun phrase.
func modifies(s string, m mark, content string) bool {
	if m.openPara {
		return false
	}
	toks := tokenize(s, max(0, m.open-40), m.open)
	if len(toks) > 0 && toks[len(toks)-1].s == "," {
		toks = toks[:len(toks)-1] // `a report entitled, "..."`
	}
	if len(toks) == 0 {
		return false
	}
	prev := toks[len(toks)-1]
	lw := prev.lower()
	switch {
	case titlers[lw]:
		return true // a Facebook page titled "You call yourself a photographer?"
	case works[lw] && titleCased(content):
		return true // the documentary "The Kid Stays in the Picture"
	}
	if wordCount(content) >= 4 {
		return false
	}
	return prev.word() && modifiers[lw] || strings.HasSuffix(prev.s, "-based")
}

// titlers introduce a title, whatever its words.
var titlers = set("titled", "entitled", "headlined", "subtitled", "captioned")

// works are what titles name; with a title in capitals after them, the quote is the title.
var works = set("book", "film", "song", "novel", "show", "series", "album", "movie", "documentary",
	"play", "poem", "article", "column", "essay", "report", "memoir", "podcast", "programme", "program",
	"episode", "called", "named", "dubbed", "nicknamed", "musical", "opera", "painting", "exhibition")

// titleCased reports whether quoted words are capitalised as a title is: the first word and
// most of the others, small joining words aside.
func titleCased(content string) bool {
	ws := strings.Fields(content)
	if len(ws) == 0 || len(ws) > 25 {
		return false
	}
	caps, big := 0, 0
	for i, w := range ws {
		w = strings.Trim(w, "()[],.:;!?\"'‘’“”")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if i == 0 && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		if stopword(strings.ToLower(w)) && len(w) <= 4 {
			continue
		}
		big++
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return big > 0 && caps*10 >= big*8
}

// isName reports whether quoted words are a name or a title ("Day of Unity", "Find Cayman"):
// at most five words, each capitalised but for small joining words, and no final stop.
func isName(content string) bool {
	ws := strings.Fields(content)
	if len(ws) > 12 || len(ws) == 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(content)
	switch {
	case last == '?' || last == '!':
		return false // "Awesome! Thanks!" is speech
	case last == '.' || last == ',':
		// "To Kill a Mockingbird," is a title; "Thanks," is speech.
		if len(ws) < 2 {
			return false
		}
	case len(ws) > 5:
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		switch strings.ToLower(strings.Trim(w, ".,?!:")) {
		case "of", "the", "and", "for", "a", "an", "in", "on", "to", "&", "at", "by", "with", "or", "be", "is":
			continue
		}
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// cues are the words that report speech. Participles report the sentence subject's words.
var cues = set("said", "says", "say", "told", "tells", "tell", "added", "adds", "warned", "warns",
	"insisted", "insists", "explained", "explains", "stated", "states", "declared", "declares",
	"wrote", "writes", "asked", "asks", "replied", "replies", "answered", "announced",
	"announces", "noted", "notes", "argued", "argues", "claimed", "claims", "continued",
	"continues", "recalled", "recalls", "remarked", "acknowledged", "admitted", "admits",
	"conceded", "confirmed", "confirms", "cautioned", "stressed", "stresses", "tweeted",
	"posted", "shouted", "yelled", "screamed", "whispered", "joked", "quipped", "urged",
	"urges", "vowed", "vows", "pledged", "promised", "predicted", "suggested", "suggests",
	"complained", "testified", "responded", "responds", "observed", "agreed", "agrees",
	"described", "describes", "called", "calls", "according", "reported", "reports", "read",
	"reads", "texted", "emailed", "pleaded", "begged", "demanded", "demands", "boasted",
	"lamented", "recounted", "exclaimed", "mused", "conceded", "countered", "retorted",
	"interjected", "concluded", "concludes", "opined", "charged", "alleged", "alleges",
	"denied", "denies", "maintained", "maintains", "contended", "contends", "believes",
	"believed", "thinks", "thought", "feels", "felt", "hopes", "hoped", "welcomed", "praised",
	"criticized", "criticised", "slammed", "blasted", "accused", "accuses", "insist",
	"put", "puts", "assured", "assures", "proclaimed", "proclaims", "reiterated", "reiterates",
	"emphasized", "emphasizes", "emphasised", "reacted", "exhorted", "labeling", "labelling", "questioned", "wondered", "wonders", "affirms", "affirmed", "reads", "barked", "boomed", "snapped", "fired", "mocked", "cracked", "scoffed", "sneered", "thundered",
	"roared", "bellowed", "murmured", "sighed", "deadpanned", "marveled", "marvelled", "gushed",
	"tweets", "posts", "emails", "labeled", "labelled", "branded", "dubbed", "confided", "vowing",
	"began", "quoted", "screaming", "shouting", "chanting", "yelling", "pointed",
	"telling", "saying", "adding", "writing", "noting", "warning", "explaining", "insisting",
	"describing", "calling", "asking", "declaring", "arguing", "stressing", "urging",
	"promising", "vowing", "claiming", "tweeting", "posting", "acknowledging", "admitting")

// hasCue reports whether s[from:to] holds a reporting cue.
func hasCue(s string, from, to int) bool {
	toks := tokenize(s, from, to)
	for i := range toks {
		if cueAt(toks, i) {
			return true
		}
	}
	return false
}

// frameEnders may follow the cue of a frame: the clause ends, or a time, a place, a manner or
// an inverted name follows ("said on Tuesday", "said in a statement", "said Camus").
var frameEnders = set(".", ",", ";", "!", "?", "in", "on", "at", "during", "after", "before", "to", "of", "about",
	"from", "with", "as", "then", "later", "today", "yesterday", "tonight", "afterward", "afterwards",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "earlier",
	"last", "this", "—", "–", "-", "(", "\"", "”", "“", "by", "via", "when", "while", "quietly", "softly")

// introducesNext reports whether the words after a cue are only a comma or colon that opens
// the next quote: the frame stands before that quote, not after the one before.
func introducesNext(s string, toks, rest []token) bool {
	if len(rest) != 1 || rest[0].s != "," && rest[0].s != ":" {
		return false
	}
	end := toks[len(toks)-1].end
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if r == '\n' {
			return false
		}
		if !unicode.IsSpace(r) {
			return r == '"' || r == '“' || r == '‘' || r == '\''
		}
		end += size
	}
	return false
}

// clauseJoiners open a new clause after a comma.
var clauseJoiners = set("and", "but", "while", "whereas", "although", "though", "yet")

// takesObject are cues that a person they address may follow: `"...?" Todd asked the mogul.`
var takesObject = set("asked", "asks", "told", "tells", "urged", "reminded", "assured")

// closesFrame reports whether the words after a cue end a frame rather than start reported speech.
func closesFrame(rest []token) bool {
	if len(rest) == 0 {
		return true
	}
	t := rest[0]
	return frameEnders[t.lower()] || t.capitalised() && !personalPronouns[t.lower()] && t.lower() != "the" && t.lower() != "it"
}

// cueAt reports whether toks[i] is a reporting cue, alone or with "back": `Trump shot back`.
func cueAt(toks []token, i int) bool {
	if isCue(toks[i]) {
		return true
	}
	switch toks[i].s {
	case "shot", "hit", "pushed", "lashed", "struck":
		return i+1 < len(toks) && toks[i+1].s == "back"
	}
	return false
}

// isCue reports whether t is a reporting verb as written in running text: in lower case
// ("STATES" in a headline is not "states"), except "According" opening a sentence.
func isCue(t token) bool {
	lw := t.lower()
	return cues[lw] && (t.s == lw || lw == "according" || lw == "said" && t.s == "Said")
}

var participle = func(w string) bool { return strings.HasSuffix(w, "ing") }

// attribute reads the frame of quote m, the words of its sentence outside the marks in
// s[before:m.open] and s[m.close:afterEnd], and returns the speaker it names and whether a
// reporting cue was found at all.
func attribute(s string, m mark, before, afterEnd int, people *people) (string, bool) {
	cue := false
	// `Johnson pinned to the ground, screaming: "...`: a frame that introduces the quote with a
	// colon is the quote's own, whatever follows it.
	if before < m.open {
		pre := tokenize(s, before, m.open)
		// So is a cue right before the quote: `Feinstein said "I don't know," she said.`
		n := len(pre)
		if n > 1 && (pre[n-1].s == ":" || cueAt(pre, n-1) || pre[n-1].s == "," && cueAt(pre, n-2)) {
			if sp, _ := beforeFrame(pre, m.open, people); sp != "" {
				return sp, true
			}
		}
	}
	// After the quote: `"...," Zelensky said.` `"...," said Jim Smith, a spokesman.`
	if m.close < afterEnd {
		after := tokenize(s, min(m.end(s), afterEnd), afterEnd)
		sp, ok := afterFrame(s, after, m, people)
		if sp != "" {
			return sp, true
		}
		cue = ok
	}
	// Before it: `Blinken told ABC News: "...` `Peskov welcomed this, telling reporters: "...`
	// (also when a cue after it named nobody: `"We'll see," when asked`).
	if before < m.open {
		pre := tokenize(s, before, m.open)
		sp, ok := beforeFrame(pre, m.open, people)
		if sp != "" {
			return sp, true
		}
		cue = cue || ok
		// `Pollsters agree - Carl Bialik: "...`: a name and a colon, no verb; `Kasich resisted:
		// "...`, `McConnell delivered a blunt message to Trump: "...`: the clause's subject.
		if n := len(pre); n >= 2 && pre[n-1].s == ":" {
			clause := lastClause(pre[:n-1])
			if c := clause[0]; c.word() && !c.capitalised() && !determiner[c.s] && !personalPronouns[c.s] {
				clause = pre[:n-1] // `McConnell, R-Ky., delivered a message to Trump:`: a predicate
			}
			if sp := sentenceSubject(clause, people, m.open); sp != "" && people.isPerson(sp) &&
				!cues[strings.ToLower(clause[0].s)] {
				return sp, true
			}
			if sp := nounPhraseBefore(pre[:n-1], people, m.open); sp != "" && people.isPerson(sp) {
				return sp, true
			}
			// "His business slogan:": the person "his" stands for.
			for k := max(0, n-4); k < n-1; k++ {
				pron := map[string]string{"His": "he", "Her": "she"}[pre[k].s]
				if pron == "" {
					continue
				}
				if sp := people.pronoun(pron, m.open); sp != "" {
					return sp, true
				}
				break
			}
		}
	}
	// `"..." ― Martha Aguilar`: a dash and a name after the quote.
	if m.close < afterEnd {
		after := tokenize(s, min(m.end(s), afterEnd), afterEnd)
		if len(after) >= 2 && (after[0].s == "―" || after[0].s == "—" || after[0].s == "–") {
			if sp := nounPhraseAfter(after[1:], people, m.open); sp != "" && people.isPerson(sp) {
				return sp, true
			}
		}
	}
	return "", cue
}

// isPerson reports whether a resolved speaker is a person's name the story knows or reads as one.
func (p *people) isPerson(name string) bool {
	if _, ok := p.full[text.Fold(name)]; ok {
		return true
	}
	return personName(strings.Fields(name))
}

func afterFrame(s string, toks []token, m mark, people *people) (string, bool) {
	// After a quote that ends its own sentence, the next sentence frames it only when its cue
	// ends the clause (`"...?" Camus said.`, `"...?" said Camus, a pastor`), not when it reports
	// something new (`"...?" Camus said many people are afraid.`).
	last := endPunct(m.content.Of(s))
	newSentence := last == '?' || last == '!' || last == '.'
	for i, t := range toks {
		if i > 20 { // room for an appositive: `," Jay Vinekar, a founder of the chapter, told CNN`
			break
		}
		lw := t.lower()
		if t.s == "." || t.s == ";" || t.s == "?" || t.s == "!" {
			break
		}
		if t.s == "," && i > 0 && i+1 < len(toks) && clauseJoiners[toks[i+1].lower()] {
			break // `Trump called the system "rigged" in a tweet, and lawmakers have called ...`
		}
		if !cueAt(toks, i) {
			continue
		}
		if lw == "according" {
			if sp := nounPhraseAfter(toks[i+1:], people, m.open); sp != "" {
				return sp, true
			}
			continue
		}
		rest := toks[i+1:]
		if len(rest) > 0 && rest[0].lower() == "back" {
			rest = rest[1:] // "shot back"
		}
		if newSentence && i > 0 && !closesFrame(rest) && !takesObject[lw] {
			return "", false
		}
		if newSentence && introducesNext(s, toks, rest) {
			// `"Why now?" Mills then writes back, "You look cute."`: the frame of the next quote.
			return "", false
		}
		if participle(lw) {
			// `"...," he was quoted as saying`; but `"...," promising the club will return`
			// names no one after the cue.
			if i > 0 {
				if sp := nounPhraseAfter(toks[:i], people, m.open); sp != "" {
					return sp, true
				}
			}
			continue
		}
		// subject before the cue: ", Zelensky said", ", he said", ", the Kremlin said"
		if i > 0 {
			if sp := nounPhraseBefore(toks[:i], people, m.open); sp != "" {
				return sp, true
			}
		}
		// inverted: ", said Zelensky"; `, said the mayor, Anne Hidalgo`: the name after the role
		if i+1 < len(toks) && (determiner[toks[i+1].lower()] || !toks[i+1].capitalised() && toks[i+1].word()) {
			if sp := appositiveName(clauseOf(toks[i+1:]), people, m.open); sp != "" {
				return sp, true
			}
		}
		if sp := nounPhraseAfter(toks[i+1:], people, m.open); sp != "" {
			return sp, true
		}
		// the frame's own subject: `"...," he was quoted as saying`
		if i > 0 {
			if sp := nounPhraseAfter(toks[:i], people, m.open); sp != "" {
				return sp, true
			}
		}
		return "", true
	}
	return "", false
}

func beforeFrame(toks []token, quoteAt int, people *people) (string, bool) {
	// The cue nearest the quote decides; its subject stands before it.
	for i := len(toks) - 1; i >= 0; i-- {
		lw := toks[i].lower()
		if !cueAt(toks, i) {
			continue
		}
		if lw == "according" {
			if sp := appositiveName(toks[i+1:], people, quoteAt); sp != "" {
				return sp, true // "According to the student's attorney, Daniel Watkins,"
			}
			if sp := nounPhraseAfter(toks[i+1:], people, quoteAt); sp != "" {
				if isMedia(sp) {
					// "Trafny described her ..., according to KUTV:": the outlet reports, the subject speaks.
					if subj := sentenceSubject(toks[:i], people, quoteAt); subj != "" {
						return subj, true
					}
				}
				return sp, true
			}
			continue
		}
		if participle(lw) {
			// "Nefzi said, adding:": the subject of the cue before it.
			if sp := earlierCueSubject(toks[:i], people, quoteAt); sp != "" {
				return sp, true
			}
			// "with Donald Trump tweeting that ... and asking": the name before the first participle.
			if i > 1 && toks[i-1].lower() == "and" {
				for j := i - 2; j > 0 && toks[j].s != "." && toks[j].s != ";"; j-- {
					if participle(toks[j].lower()) && cueAt(toks, j) && toks[j-1].capitalised() {
						if sp := nounPhraseBefore(toks[:j], people, quoteAt); sp != "" && people.isPerson(sp) {
							return sp, true
						}
						break
					}
				}
			}
			// "footage of Trump saying", "Trump reportedly yelling": the name right before it.
			k := i - 1
			for k > 0 && (skippable[toks[k].lower()] || strings.HasSuffix(toks[k].lower(), "ly")) {
				k--
			}
			if k > 0 && toks[k].capitalised() {
				if sp := nounPhraseBefore(toks[:i], people, quoteAt); sp != "" && people.isPerson(sp) {
					return sp, true
				}
			}
			if k > 0 && collectives[toks[k].lower()] {
				// "the video depicted the group of men chanting:": the group, as the story says it.
				for d := k - 1; d >= 0 && d >= k-4 && toks[d].word() && !objectMarkers[toks[d].lower()]; d-- {
					if determiner[toks[d].lower()] {
						words := make([]string, 0, k-d+1)
						for _, t := range toks[d : k+1] {
							words = append(words, t.s)
						}
						return strings.Join(words, " "), true
					}
				}
			}
			// "Peskov welcomed this, telling reporters:" - the sentence's subject speaks.
			if sp := sentenceSubject(toks[:i], people, quoteAt); sp != "" {
				return sp, true
			}
			continue
		}
		if i > 1 && toks[i-1].lower() == "who" {
			// "a campaign surrogate who said": the one before "who", named or not.
			end := i - 1
			if toks[end-1].s == "," {
				end--
			}
			// "Braynard, a South Carolina native who writes": the name the description is of.
			for c := end - 1; c > 0 && c >= end-7; c-- {
				if toks[c].s == "," && toks[c-1].capitalised() {
					if sp := nounPhraseBefore(toks[:c], people, quoteAt); sp != "" && people.isPerson(sp) {
						return sp, true
					}
					break
				}
			}
			return nounPhraseBefore(toks[:end], people, quoteAt), true
		}
		if sp := nounPhraseBefore(toks[:i], people, quoteAt); sp != "" {
			return sp, true
		}
		if i > 0 && (toks[i-1].lower() == "and" || toks[i-1].lower() == "but") {
			// "Lazar said he welcomed it and added:": the subject of the first cue.
			if sp := earlierCueSubject(toks[:i-1], people, quoteAt); sp != "" {
				return sp, true
			}
		}
		if sp := nounPhraseAfter(toks[i+1:], people, quoteAt); sp != "" && i+1 < len(toks) && toks[i+1].capitalised() {
			return sp, true
		}
		if sp := sentenceSubject(toks[:i], people, quoteAt); sp != "" {
			return sp, true
		}
		return "", true
	}
	return "", false
}

// weakCues take quoted words as their object without always reporting speech ("attacked the
// deal" is no quote); they name a speaker only for a quote of four words or more, when the
// name stands right before them: `Trump attacked "...`, `Mr. Obama decried the "...`, and
// `Trump issued a statement, "...`.
var weakCues = set("attacked", "attacks", "condemned", "condemns", "condemning", "hailed", "hails",
	"decried", "decries", "dismissed", "dismisses", "defended", "defends", "blamed", "blames",
	"lauded", "celebrated", "derided", "denounced", "denounces", "rejected", "rejects", "issued",
	"released")

// weakFrame names the subject of a weak cue a few words before a long quote.
func weakFrame(toks []token, people *people, at int) string {
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-5; k-- {
		if !weakCues[toks[k].s] {
			continue
		}
		if sp := nounPhraseBefore(toks[:k], people, at); sp != "" && people.isPerson(sp) {
			return sp
		}
		return ""
	}
	return ""
}

// earlierCueSubject returns the subject of the first reporting verb of the sentence in toks:
// the speaker that a following "adding" or "and added" goes on with ("Lazar said he welcomed
// it and added" is Lazar, not the "he" of "welcomed").
func earlierCueSubject(toks []token, people *people, at int) string {
	from := 0
	for j := len(toks) - 1; j >= 0; j-- {
		if s := toks[j].s; s == "." || s == "?" || s == "!" || s == ":" || s == ";" {
			from = j + 1
			break
		}
	}
	// Not a cue in an opening clause: "As the crowd began to chant, Silverman joked".
	opening, _ := openingPhrase(toks[from:])
	for j := from + opening + 1; j < len(toks); j++ {
		if cueAt(toks, j) && !participle(toks[j].lower()) && toks[j].lower() != "according" {
			return nounPhraseBefore(toks[:j], people, at)
		}
	}
	return ""
}

// skippable words may stand between a subject and its cue: "Maasikas also said".
var skippable = set("also", "later", "then", "previously", "again", "further", "earlier",
	"recently", "has", "had", "have", "was", "is", "would", "will", "once", "simply", "just",
	"reportedly", "only", "repeatedly", "publicly", "privately", "quickly", "finally", "flatly",
	"angrily", "firmly", "bluntly", "told", "separately", "has", "had", "did", "does", "not",
	"never", "openly", "still", "often", "has since", "since", "afterwards", "initially")

// nounPhraseBefore reads the subject that ends the token list: "Zelensky", "he", "the Kremlin
// spokesman", "Ukraine's communications watchdog", "Christine Lambrecht, arriving at the talks,".
func nounPhraseBefore(toks []token, people *people, at int) string {
	end := len(toks)
	for end > 0 && (skippable[toks[end-1].lower()] || isMarkToken(toks[end-1].s)) {
		end-- // `Township," told`: a stray mark
	}
	// Skip one appositive or participial clause set off by commas.
	if end > 0 && toks[end-1].s == "," {
		j := end - 2
		for j >= 0 && toks[j].s != "," {
			j-- // past marks too: `Bill Eastland, wearing "Ted Cruz" pins, said`
		}
		if j >= 0 && toks[j].s == "," {
			// "the nation's home minister, Rajnath Singh, said": a name set off by commas after
			// a description is the speaker.
			inner := resolvePhrase(toks[j+1:end-1], people, at)
			if inner != "" && people.isPerson(inner) && isNameRun(toks[j+1:end-1]) {
				return inner
			}
			if sp := nounPhraseBefore(toks[:j], people, at); sp != "" {
				return sp
			}
			// "Smith, a spokesman,": the phrase inside may be all there is.
			return inner
		}
		return ""
	}
	start := end
	lower := 0
	for start > 0 {
		t := toks[start-1]
		lw := t.lower()
		if !t.word() {
			break
		}
		if personalPronouns[lw] || lw == "they" || lw == "i" || lw == "we" || lw == "it" {
			if start == end {
				start--
			}
			break
		}
		if !t.capitalised() {
			if lw == "of" && start < end && start >= 2 && toks[start-2].capitalised() {
				start-- // "Kevin Pho of KevinMD.com"
				continue
			}
			if stopword(lw) && lw != "the" {
				break
			}
			lower++
			if lower > 4 {
				break
			}
		}
		start--
		if lw == "the" || lw == "a" || lw == "an" {
			break
		}
	}
	if start == end {
		return ""
	}
	return resolvePhrase(toks[start:end], people, at)
}

// nounPhraseAfter reads a subject that starts the token list: ", said Jim Smith, a spokesman".
func nounPhraseAfter(toks []token, people *people, at int) string {
	i := 0
	if i < len(toks) && toks[i].lower() == "to" {
		i++
	}
	// "said harbour worker Anna Zed": descriptive words before the name.
	for k := i; k < len(toks) && k < i+3 && toks[k].word() && !toks[k].capitalised() && !stopword(toks[k].lower()); k++ {
		if k+1 < len(toks) && toks[k+1].word() && toks[k+1].capitalised() {
			i = k + 1
			break
		}
	}
	if i >= len(toks) || !toks[i].word() || !toks[i].capitalised() && !determiner[toks[i].lower()] &&
		!personalPronouns[toks[i].lower()] && !roles[toks[i].lower()] {
		return ""
	}
	j := i
	for j < len(toks) && toks[j].word() && (toks[j].capitalised() || j == i || nameParticles[toks[j].lower()] || roles[toks[j].lower()] ||
		descriptorBeforeName(toks, j)) && (j == i || !calendar[toks[j].lower()]) {
		j++
		if j-i > 8 {
			break
		}
	}
	if j == i {
		return ""
	}
	return resolvePhrase(toks[i:j], people, at)
}

// calendar words end a name: "Donald J. Trump (@realDonaldTrump) July 4, 2016" (not "May":
// Theresa May).
var calendar = set("january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec")

// appositiveName finds a person's name set off by commas in toks: "to the attorney, Daniel Watkins,".
func appositiveName(toks []token, people *people, at int) string {
	for i := 0; i < len(toks); i++ {
		if toks[i].s != "," {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].word() && (toks[j].capitalised() || nameParticles[toks[j].lower()]) {
			j++
		}
		if j > i+1 && (j == len(toks) || toks[j].s == "," || toks[j].s == "." || toks[j].s == ";") {
			if sp := resolvePhrase(toks[i+1:j], people, at); sp != "" && people.isPerson(sp) {
				return sp
			}
		}
	}
	return ""
}

// clauseOf returns toks up to the end of their sentence.
func clauseOf(toks []token) []token {
	for k, t := range toks {
		if t.s == "." || t.s == "?" || t.s == "!" || t.s == ";" {
			return toks[:k+1]
		}
	}
	return toks
}

// isNameRun reports whether toks are only a name: capitalised words, initials and particles.
func isNameRun(toks []token) bool {
	for _, t := range toks {
		if !t.word() || !t.capitalised() && !nameParticles[t.lower()] {
			return false
		}
	}
	return len(toks) > 0
}

// descriptorBeforeName reports whether toks[j] is a lower-case word of a description that a
// capitalised name follows within two words: "Republican party boss Reince Priebus".
func descriptorBeforeName(toks []token, j int) bool {
	if stopword(toks[j].lower()) || toks[j].capitalised() {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+2; k++ {
		if !toks[k].word() {
			return false
		}
		if toks[k].capitalised() {
			return true
		}
	}
	return false
}

// sentenceSubject returns the first person or body named in the clause, for participle cues.
func sentenceSubject(toks []token, people *people, at int) string {
	start := 0
	for { // past every opening phrase: "In June 2009, after Clinton fell ill, Axelrod ..."
		end, _ := openingPhrase(toks[start:])
		if end == 0 {
			break
		}
		start += end
	}
	for _, from := range []int{start, 0} {
		for i := from; i < len(toks); i++ {
			if !toks[i].word() || !toks[i].capitalised() && !personalPronouns[toks[i].lower()] {
				continue
			}
			j := i
			for j < len(toks) && toks[j].word() && (toks[j].capitalised() || nameParticles[toks[j].lower()] || roles[toks[j].lower()] || personalPronouns[toks[j].lower()] && j == i) {
				j++
				if personalPronouns[toks[j-1].lower()] {
					break
				}
			}
			verbNext := j < len(toks) && (subjectVerbs[toks[j].lower()] || cues[toks[j].lower()] ||
				i == from && j > i && !toks[j].capitalised() && strings.HasSuffix(toks[j].s, "ed"))
			if j-i == 1 && !personalPronouns[toks[i].lower()] && !people.knownWord(toks[i].s) && !verbNext {
				i = j // a lone capitalised word far from a cue: "Wait,", "Dec."
				continue
			}
			if sp := resolvePhrase(toks[i:j], people, at); sp != "" {
				return sp
			}
			i = j
		}
	}
	return ""
}

// lastClause returns the tokens after the last clause break (a comma, a dash, a semicolon, or
// "and"/"but"): "When Wallace died, President Clinton released the following statement".
func lastClause(toks []token) []token {
	for i := len(toks) - 1; i > 0; i-- {
		switch toks[i].lower() {
		case ",", "—", "–", ";", "and", "but":
			if i+1 < len(toks) {
				return toks[i+1:]
			}
		}
	}
	return toks
}

// knownWord reports whether a single word names a speaker: a name the story gave, or a body
// in capitals ("NASCAR", "NATO").
func (p *people) knownWord(w string) bool {
	if _, ok := p.full[text.Fold(w)]; ok {
		return true
	}
	return len(w) >= 2 && strings.ToUpper(w) == w && !notPersonal[strings.ToLower(w)] || bodies[strings.ToLower(w)]
}

// bodies speak under one capitalised word.
var bodies = set("kremlin", "pentagon", "nato", "fbi", "cia", "nasa", "un", "eu", "vatican", "downing", "elysee", "whitehall")

var determiner = set("the", "a", "an")

// isMedia reports whether a source is a news outlet rather than a speaker: a US call sign
// ("KUTV", "WTKR") or a name ending in a media word.
func isMedia(name string) bool {
	ws := strings.Fields(name)
	last := strings.ToLower(ws[len(ws)-1])
	if mediaWords[last] {
		return true
	}
	w := ws[len(ws)-1]
	return len(ws) == 1 && len(w) >= 3 && len(w) <= 5 && strings.ToUpper(w) == w && (w[0] == 'K' || w[0] == 'W')
}

var mediaWords = set("news", "times", "post", "journal", "tv", "radio", "agency", "television", "magazine",
	"newspaper", "reuters", "ap", "afp", "cnn", "bbc", "abc", "nbc", "cbs", "telegraph", "guardian", "herald")

func isMarkToken(s string) bool {
	return s == "\"" || s == "”" || s == "“" || s == "‘" || s == "’" || s == "'"
}

func stopword(w string) bool { return text.IsStopword(w) }

// resolvePhrase turns a subject phrase into a speaker: the person it names (by full name,
// surname or role), the person a pronoun stands for, or the body it names.
func resolvePhrase(toks []token, people *people, at int) string {
	if len(toks) == 0 {
		return ""
	}
	if len(toks) == 1 {
		lw := toks[0].lower()
		if personalPronouns[lw] {
			return people.pronoun(lw, at)
		}
		if lw == "i" || lw == "we" || lw == "they" || lw == "it" || lw == "you" {
			return ""
		}
	}
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.word() {
			words = append(words, t.s)
		}
	}
	// "Dr. Kevin Pho of KevinMD.com": the person before "of", when there is one.
	for i, w := range words {
		if w == "of" && i > 0 {
			if full := people.known(words[:i], at); full != "" {
				return full
			}
			break
		}
	}
	// The longest capitalised run that ends the phrase is the name, if it is one.
	runEnd := len(words)
	for runEnd > 0 && !capital(words[runEnd-1]) {
		runEnd--
	}
	runStart := runEnd
	for runStart > 0 && (capital(words[runStart-1]) || nameParticles[strings.ToLower(words[runStart-1])]) {
		runStart--
	}
	if runEnd == len(words) && runEnd > runStart {
		// A name the story gave in full earlier wins over any reading of its words ("Green").
		if full := people.known(words[runStart:runEnd], at); full != "" {
			return full
		}
		name, role := splitName(words[runStart:runEnd])
		if full := people.resolve(name, at); full != "" {
			return full
		}
		if len(name) == 1 && (runStart > 0 || len(role) > 0) && !notPersonal[strings.ToLower(name[0])] {
			// "goalscorer Arduriz": a surname after a role; the story may spell it otherwise.
			if full := people.near(name[0]); full != "" {
				return full
			}
			return name[0]
		}
		if len(name) == 0 && len(role) > 0 {
			if full := people.byRole(role[len(role)-1], at); full != "" {
				return full
			}
		}
	}
	if body := bodyVoice(words, people, at); body != "" {
		return body
	}
	if runEnd < len(words) {
		// "the Kremlin spokesman": a role word ends the phrase.
		last := strings.ToLower(words[len(words)-1])
		if org, ok := people.org[last]; ok && strings.EqualFold(words[0], "the") {
			return org // "the airline said": the airline named earlier
		}
		if roles[last] {
			if full := people.byRole(last, at); full != "" {
				return full
			}
			if len(words) <= 4 && strings.EqualFold(words[0], "the") && !orgWords[last] &&
				namesNoOne(words[1:len(words)-1], people) && !people.unnamed(last, at) {
				// "the singer said", "the top U.S. diplomat", "the Ukrainian president": the
				// person the story is about, as for "he" or "she"; but not "the official" after
				// "a senior western official" the story does not name.
				if full := people.pronoun("", at); full != "" {
					return full
				}
			}
			if len(words) > 2 && determiner[strings.ToLower(words[0])] && !hasCapital(words[1:]) {
				// "the city manager": someone the story does not name; say it as it does.
				return strings.Join(words, " ")
			}
		}
	}
	// A body or an unnamed source: keep the words as the story has them.
	phrase := strings.Join(words, " ")
	if !hasCapital(words) {
		if len(words) >= 2 && len(words) <= 4 && collectives[strings.ToLower(words[len(words)-1])] &&
			(determiner[strings.ToLower(words[0])] || possessives[strings.ToLower(words[0])]) {
			return phrase // "the family posted", "his parents said": who spoke, as the story says it
		}
		return ""
	}
	if len(words) == 1 && !people.isSpeakerLike(words[0]) {
		return ""
	}
	return phrase
}

// voices speak for the body named before them: "an FA spokesperson", "a club official".
var voices = set("spokesman", "spokeswoman", "spokesperson", "representative", "official", "statement")

// bodyVoice returns the body that "an FA spokesperson" or "a club spokesman" speaks for, when
// the phrase names no person: the acronym's full name if the story defined it ("the English
// Football Association (FA)"), the body named earlier for "club", or the words as written.
func bodyVoice(words []string, people *people, at int) string {
	n := len(words)
	if n < 2 || n > 4 || !voices[strings.ToLower(words[n-1])] || !determiner[strings.ToLower(words[0])] ||
		people.byRole(words[n-1], at) != "" {
		return "" // "the Kremlin spokesman" named earlier
	}
	body := words[1 : n-1]
	if len(body) == 0 {
		return ""
	}
	if len(body) == 1 {
		if full, ok := people.acronym[body[0]]; ok {
			return full
		}
		if org, ok := people.org[strings.ToLower(body[0])]; ok {
			return org
		}
	}
	for _, w := range body {
		if !capital(w) {
			return ""
		}
	}
	return strings.Join(body, " ")
}

// namesNoOne reports whether the words before a role only describe the person the story is
// about: epithets ("top", "former"), acronyms and initials ("U.S."), nationalities and places
// ("Ukrainian"). A lower-case noun makes another role, someone the story may not name: "the
// city manager".
func namesNoOne(words []string, people *people) bool {
	for _, w := range words {
		lw := strings.ToLower(w)
		if !capital(w) && !epithets[lw] {
			return false
		}
		if capital(w) && strings.ToUpper(w) != w && !notPersonal[lw] && !nationality(lw) {
			return false
		}
		if _, ok := people.full[text.Fold(w)]; ok {
			return false
		}
	}
	return true
}

// epithets describe a person without naming another role.
var epithets = set("top", "former", "senior", "veteran", "embattled", "outgoing", "incoming", "new",
	"longtime", "retired", "late", "then", "current", "acting", "interim", "beleaguered", "young", "elderly")

// nationality reports whether w reads as an adjective of nation or place: "Ukrainian",
// "Vietnamese", "Kenyan", "Scottish".
func nationality(w string) bool {
	for _, suf := range []string{"ian", "ese", "ish", "ean", "an", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// unnamed reports whether the story brought in someone by this role without a name before at:
// "a senior western official said", so that "the official" later is that unnamed person.
func (p *people) unnamed(role string, at int) bool {
	s := p.text[:min(at, len(p.text))]
	for i := strings.LastIndex(s, " "+role); i >= 0; i = strings.LastIndex(s[:i], " "+role) {
		end := i + 1 + len(role)
		if end < len(s) && unicode.IsLetter(rune(s[end])) {
			continue // "officials", "officialdom"
		}
		before := strings.Fields(s[max(0, i-40):i])
		if len(before) > 3 {
			before = before[len(before)-3:]
		}
		indefinite := false
		for _, w := range before {
			if w == "a" || w == "an" || w == "A" || w == "An" {
				indefinite = true
			}
		}
		if !indefinite {
			continue
		}
		// Named right after ("a spokesman, John Kirby,", "an official Jane Doe")?
		rest := strings.TrimLeft(s[end:], " ,")
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && !strings.HasPrefix(rest, "The ") {
			continue
		}
		return true
	}
	return false
}

// collectives are groups and bodies that speak together; a story that quotes "the family" says
// who spoke, though it names no one. They are kept as the story words them, like "the city
// manager", and never merged across stories.
var collectives = set("family", "families", "parents", "relatives", "group", "crowd", "fans", "supporters",
	"men", "women", "teenagers", "onlookers", "voters", "passengers", "mourners",
	"protesters", "protestors", "demonstrators", "students", "residents", "neighbors", "neighbours",
	"villagers", "workers", "union", "organizers", "organisers", "campaigners", "activists", "witnesses",
	"company", "firm", "club", "team", "campaign", "committee", "council", "board", "school", "university",
	"hospital", "police", "agency", "ministry", "department", "government", "administration", "airline")

var possessives = set("his", "her", "their", "its")

// objectMarkers put the words after them in object position: "a text message to supporters
// saying" is no group speaking.
var objectMarkers = set("to", "for", "with", "from", "by", "at", "on", "in", "into", "toward", "towards", "among")

func capital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func hasCapital(words []string) bool {
	for _, w := range words {
		if capital(w) && !notPersonal[strings.ToLower(w)] || capital(w) && strings.ToUpper(w) == w {
			return true
		}
	}
	for _, w := range words {
		if capital(w) {
			return true
		}
	}
	return false
}

// people is what a story says about the persons it mentions outside quotes.
type people struct {
	mentions []mention         // in text order
	full     map[string]string // folded surname or full name -> fullest name
	role     map[string][]mention
	org      map[string]string    // lower-case last word of a body's name -> its name
	surname  map[string][]mention // folded surname -> the full names given with it, in text order
	acronym  map[string]string    // "FA" -> "English Football Association", as the story defines it
	text     string               // the story, for what the maps above do not hold
}

// usedAsPlace reports whether the text puts a place preposition before word anywhere.
func usedAsPlace(s, word string) bool {
	for _, p := range []string{"in ", "at ", "from ", "to ", "near ", "outside ", "across "} {
		if strings.Contains(s, p+word) || strings.Contains(s, strings.ToUpper(p[:1])+p[1:]+word) {
			return true
		}
	}
	return false
}

// acronyms finds the acronyms a text defines: "the English Football Association (FA)".
func acronyms(s string) map[string]string {
	out := map[string]string{}
	for rest := s; ; {
		i := strings.Index(rest, " (")
		if i < 0 {
			return out
		}
		j := strings.IndexByte(rest[i+2:], ')')
		if j >= 2 && j <= 6 && allCaps(rest[i+2:i+2+j]) && !strings.ContainsAny(rest[i+2:i+2+j], " -.") {
			words := strings.Fields(rest[max(0, i-80):i])
			k := len(words)
			for k > 0 && (capital(words[k-1]) || words[k-1] == "of" || words[k-1] == "for" || words[k-1] == "and") {
				k--
			}
			for k < len(words) && !capital(words[k]) {
				k++
			}
			if k < len(words)-1 {
				out[rest[i+2:i+2+j]] = strings.Join(words[k:], " ")
			}
		}
		rest = rest[i+2:]
	}
}

// roleAbbrev spells out abbreviated titles, so that "the Vermont senator" finds "Sen. Bernie Sanders".
var roleAbbrev = map[string]string{"sen": "senator", "rep": "congressman", "gov": "governor", "gen": "general",
	"lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "prof": "professor",
	"dr": "doctor", "rev": "reverend", "supt": "superintendent", "det": "detective"}

// looksNamed reports whether a run of capitalised words that reads as a person's name is one
// in this story: not a thing "the Great Debate Debate" or "the Stop Trump movement" speak of,
// nor led by a word the story also writes in lower case ("Stop Trump"), unless that word is
// a given name ("Mark Levine").
func looksNamed(s string, toks []token, i int, name, role []string) bool {
	if len(role) == 0 && i > 0 && determiner[toks[i-1].lower()] {
		return false
	}
	return isGivenName(name[0]) || !usedLower(s, name[0])
}

// titleCase reports whether a sentence is a headline in title case: most words capitalised,
// small words too ("In The"), which makes every run of words look like a name.
func titleCase(toks []token) bool {
	words, caps, small := 0, 0, 0
	for i, t := range toks {
		if !t.word() {
			continue
		}
		words++
		if t.capitalised() {
			caps++
			if i > 0 && stopword(t.lower()) && !personalPronouns[t.lower()] && t.lower() != "i" {
				small++
			}
		}
	}
	return words >= 5 && small >= 2 && caps*10 >= words*7
}

// openingPhrase returns where the main clause of a sentence starts after an opening phrase
// set off by a comma, and whether that phrase is an aside whose names are not what the
// sentence is about: "In his interview with the Chicago Tribune, Gingrich said" (an aside),
// "While Sion Mahgrefte is adamant ..., he does acknowledge" (a clause with its own subject).
// "To police consultant John Vanek, whoever ..." and "For Frank Garcia, the light came on"
// name the one the sentence is about: no aside.
func openingPhrase(toks []token) (end int, aside bool) {
	if len(toks) == 0 {
		return 0, false
	}
	first := toks[0].lower()
	switch {
	case asides[first] || participle(first) || first == "asked":
		aside = true
	case subordinators[first]:
	default:
		return 0, false
	}
	for k := 1; k < len(toks) && k <= 20; k++ {
		if toks[k].s == "," {
			return k + 1, aside
		}
		if toks[k].s == "." || toks[k].s == ";" || toks[k].s == ":" {
			break
		}
	}
	return 0, false
}

var asides = set("in", "on", "at", "after", "before", "during", "like", "unlike", "despite", "following",
	"with", "without", "from", "by", "under", "over", "among", "amid", "upon", "across", "through",
	"throughout", "within", "beyond", "besides", "since")

var subordinators = set("while", "when", "although", "though", "if", "because", "as", "whereas", "once", "until", "unless")

// modifiesName reports whether the words after a name make it a modifier of another name:
// "Trump campaign chairman Paul Manafort", "McConnell spokesman Don Stewart".
func modifiesName(rest []token) bool {
	for k := 0; k < len(rest) && k < 3; k++ {
		if !rest[k].word() {
			return false
		}
		if rest[k].capitalised() {
			return k > 0
		}
		if !roles[rest[k].lower()] && rest[k].lower() != "campaign" {
			return false
		}
	}
	return false
}

// usedLower reports whether the text also writes word in lower case, as a common noun: "Sources
// told POLITICO" is no person called Sources.
func usedLower(s, word string) bool {
	lw := strings.ToLower(word)
	for i := strings.Index(s, lw); i >= 0; {
		end := i + len(lw)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (i == 0 || !unicode.IsLetter(before)) && (end == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		next := strings.Index(s[end:], lw)
		if next < 0 {
			break
		}
		i = end + next
	}
	return false
}

// allCaps reports whether w is an acronym ("IRS", "NFL"): a body, not a person.
func allCaps(w string) bool { return len(w) > 1 && strings.ToUpper(w) == w }

// subjectVerbs follow a name that is the subject of its sentence.
var subjectVerbs = set("is", "was", "has", "had", "says", "said", "told", "added", "lives", "lived",
	"works", "worked", "says", "explains", "recalls", "believes", "thinks", "wants", "wanted", "hopes",
	"knows", "knew", "will", "would", "can", "could", "did", "does", "went", "came", "left", "began")

type mention struct {
	at      int
	name    string // fullest form
	subject bool   // the subject of its sentence, or a speaker: what the story talks about
}

// relatives open clauses whose names are not what the sentence is about.
var relatives = set("who", "whom", "whose", "which", "that", "against", "than")

func collectPeople(d text.Doc, spans []mark) *people {
	p := &people{full: map[string]string{}, role: map[string][]mention{}, org: map[string]string{},
		surname: map[string][]mention{}, acronym: acronyms(d.Text), text: d.Text}
	inQuote := func(i int) bool {
		k := sort.Search(len(spans), func(k int) bool { return spans[k].close >= i })
		return k < len(spans) && spans[k].open <= i
	}
	for _, st := range d.Sentences() {
		toks := tokenize(d.Text, st.Start, st.End)
		// The subject comes after opening phrases ("Like Makaeff, Roffman ...") and before a
		// relative, a cue or the 15th word.
		if titleCase(toks) {
			continue // "Hillary Just Insulted The Benghazi Victims In The Absolute Worst Way"
		}
		opening, aside := openingPhrase(toks)
		blocked := false // by a relative or a cue, or a subject already found
		for i := 0; i < len(toks); i++ {
			if i >= opening && !blocked && !toks[i].capitalised() {
				if lw := toks[i].s; relatives[lw] || cues[lw] {
					blocked = true // lower-case words only: "Said" opening a sentence is a name
				}
			}
			subject := !blocked && i-opening <= 14 && (i >= opening || !aside)
			if !toks[i].word() || !toks[i].capitalised() || inQuote(toks[i].start) {
				continue
			}
			j := i
			var words []string
			for j < len(toks) && toks[j].word() && (toks[j].capitalised() || nameParticles[toks[j].lower()] && j+1 < len(toks) && toks[j+1].capitalised()) {
				words = append(words, toks[j].s)
				j++
			}
			// lower-case role words right before the run: "Kremlin spokesman Dmitry Peskov"
			var roleWord, roleBefore string
			name, role := splitName(words)
			if i > 0 && roles[toks[i-1].lower()] {
				roleBefore = toks[i-1].lower() // "Labour leader Sir Keir Starmer": leader
			}
			if len(role) > 0 {
				roleWord = strings.ToLower(strings.TrimSuffix(role[len(role)-1], "'s"))
			} else {
				roleWord, roleBefore = roleBefore, ""
			}
			if len(words) > 1 && orgWords[strings.ToLower(strings.TrimSuffix(words[len(words)-1], "s"))] ||
				len(words) > 1 && orgWords[strings.ToLower(words[len(words)-1])] {
				// "Gryphon Airlines": later "the airline" means it.
				last := strings.ToLower(words[len(words)-1])
				p.org[last] = strings.Join(words, " ")
				p.org[strings.TrimSuffix(last, "s")] = strings.Join(words, " ")
			}
			if len(name) == 1 && subject && j < len(toks) && subjectVerbs[toks[j].lower()] && !allCaps(name[0]) &&
				!notPersonal[strings.ToLower(name[0])] && !stopword(strings.ToLower(name[0])) && len(role) == 0 {
				// "These days, Fatiya is busy": a single name as a sentence subject, unless the
				// story also uses it as a place ("in Ferguson").
				if _, known := p.full[text.Fold(name[0])]; !known && !usedAsPlace(d.Text, name[0]) && !usedLower(d.Text, name[0]) &&
					!usedLower(d.Text, strings.TrimSuffix(name[0], "s")) { // "Weasels would not" after "a weasel"
					p.add(name[0], toks[i].start, true)
					blocked = true // the sentence has its subject
					i = j - 1
					continue
				}
			}
			if len(name) > 0 {
				at := toks[i].start
				if personName(name) && looksNamed(d.Text, toks, i, name, role) {
					full := strings.Join(name, " ")
					p.add(full, at, subject)
					if roleWord != "" {
						m := mention{at: at, name: p.full[text.Fold(name[len(name)-1])]}
						p.role[roleWord] = append(p.role[roleWord], m)
						if long, ok := roleAbbrev[strings.TrimSuffix(roleWord, ".")]; ok {
							p.role[long] = append(p.role[long], m) // "Sen. Bernie Sanders" is "the senator"
						}
						if roleBefore != "" && roleBefore != roleWord {
							p.role[roleBefore] = append(p.role[roleBefore], m)
						}
					}
				} else if len(name) == 1 {
					if _, ok := p.full[text.Fold(name[0])]; ok {
						p.mentions = append(p.mentions, mention{at, p.surnamed(text.Fold(name[0]), at, titleGender(words)), subject})
					} else if roleWord != "" && (i > 0 || roles[roleWord]) && !notPersonal[strings.ToLower(name[0])] && !allCaps(name[0]) {
						// "Mr. Smith", "President Macron": a single name after a title.
						p.add(name[0], at, subject)
						p.role[roleWord] = append(p.role[roleWord], mention{at: at, name: name[0]})
					}
				}
			}
			if len(p.mentions) > 0 && p.mentions[len(p.mentions)-1].at == toks[i].start && i >= opening &&
				(j >= len(toks) || toks[j].lower() != "and" && !modifiesName(toks[j:])) {
				// The sentence has its subject; a name later on is an object or in a clause:
				// "Walsh had close ties to Vice President Joe Biden. But he ..." is Walsh.
				blocked = true
			}
			i = j - 1
		}
	}
	// A surname met before the full name ("Mrs. Clinton ... Hillary Rodham Clinton") stands
	// for the full name, now that the whole story has been read.
	p.completeSurnames(p.mentions)
	for _, ms := range p.role {
		p.completeSurnames(ms)
	}
	return p
}

// completeSurnames gives mentions recorded by a surname alone the full name of that person.
func (p *people) completeSurnames(ms []mention) {
	for k, m := range ms {
		if !strings.Contains(m.name, " ") {
			if full := p.surnamed(text.Fold(m.name), m.at, 0); full != "" {
				ms[k].name = full
			}
		}
	}
}

func (p *people) add(full string, at int, subject bool) {
	ws := strings.Fields(full)
	if len(ws) == 1 {
		if near := p.near(full); near != "" {
			full, ws = near, strings.Fields(near) // "Arduriz" for "Aritz Aduriz"
		}
	}
	key := text.Fold(full)
	if prev, ok := p.full[key]; ok {
		full = prev
	}
	p.full[key] = full
	last := text.Fold(ws[len(ws)-1])
	if prev, ok := p.full[last]; !ok || len(prev) < len(full) {
		p.full[last] = full
	}
	if len(ws) > 1 {
		p.surname[last] = append(p.surname[last], mention{at: at, name: full})
	}
	p.mentions = append(p.mentions, mention{at, p.surnamed(last, at, 0), subject})
}

// surnamed returns the full name of the person this folded surname stands for at offset at:
// the one named in full just before ("Jeb Bush says ... Bush says" is Jeb), else the one the
// story names most ("Mr. Trump" in a story about his brother Freddy is still Donald). want
// is the gender a title asks for ('m' for "Mr.", 'f' for "Mrs."), or 0.
func (p *people) surnamed(surname string, at int, want byte) string {
	ms := p.surname[surname]
	fits := func(name string) bool { g := gender(name); return want == 0 || g == 0 || g == want }
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].at <= at && fits(ms[i].name) {
			if at-ms[i].at <= 300 {
				return ms[i].name
			}
			break
		}
	}
	best, most := "", 0
	for _, m := range ms {
		n := 0
		for _, o := range ms {
			if o.name == m.name {
				n++
			}
		}
		if fits(m.name) && (n > most || n == most && m.at <= at) {
			best, most = m.name, n
		}
	}
	if best == "" {
		return p.full[surname]
	}
	return best
}

// titleGender returns the gender a courtesy title in words asks for: 'm', 'f' or 0.
func titleGender(words []string) byte {
	for _, w := range words {
		switch strings.ToLower(strings.TrimSuffix(w, ".")) {
		case "mr", "sir", "lord", "king", "prince":
			return 'm'
		case "mrs", "ms", "miss", "dame", "lady", "queen", "princess":
			return 'f'
		}
	}
	return 0
}

// spoke records that name spoke at offset at: a speaker is what the story talks about.
func (p *people) spoke(name string, at int) {
	if _, ok := p.full[text.Fold(name)]; !ok && !personName(strings.Fields(name)) {
		return // a body ("Ukraine's communications watchdog") is no "he" or "she"
	}
	k := sort.Search(len(p.mentions), func(k int) bool { return p.mentions[k].at > at })
	p.mentions = append(p.mentions, mention{})
	copy(p.mentions[k+1:], p.mentions[k:])
	p.mentions[k] = mention{at, name, true}
}

// pronoun returns the person "he" or "she" at offset at stands for: the person the story was
// last talking about (a sentence subject or a speaker) whose given name does not contradict
// the pronoun; failing that, the last person mentioned at all.
func (p *people) pronoun(pron string, at int) string {
	var want byte
	switch pron {
	case "he":
		want = 'm'
	case "she":
		want = 'f'
	}
	k := sort.Search(len(p.mentions), func(k int) bool { return p.mentions[k].at >= at })
	fits := func(m mention) bool { g := gender(m.name); return want == 0 || g == 0 || g == want }
	for i := k - 1; i >= 0; i-- {
		if m := p.mentions[i]; m.subject && fits(m) {
			return m.name
		}
	}
	for i := k - 1; i >= 0; i-- {
		if fits(p.mentions[i]) {
			return p.mentions[i].name
		}
	}
	return ""
}

// near returns the person whose surname is spelt within one edit of w ("Arduriz", "Aduriz").
func (p *people) near(w string) string {
	fw := text.Fold(w)
	if len(fw) < 5 {
		return ""
	}
	for key, full := range p.full {
		if !strings.Contains(key, " ") && editsWithin1(fw, key) {
			return full
		}
	}
	return ""
}

// editsWithin1 reports whether a and b differ by at most one insertion, deletion or change.
func editsWithin1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+min(1, len(a)-i):] == b[i+min(1, len(b)-i):]
	}
	return a[i:] == b[i+1:]
}

// known returns the fullest name the story gave for run, or for its last word the person of
// that surname named last before at; or "".
func (p *people) known(run []string, at int) string {
	if full, ok := p.full[text.Fold(strings.Join(run, " "))]; ok && len(run) > 1 {
		return full
	}
	last := text.Fold(run[len(run)-1])
	if full, ok := p.full[last]; ok && strings.Contains(full, " ") {
		return p.surnamed(last, at, titleGender(run))
	}
	return ""
}

// resolve returns the fullest name in the story for a name or surname.
func (p *people) resolve(name []string, at int) string {
	if len(name) == 0 {
		return ""
	}
	if full, ok := p.full[text.Fold(strings.Join(name, " "))]; ok && len(name) > 1 {
		return full
	}
	if _, ok := p.full[text.Fold(name[len(name)-1])]; ok {
		return p.surnamed(text.Fold(name[len(name)-1]), at, 0)
	}
	if personName(name) {
		return strings.Join(name, " ")
	}
	return ""
}

// byRole returns the person last named with this role before at.
func (p *people) byRole(role string, at int) string {
	ms := p.role[strings.ToLower(role)]
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].at < at {
			return ms[i].name
		}
	}
	return ""
}

// isSpeakerLike reports whether a single capitalised word can be a speaker: a body in capitals
// ("NASCAR"), or a name the story knows.
func (p *people) isSpeakerLike(w string) bool {
	if _, ok := p.full[text.Fold(w)]; ok {
		return true
	}
	lw := strings.ToLower(w)
	if notPersonal[lw] && lw != "kremlin" && lw != "pentagon" && lw != "nato" && lw != "fbi" && lw != "cia" && lw != "nasa" && lw != "un" && lw != "eu" {
		return false
	}
	return true
}
