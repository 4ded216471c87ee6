package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of a string.
type Span struct {
	Start, End int
}

// Of returns the text the span covers in s.
func (sp Span) Of(s string) string { return s[sp.Start:sp.End] }

// titles precede a name and never end a sentence ("Gen. Mark Milley").
var titles = setOf("mr", "mrs", "ms", "messrs", "mme", "dr", "gen", "lt", "col", "capt", "cpt", "sgt",
	"maj", "adm", "cmdr", "cdr", "cpl", "pvt", "sen", "sens", "rep", "reps", "gov", "govs", "pres",
	"prof", "rev", "fr", "hon", "st", "mt", "ft", "supt", "det", "insp", "gens", "brig", "atty",
	"sec", "amb", "vs", "v", "no", "nos", "nr", "p", "pp", "vol", "fig", "figs", "ch", "art", "approx",
	"ca", "cf", "op", "ed", "eds", "dept", "univ", "assn", "bros", "ave", "blvd", "rd", "sq", "tel",
	"n°", "e.g", "i.e", "esp", "incl", "est", "al")

// months end a sentence only rarely; before a number ("Jan. 6") they never do.
var months = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// enders are abbreviations that may end a sentence: they do when the next word opens one.
var enders = setOf("inc", "co", "corp", "ltd", "llc", "plc", "jr", "sr", "etc", "a.m", "p.m", "am", "pm",
	"u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "l.a", "n.y", "st", "ph.d", "cos")

// continuers are capitalised words that typically follow "U.S." or "a.m." inside one sentence.
var continuers = setOf("government", "senate", "house", "congress", "army", "navy", "air", "marine",
	"marines", "military", "president", "vice", "secretary", "department", "state", "embassy",
	"ambassador", "supreme", "court", "district", "attorney", "treasury", "justice", "defense",
	"intelligence", "forces", "force", "coast", "special", "central", "command", "capitol", "postal",
	"census", "federal", "national", "open", "olympic", "agency", "bureau", "border", "customs",
	"immigration", "navy's", "army's", "officials", "officials,", "citizens", "soldiers", "troops",
	"trade", "chamber", "geological", "food", "energy", "commerce", "labor", "health",
	"homeland", "representative", "senator", "sen", "rep", "gen", "dollar", "dollars", "election",
	"elections", "economy", "stock", "stocks", "markets", "et", "est", "edt", "gmt", "bst", "pt",
	"pst", "pdt", "cet", "utc", "local", "eastern", "pacific", "central", "mountain", "time", "jan",
	"feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Sentences splits one paragraph into sentence spans. It is tuned on news copy: abbreviations,
// initials, acronyms such as U.S. mid-sentence and at the end, decimals and money, quotation
// marks that close after the full stop, ?/! inside quotes, and ellipses. Leading and trailing
// white space is left out of every span; a paragraph of only white space has no sentences.
func Sentences(s string) []Span {
	var out []Span
	start := skipSpace(s, 0)
	i := start
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isTerminator(r) {
			i += size
			continue
		}
		// Take the whole run of terminators ("?!", "...", ". . .").
		end := i + size
		for end < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[end:])
			if isTerminator(r2) {
				end += sz
				continue
			}
			if r2 == ' ' && end+1 < len(s) && s[end+1] == '.' && r == '.' {
				end++ // spaced ellipsis ". . ."
				continue
			}
			break
		}
		// Closing quotes and brackets belong to the sentence they close.
		for end < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[end:])
			if !isCloser(r2) {
				break
			}
			end += sz
		}
		next := skipSpace(s, end)
		if next == end && end < len(s) {
			// No space after the mark: "$1.13bn", "U.S.", "example.com", "Yahoo!in".
			i = end
			continue
		}
		if next >= len(s) || isBoundary(s, start, i, end, next) {
			out = append(out, Span{start, trimRightSpace(s, start, end)})
			start = next
		}
		i = next
	}
	if start < len(s) {
		if e := trimRightSpace(s, start, len(s)); e > start {
			out = append(out, Span{start, e})
		}
	}
	return out
}

// isBoundary decides whether the terminator run s[mark:end] ends the sentence that began at
// start, given that the next sentence would begin at next.
func isBoundary(s string, start, mark, end, next int) bool {
	nr, _ := utf8.DecodeRuneInString(s[next:])
	nextWord := wordAt(s, next)
	opens := unicode.IsUpper(nr) || unicode.IsDigit(nr) || isOpener(nr) || nr == '•' || nr == '⁃' || nr == '-' || nr == '–' || nr == '—'
	if isOpener(nr) {
		// A quote or bracket opens the next sentence only if what follows it does.
		after := next + utf8.RuneLen(nr)
		if after < len(s) {
			ar, _ := utf8.DecodeRuneInString(s[after:])
			opens = unicode.IsUpper(ar) || unicode.IsDigit(ar) || isOpener(ar) || ar == '.'
		}
	}
	if !opens {
		return false
	}
	run := s[mark:end]
	if strings.HasPrefix(run, ".") && !strings.HasPrefix(run, "..") && !strings.HasPrefix(run, ". .") {
		word := wordBefore(s, start, mark)
		if mark-len(word) <= skipBullet(s, start) && isListMarker(word) {
			return false // "1. The first item", "a. The second"
		}
		if enders[strings.ToLower(strings.TrimRight(word, "."))] && len(strings.Fields(s[start:mark])) < 4 {
			return false // "At 5 a.m. Mr. Smith went..."
		}
		return periodEnds(word, nextWord, nr)
	}
	if strings.HasPrefix(run, "!") && strings.HasSuffix(wordBefore(s, start, mark), "Yahoo") {
		return false
	}
	return true
}

// periodEnds reports whether a full stop after word ends its sentence when nextWord follows.
func periodEnds(word, nextWord string, nr rune) bool {
	lw := strings.ToLower(strings.TrimRight(word, "."))
	lw = strings.TrimLeft(lw, "([\"'“‘")
	nextLower := strings.ToLower(strings.Trim(nextWord, ".,;:'\"“”’"))
	switch {
	case lw == "":
		return true
	case titles[lw]:
		return false
	case months[lw]:
		return !unicode.IsDigit(nr)
	case enders[lw]:
		return !continuers[nextLower]
	}
	// A lone capital is an initial ("George W. Bush"), unless it closes a sentence such as
	// "you and I." before a word that usually opens one.
	if utf8.RuneCountInString(lw) == 1 && unicode.IsLetter([]rune(lw)[0]) {
		return starters[nextLower]
	}
	// Dotted acronyms not in the list (U.S.A.-like): end only before a sentence opener.
	if strings.Count(lw, ".") >= 1 && len(lw) <= 8 && isDottedAcronym(lw) {
		return starters[nextLower] || !continuers[nextLower] && unicode.IsUpper(nr)
	}
	return true
}

// starters are words that commonly open a sentence; after an ambiguous abbreviation they
// tip the decision towards a boundary.
var starters = setOf("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that",
	"these", "those", "there", "but", "and", "so", "yet", "in", "on", "at", "as", "if", "when",
	"while", "after", "before", "his", "her", "its", "their", "our", "my", "how", "what", "why",
	"who", "did", "does", "do", "is", "are", "was", "were", "one", "some", "many", "most")

// isListMarker reports whether w numbers a list item: "1", "10", "a", "iv".
func isListMarker(w string) bool {
	if w == "" || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// skipBullet returns the index after any bullet and space at i.
func skipBullet(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '•' && r != '⁃' && r != '-' && r != '*' && !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func isDottedAcronym(w string) bool {
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) > 2 {
			return false
		}
	}
	return true
}

// wordBefore returns the whitespace-delimited word that ends at mark.
func wordBefore(s string, start, mark int) string {
	j := mark
	for j > start {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if unicode.IsSpace(r) {
			break
		}
		j -= size
	}
	return s[j:mark]
}

// wordAt returns the word that starts at i, without leading opening marks.
func wordAt(s string, i int) string {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isOpener(r) {
			break
		}
		i += size
	}
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += size
	}
	return s[i:j]
}

func isTerminator(r rune) bool {
	return r == '.' || r == '?' || r == '!' || r == '…'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«':
		return true
	}
	return false
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func trimRightSpace(s string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return end
}
