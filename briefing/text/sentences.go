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
var titles = UnionOf(namePrefixes, setOf("mr", "mrs", "ms", "messrs", "mme", "dr", "gen", "lt", "col", "capt", "cpt", "sgt",
	"maj", "adm", "cmdr", "cdr", "cpl", "pvt", "sen", "sens", "rep", "reps", "del", "gov", "govs", "pres",
	"prof", "rev", "fr", "hon", "supt", "det", "insp", "gens", "brig", "atty",
	"sec", "amb", "vs", "v", "no", "nos", "nr", "p", "pp", "vol", "fig", "figs", "ch", "art", "approx",
	"ca", "cf", "op", "ed", "eds", "dept", "univ", "assn", "bros", "ave", "blvd", "rd", "sq", "tel",
	"n°", "e.g", "i.e", "esp", "incl", "est", "al"))

// namePrefixes are the titles that are part of a name: "St. Louis", "Mt. Kenya", "Ft. Worth".
var namePrefixes = setOf("st", "mt", "ft")

// months and other abbreviations that come before a number end a sentence only rarely; before
// a number ("Jan. 6", "Rs. 3520") they never do.
var months = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rs")

// units after a number ("2 lb. 4 oz.") end a sentence unless a number follows.
var units = setOf("ft", "in", "lb", "lbs", "oz", "yd", "yds", "mi", "sq", "cu", "gal")

// corporate suffixes and name suffixes end a sentence before any capitalised word that is not
// an acronym or a word that goes on after them.
var corporate = setOf("inc", "co", "corp", "ltd", "llc", "plc", "jr", "sr", "etc", "cos", "bros")

// enders are dotted names of places and bodies, and degrees, that may end a sentence: they do
// when the next word opens one, or begins a clause rather than a longer name.
var enders = setOf("u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "l.a", "n.y", "ph.d", "u.a.e")

// nameJoiners join the words of a longer name after "U.S." or "U.N.": "the U.N. Office for
// the Coordination of ...", "six U.S. Opens and five Wimbledons".
var nameJoiners = setOf("and", "or", "for", "of", "&")

// continuers are capitalised words that typically follow "U.S." or "a.m." inside one sentence.
var continuers = setOf("government", "senate", "house", "congress", "army", "navy", "air", "marine",
	"constitution", "masters", "airways", "airlines", "mint", "championship", "championships", "cup",
	"times", "police", "council", "mayor", "weekly", "daily",
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
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "route", "highway", "interstate")

// InName reports whether w, a word of a name without its full stop, is written with one: an
// initial ("J"), a dotted abbreviation ("U.S"), a suffix ("Jr", "Inc") or a title that is part
// of the name ("St"). A title before a name ("Gen", "Dr") is not part of it, and some are given
// names too ("Al", "Art", "Ed").
func InName(w string) bool {
	if utf8.RuneCountInString(w) == 1 || strings.Contains(w, ".") {
		return true
	}
	lw := strings.ToLower(w)
	return corporate.Has(lw) || namePrefixes.Has(lw)
}

// setOf is the set of words.
func setOf(words ...string) *WordSet { return NewWordSet(words...) }

// mayEnd are the bytes that may end a sentence: its stops and every byte of a rune past ASCII.
var mayEnd = bytesAndNonASCII('.', '?', '!')

// Sentences splits one paragraph into sentence spans. It is tuned on news copy: abbreviations,
// initials, acronyms such as U.S. mid-sentence and at the end, decimals and money, quotation
// marks that close after the full stop, ?/! inside quotes, and ellipses. A quotation or a
// bracket that opens and closes within the paragraph is never cut inside ("Wait! Stop.
// Please," she shouted.), reference marks stay with the sentence they follow (".[1]"), and
// each item of an inline list ("1. ... 2. ...") is a sentence. Leading and trailing white
// space is left out of every span; a paragraph of only white space has no sentences.
func Sentences(s string) []Span {
	q := readQuotes(s) // nothing, and one quick pass, where s has no marks nor brackets
	items := listItems(s)
	var out []Span
	start := skipSpace(s, 0)
	cut := func(end, next int) {
		if e := trimRightSpace(s, start, end); e > start {
			out = append(out, Span{start, e})
		}
		start = next
	}
	i := start
	for i < len(s) {
		if len(items) > 0 && i >= items[0].start {
			if items[0].start > start {
				cut(items[0].start, items[0].start)
			}
			i = max(i, items[0].end) // a marker's full stop ends nothing
			items = items[1:]
			continue
		}
		if b := s[i]; b < utf8.RuneSelf && b != '.' && b != '?' && b != '!' {
			// Most bytes: ASCII that ends nothing, up to the next list item.
			limit := len(s)
			if len(items) > 0 {
				limit = items[0].start
			}
			i = mayEnd.Next(s, i+1, limit)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isTerminator(r) {
			i += size
			continue
		}
		end := terminatorRun(s, i, r)
		if i > 0 && (s[i-1] == '[' || s[i-1] == '(') && isEllipsis(s[i:end]) {
			i = end // "[...]": words left out of a quotation
			continue
		}
		// Closing quotes and brackets belong to the sentence they close, and so do the
		// reference marks after it.
		for end < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[end:])
			if isCloser(r2) {
				end += sz
				continue
			}
			if k := spacedCloser(q.closers, skipSpace(s, end)); k > end {
				end = k // "Boursier . ' He published"
				continue
			}
			break
		}
		end = skipCitations(s, i, end)
		if shielded(q.shields, i, end) {
			i = end
			continue
		}
		next := skipSpace(s, end)
		switch {
		case next == end && end < len(s):
			// No space after the mark: "$1.13bn", "U.S.", "example.com", "Yahoo!in", but
			// "world.Today" and "。" end a sentence.
			if !gluedBoundary(s, start, i, end, r) {
				i = end
				continue
			}
		case next < len(s) && !isBoundary(s, start, i, end, next):
			i = next
			continue
		}
		if s[i] == '.' && strings.HasPrefix(s[i+1:end], " . . .") && next < len(s) && i > start && !unicode.IsSpace(rune(s[i-1])) {
			// "compounds. . . . The practice": the stop ends the sentence and the ellipsis,
			// which marks words left out, opens the next one.
			cut(i+1, skipSpace(s, i+1))
		} else {
			cut(end, next)
		}
		i = next
	}
	if start < len(s) {
		cut(len(s), len(s))
	}
	return out
}

// terminatorRun returns the end of the run of terminators that starts with r at i: "?!",
// "...", ". . .".
func terminatorRun(s string, i int, r rune) int {
	end := i + utf8.RuneLen(r)
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
	return end
}

// skipCitations extends a sentence end over the reference marks after its final stop:
// ".[1]", ".[7][8]", ". [1] [2]", and footnote numbers set against the stop (".11 12") when a
// capitalised word follows them.
func skipCitations(s string, mark, end int) int {
	k := end
	for {
		p := k
		for p < len(s) && s[p] == ' ' {
			p++
		}
		q := bracketNumber(s, p)
		if q < 0 {
			break
		}
		k = q
	}
	if k > end {
		return k
	}
	if end != mark+1 || s[mark] != '.' || mark == 0 || end >= len(s) || !isASCIIDigit(s[end]) {
		return end
	}
	if b := s[mark-1]; b != ')' && !(b >= 'a' && b <= 'z') {
		return end // "3.5", "U.S.1"
	}
	for k = end; ; {
		d := k
		for d < len(s) && d-k < 3 && isASCIIDigit(s[d]) {
			d++
		}
		if d == k || d < len(s) && isASCIIDigit(s[d]) {
			return end
		}
		k = d
		if k+1 < len(s) && s[k] == ' ' && isASCIIDigit(s[k+1]) {
			k++
			continue
		}
		break
	}
	if k+1 < len(s) && s[k] == ' ' {
		if r, _ := utf8.DecodeRuneInString(s[k+1:]); unicode.IsUpper(r) {
			return k
		}
	}
	return end
}

// bracketNumber returns the end of a "[12]" at i, or -1.
func bracketNumber(s string, i int) int {
	if i >= len(s) || s[i] != '[' {
		return -1
	}
	j := i + 1
	for j < len(s) && j-i <= 4 && isASCIIDigit(s[j]) {
		j++
	}
	if j == i+1 || j >= len(s) || s[j] != ']' {
		return -1
	}
	return j + 1
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// gluedBoundary decides whether a terminator with no space after it ends a sentence: an
// ideographic full stop always does; a full stop does between a lower-case word or a number
// and a capitalised word ("world.Today", "1,000.That"), unless the word is an abbreviation.
func gluedBoundary(s string, start, mark, end int, r rune) bool {
	if r == '。' || r == '．' || r == '！' || r == '？' {
		return true
	}
	if r != '.' || end != mark+1 || mark == start {
		return false
	}
	b := s[mark-1]
	if !(b >= 'a' && b <= 'z') && !isASCIIDigit(b) {
		return false
	}
	n1, sz := utf8.DecodeRuneInString(s[end:])
	n2, _ := utf8.DecodeRuneInString(s[end+sz:])
	if !unicode.IsUpper(n1) || !unicode.IsLower(n2) {
		return false
	}
	if strings.IndexAny(s[end:skipWord(s, end)], "0123456789") >= 0 {
		return false // "7.Bg5": a chess move, not a word
	}
	word := wordBefore(s, start, mark)
	rest := s[end:skipWord(s, end)]
	if strings.ContainsAny(word, ".@/:") || strings.ContainsAny(rest, "@/:") {
		return false // "example.com", "Jane.Doe@example.com"
	}
	rest = strings.TrimRight(rest, ",;:)!?\"'’”.")
	if tld := rest[strings.LastIndexByte(rest, '.')+1:]; topLevelDomains.HasLower(tld) {
		return false // "Halo.Bungie.Org", "Yahoo.Com": a site's name
	}
	lw := strings.ToLower(word)
	return !titles.Has(lw) && !enders.Has(lw) && !months.Has(lw)
}

// topLevelDomains end the names of web sites.
var topLevelDomains = setOf("com", "org", "net", "gov", "edu", "co",
	"uk", "io", "info", "biz", "tv", "us", "eu", "de", "fr")

// isBoundary decides whether the terminator run s[mark:end] ends the sentence that began at
// start, given that the next sentence would begin at next.
func isBoundary(s string, start, mark, end, next int) bool {
	nr, _ := utf8.DecodeRuneInString(s[next:])
	nextWord := wordAt(s, next)
	opens := unicode.IsUpper(nr) || unicode.IsDigit(nr) || isOpener(nr) || nr == '•' || nr == '⁃'
	switch {
	case isOpener(nr):
		// A quote or bracket opens the next sentence only if what follows it does.
		after := skipSpace(s, next+utf8.RuneLen(nr)) // "singer . ' Blessings of Baapu '"
		if after < len(s) {
			ar, _ := utf8.DecodeRuneInString(s[after:])
			opens = unicode.IsUpper(ar) || unicode.IsDigit(ar) || isOpener(ar) || ar == '.'
		}
	case nr == '-' || nr == '–' || nr == '—':
		// A dash opens a list item, or goes on with an aside ("voila! -- you have cake").
		j := next
		for j < len(s) && (s[j] == '-' || strings.HasPrefix(s[j:], "–") || strings.HasPrefix(s[j:], "—")) {
			_, sz := utf8.DecodeRuneInString(s[j:])
			j += sz
		}
		ar, _ := utf8.DecodeRuneInString(s[skipSpace(s, j):])
		opens = !unicode.IsLower(ar)
	}
	if !opens {
		return false
	}
	run := s[mark:end]
	if isEllipsis(run) && isPronounI(nextWord) {
		return false // "I thought... I would go."
	}
	if strings.HasPrefix(run, ".") && !strings.HasPrefix(run, "..") && !strings.HasPrefix(run, ". .") {
		word := wordBefore(s, start, mark)
		if word == "" && mark > start {
			// Tokenised text sets the stop off its word: "Mr . Robinson", "U.S . Highway".
			word = wordBefore(s, start, trimRightSpace(s, start, mark))
			mark = trimRightSpace(s, start, mark)
		}
		first := mark-len(word) <= skipBullet(s, start)
		if first && isListMarker(word) {
			return false // "1. The first item", "a. The second"
		}
		if first && len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
			return false // "Q. What is his name?", "J. Smith said"
		}
		if lw := strings.ToLower(strings.TrimRight(word, ".")); (enders.Has(lw) || corporate.Has(lw)) && len(strings.Fields(s[start:mark])) < 3 {
			return false // "The U.S. Commission asked": two words are no sentence
		}
		before := ""
		if b := mark - len(word) - 1; b > start {
			before = wordBefore(s, start, b)
		}
		return periodEnds(before, word, nextWord, wordAt(s, skipSpace(s, skipWord(s, next))), nr, func() bool { return hasClause(s, start, mark) })
	}
	if strings.HasPrefix(run, "!") && strings.HasSuffix(wordBefore(s, start, mark), "Yahoo") {
		return false
	}
	return true
}

// isEllipsis reports whether a terminator run is an ellipsis alone, not a stop and an ellipsis.
func isEllipsis(run string) bool {
	run = strings.TrimRight(run, "!?")
	return run == "..." || run == "…" || run == ". . ."
}

// isPronounI reports whether w is "I" or one of its contractions: capitalised anywhere, so it
// does not show that a sentence starts.
func isPronounI(w string) bool {
	switch strings.Trim(w, ",;:") {
	case "I", "I'm", "I’m", "I'd", "I’d", "I've", "I’ve", "I'll", "I’ll":
		return true
	}
	return false
}

// hasClause reports whether the sentence up to mark can stand as one: it does not open, nor
// go on after a colon, with a prepositional phrase ("At 5 a.m. Mr. Smith went to the bank"
// runs on; "He left the bank at 6 p.m. Mr. Smith then went" does not).
func hasClause(s string, start, mark int) bool {
	seg := s[start:mark]
	if k := max(strings.LastIndex(seg, ": "), strings.LastIndex(seg, "; ")); k >= 0 {
		seg = seg[k+1:] // "He noted: In 44 B.C. Caesar died.", but not "9:00"
	}
	first := wordAt(seg, skipSpace(seg, 0))
	return !prepositions.HasLower(strings.TrimRight(first, ","))
}

// prepositions open the adverbial phrases that come before a sentence's subject.
var prepositions = setOf("at", "on", "in", "around", "by", "from", "until", "till", "after", "before",
	"since", "about", "near", "during", "between", "within", "circa", "towards", "toward", "through")

// periodEnds reports whether a full stop after word ends its sentence when nextWord, and
// then after, follow; before is the word before word, and clause tells whether the sentence
// so far can stand as one (see hasClause).
func periodEnds(before, word, nextWord, after string, nr rune, clause func() bool) bool {
	lw := strings.ToLower(strings.TrimRight(word, "."))
	lw = strings.TrimLeft(lw, "([\"'“‘")
	if k := strings.LastIndexAny(lw, "/)"); k >= 0 {
		lw = lw[k+1:] // "Route 171/U.S. Highway 190", "(CNN)U.S. Secretary of State"
	}
	// The next word is read in lower case by the sets themselves (HasLower, on the stack for a
	// short ASCII word): a lower-case copy of it was an allocation at most sentence ends.
	next := strings.Trim(nextWord, ".,;:'\"“”’")
	switch {
	case lw == "":
		return true
	case units.Has(lw) && isNumber(before):
		return !unicode.IsDigit(nr) // "2 lb. 4 oz.", but "The shelf is 3 ft. Tom measured it."
	case titles.Has(lw):
		return false
	case months.Has(lw):
		return !unicode.IsDigit(nr)
	case lw == "a.m" || lw == "p.m" || lw == "am" || lw == "pm":
		// "At 6 a.m. The birds sing." ends; "At 6 a.m. Mr. Smith arrived" and "11:58 p.m.
		// P.D.T." go on; "She left at 6 a.m. Mr. Smith stayed." ends.
		switch {
		case starters.HasLower(next):
			return true
		case continuers.HasLower(next) || isAcronym(nextWord) || strings.Contains(next, ".") && isDottedAcronym(strings.ToLower(next)):
			return false
		}
		return clause()
	case corporate.Has(lw):
		return !continuers.HasLower(next) && !isAcronym(nextWord) // "Co. KG", "Inc. CEO Tim Cook"
	case enders.Has(lw):
		// "the U.N. Human Rights Council" goes on; "sent to the U.S. Analysts expect" ends.
		if starters.HasLower(next) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(after)
		return !continuers.HasLower(next) && unicode.IsLower(r) && !nameJoiners.HasLower(after) // not "the U.N. Office for", "six U.S. Opens and"
	}
	// A lone capital is an initial ("George W. Bush"), unless it closes a sentence such as
	// "you and I." before a word that usually opens one.
	if utf8.RuneCountInString(lw) == 1 && unicode.IsLetter([]rune(lw)[0]) {
		return starters.HasLower(next)
	}
	// Other dotted capitals are initials before a name ("T.J. Rivera"), which end a sentence
	// only before a word that usually opens one, or eras and degrees after a number or an
	// article ("753 B.C.", "a LL.M."), which end one that can stand ("Around 300 A.D. Rome
	// began" runs on).
	if strings.Count(lw, ".") >= 1 && len(lw) <= 8 && isDottedAcronym(lw) {
		if starters.HasLower(next) {
			return true
		}
		if len(lw) == 3 && unicode.IsUpper(nr) && !isNumber(before) && lw != "b.c" && lw != "a.d" {
			return false // two initials before a capitalised word are a name's: "the O.J. Simpson case"
		}
		switch strings.ToLower(before) {
		case "a", "an", "the":
			return clause()
		}
		return isNumber(before) && clause()
	}
	return true
}

// isNumber reports whether w is written in digits: "3", "1,200", "2.5".
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isASCIIDigit(w[i]) && w[i] != ',' && w[i] != '.' {
			return false
		}
	}
	return isASCIIDigit(w[0])
}

// isAcronym reports whether w is a short run of capitals: "KG", "CEO".
func isAcronym(w string) bool {
	w = strings.TrimRight(w, ".,;:")
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// starters are words that commonly open a sentence; after an ambiguous abbreviation they
// tip the decision towards a boundary.
var starters = setOf("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that",
	"these", "those", "there", "but", "and", "so", "yet", "in", "on", "at", "as", "if", "when",
	"while", "after", "before", "his", "her", "its", "their", "our", "my", "how", "what", "why",
	"who", "did", "does", "do", "is", "are", "was", "were", "one", "some", "many", "most", "then")

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
		if !isBullet(r) && r != '-' && !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// isDottedAcronym reports whether w is letters cut by full stops, at most two between stops:
// "u.s", "t.j", "ph.d"; not "47.3%".
func isDottedAcronym(w string) bool {
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) > 2 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
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

// skipWord returns the index after the run of non-space characters at i.
func skipWord(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func isTerminator(r rune) bool {
	return r == '.' || r == '?' || r == '!' || r == '…' || r == '。' || r == '．' || r == '！' || r == '？'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '`':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '`':
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
