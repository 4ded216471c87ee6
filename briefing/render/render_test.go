package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing"
)

func TestEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Plain words, “quoted” and Kyiv’s: (fine).", "Plain words, “quoted” and Kyiv’s: (fine)."},
		{"@everyone", "@\u200beveryone"},
		{"a **b** _c_ ~d~ `e` |f| > g # h [i](j) <k> \\", "a \\*\\*b\\*\\* \\_c\\_ \\~d\\~ \\`e\\` \\|f\\| \\> g \\# h \\[i\\](j) \\<k\\> \\\\"},
		{"ping <@123>!", "ping \\<@\u200b123\\>!"},
		{"bad \xff byte, é", "bad \ufffd byte, é"},
		{"\xe2\x80 cut*", "\ufffd\ufffd cut\\*"},
	} {
		if got := Escape(tc.in); got != tc.want {
			t.Errorf("Escape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEscapeStopsPingsAndMarkdown(t *testing.T) {
	got := Escape("@everyone look at **this** <@123> and @here [x](y) `c`")
	for _, bad := range []string{"@everyone", "@here", "**this**", "<@123>", "`c`"} {
		if strings.Contains(got, bad) {
			t.Errorf("Escape left %q in %q", bad, got)
		}
	}
}

func TestBriefingRespectsMessageLimit(t *testing.T) {
	long := strings.Repeat("A sentence of news that goes on and on. ", 60)
	var items []briefing.Item
	for i := 0; i < 12; i++ {
		items = append(items, briefing.Item{Title: strings.Repeat("Title ", 60), URL: "https://example.com/" + strings.Repeat("x", 50),
			Summary: []string{long}, Quote: long, Speaker: "Ann Reid"})
	}
	msgs := Briefing("Morning briefing", items)
	if len(msgs) < 2 {
		t.Fatalf("%d messages for 12 long items", len(msgs))
	}
	for i, m := range msgs {
		if n := utf8.RuneCountInString(m); n > MaxMessage {
			t.Errorf("message %d has %d characters", i, n)
		}
	}
	if strings.Count(strings.Join(msgs, "\n"), "Ann Reid") != 12 {
		t.Error("an item was lost or split")
	}
}

func TestBriefingEmpty(t *testing.T) {
	msgs := Briefing("Morning", nil)
	if len(msgs) != 1 || !strings.Contains(msgs[0], "Nothing new") {
		t.Errorf("got %q", msgs)
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"Київ вистояв сьогодні", 10, "Київ вист…"},
		{"a\\*b", 3, "a…"},
	}
	for _, tc := range tests {
		if got := Truncate(tc.in, tc.n); got != tc.want || utf8.RuneCountInString(got) > tc.n {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestURLIsInertInMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://news.example/a?b=1#c", "https://news.example/a?b=1#c"},
		{"https://news.example/a)**Official%20notice**%20[Claim%20free%20Nitro](https://evil.example/nitro)%20(",
			"https://news.example/a%29%2A%2AOfficial%20notice%2A%2A%20%5BClaim%20free%20Nitro%5D%28https://evil.example/nitro%29%20%28"},
		{"https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_%28bar%29"},
		{"javascript:alert(1)", ""},
		{"//news.example/a", ""},
		{"https://user:pw@news.example/", ""},
		{"ftp://news.example/file", ""},
		{"https://news.example/" + strings.Repeat("x", 2100), ""},
	}
	for _, tc := range tests {
		if got := URL(tc.in); got != tc.want {
			t.Errorf("URL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := Link("Title [1]", "javascript:alert(1)"); got != `Title \[1\]` {
		t.Errorf("Link to a bad URL = %q", got)
	}
}

func BenchmarkEscape(b *testing.B) {
	s := strings.Repeat("The bridge over the Dnipro reopened on Monday, Kyiv’s mayor said: “It is a great day.” ", 4)
	b.ReportAllocs()
	for b.Loop() {
		Escape(s)
	}
}
