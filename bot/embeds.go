package bot

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/render"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/briefbot/briefbot/storage"
)

// Discord's limits (see DESIGN.md). Every embed and message this package builds stays within.
const (
	maxEmbeds      = 10
	maxEmbedsTotal = 6000
	maxTitle       = 256
	maxDescription = 4096
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxCustomID    = 100
	maxContent     = 2000
)

// articleEmbed shows an article: linked title, summary, key quote, source and date.
func articleEmbed(a storage.Article, full bool) *discordgo.MessageEmbed {
	return itemEmbed(a.Item(), full)
}

// itemEmbed shows a briefing entry, an article or a story: linked title, summary, key quote,
// who reported it (linked), source and date.
func itemEmbed(it briefing.Item, full bool) *discordgo.MessageEmbed {
	title := render.Escape(it.Title)
	if it.Update {
		title = "Update: " + title
	}
	e := &discordgo.MessageEmbed{Title: render.Truncate(title, maxTitle), Color: embedColor}
	e.URL = render.URL(it.URL)
	descLimit := 700
	if full {
		descLimit = 3000
	}
	e.Description = render.Truncate(render.Escape(strings.Join(it.Summary, " ")), descLimit)
	if it.Quote != "" {
		val := "“" + render.Escape(strings.TrimRight(it.Quote, ",;: ")) + "”"
		if it.Speaker != "" {
			val += " — " + render.Escape(it.Speaker)
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Key quote", Value: render.Truncate(val, min(maxFieldValue, 400))})
	}
	if by := reportedBy(it.Outlets); by != "" {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: reportedByField, Value: by})
	}
	var foot []string
	if it.Source != "" && it.Source != "seeds" {
		foot = append(foot, it.Source)
	}
	foot = append(foot, it.When.Format("2 Jan 2006"))
	if n := len(it.Outlets); n > 1 {
		foot = append(foot, fmt.Sprintf("%d outlets", n))
	}
	e.Footer = &discordgo.MessageEmbedFooter{Text: render.Truncate(strings.Join(foot, " · "), maxFooter)}
	return e
}

// reportedByField names the field that lists a story's outlets.
const reportedByField = "Reported by"

// reportedBy lists a story's outlets as links, as many as fit in a field: "BBC, Reuters +2".
func reportedBy(outlets []briefing.Outlet) string {
	if len(outlets) < 2 {
		return ""
	}
	for show := min(len(outlets), 8); show > 0; show-- {
		by := strings.TrimPrefix(render.ReportedBy(outlets, show, render.Link), "reported by ")
		if utf8.RuneCountInString(by) <= maxFieldValue {
			return by
		}
	}
	return ""
}

func articleEmbeds(arts []storage.Article) []*discordgo.MessageEmbed {
	out := make([]*discordgo.MessageEmbed, len(arts))
	for i, a := range arts {
		out[i] = articleEmbed(a, false)
	}
	return out
}

// sameQuotes groups quotes that several outlets carried (the same words, whatever their marks
// and case) under the first, in order.
func sameQuotes(qs []storage.Quote) [][]storage.Quote {
	var out [][]storage.Quote
	at := map[string]int{}
	for _, q := range qs {
		k := strings.Join(text.Words(q.Text), " ")
		if i, ok := at[k]; ok {
			out[i] = append(out[i], q)
			continue
		}
		at[k] = len(out)
		out = append(out, []storage.Quote{q})
	}
	return out
}

// quoteEmbeds lays quotes out as embeds of whole quotes, each description within limits. A
// quote several outlets carried appears once, with every article that carried it.
func quoteEmbeds(title string, qs []storage.Quote) []*discordgo.MessageEmbed {
	var out []*discordgo.MessageEmbed
	var b strings.Builder
	n := 0
	flush := func() {
		if b.Len() > 0 {
			out = append(out, &discordgo.MessageEmbed{Title: render.Truncate(render.Escape(title), maxTitle),
				Description: b.String(), Color: embedColor})
			b.Reset()
			n = 0
		}
	}
	for _, same := range sameQuotes(qs) {
		q := same[0]
		src := render.Link(render.Truncate(q.ArticleTitle, 150), q.ArticleURL)
		var also []string
		for _, o := range same[1:min(len(same), 4)] {
			also = append(also, render.Link(render.Truncate(o.ArticleTitle, 80), o.ArticleURL))
		}
		if len(same) > 4 {
			also = append(also, fmt.Sprintf("+%d", len(same)-4))
		}
		if len(also) > 0 {
			src += " · also " + strings.Join(also, ", ")
		}
		entry := fmt.Sprintf("> “%s”\n— %s · %s\n\n", render.Truncate(render.Escape(strings.TrimRight(q.Text, ",;: ")), 900),
			src, q.When.Format("2 Jan 2006"))
		if utf8.RuneCountInString(b.String())+utf8.RuneCountInString(entry) > 1800 || n == 5 {
			flush()
		}
		b.WriteString(entry)
		n++
	}
	flush()
	return out
}

func embedSize(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	return n
}

// paginate packs embeds into pages of at most 10 embeds and 6,000 characters.
func paginate(embeds []*discordgo.MessageEmbed) [][]*discordgo.MessageEmbed {
	var pages [][]*discordgo.MessageEmbed
	var cur []*discordgo.MessageEmbed
	size := 0
	for _, e := range embeds {
		s := embedSize(e)
		if len(cur) > 0 && (len(cur) == maxEmbeds || size+s > maxEmbedsTotal-200) {
			pages = append(pages, cur)
			cur, size = nil, 0
		}
		cur = append(cur, e)
		size += s
	}
	if len(cur) > 0 {
		pages = append(pages, cur)
	}
	return pages
}

// pageState is what a pager button remembers: whose it is, which page, and the query.
type pageState struct {
	kind  string // q quotes, s search, b brief
	owner string
	page  int
	args  []string
}

func (st pageState) customID(page int, dir string) string {
	args := make([]string, len(st.args))
	for i, a := range st.args {
		args[i] = strings.ReplaceAll(a, "|", " ")
	}
	return strings.Join(append([]string{"pg", st.kind, st.owner, strconv.Itoa(page), dir}, args...), "|")
}

func parsePageState(id string) (pageState, bool) {
	parts := strings.Split(id, "|")
	if len(parts) < 5 || parts[0] != "pg" {
		return pageState{}, false
	}
	page, err := strconv.Atoi(parts[3])
	if err != nil || page < 0 {
		return pageState{}, false
	}
	st := pageState{kind: parts[1], owner: parts[2], page: page, args: parts[5:]}
	need := map[string]int{"q": 3, "s": 1, "b": 0}
	if n, ok := need[st.kind]; !ok || len(st.args) != n {
		return pageState{}, false
	}
	return st, true
}

// pagedReply shows page st.page of pages with Previous/Next buttons when there are more.
func pagedReply(pages [][]*discordgo.MessageEmbed, st pageState, content string) Reply {
	if len(pages) == 0 {
		return Reply{Content: content}
	}
	page := min(max(st.page, 0), len(pages)-1)
	return pageReply(pages[page], page, len(pages), st, content)
}

// pageReply shows embeds as page page of pages, with Previous/Next buttons when there are
// more. When a query is too long for a button to remember, only the first page is shown, with
// a note.
func pageReply(embeds []*discordgo.MessageEmbed, page, pages int, st pageState, content string) Reply {
	r := Reply{Content: render.Truncate(content, maxContent), Embeds: embeds}
	if pages <= 1 || len(embeds) == 0 {
		return r
	}
	prev, next := st.customID(page-1, "p"), st.customID(page+1, "n")
	if len(prev) > maxCustomID || len(next) > maxCustomID {
		r.Content = render.Truncate(strings.TrimSpace(content+"\n(First page only: the query is too long for page buttons.)"), maxContent)
		return r
	}
	// The page number joins the last embed's own footer (an article's source and date), on a
	// copy: the page's embeds are not ours to change.
	last := *embeds[len(embeds)-1]
	pageNo := fmt.Sprintf("Page %d of %d", page+1, pages)
	if last.Footer != nil && last.Footer.Text != "" {
		pageNo = render.Truncate(last.Footer.Text, maxFooter-len(pageNo)-3) + " · " + pageNo
	}
	last.Footer = &discordgo.MessageEmbedFooter{Text: pageNo}
	r.Embeds = append(append([]*discordgo.MessageEmbed{}, embeds[:len(embeds)-1]...), &last)
	r.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Previous", Style: discordgo.SecondaryButton, CustomID: prev, Disabled: page == 0},
		discordgo.Button{Label: "Next", Style: discordgo.SecondaryButton, CustomID: next, Disabled: page == pages-1},
	}}}
	return r
}

// fitMessage makes a page of a fixed number of article embeds fit one message (6,000
// characters, less room for the page number): the longest summaries are shortened first, to
// about 200 characters at the least (cut at a word), then the "Reported by" lists go (the
// footer still counts the outlets). Five article embeds always fit after that.
func fitMessage(embeds []*discordgo.MessageEmbed) {
	const budget, floor = maxEmbedsTotal - 200, 200
	total := 0
	for _, e := range embeds {
		total += embedSize(e)
	}
	for total > budget {
		var longest *discordgo.MessageEmbed
		for _, e := range embeds {
			if n := utf8.RuneCountInString(e.Description); n > floor && (longest == nil || n > utf8.RuneCountInString(longest.Description)) {
				longest = e
			}
		}
		if longest == nil {
			break
		}
		n := utf8.RuneCountInString(longest.Description)
		keep := max(n-(total-budget), floor)
		longest.Description = render.Truncate(longest.Description, keep)
		total += utf8.RuneCountInString(longest.Description) - n
	}
	for _, e := range embeds {
		if total <= budget {
			return
		}
		for i, f := range e.Fields {
			if f.Name == reportedByField {
				total -= utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
				e.Fields = append(e.Fields[:i:i], e.Fields[i+1:]...)
				break
			}
		}
	}
}

// PlainText renders a reply for a terminal: the console shows what Discord would.
func PlainText(r Reply) string {
	var b strings.Builder
	if r.Content != "" {
		b.WriteString(r.Content + "\n")
	}
	for _, e := range r.Embeds {
		if e.Title != "" {
			b.WriteString("## " + e.Title)
			if e.URL != "" {
				b.WriteString(" <" + e.URL + ">")
			}
			b.WriteString("\n")
		}
		if e.Description != "" {
			b.WriteString(e.Description + "\n")
		}
		for _, f := range e.Fields {
			fmt.Fprintf(&b, "%s: %s\n", f.Name, f.Value)
		}
		if e.Footer != nil {
			b.WriteString("-- " + e.Footer.Text + "\n")
		}
		b.WriteString("\n")
	}
	for _, c := range r.Choices {
		fmt.Fprintf(&b, "• %s\n", c.Name)
	}
	for _, row := range r.Components {
		if ar, ok := row.(discordgo.ActionsRow); ok {
			for _, c := range ar.Components {
				if btn, ok := c.(discordgo.Button); ok && !btn.Disabled {
					fmt.Fprintf(&b, "[%s] ", btn.Label)
				}
			}
			b.WriteString("\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
