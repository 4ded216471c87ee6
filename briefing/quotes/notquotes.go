// Words in marks that are no quote: scare quotes, names and titles of works.

package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isScare reports whether a quote without a reporting cue is a scare quote, a title or a name
// rather than somebody's words.
func isScare(m mark, content string) bool {
	if m.runsOn || m.carried {
		return false // a quote that runs over paragraphs is speech, however short its part
	}
	return !wordsOver(content, 3)
}

// modifies reports whether a quote stands as part of a noun phrase: one of under four words
// after a modifier, a title, or a name given ("known as the", "nicknamed").
func modifies(s string, m mark, content string) bool {
	if m.openPara {
		return false
	}
	b := borrowTokens(s, max(0, m.open-40), m.open)
	defer giveBack(b)
	toks := *b
	if len(toks) > 0 && toks[len(toks)-1].s == "," {
		toks = toks[:len(toks)-1] // `a report entitled, "..."`
	}
	if len(toks) == 0 {
		return false
	}
	prev := toks[len(toks)-1]
	lw := prev.lower()
	if n := len(toks); n >= 2 && (lw == "the" || lw == "a") {
		n-- // "Known as the "little girl of the Atlantic,"": a name, not words anyone said
		if toks[n-1].lower() == "nicknamed" || n >= 2 && toks[n-1].lower() == "as" && toks[n-2].lower() == "known" {
			return true
		}
	} else if lw == "nicknamed" || lw == "nickname" || lw == "moniker" || lw == "as" && n >= 2 && toks[n-2].lower() == "known" {
		return true // and "earned him the nickname "the man who crossed the ocean.""
	}
	switch {
	case titlers.Has(lw):
		return true // a Facebook page titled "You call yourself a photographer?"
	case works.Has(lw) && titleCased(content):
		return true // the documentary "The Kid Stays in the Picture"
	case namers.Has(lw) && len(toks) >= 2 && works.Has(toks[len(toks)-2].lower()):
		return true // a video called "Behind the scenes with Kathy Griffin": a title in sentence case
	}
	if wordsOver(content, 3) {
		return false
	}
	return prev.word() && modifiers.Has(lw) || strings.HasSuffix(prev.s, "-based")
}

// titleCased reports whether quoted words are capitalised as a title is: the first word and
// most of the others, small joining words aside.
func titleCased(content string) bool {
	ws := fields(content)
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
	if wordsOver(content, 12) || !wordsOver(content, 0) {
		return false // most quotations: counted without cutting them into words
	}
	ws := fields(content)
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

// wordsOver reports whether s has more than n words, as strings.Fields cuts them, reading no
// further than the word past n: callers ask about a few words, and most quotes are long.
func wordsOver(s string, n int) bool {
	in := false
	for i := 0; i < len(s); {
		space, size := false, 1
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			in = false
		} else if !in {
			if in = true; n == 0 {
				return true
			}
			n--
		}
		i += size
	}
	return false
}
