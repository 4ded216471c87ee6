package text

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A shield is a quotation or a bracketed aside that opens and closes within one paragraph:
// a full stop, question or exclamation mark inside it does not end the sentence around it
// ("shouting "Wait! Stop. Please," as ..." is one sentence). open and close are the byte
// offsets of the opening and the closing mark.
type shield struct {
	open, close int
}

// maxShield bounds a shield's length in bytes: a quotation longer than this is more likely two
// quotations whose marks were paired wrongly than one.
const maxShield = 1500

// quote mark families: marks of one family pair with each other only.
const (
	doubleFamily = iota
	singleFamily
	families
)

// quoting is what readQuotes learns of a paragraph's quotation marks and brackets: its
// shields, and the spaced marks that close a quotation (" ... wrong . ' He went"), which
// belong to the sentence before them as a mark set against its last word does.
type quoting struct {
	shields []shield
	closers []Span // spaced closing marks, in order
}

// quoteBytes are the bytes readQuotes acts on: marks and brackets, and the first byte of “ ” ‘
// ’ „ and « ».
var quoteBytes = BytesOf('"', '\'', '`', '(', ')', '[', ']', 0xE2, 0xC2)

// readQuotes finds the balanced brackets of a paragraph, and the balanced quotations after which
// the sentence goes on ("Stop. Please," she said), in order of their opening mark. A
// quotation that ends its sentence ("We are here. We stay." The crowd cheered.) shields
// nothing: its sentences are sentences of the story. A quotation is an opening mark followed
// by a closing mark of its family with no other opening mark of that family in between: an
// opening mark that meets another opener first was left open (a quote that goes on in the
// next paragraph) and shields nothing. Apostrophes ("don’t", "Reyes'") are told from quote
// marks by the letters around them. A straight mark with space on both sides, as tokenised
// text sets them (" ' Blessings of Baapu ' and"), closes the quotation that is open or one
// before punctuation that ends a clause ("itself ' . Lead"); else it opens one when a mark of
// its family can close it later in the paragraph, or when its family was used before it (a
// quotation that goes on past the paragraph); else it closes a quotation opened before the
// paragraph. A clitic set off by tokenised text ("Walter 's") is no mark.
func readQuotes(s string) quoting {
	var q quoting
	open := [families]int{-1, -1}
	var seen [families]bool
	var brackets []int // offsets of unclosed '(' and '['
	for i := 0; i < len(s); {
		if i = quoteBytes.Next(s, i, len(s)); i == len(s) {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '(', '[':
			if len(brackets) < 8 {
				brackets = append(brackets, i)
			}
		case ')', ']':
			want := byte('(')
			if r == ']' {
				want = '['
			}
			for k := len(brackets) - 1; k >= 0; k-- {
				if s[brackets[k]] == want {
					if i-brackets[k] <= maxShield {
						q.shields = append(q.shields, shield{brackets[k], i})
					}
					brackets = brackets[:k]
					break
				}
			}
		case '"', '“', '”', '«', '»', '„', '\'', '‘', '’', '`':
			m := markAt(s, i)
			size = m.size
			if m.spaced {
				switch {
				case open[m.fam] >= 0, endsClause(s, i+size):
					m.opens, m.closes = false, true
				case closesLater(s, i+size, m.fam), seen[m.fam]:
					m.opens, m.closes = true, false
				default:
					m.opens, m.closes = false, true
				}
				if m.closes {
					q.closers = append(q.closers, Span{i, i + size})
				}
			}
			if m.opens || m.closes {
				seen[m.fam] = true
			}
			if m.opens && (!m.closes || open[m.fam] < 0) {
				open[m.fam] = i
			} else if m.closes && open[m.fam] >= 0 {
				if i-open[m.fam] <= maxShield && goesOn(s, i, size) {
					q.shields = append(q.shields, shield{open[m.fam], i})
				}
				if m.fam == doubleFamily && open[singleFamily] > open[m.fam] {
					open[singleFamily] = -1 // a single mark opened inside closes inside
				}
				open[m.fam] = -1
			}
		}
		i += size
	}
	// Brackets are found at their close, quotes at theirs: order them by their opening mark.
	slices.SortFunc(q.shields, func(a, b shield) int { return cmp.Compare(a.open, b.open) })
	return q
}

// endsClause reports whether punctuation that ends a clause comes next after i: a quotation
// closes before it ("itself ' . Lead editor"), it does not open there.
func endsClause(s string, i int) bool {
	i = skipSpace(s, i)
	if strings.HasPrefix(s[i:], "..") || strings.HasPrefix(s[i:], ". .") {
		return false // "saying '' ... what the committee"
	}
	return i < len(s) && strings.IndexByte(".,;:!?", s[i]) >= 0
}

// isClitic reports whether the letters at i are a clitic that tokenised text sets off from
// its word with the apostrophe before it: 's, 're, 've, 'll, 'd, 'm, 't.
func isClitic(s string, i int) bool {
	j := i
	for j < len(s) && j-i < 3 && s[j] >= 'a' && s[j] <= 'z' {
		j++
	}
	if j < len(s) && (unicode.IsLetter(rune(s[j])) || s[j] >= utf8.RuneSelf) {
		return false
	}
	switch s[i:j] {
	case "s", "re", "ve", "ll", "d", "m", "t":
		return true
	}
	return false
}

// isElision reports whether s[i:], right after an apostrophe, is what is left of a word it
// shortens: a year or a decade ("'70s", "'16"), "'em", "'til", "'cause", "'n'".
func isElision(s string, i int) bool {
	if i+1 < len(s) && s[i] >= '0' && s[i] <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
		return i+2 >= len(s) || s[i+2] == 's' || !unicode.IsLetter(rune(s[i+2])) && (s[i+2] < '0' || s[i+2] > '9')
	}
	j := i
	for j < len(s) && j-i < 6 && s[j] >= 'a' && s[j] <= 'z' {
		j++
	}
	if j < len(s) && unicode.IsLetter(rune(s[j])) {
		return false
	}
	switch s[i:j] {
	case "em", "til", "cause", "n", "tis", "twas", "bout":
		return true
	}
	return false
}

// closesLater reports whether a quote mark of family fam after j can close a quotation.
func closesLater(s string, j, fam int) bool {
	for k := j; k < len(s); k++ {
		switch s[k] {
		case '"', '\'', '`', 0xE2, 0xC2:
			if m := markAt(s, k); m.size > 0 {
				if m.fam == fam && (m.closes || m.spaced) {
					return true
				}
				k += m.size - 1
			}
		}
	}
	return false
}

// mark is a quotation mark found in a paragraph.
type mark struct {
	fam           int
	size          int  // its length in bytes; 0 if no quote mark is there
	opens, closes bool // what it can do, by the characters around it
	spaced        bool // a straight mark with space on both sides: its role depends on the marks before
}

// markAt describes the quote mark at s[i], if one is there. Two backticks or two apostrophes
// ("“", "”") are one double mark, as typewritten and tokenised text writes them.
func markAt(s string, i int) mark {
	r, size := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '"', '“', '”', '«', '»', '„', '\'', '‘', '’', '`':
	default:
		return mark{}
	}
	var m mark
	if (r == '\'' || r == '`') && i+1 < len(s) && s[i+1] == byte(r) {
		size = 2
		if r == '`' {
			return mark{fam: doubleFamily, size: 2, opens: true}
		}
		r = '"'
	}
	m.size = size
	if r == '\'' && isClitic(s, i+1) {
		return m // "Walter 's brother", "did n't"
	}
	if (r == '\'' || r == '‘' || r == '’') && isElision(s, i+size) {
		return m // "the '70s", "rock 'n' roll", "'til dawn": letters left out, no quotation
	}
	m.fam, m.opens, m.closes = quoteRole(s, i, r, size)
	if r == '"' || r == '\'' {
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+size:])
		m.spaced = (i == 0 || unicode.IsSpace(before)) && (i+size >= len(s) || unicode.IsSpace(after))
	}
	return m
}

// goesOn reports whether the sentence goes on after a quotation that closes at s[i:i+size]:
// the quotation ends with a comma or a dash ("Please," as ...), or a lower-case word or a
// comma follows it ("Stop." she said).
func goesOn(s string, i, size int) bool {
	if b, _ := utf8.DecodeLastRuneInString(s[:trimRightSpace(s, 0, i)]); b == ',' || b == '-' || b == '—' || b == '–' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[skipSpace(s, i+size):])
	return unicode.IsLower(r) || r == ',' || r == ';' || r == ':' || r == '('
}

// quoteRole tells the family of the quote mark r at s[i:i+size] and whether it can open or
// close a quotation there. A straight mark opens after a space and before a word, and closes
// after a word or a stop and before a space or punctuation; between two letters it is an
// apostrophe and does neither.
func quoteRole(s string, i int, r rune, size int) (fam int, opens, closes bool) {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	if i == 0 {
		before = ' '
	}
	after, _ := utf8.DecodeRuneInString(s[i+size:])
	if i+size >= len(s) {
		after = ' '
	}
	spaceBefore := unicode.IsSpace(before) || isOpener(before) || before == '—' || before == '–' || before == '-' || before == '/'
	spaceAfter := unicode.IsSpace(after) || unicode.IsPunct(after) && after != '\'' && after != '`'
	switch r {
	case '“', '«', '„':
		return doubleFamily, true, false
	case '”', '»':
		return doubleFamily, false, true
	case '"':
		return doubleFamily, spaceBefore, !spaceBefore || spaceAfter
	case '‘':
		return singleFamily, true, false
	case '’', '\'':
		if unicode.IsLetter(before) && unicode.IsLetter(after) {
			return singleFamily, false, false // "don’t"
		}
		if r == '’' {
			return singleFamily, false, !spaceBefore
		}
		return singleFamily, spaceBefore && !unicode.IsSpace(after), !spaceBefore && spaceAfter
	case '`':
		return singleFamily, spaceBefore, !spaceBefore && spaceAfter
	}
	return 0, false, false
}

// shielded reports whether a terminator run starting at mark, whose closing marks reach end,
// lies inside a shield: the shield opened before the mark and its closing mark is not among
// those the run took.
func shielded(sh []shield, mark, end int) bool {
	for _, x := range sh {
		if x.open >= mark {
			break
		}
		if x.close >= end {
			return true
		}
	}
	return false
}

// spacedCloser returns the end of the spaced closing mark that starts at i, or -1.
func spacedCloser(closers []Span, i int) int {
	for _, c := range closers {
		if c.Start == i {
			return c.End
		}
		if c.Start > i {
			break
		}
	}
	return -1
}
