// Package ingest turns bytes into articles: plain-text agency copy and Markdown files, with the
// limits that keep bad input out (size, binary content, invalid UTF-8, empty text).
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/text"
)

// MaxArticleBytes caps one article's size. Real news stories are well under 100 KiB.
const MaxArticleBytes = 2 << 20

// MinArticleWords is the fewest words a body may have to be taken as an article.
const MinArticleWords = 8

// Reasons an input is rejected; callers branch on them with errors.Is.
var (
	ErrEmpty    = errors.New("no article text")
	ErrBinary   = errors.New("binary data, not text")
	ErrTooLarge = errors.New("too large") // wrapped with the limit that applies (see TooLarge)
	ErrEncoding = errors.New("not UTF-8 text")
)

// ReadFile reads one article from a .txt or .md file. Errors from reading name the path; the
// reasons for rejecting the content (ErrEmpty, ErrBinary, ...) do not.
func ReadFile(path string) (briefing.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return briefing.Article{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxArticleBytes+1))
	if err != nil {
		return briefing.Article{}, fmt.Errorf("read %s: %w", path, err)
	}
	a, err := Parse(filepath.Base(path), data)
	if err != nil {
		return a, err // the caller knows the path; the reason reads better alone
	}
	a.Source = "file:" + filepath.Base(path)
	return a, nil
}

// Parse reads an article from a file's bytes. name decides the format: a .md or .markdown name
// is read as Markdown (the first "# " heading is the title), anything else as agency copy (the
// first line is the headline, a paragraph a line or blocks split by blank lines).
func Parse(name string, data []byte) (briefing.Article, error) {
	if err := check(data); err != nil {
		return briefing.Article{}, err
	}
	s := string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))) // BOM
	s = Tidy(Clean(s))
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".md" || ext == ".markdown" {
		s = fromMarkdown(s)
	}
	title, body := splitTitle(s)
	if strings.TrimSpace(body) == "" {
		return briefing.Article{}, fmt.Errorf("%w: only a headline", ErrEmpty)
	}
	if n := len(strings.Fields(body)); n < MinArticleWords {
		return briefing.Article{}, fmt.Errorf("%w: %d words is too short for an article", ErrEmpty, n)
	}
	return briefing.Article{Title: title, Body: body}, nil
}

// ansiEscape matches terminal escape sequences (CSI and OSC), which must not reach a terminal
// or an embed whole.
var ansiEscape = regexp.MustCompile(`\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[@-Z\\-_])`)

// Clean makes text from any source safe to show: line breaks become "\n", terminal escape
// sequences and control characters other than "\n" and "\t" go, and so do the bidirectional
// controls (U+202E and kin) that make a title read backwards.
func Clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if strings.IndexByte(s, 0x1b) >= 0 {
		s = ansiEscape.ReplaceAllString(s, "")
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\u2028' || r == '\u2029':
			return '\n'
		case unicode.IsControl(r), isBidiControl(r):
			return -1
		}
		return r
	}, s)
}

// isBidiControl reports the invisible characters that change the direction text is shown in.
func isBidiControl(r rune) bool {
	return r == '\u061c' || r == '\u200e' || r == '\u200f' || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

// ParseText reads pasted text: like Parse for a plain-text file.
func ParseText(s string) (briefing.Article, error) { return Parse("pasted.txt", []byte(s)) }

// TooLarge is ErrTooLarge with the limit that applied, in MiB.
func TooLarge(limit int) error {
	return fmt.Errorf("%w: larger than %d MiB", ErrTooLarge, limit>>20)
}

func check(data []byte) error {
	if len(data) > MaxArticleBytes {
		return TooLarge(MaxArticleBytes)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return ErrBinary
	}
	if !utf8.Valid(data) {
		return ErrEncoding
	}
	ctrl := 0
	for _, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' {
			ctrl++
		}
	}
	if ctrl*100 > len(data) {
		return ErrBinary
	}
	return nil
}

// splitTitle takes the first non-empty line as the headline when it reads as one.
func splitTitle(s string) (title, body string) {
	s = strings.TrimLeft(s, " \t\n")
	line, rest, _ := strings.Cut(s, "\n")
	line = strings.TrimSpace(line)
	if text.IsHeadline(line) && len(text.Sentences(line)) <= 1 {
		return line, strings.TrimLeft(rest, "\n")
	}
	// No headline: name the article by its first sentence and keep all as body.
	return titleFrom(line), s
}

// titleFrom names an article that has no headline by its first sentence's first twelve words,
// without the dateline of wire copy. A paste in Discord is one line (a slash command's option
// holds no line break), and a headline typed first ends with its own sentence: "Ferry strike
// ends. Crews returned ..." is "Ferry strike ends.", not words that run into the next one.
func titleFrom(s string) string {
	ws := strings.Fields(firstSentence(text.StripDateline(strings.TrimSpace(s))))
	if len(ws) <= 12 {
		return strings.Join(ws, " ")
	}
	return strings.Join(ws[:12], " ") + "…"
}

// firstSentence is the first sentence of s, read from its first kilobyte at most: the title
// needs no more, and a one-line paste may be a whole story.
func firstSentence(s string) string {
	head := strings.TrimSpace(s)
	if len(head) > 1024 {
		cut := strings.LastIndexByte(head[:1024], ' ')
		if cut <= 0 { // no space: a whole character's bytes
			for cut = 1024; !utf8.RuneStart(head[cut]); cut-- {
			}
		}
		head = head[:cut]
	}
	if sents := text.Sentences(head); len(sents) > 0 {
		return sents[0].Of(head)
	}
	return head
}

var (
	mdImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdItalic   = regexp.MustCompile(`(^|[\s(])[*_](\S(?:[^*_]*?\S)?)[*_]`)
	mdCode     = regexp.MustCompile("`([^`]*)`")
)

// fromMarkdown turns Markdown into agency-style plain text: "# Title" first, "## Sub" as a
// heading line, paragraphs (which may wrap over several lines) one per line, inline markup
// stripped to its text.
func fromMarkdown(s string) string {
	var out []string
	var para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, strings.Join(para, " "))
			para = nil
		}
	}
	inFence := false
	for _, ln := range strings.Split(s, "\n") {
		t := strings.TrimSpace(ln)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			flush()
			inFence = !inFence
			continue
		}
		if inFence {
			continue
		}
		switch {
		case t == "" || t == "---" || t == "***" || t == "___":
			flush()
			continue
		case strings.HasPrefix(t, "#"):
			flush()
			level := len(t) - len(strings.TrimLeft(t, "#"))
			h := strings.TrimSpace(strings.Trim(t, "# "))
			if level == 1 && len(out) == 0 {
				out = append(out, inline(h))
			} else {
				out = append(out, "## "+inline(h))
			}
			continue
		case strings.HasPrefix(t, ">"):
			t = strings.TrimSpace(strings.TrimLeft(t, "> "))
		case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ "):
			flush()
			t = strings.TrimSpace(t[2:])
		}
		para = append(para, inline(t))
	}
	flush()
	return strings.Join(out, "\n")
}

func inline(s string) string {
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdEmphasis.ReplaceAllString(s, "$2")
	s = mdItalic.ReplaceAllString(s, "$1$2")
	return strings.TrimSpace(s)
}

// CanonicalURL normalises a URL so that one page has one address: lower-case scheme and host,
// no fragment, no tracking parameters (utm_*, fbclid, gclid), no default port, no trailing slash.
// A string that is not an absolute http(s) URL is returned trimmed.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if h, port, ok := strings.Cut(u.Host, ":"); ok && (port == "80" && u.Scheme == "http" || port == "443" && u.Scheme == "https") {
		u.Host = h
	}
	u.Fragment, u.RawFragment = "", ""
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" || lk == "ocid" || lk == "cmpid" {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	if u.Path != "/" {
		u.Path = strings.TrimSuffix(u.Path, "/")
	} else {
		u.Path = ""
	}
	u.RawPath = ""
	return u.String()
}
