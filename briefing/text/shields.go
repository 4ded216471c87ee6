package text

import (
	"cmp"
	"slices"
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

// shields finds the balanced brackets of a paragraph, and the balanced quotations after which
// the sentence goes on ("Stop. Please," she said), in order of their opening mark. A
// quotation that ends its sentence ("We are here. We stay." The crowd cheered.) shields
// nothing: its sentences are sentences of the story. A quotation is an opening mark followed
// by a closing mark of its family with no other opening mark of that family in between: an
// opening mark that meets another opener first was left open (a quote that goes on in the
// next paragraph) and shields nothing. Apostrophes ("don’t", "Reyes'") are told from quote
// marks by the letters around them.
func shields(s string) []shield {
	var out []shield
	open := [families]int{-1, -1}
	var brackets []int // offsets of unclosed '(' and '['
	for i := 0; i < len(s); {
		switch b := s[i]; {
		case b == 0xE2 || b == 0xC2: // the first byte of “ ” ‘ ’ „ and « »
		case b >= utf8.RuneSelf, b != '"' && b != '\'' && b != '`' && b != '(' && b != ')' && b != '[' && b != ']':
			i++
			continue
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
						out = append(out, shield{brackets[k], i})
					}
					brackets = brackets[:k]
					break
				}
			}
		case '"', '“', '”', '«', '»', '„', '\'', '‘', '’', '`':
			fam, isOpen, isClose := quoteRole(s, i, r, size)
			if isOpen && (!isClose || open[fam] < 0) {
				open[fam] = i
			} else if isClose && open[fam] >= 0 {
				if i-open[fam] <= maxShield && goesOn(s, i, size) {
					out = append(out, shield{open[fam], i})
				}
				if fam == doubleFamily && open[singleFamily] > open[fam] {
					open[singleFamily] = -1 // a single mark opened inside closes inside
				}
				open[fam] = -1
			}
		}
		i += size
	}
	// Brackets are found at their close, quotes at theirs: order them by their opening mark.
	slices.SortFunc(out, func(a, b shield) int { return cmp.Compare(a.open, b.open) })
	return out
}

// goesOn reports whether the sentence goes on after a quotation that closes at s[i:i+size]:
// the quotation ends with a comma or a dash ("Please," as ...), or a lower-case word or a
// comma follows it ("Stop." she said).
func goesOn(s string, i, size int) bool {
	if b, _ := utf8.DecodeLastRuneInString(s[:i]); b == ',' || b == '-' || b == '—' || b == '–' {
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
