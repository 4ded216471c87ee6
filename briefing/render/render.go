// Package render lays briefings out as Discord messages: Markdown text within Discord's limits
// (2,000 characters a message), with article text escaped so it can neither format nor ping.
package render

import (
	"fmt"
	"net/url"
	"strings"

	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing"
)

// MaxMessage is Discord's limit on a message's content, in characters.
const MaxMessage = 2000

// escaped marks the bytes Escape acts on: Markdown's formatting characters, and '@'. A colon
// and parentheses are harmless alone, and escaping them only adds noise.
var escaped = [utf8.RuneSelf]bool{'\\': true, '*': true, '_': true, '~': true, '`': true, '|': true, '>': true,
	'#': true, '[': true, ']': true, '<': true, '@': true}

// Escape makes article text inert in Discord Markdown: formatting characters are escaped and
// mentions (@everyone, @here, <@id>) are broken with a zero-width space so that they never
// ping, even where allowed_mentions is not set. A byte that is not UTF-8 becomes U+FFFD. Text
// with nothing to change comes back as it is.
func Escape(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is in b
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if escaped[c] {
				if done == 0 {
					b.Grow(len(s) + 8)
				}
				b.WriteString(s[done:i])
				if c == '@' {
					b.WriteString("@\u200b")
				} else {
					b.WriteByte('\\')
					b.WriteByte(c)
				}
				done = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteString(s[done:i])
			b.WriteRune(utf8.RuneError)
			done = i + 1
		}
		i += n
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// Truncate cuts s to at most n characters, ending with "…" when it cut, at a word boundary
// when one is near.
func Truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	r := []rune(s)[:n-1]
	cut := string(r)
	if i := strings.LastIndexAny(cut, " \n"); i > len(cut)*3/4 {
		cut = cut[:i]
	}
	// Never leave a dangling escape.
	cut = strings.TrimRight(cut, "\\")
	return cut + "…"
}

// maxURL is the longest link Discord takes in an embed.
const maxURL = 2048

// urlEscaper percent-encodes what Markdown or Discord read inside or around a link target.
var urlEscaper = strings.NewReplacer("(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "[", "%5B", "]", "%5D",
	" ", "%20", "`", "%60", "\"", "%22", "\\", "%5C", "|", "%7C", "*", "%2A", "~", "%7E")

// URL returns raw as a link target Markdown cannot break out of: an absolute http or https URL
// with a host and no user name, with the characters Markdown reads percent-encoded. It returns
// "" for anything else (other schemes, relative or unparsable links, over 2,048 characters): a
// URL from a page or feed is the sender's text, not ours.
func URL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.User != nil || u.Opaque != "" {
		return ""
	}
	out := urlEscaper.Replace(u.String())
	if len(out) > maxURL {
		return ""
	}
	return out
}

// Link renders a Markdown link to raw with escaped text, or the escaped text alone when raw is
// not a URL that URL accepts.
func Link(text, raw string) string {
	if u := URL(raw); u != "" {
		return "[" + Escape(text) + "](" + u + ")"
	}
	return Escape(text)
}

// Item renders one briefing item as Markdown: the linked title, the summary, the key quote.
func Item(it briefing.Item) string {
	var b strings.Builder
	title := Escape(Truncate(it.Title, 200))
	if it.Update {
		b.WriteString("Update: ")
	}
	if u := URL(it.URL); u != "" {
		fmt.Fprintf(&b, "**[%s](<%s>)**", title, u)
	} else {
		fmt.Fprintf(&b, "**%s**", title)
	}
	if meta := meta(it); meta != "" {
		fmt.Fprintf(&b, " · %s", meta)
	}
	b.WriteString("\n")
	if len(it.Summary) > 0 {
		b.WriteString(Escape(Truncate(strings.Join(it.Summary, " "), 1000)))
		b.WriteString("\n")
	}
	if it.Quote != "" {
		// A quote cut from its sentence ends on the comma before "he said": drop it.
		q := "“" + Escape(Truncate(strings.TrimRight(it.Quote, ",;: "), 400)) + "”"
		if it.Speaker != "" {
			q += " — " + Escape(it.Speaker)
		}
		b.WriteString("> " + q + "\n")
	}
	if by := ReportedBy(it.Outlets, 3, Link); by != "" {
		fmt.Fprintf(&b, "-# %s\n", by)
	}
	return b.String()
}

// ReportedBy says who reported a story: "reported by BBC, Reuters +2", the first show outlets
// by name (through name, which may link them), "" for fewer than two outlets.
func ReportedBy(outlets []briefing.Outlet, show int, name func(text, url string) string) string {
	if len(outlets) < 2 {
		return ""
	}
	var parts []string
	for _, o := range outlets[:min(show, len(outlets))] {
		parts = append(parts, name(Truncate(o.Name, 60), o.URL))
	}
	out := "reported by " + strings.Join(parts, ", ")
	if len(outlets) > show {
		out += fmt.Sprintf(" +%d", len(outlets)-show)
	}
	return out
}

func meta(it briefing.Item) string {
	var parts []string
	if it.Source != "" && it.Source != "seeds" {
		parts = append(parts, Escape(it.Source))
	}
	if !it.When.IsZero() {
		parts = append(parts, it.When.UTC().Format("2 Jan 2006"))
	}
	return strings.Join(parts, " · ")
}

// Briefing lays a briefing out as messages of at most MaxMessage characters, a heading first,
// items kept whole and never split across messages.
func Briefing(heading string, items []briefing.Item) []string {
	head := fmt.Sprintf("## %s\n", Escape(heading))
	if len(items) == 0 {
		return []string{head + "Nothing new since the last briefing."}
	}
	var msgs []string
	cur := head
	for _, it := range items {
		block := Item(it)
		if utf8.RuneCountInString(block) > MaxMessage {
			block = Truncate(block, MaxMessage)
		}
		if utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(block) > MaxMessage {
			msgs = append(msgs, strings.TrimRight(cur, "\n"))
			cur = ""
		}
		if cur != "" && cur != head {
			cur += "\n"
		}
		cur += block
	}
	msgs = append(msgs, strings.TrimRight(cur, "\n"))
	return msgs
}
