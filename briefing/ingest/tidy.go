package ingest

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tidy undoes what copying does to a story's text before it is read as plain text: markup
// copied from a web page's source (tags and character references), line breaks written out as
// escapes (`\n`), and a PDF's layout (a period wrapped onto a line of its own, letters set one
// or two to a line, page numbers, rules and dot leaders). Text without them comes back
// unchanged. It expects Clean's output: "\n" line breaks.
func Tidy(s string) string {
	if strings.IndexByte(s, '\\') >= 0 {
		s = escapedBreak.ReplaceAllString(s, "$1\n")
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = stripMarkup(s)
	}
	return tidyLines(s)
}

var (
	// A line break written out, as JSON or a log leaks it: `end. \r\n Next`, `end.\n\nNext`. Not
	// inside a word or a path (`C:\new`): it follows a space, a line start or a sentence's end.
	escapedBreak = regexp.MustCompile(`(^|[\s.!?"'”)])(?:\\r\\n|\\n|\\r)+(?:\s|$)?`)
	// An HTML or XML tag: `<p>`, `</em>`, `<img src="x.jpg">`, `<br/>`.
	markupTag = regexp.MustCompile(`</?([A-Za-z][A-Za-z0-9:-]*)(?:\s[^<>]*)?/?>`)
	// A closing tag: text holding one is markup, not prose that happens to use "<".
	closingTag = regexp.MustCompile(`</[A-Za-z][A-Za-z0-9:-]*\s*>`)
	// A character reference: `&amp;`, `&#8217;`, `&#x2019;`.
	charRef = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
	// Five dots or more: a dot leader or a run typed for effect, not an ellipsis.
	dotRun = regexp.MustCompile(`\.{5,}`)
)

// blockTags are the elements that stand on lines of their own: their tags become line breaks.
var blockTags = map[string]bool{"p": true, "div": true, "br": true, "hr": true, "li": true, "ul": true,
	"ol": true, "tr": true, "table": true, "blockquote": true, "section": true, "article": true,
	"header": true, "footer": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "pre": true, "figure": true, "figcaption": true, "title": true, "dd": true, "dt": true}

// stripMarkup drops the tags of text that holds markup, block tags as line breaks, and
// resolves its character references. Markup that was itself escaped (`&lt;b&gt;`) is markup
// once resolved, and goes too. Text without tags keeps its references as written: they are
// its characters, and offsets into it must hold.
func stripMarkup(s string) string {
	for range 2 {
		if !closingTag.MatchString(s) {
			break
		}
		s = markupTag.ReplaceAllStringFunc(s, func(tag string) string {
			if blockTags[strings.ToLower(markupTag.FindStringSubmatch(tag)[1])] {
				return "\n"
			}
			return ""
		})
		s = charRef.ReplaceAllStringFunc(s, func(ref string) string {
			if r := html.UnescapeString(ref); r != "\u00a0" {
				return r
			}
			return " "
		})
	}
	return s
}

// tidyLines mends a PDF's layout line by line.
func tidyLines(s string) string {
	if !strings.Contains(s, "\n") && !strings.Contains(s, dots) && trimRules(s) == s {
		return s
	}
	lines := strings.Split(s, "\n")
	changed := false
	for i, l := range lines {
		m := l
		if strings.Contains(m, dots) {
			m = dotRun.ReplaceAllString(m, " ")
		}
		m = trimRules(m)
		if m != l {
			if strings.TrimSpace(m) == "" {
				m = ""
			}
			lines[i], changed = m, true
		}
		if isRuleLine(lines[i]) {
			lines[i], changed = "", true
		}
	}
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case isPageNumber(t) && blankAt(lines, i-1) && blankAt(lines, i+1):
			changed = true
			continue
		case wrappedMark(t) && len(out) > 0 && strings.TrimSpace(out[len(out)-1]) != "":
			out[len(out)-1] = strings.TrimRight(out[len(out)-1], " \t") + t
			changed = true
			continue
		case isLetterRow(t):
			j := i
			for j < len(lines) && isLetterRow(strings.TrimSpace(lines[j])) {
				j++
			}
			if j-i >= 3 {
				var w strings.Builder
				for _, x := range lines[i:j] {
					w.WriteString(strings.TrimSpace(x))
				}
				out = append(out, w.String())
				i, changed = j-1, true
				continue
			}
		}
		out = append(out, l)
	}
	if !changed {
		return s
	}
	return strings.Join(out, "\n")
}

// dots is the shortest run dotRun matches.
const dots = "....."

// trimRules drops a rule drawn across a page from a line's edges: four or more of one rule
// character (`/ \ = _ * ~ # - +`) that begin the line after spaces, with those spaces, and four
// or more that end it before spaces, with those spaces. Inside a line such a run is a word's
// censored letters (`f*****`, `b----`), and stays. The spaces are ASCII's (tab, form feed,
// carriage return, space). A regular expression did this; Go's backtracking matcher tried its
// second half at every byte of every line, a fifth of `briefbot ingest`'s CPU.
func trimRules(l string) string {
	i := 0
	for i < len(l) && isASCIISpace(l[i]) {
		i++
	}
	if n := runAt(l, i); n >= 4 {
		l = l[i+n:]
	}
	j := len(l)
	for j > 0 && isASCIISpace(l[j-1]) {
		j--
	}
	if j > 0 && strings.IndexByte(ruleChars, l[j-1]) >= 0 {
		k := j - 1
		for k > 0 && l[k-1] == l[j-1] {
			k--
		}
		if j-k >= 4 {
			l = l[:k]
		}
	}
	return l
}

// ruleChars are the characters trimRules drops runs of.
const ruleChars = `/\=_*~#-+`

// runAt is the length of the run of one rule character that starts at l[i] (0 for none).
func runAt(l string, i int) int {
	if i >= len(l) || strings.IndexByte(ruleChars, l[i]) < 0 {
		return 0
	}
	n := 1
	for i+n < len(l) && l[i+n] == l[i] {
		n++
	}
	return n
}

// isASCIISpace reports the bytes a regular expression's \s matches in Go.
func isASCIISpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }

// blankAt reports a blank line at i, or the text's edge.
func blankAt(lines []string, i int) bool {
	return i < 0 || i >= len(lines) || strings.TrimSpace(lines[i]) == ""
}

// isPageNumber reports a line that is a number of up to four digits and nothing else.
func isPageNumber(t string) bool {
	if t == "" || len(t) > 4 {
		return false
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// wrappedMark reports a line that opens with a sentence's closing mark: a period or comma a
// PDF wrapped onto the next line (". Next", "."), not ".NET".
func wrappedMark(t string) bool {
	if t == "" || !strings.ContainsRune(".,;:!?", rune(t[0])) {
		return false
	}
	return len(t) == 1 || t[1] == ' ' || t[1] == '\t'
}

// isLetterRow reports a line of one or two letters: a word a PDF set a letter or two a line.
func isLetterRow(t string) bool {
	n := utf8.RuneCountInString(t)
	if n == 0 || n > 2 {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// isRuleLine reports a line of rule characters only (`/`, `* * *`, `•`): a separator, no text.
func isRuleLine(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	for _, r := range t {
		if r != ' ' && !strings.ContainsRune(`/\|=_*~#-+•·`, r) {
			return false
		}
	}
	return true
}
