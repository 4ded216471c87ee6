package text

import (
	"unicode"
	"unicode/utf8"
)

// listItem is one marker of an enumerated list written inline: "1.", "2.)", "b)", "(c)".
type listItem struct {
	start  int // where the item starts: its bullet if it has one, else its marker
	marker int // the marker's first byte
	end    int // just after the marker
	value  int // 1 for "1", "a" and "(a)"
	style  string
}

// listItems finds the inline enumerations of a paragraph ("1. The first item 2. The second
// item", "a) here b) there"): markers in counting order, at least two of one style. Each item
// after the first starts a sentence, and the full stop of a marker ends none.
func listItems(s string) []listItem {
	var cands []listItem
	next := 0 // where the next marker may start: after the last one found
	try := func(i int) {
		if i < next || i > 0 && !markerFollows[s[i-1]] {
			return // a marker follows only white space, a star or a bullet
		}
		if i > 0 && s[i-1] >= utf8.RuneSelf { // after ASCII, markerFollows has said enough
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); !isBullet(r) && !unicode.IsSpace(r) {
				return
			}
		}
		if it, ok := markerAt(s, i); ok {
			cands = append(cands, it)
			next = it.end
		}
	}
	// A marker is "(" and what it holds, or one letter or one or two digits before its '.'
	// or ')': look only where those stand, in order (a few bytes a sentence, where reading
	// every byte for what may follow it cost a tenth of the splitter).
	for p := markerBytes.Next(s, 0, len(s)); p < len(s); p = markerBytes.Next(s, p+1, len(s)) {
		if s[p] == '(' {
			try(p)
			continue
		}
		if p >= 2 && isDigit(s[p-2]) && isDigit(s[p-1]) {
			try(p - 2)
		}
		if p >= 1 && (isDigit(s[p-1]) || s[p-1] >= 'a' && s[p-1] <= 'z') {
			try(p - 1)
		}
	}
	var out []listItem
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && cands[j].style == cands[i].style && cands[j].value == cands[j-1].value+1 {
			j++
		}
		if listLike(s, cands[i:j]) {
			out = append(out, cands[i:j]...)
		}
		i = j
	}
	return out
}

// markerBytes are the bytes a list marker holds that words seldom do: its '(', and the '.'
// or ')' after its number or letter.
var markerBytes = BytesOf('(', '.', ')')

// markerFollows holds the bytes a list marker may follow: ASCII white space and a star, and
// the last bytes of other runes (see listItems).
var markerFollows = bytesAndNonASCII(' ', '\t', '\n', '*')

// listLike reports whether a run of markers in counting order is a list rather than numbers
// that happen to follow each other ("aged 16 to 18. ... over 19."): it counts from one, or
// has three items or more, or every item has a bullet; and its first item is where a sentence
// may start ("for 1. above" is a reference, not a list).
func listLike(s string, run []listItem) bool {
	if len(run) < 2 || !opensSentence(s, run[0].start) {
		return false
	}
	if run[0].value == 1 || len(run) >= 3 {
		return true
	}
	for _, it := range run {
		if it.start == it.marker {
			return false
		}
	}
	return true
}

// opensSentence reports whether i is at the start of s or after a stop, a colon or a bullet.
func opensSentence(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == 0 || i < len(s) && isBullet(rune(s[i])) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	return isTerminator(r) || isCloser(r) || r == ':' || r == ';' || isBullet(r)
}

// markerAt reads a list marker at s[i:]: one or two digits or one lower-case letter, with
// "." or ".)" or ")" after it or "(...)" around it, then a space and a word.
func markerAt(s string, i int) (listItem, bool) {
	j := i
	paren := s[j] == '('
	if paren {
		j++
	}
	k := j
	for k < len(s) && k-j < 2 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	value, style := 0, ""
	switch {
	case k > j:
		for _, c := range s[j:k] {
			value = value*10 + int(c-'0')
		}
		style = "1"
	case j < len(s) && s[j] >= 'a' && s[j] <= 'z':
		k = j + 1
		value, style = int(s[j]-'a')+1, "a"
	default:
		return listItem{}, false
	}
	switch {
	case paren && k < len(s) && s[k] == ')':
		k++
		style = "(" + style + ")"
	case paren:
		return listItem{}, false
	case k+1 < len(s) && s[k] == '.' && s[k+1] == ')':
		k += 2
		style += ".)"
	case k < len(s) && (s[k] == '.' || s[k] == ')'):
		style += s[k : k+1]
		k++
	default:
		return listItem{}, false
	}
	if k+1 >= len(s) || s[k] != ' ' {
		return listItem{}, false
	}
	if r, _ := utf8.DecodeRuneInString(s[k+1:]); !unicode.IsLetter(r) {
		return listItem{}, false
	}
	// A bullet before the marker ("• 9.", "⁃10.") opens the item.
	start, b := i, i
	for b > 0 && s[b-1] == ' ' {
		b--
	}
	if r, size := utf8.DecodeLastRuneInString(s[:b]); b > 0 && isBullet(r) {
		start = b - size
	}
	return listItem{start: start, marker: i, end: k, value: value, style: style}, true
}

func isBullet(r rune) bool { return r == '•' || r == '⁃' || r == '*' || r == '▪' || r == '◦' }
