package text

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind tells what a paragraph of news copy is.
type Kind int

// Paragraph kinds. Only Body paragraphs hold sentences of the story.
const (
	Body      Kind = iota // the story itself
	Title                 // the headline, when the text repeats it on its first line
	Heading               // a subheading such as "- Rich return -" or "## Rich return"
	Credit                // an agency credit such as "burs-dc/jbr/har" or "(A.Laurent--LPdF)"
	Furniture             // page furniture: "Read more", "Photos:", captions, share prompts
)

// Paragraph is one paragraph of a Doc. Its spans index Doc.Text.
type Paragraph struct {
	Span
	Kind      Kind
	Sentences []Span
}

// Doc is a news text cut into paragraphs and sentences. Every span indexes Text, so offsets
// found on a Doc are offsets in the text the caller gave.
type Doc struct {
	Text       string
	Paragraphs []Paragraph

	sentences []Sentence // the body sentences, listed once by Parse (see Sentences)
}

// Sentence is one sentence of a Doc's body, with its place in the story.
type Sentence struct {
	Span
	Para  int // index in Doc.Paragraphs
	Index int // position among the body sentences, from 0
}

var (
	// "- 'Signals give us hope' -", "– Rich return –"
	dashHeading = regexp.MustCompile(`^[-–—]\s+\S.{0,120}\s+[-–—]$`)
	// "burs-dc/jbr/har", "sct/ach", "jh/lb"
	slashCredit = regexp.MustCompile(`^[a-z]{2,8}(-[a-z]{2,8})?(/[a-z]{2,8}(-[a-z]{2,8})?)+$`)
	// "Carlos Barria / Reuters.", "John Moore/Getty Images.": a photograph's credit, a line of its own
	photoCredit = regexp.MustCompile(`^\p{Lu}[\pL.'’ -]{1,40}/ ?\p{Lu}[\pL.&'’ -]{1,40}\.$`)
	// "(A.Laurent--LPdF)", "(Reporting by Jane Doe; Editing by John Roe)"
	parenCredit = regexp.MustCompile(`^\((?:[^()]*--[^()]*|(?i:reporting|writing|editing|additional reporting|compiled) by [^()]*)\)$`)
	// "(CNN)", "(CNN) -- ", "Selma, Alabama (CNN)", "LONDON (Reuters) - ", "PARIS, March 3 (Reuters) -", "WASHINGTON (AP) — ",
	// "KYIV, Ukraine — ", "NEW YORK - "
	dateline = regexp.MustCompile(`^(?:(?:\p{Lu}[\p{L} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L} .]{1,30})?\s*)?\((?:CNN|AP|AFP|Reuters)\)\s*(?:--|—|–|-)?\s*|[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30}(?:\s+\d{1,2})?)?\s*(?:\((?:CNN|AP|AFP|Reuters|Bloomberg|UPI)\)\s*)?(?:--|—|–|-)\s+)`)
)

// furniturePrefixes open lines of page furniture, not of the story (compared in lower case).
var furniturePrefixes = []string{"read more", "related:", "related coverage", "more:", "see also",
	"click here", "follow us", "follow @", "sign up", "share this", "watch:", "video:", "photo:",
	"photos:", "image:", "pictured:", "caption:", "scroll down", "subscribe"}

func isFurniture(line string) bool {
	if len(line) > 300 {
		return false
	}
	l := strings.ToLower(line)
	if l == "advertisement" {
		return true
	}
	for _, p := range furniturePrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// isCreditSentence spots a credit said as a sentence inside a paragraph.
func isCreditSentence(s string) bool {
	if len(s) > 300 {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(s, "."), "contributed to this report") {
		return true
	}
	for _, p := range creditOpeners {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// isBareLine spots a short line that copy run into one paragraph ends with a spaced full stop
// because it had none: a subheading, a link to another story or a list item ("Read more:
// Nigerian election extended one day .", "Social media .", "Singapore Changi Airport ."). Such
// a line is not a sentence of the story; a line that opens a quotation or a list (": ."), or
// quotes, is.
func isBareLine(s string) bool {
	n := len(s)
	if n < 3 || n > 160 || s[n-1] != '.' || s[n-2] != ' ' || strings.ContainsAny(s, "\"“”") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:n-2])
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ']') && len(strings.Fields(s)) <= 16
}

var creditOpeners = []string{"reporting by ", "additional reporting by ", "(reporting by ", "writing by ", "editing by "}

// Parse cuts a news text into paragraphs and sentences. Paragraphs are lines, or blocks
// separated by blank lines. title, when the text repeats it as its first line, marks that line
// as the headline. Subheadings, trailing agency credits and page furniture are kept as
// structure but hold no sentences, and a dateline opening the story ("(CNN)", "PARIS, March 3
// (Reuters) -") is kept out of the first sentence.
func Parse(s, title string) Doc {
	d := Doc{Text: s}
	for _, ln := range paragraphs(s) {
		d.Paragraphs = append(d.Paragraphs, Paragraph{Span: ln, Kind: classify(ln.Of(s))})
	}
	if title = strings.TrimSpace(title); title != "" && len(d.Paragraphs) > 0 && sameWords(d.Paragraphs[0].Of(s), title) {
		d.Paragraphs[0].Kind = Title // the headline repeated above the story, with a full stop or in other case
	}
	// Credits count only at the end: a slash line in mid-story is left as it is.
	for i := len(d.Paragraphs) - 1; i >= 0; i-- {
		p := &d.Paragraphs[i]
		if p.Kind == Credit {
			continue
		}
		if p.Kind == Body && isTrailingCredit(p.Of(s)) {
			p.Kind = Credit
			continue
		}
		break
	}
	for i := range d.Paragraphs {
		if p := d.Paragraphs[i]; p.Kind == Credit && !isCreditAnywhere(p.Of(s)) && !isTrailing(d.Paragraphs, i) {
			d.Paragraphs[i].Kind = Body
		}
	}
	first := true
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if p.Kind != Body {
			continue
		}
		if first {
			if m := dateline.FindStringIndex(p.Of(s)); m != nil && m[1] < p.End-p.Start {
				p.Start += m[1]
			}
			first = false
		}
		for _, sp := range Sentences(p.Of(s)) {
			if t := sp.Of(p.Of(s)); isCreditSentence(t) || isBareLine(t) {
				continue
			}
			p.Sentences = append(p.Sentences, Span{p.Start + sp.Start, p.Start + sp.End})
		}
	}
	d.sentences = d.listSentences()
	return d
}

// sameWords reports whether a and b have the same words (see Words), marks and case aside.
func sameWords(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > 2*len(b)+16 {
		return false // a paragraph of a story, not its headline
	}
	return slices.Equal(Words(a), Words(b))
}

// StripDateline drops a dateline that opens s ("(CNN)", "PARIS, March 3 (Reuters) -"), as
// a headline made of a story's first words should not carry it.
func StripDateline(s string) string {
	if m := dateline.FindStringIndex(s); m != nil && m[1] < len(s) {
		return s[m[1]:]
	}
	return s
}

// Split cuts a whole text into its sentences, in order, dropping nothing: every paragraph's,
// headlines, subheadings, datelines and credits included (Parse keeps the story's own).
func Split(s string) []Span {
	var out []Span
	for _, p := range paragraphs(s) {
		for _, sp := range Sentences(p.Of(s)) {
			out = append(out, Span{p.Start + sp.Start, p.Start + sp.End})
		}
	}
	return out
}

// Sentences lists the body sentences of the story in order. A Doc made by Parse lists them
// once for all its readers (summary, quotes, analysis), so the list is shared: do not change it.
func (d Doc) Sentences() []Sentence {
	if d.sentences != nil {
		return d.sentences
	}
	return d.listSentences()
}

// listSentences lists the body sentences of the paragraphs.
func (d Doc) listSentences() []Sentence {
	n := 0
	for _, p := range d.Paragraphs {
		n += len(p.Sentences)
	}
	if n == 0 {
		return nil
	}
	out := make([]Sentence, 0, n)
	for i, p := range d.Paragraphs {
		for _, sp := range p.Sentences {
			out = append(out, Sentence{Span: sp, Para: i, Index: len(out)})
		}
	}
	return out
}

// paragraphs returns the trimmed paragraphs of s: its non-empty lines, or, when s wraps its
// paragraphs over several lines and separates them by blank lines, those blocks.
// A line that breaks a sentence is joined to the next in any case: it does not end one, the
// next line starts in lower case (or with a bracket after a line that ends in white space),
// and the two are not both short: short lines one under the other are the items of a list
// ("features\ncontact manager\nevents, activities"), but a sentence broken at any width has
// a longer line beside its short one ("Donald Trump regularly\nincites\npolitical violence").
func paragraphs(s string) []Span {
	ls := lines(s)
	wrap := wrapped(s, ls)
	out := ls[:0:0]
	for i, ln := range ls {
		if n := len(out); n > 0 && lineBreaks(s[ls[i-1].End:ln.Start]) == 1 &&
			(wrap || breaksSentence(s, ls[i-1], ln)) {
			out[n-1].End = ln.End
			continue
		}
		out = append(out, ln)
	}
	return out
}

// minWrapped is the shortest line that is more than a list item when the line beside it is
// as short.
const minWrapped = 30

// breaksSentence reports whether line a stops inside a sentence that line b goes on with.
func breaksSentence(s string, a, b Span) bool {
	last, _ := utf8.DecodeLastRuneInString(a.Of(s))
	first, _ := utf8.DecodeRuneInString(b.Of(s))
	if isTerminator(last) || isCloser(last) || last == ':' {
		return false
	}
	spaced := a.End < len(s) && (s[a.End] == ' ' || s[a.End] == '\t')
	short := a.End-a.Start < minWrapped && b.End-b.Start < minWrapped
	return (spaced || !short) && unicode.IsLower(first) || spaced && (first == '(' || first == '[')
}

// wrapped reports whether lines break inside sentences: a line that does not end a sentence
// followed, in the same block, by one that starts in lower case.
func wrapped(s string, ls []Span) bool {
	if !strings.Contains(s, "\n\n") && !strings.Contains(s, "\n\r\n") {
		return false
	}
	for i := 1; i < len(ls); i++ {
		if lineBreaks(s[ls[i-1].End:ls[i].Start]) == 1 && breaksSentence(s, ls[i-1], ls[i]) {
			return true
		}
	}
	return false
}

// lineBreaks counts the line breaks in a run of white space: "\n", "\r\n" or a lone "\r".
func lineBreaks(gap string) int {
	n := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			n++
		case '\r':
			if i+1 == len(gap) || gap[i+1] != '\n' {
				n++
			}
		}
	}
	return n
}

// lines returns the trimmed non-empty lines of s; a lone carriage return breaks a line too.
func lines(s string) []Span {
	var out []Span
	for i := 0; i < len(s); {
		end := len(s)
		if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
			end = i + j
		}
		// Two searches for one byte each (in vector instructions) rather than one for either,
		// a byte at a time: a line ends at its first '\r' or '\n'.
		if j := strings.IndexByte(s[i:end], '\r'); j >= 0 {
			end = i + j
		}
		st := skipSpace(s[:end], i)
		if e := trimRightSpace(s, st, end); e > st {
			out = append(out, Span{st, e})
		}
		i = end + 1
	}
	return out
}

func classify(line string) Kind {
	switch line[0] {
	case '#':
		return Heading
	case '-', '\xe2': // '-' or the first byte of '–' and '—'
		if dashHeading.MatchString(line) {
			return Heading
		}
	case '(':
		if parenCredit.MatchString(line) {
			return Credit
		}
	}
	if len(line) < 60 && strings.IndexByte(line, '/') > 0 && slashCredit.MatchString(line) || isPhotoCredit(line) {
		return Credit
	}
	if isFurniture(line) {
		return Furniture
	}
	return Body
}

func isCreditAnywhere(line string) bool {
	return line[0] == '(' && parenCredit.MatchString(line) || isPhotoCredit(line)
}

// isPhotoCredit reports whether a line is only a photograph's credit, wherever it stands.
func isPhotoCredit(line string) bool {
	return len(line) < 80 && strings.IndexByte(line, '/') > 0 && len(strings.Fields(line)) <= 6 && photoCredit.MatchString(line)
}

func isTrailing(ps []Paragraph, i int) bool {
	for _, p := range ps[i+1:] {
		if p.Kind == Body {
			return false
		}
	}
	return true
}

// isTrailingCredit spots credit lines that only read as such at the end of a story:
// "AFP", "Reuters", "-- Associated Press writer X contributed to this report."
func isTrailingCredit(line string) bool {
	if len(line) > 200 {
		return false
	}
	l := strings.ToLower(strings.Trim(line, " -—–"))
	if strings.Contains(l, "contributed to this report") || strings.HasPrefix(l, "reporting by ") {
		return true
	}
	switch l {
	case "afp", "reuters", "ap", "bbc", "cnn", "dpa":
		return true
	}
	return false
}

// IsHeadline reports whether a line reads as a headline: short, capitalised, no final stop.
func IsHeadline(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) > 200 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	return (unicode.IsUpper(r) || unicode.IsDigit(r) || r == '\'' || r == '"' || r == '‘' || r == '“') &&
		last != '.' && last != ',' && last != ';'
}
