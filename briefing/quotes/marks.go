// Quotation marks: which characters open and close a quote, paired paragraph by paragraph,
// with the conventions of straight, curly, single and wire-copy marks.

package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/text"
)

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
			if i = markBytes.Next(s, i, p.End); i == p.End {
				break
			}
			r, size := markAt(s, i)
			role := markRole(s, p.Start, p.End, i, r, size)
			if single {
				role = singleRole(s, p.Start, p.End, i, r, size, open)
			}
			if role == lone {
				// `a great year. " Hayes said:`: a mark with space on both sides closes the
				// quotation that is open (as the sentence splitter reads it), else is no mark.
				role = notMark
				if open >= 0 {
					role = closing
				}
			}
			if role != closing && open >= 0 && r == '"' && closesNested(s, p.Start, i) && !capitalNext(s, i+size, p.End) {
				role = closing // `said 'hold the bucket,' " the principal said`
			}
			if role == opening && open >= 0 && r == '“' && typedAsClose(s, p.Start, p.End, i, size) {
				role = closing // `"It's unusual,“ said Larry Noble`: the wrong curly mark
			}
			if role == opening && open >= 0 {
				// A new quote opens before the last one closed: in text without paragraph
				// breaks this is a quote that ran on; end it here rather than pair across. But
				// when a frame stands right before the new quote (`... serve me? Franklin Graham
				// tweeted this week, "Thank God`), the writer left the last one unclosed: it ends
				// with the sentence before that frame.
				end := frameBefore(s, open+openLen, i)
				runsOn := end == 0
				if runsOn {
					end = i
				}
				out = append(out, mark{open: open, close: end, content: text.Span{Start: open + openLen, End: end},
					para: pi, openPara: open == p.Start, carried: carry && open == p.Start, runsOn: runsOn})
				carry = runsOn
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

// markBytes are the bytes that can start a quotation mark: a straight mark, or the first byte
// of “ ” ‘ ’ (U+201x) or « » (U+00AB, U+00BB). Other bytes, and the inner bytes of any
// character, are passed over without decoding.
var markBytes = text.BytesOf('"', '\'', 0xE2, 0xC2)

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
			if i = markBytes.Next(s, i, p.End); i == p.End {
				break
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
	lone // a straight mark with space on both sides: pairMarks decides
)

// markRole tells whether the rune r at i opens or closes a quote. Curly marks say so
// themselves; a straight mark is read from its neighbours: after a space and before a word it
// opens, after a word or punctuation and before a space or punctuation it closes.
func markRole(s string, start, end, i int, r rune, size int) markKind {
	switch r {
	case '“', '«':
		return opening
	case '”', '»':
		if opensParagraph(s, start, i) {
			return opening // `”Mr. Trump embodies ...”`: the wrong curly mark, where nothing can close
		}
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
		return lone // inches, a typo, or a closing mark typed after a space
	}
	if pr, _ := utf8.DecodeLastRuneInString(s[:i]); pr == '.' || pr == '?' || pr == '!' {
		if nr, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsUpper(nr) {
			return opening // `told WTKR."That flag`: a missing space
		}
	}
	pr, _ := utf8.DecodeLastRuneInString(s[:i])
	if nr, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsDigit(pr) && (nr == '+' || nr == 'x' || nr == '×' || nr == '-') {
		return notMark // inches: `a solid 1"+ per hour`, `a 2"x10 board`
	}
	// word"word: treat as closing after a letter, which keeps a quote from swallowing text
	return closing
}

// opensParagraph reports whether only white space and invisible format characters (an
// embedding mark or a zero-width space that web copy leaves) stand before i in its paragraph.
func opensParagraph(s string, start, i int) bool {
	for _, r := range s[start:i] {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
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

// frameBefore returns where the sentence ends that comes before a frame closing with a comma
// or a colon right before the mark at i (`serve me? Proponents say so. Graham tweeted this
// week, "`), inside a quotation open since from; 0 when the words before the mark are no
// such frame.
func frameBefore(s string, from, i int) int {
	j := i
	for j > from && s[j-1] == ' ' {
		j--
	}
	if j == from || s[j-1] != ',' && s[j-1] != ':' {
		return 0
	}
	for k := j - 1; k > from+1; k-- {
		if s[k] == ' ' && (s[k-1] == '.' || s[k-1] == '?' || s[k-1] == '!') && k+1 < j && capitalNext(s, k+1, j) {
			clause := s[k+1 : j]
			if !hasCue(clause, 0, len(clause)) {
				return 0
			}
			return k // the quotation ends with the sentence before the frame
		}
	}
	return 0
}

// capitalNext reports whether a capital letter stands at i, before end: after a mark, `explain.'
// "If you tell a child` opens the next paragraph of a quotation run into one line, not the
// close of the last.
func capitalNext(s string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
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
	if r := firstRune(s[from:to]); r != 'I' && r != '(' {
		return false // most text: no "It" first (an aside before one is dropped below)
	}
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
