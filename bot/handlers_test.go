package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage"
)

// panicStore panics on any quote or speaker lookup.
type panicStore struct{ Store }

func (panicStore) QuotesByName(context.Context, string, string, int) ([]storage.Quote, []storage.Speaker, error) {
	panic("boom")
}

func (panicStore) Speakers(context.Context, string, string, int) ([]storage.Speaker, error) {
	panic("boom")
}

func TestPanicIsRecovered(t *testing.T) {
	h := &Handlers{Store: panicStore{seededDB(t)}, Logger: quietLog}
	r := h.Handle(context.Background(), Request{Name: "quotes", Options: map[string]string{"speaker": "x"}})
	if !r.Ephemeral || !strings.Contains(r.Content, "went wrong") {
		t.Errorf("reply = %+v", r)
	}
}

func TestHandlersReturnValues(t *testing.T) {
	h := &Handlers{Store: seededDB(t), Logger: quietLog}
	ctx := context.Background()
	tests := []struct {
		name string
		req  Request
		want string
		eph  bool
	}{
		{"quotes by surname", Request{Name: "quotes", UserID: "u", Options: map[string]string{"speaker": "Maasikas"}}, "extraordinary times", false},
		{"quotes with topic", Request{Name: "quotes", UserID: "u", Options: map[string]string{"speaker": "Stoltenberg", "topic": "invasion"}}, "massive invasion force", false},
		{"quotes topic matches nothing", Request{Name: "quotes", UserID: "u", Options: map[string]string{"speaker": "Stoltenberg", "topic": "football"}}, "No quotes from Stoltenberg about", true},
		{"empty speaker", Request{Name: "quotes", Options: map[string]string{"speaker": " "}}, "Tell me whose quotes", true},
		{"search", Request{Name: "search", UserID: "u", Options: map[string]string{"query": "Mariupol"}}, "Ukraine defies", false},
		{"search of symbols only", Request{Name: "search", Options: map[string]string{"query": `"*)(`}}, "Give me some words", true},
		{"summary by typed title", Request{Name: "summary", Options: map[string]string{"article": "ukraine defies"}}, "Key quote", false},
		{"summary of a missing article", Request{Name: "summary", Options: map[string]string{"article": "99999"}}, "not here", true},
		{"speakers", Request{Name: "speakers"}, "Volodymyr Zelensky", false},
		{"brief", Request{Name: "brief", UserID: "u"}, "Key quote: “We have a wonderful, strong armed forces … We have excellent diplomats", false},
		{"help", Request{Name: "help"}, "/quotes", true},
		{"unknown command", Request{Name: "dance"}, "do not know", true},
		{"article add without input", Request{Name: "article add", GuildID: "g"}, "Give me the article", true},
		{"article add of binary text", Request{Name: "article add", GuildID: "g", Options: map[string]string{"text": "\x00\x01 nope"}}, "could not read", true},
		{"admin command in a DM", Request{Name: "schedule list"}, "belong to a server", true},
		{"6,000-character speaker", Request{Name: "quotes", Options: map[string]string{"speaker": strings.Repeat("Zorblat ", 750)}}, "at most 100 characters", true},
		{"speaker just under the bound", Request{Name: "quotes", Options: map[string]string{"speaker": strings.Repeat("q", 100)}}, "No quotes from qqqq", true},
		{"6,000-character search", Request{Name: "search", Options: map[string]string{"query": strings.Repeat("harbour ", 750)}}, "at most 200 characters", true},
		{"6,000-character topic", Request{Name: "quotes", Options: map[string]string{"speaker": "Zelensky", "topic": strings.Repeat("x", 6000)}}, "a topic 200", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := h.Handle(ctx, tc.req)
			if got := PlainText(r); !strings.Contains(got, tc.want) || r.Ephemeral != tc.eph {
				t.Errorf("reply (ephemeral %v):\n%s\nwant %q, ephemeral %v", r.Ephemeral, got, tc.want, tc.eph)
			}
			if n := len([]rune(r.Content)); n > maxContent {
				t.Errorf("content of %d characters passes Discord's %d", n, maxContent)
			}
		})
	}
}

// TestLongAutocompleteIsRefused: a name longer than any speaker's is not looked up.
func TestLongAutocompleteIsRefused(t *testing.T) {
	h := &Handlers{Store: panicStore{seededDB(t)}, Logger: quietLog}
	r := h.Handle(context.Background(), Request{Kind: Autocomplete, Name: "quotes", Focused: "speaker",
		Options: map[string]string{"speaker": strings.Repeat("z", 6000)}})
	if r.Choices == nil || len(r.Choices) != 0 { // a lookup would have panicked: "went wrong", no choices
		t.Errorf("choices = %+v, want none", r.Choices)
	}
}

func TestParseConsole(t *testing.T) {
	tests := []struct {
		line string
		want Request
		ok   bool
	}{
		{"/quotes speaker:Volodymyr Zelensky limit:3", Request{Name: "quotes", Options: map[string]string{"speaker": "Volodymyr Zelensky", "limit": "3"}}, true},
		{"/feed add url:https://example.com/rss", Request{Name: "feed add", Options: map[string]string{"url": "https://example.com/rss"}}, true},
		{"/search query:time: 10:30 talks", Request{Name: "search", Options: map[string]string{"query": "time: 10:30 talks"}}, true},
		{"/brief", Request{Name: "brief", Options: map[string]string{}}, true},
		{"quotes speaker:x", Request{}, false},
		{"/", Request{}, false},
	}
	for _, tc := range tests {
		got, ok := ParseConsole(tc.line)
		if ok != tc.ok || ok && !cmp.Equal(got, tc.want) {
			t.Errorf("ParseConsole(%q) = %+v, %v; want %+v", tc.line, got, ok, tc.want)
		}
	}
}

func TestPageStateRoundTrip(t *testing.T) {
	st := pageState{kind: "q", owner: "123", page: 2, args: []string{"Zelensky", "war|peace", "10"}}
	got, ok := parsePageState(st.customID(3, "n"))
	if !ok || got.page != 3 || got.owner != "123" || got.args[1] != "war peace" {
		t.Errorf("round trip = %+v, %v", got, ok)
	}
	for _, bad := range []string{"", "pg|q|1", "pg|x|1|0|n", "pg|q|1|-1|n|a|b|c", "xx|q|1|0|n|a|b|c"} {
		if _, ok := parsePageState(bad); ok {
			t.Errorf("parsePageState(%q) accepted", bad)
		}
	}
}

func TestCommandsWithinDiscordLimits(t *testing.T) {
	for _, c := range Commands() {
		if len(c.Name) == 0 || len(c.Name) > 32 || len(c.Description) == 0 || len(c.Description) > 100 || len(c.Options) > 25 {
			t.Errorf("command %q breaks a limit", c.Name)
		}
		for _, o := range c.Options {
			if len(o.Description) > 100 {
				t.Errorf("%s %s: description too long", c.Name, o.Name)
			}
			for _, so := range o.Options {
				if len(so.Description) > 100 {
					t.Errorf("%s %s %s: description too long", c.Name, o.Name, so.Name)
				}
			}
		}
	}
}

// addHarbourReports stores n articles from the Island Times that all match "harbour report",
// dated over November 2026.
func addHarbourReports(t *testing.T, db *storage.DB, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		a := briefing.Article{Title: fmt.Sprintf("Harbour report %d", i), Source: "Island Times",
			Published: time.Date(2026, 11, 1+i%28, 8, 0, 0, 0, time.UTC),
			Body:      strings.Repeat(fmt.Sprintf("The harbour report number %d says the pier and the ferry are ready for winter. ", i), 12)}
		if _, err := db.AddArticle(context.Background(), a, briefing.Analyze(a), ""); err != nil {
			t.Fatal(err)
		}
	}
}

// TestSearchPagesReadOnePageEach: a search of 30 matches shows them five to a page, every
// article once over the six pages in the ranking's order, and a button for a page past the end
// (fewer matches than when it was made) shows the last page.
func TestSearchPagesReadOnePageEach(t *testing.T) {
	db := seededDB(t)
	ctx := context.Background()
	addHarbourReports(t, db, 30)
	h := &Handlers{Store: db, Logger: quietLog}
	st := pageState{kind: "s", owner: "u", args: []string{"harbour report"}}
	var titles []string
	for page := 0; page < 6; page++ {
		r := h.Handle(ctx, Request{Kind: Component, UserID: "u", CustomID: st.customID(page, "n")})
		if len(r.Embeds) != SearchPage || !strings.HasPrefix(r.Content, "30 article(s) match") {
			t.Fatalf("page %d: %d embeds, %q", page, len(r.Embeds), r.Content)
		}
		if f := r.Embeds[SearchPage-1].Footer.Text; !strings.HasSuffix(f, fmt.Sprintf("Page %d of 6", page+1)) {
			t.Errorf("page %d footer %q", page, f)
		}
		for _, e := range r.Embeds {
			titles = append(titles, e.Title)
		}
	}
	arts, _, err := db.Search(ctx, "harbour report", "", 0, 30)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range arts {
		if titles[i] != a.Title {
			t.Fatalf("article %d of the pages is %q, of the ranking %q", i, titles[i], a.Title)
		}
	}
	r := h.Handle(ctx, Request{Kind: Component, UserID: "u", CustomID: st.customID(9, "n")})
	if f := r.Embeds[len(r.Embeds)-1].Footer.Text; !strings.HasSuffix(f, "Page 6 of 6") || r.Embeds[0].Title != arts[25].Title {
		t.Errorf("page past the end shows %q first, footer %q; want the last page", r.Embeds[0].Title, f)
	}
}

// TestFitMessage: five article embeds of the longest kind fit one message once fitted, the
// summaries shortened first and the outlet lists dropped only when that is not enough.
func TestFitMessage(t *testing.T) {
	outlets := make([]briefing.Outlet, 8)
	for i := range outlets {
		outlets[i] = briefing.Outlet{Name: fmt.Sprintf("Outlet number %d of the long list", i),
			URL: fmt.Sprintf("https://outlet%d.example/a/very/long/path/to/the/story/%s", i, strings.Repeat("x", 60))}
	}
	long := briefing.Item{Title: strings.Repeat("T", 300), Summary: []string{strings.Repeat("word ", 200)},
		Quote: strings.Repeat("said ", 100), Speaker: "Ann Reid", When: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
	short := long
	short.Summary, short.Quote = []string{"A short summary of the story."}, "We are ready."
	for _, tc := range []struct {
		name           string
		item           briefing.Item
		outlets        int
		wantReportedBy bool
	}{
		{"long summaries", long, 0, false},
		{"long summaries and eight outlets", long, 8, false},
		{"short summaries and three outlets", short, 3, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			embeds := make([]*discordgo.MessageEmbed, 5)
			for i := range embeds {
				it := tc.item
				it.Outlets = outlets[:tc.outlets]
				embeds[i] = itemEmbed(it, false)
			}
			fitMessage(embeds)
			total, kept := 0, 0
			for _, e := range embeds {
				total += embedSize(e)
				if n, floor := utf8.RuneCountInString(e.Description), min(180, utf8.RuneCountInString(itemEmbed(tc.item, false).Description)); n < floor {
					t.Errorf("summary cut to %d characters, below %d", n, floor)
				}
				for _, f := range e.Fields {
					if f.Name == reportedByField {
						kept++
					}
				}
			}
			if all := kept == len(embeds); tc.outlets > 0 && all != tc.wantReportedBy {
				t.Errorf("%d of %d embeds keep their outlets; want all: %v", kept, len(embeds), tc.wantReportedBy)
			}
			if total > maxEmbedsTotal-200 {
				t.Errorf("fitted page is %d characters, over %d", total, maxEmbedsTotal-200)
			}
		})
	}
}

// TestPageNumberKeepsTheFooter: on a paged reply the page number joins the last article's
// footer instead of replacing its source and date.
func TestPageNumberKeepsTheFooter(t *testing.T) {
	db := seededDB(t)
	ctx := context.Background()
	addHarbourReports(t, db, 30)
	h := &Handlers{Store: db, Logger: quietLog}
	r := h.Handle(ctx, Request{Name: "search", UserID: "u", Options: map[string]string{"query": "harbour report"}})
	if len(r.Components) == 0 {
		t.Fatalf("reply is not paged: %s", PlainText(r))
	}
	last := r.Embeds[len(r.Embeds)-1]
	if last.Footer == nil || !strings.Contains(last.Footer.Text, "Island Times · ") || !strings.Contains(last.Footer.Text, "Nov 2026 · Page 1 of ") {
		t.Errorf("last footer = %+v", last.Footer)
	}
	again := h.Handle(ctx, Request{Name: "search", UserID: "u", Options: map[string]string{"query": "harbour report"}})
	if f := again.Embeds[len(again.Embeds)-1].Footer.Text; strings.Count(f, "Page") != 1 {
		t.Errorf("page number added twice: %q", f)
	}
}

// TestQuotesNameTheOthersANameMayMean: asked for a surname several people share, the reply
// gives the most quoted one's quotes and names the others the server can see, so that the
// member can ask for one of them; a full name, or another server's private namesake, adds no one.
func TestQuotesNameTheOthersANameMayMean(t *testing.T) {
	db := seededDB(t)
	h := &Handlers{Store: db, Logger: quietLog}
	ctx := context.Background()
	add := func(title, name, words, guild string) {
		t.Helper()
		a := briefing.Article{Title: title, Body: fmt.Sprintf("%s spoke to reporters on Tuesday about the week ahead in the capital.\n"+
			"%q %s said after the meeting ended late in the evening.", name, words, name)}
		if _, err := db.AddArticle(ctx, a, briefing.Analyze(a), guild); err != nil {
			t.Fatal(err)
		}
	}
	add("Tony one", "Tony Blair", "We will win the vote on Thursday.", "")
	add("Tony two", "Tony Blair", "The vote will be close but we will win.", "")
	add("Cherie", "Cherie Blair", "The law must treat everyone equally.", "")
	add("Zorblat", "Zorblat Blair", "I will not stand for re-election.", "guild-a")
	for _, tc := range []struct {
		speaker, guild string
		content        string // "" for none
	}{
		{"Blair", "guild-b", "Blair may also mean **Cherie Blair**: ask for one by name."},
		{"blair", "guild-a", "blair may also mean **Cherie Blair** or **Zorblat Blair**: ask for one by name."},
		{"Tony Blair", "guild-a", ""},
		{"Zelensky", "guild-b", ""},
	} {
		r := h.Handle(ctx, Request{Name: "quotes", GuildID: tc.guild, UserID: "u", Options: map[string]string{"speaker": tc.speaker}})
		if r.Ephemeral || len(r.Embeds) == 0 {
			t.Fatalf("%s in %s: %s", tc.speaker, tc.guild, PlainText(r))
		}
		if r.Content != tc.content {
			t.Errorf("%s in %s: content %q, want %q", tc.speaker, tc.guild, r.Content, tc.content)
		}
		if tc.speaker != "Zelensky" && !strings.Contains(r.Embeds[0].Title, "Tony Blair") {
			t.Errorf("%s in %s: titled %q, want Tony Blair's quotes", tc.speaker, tc.guild, r.Embeds[0].Title)
		}
	}
}

// TestAlsoMeantNamesFiveAtMost: a surname many people share names the five most quoted others
// and counts the rest; the names are escaped as any text from an article is.
func TestAlsoMeantNamesFiveAtMost(t *testing.T) {
	var others []storage.Speaker
	for _, n := range []string{"Ann Smith", "Bo Smith", "Cy Smith", "Di Smith", "Ed_ Smith", "Flo Smith", "Gus Smith"} {
		others = append(others, storage.Speaker{Name: n})
	}
	for _, tc := range []struct {
		others []storage.Speaker
		want   string
	}{
		{nil, ""},
		{others[:1], "Smith may also mean **Ann Smith**: ask for one by name."},
		{others[:2], "Smith may also mean **Ann Smith** or **Bo Smith**: ask for one by name."},
		{others[:5], `Smith may also mean **Ann Smith**, **Bo Smith**, **Cy Smith**, **Di Smith** or **Ed\_ Smith**: ask for one by name.`},
		{others, `Smith may also mean **Ann Smith**, **Bo Smith**, **Cy Smith**, **Di Smith**, **Ed\_ Smith** or 2 more: ask for one by name.`},
	} {
		if got := alsoMeant("Smith", tc.others); got != tc.want {
			t.Errorf("%d others: %q, want %q", len(tc.others), got, tc.want)
		}
	}
}
