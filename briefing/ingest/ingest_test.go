package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseAgencyCopy(t *testing.T) {
	a, err := ReadFile("../../seeds/000_6ca526304d51d5ce.txt")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Ukraine defies invasion threat, as NATO sees no Russian pullback" {
		t.Errorf("title = %q", a.Title)
	}
	if !strings.HasPrefix(a.Body, "Ukraine's leader vowed") {
		t.Errorf("body starts %q", a.Body[:40])
	}
	if a.Source != "file:000_6ca526304d51d5ce.txt" {
		t.Errorf("source = %q", a.Source)
	}
}

func TestParseMarkdown(t *testing.T) {
	a, err := ReadFile("testdata/story.md")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Council votes to close the old bridge" {
		t.Errorf("title = %q", a.Title)
	}
	want := "The city council voted on Monday to close the old bridge for repairs that could take a year.\n## What happens next\nDrivers will be sent along the river road, the council said in a statement."
	if a.Body != want {
		t.Errorf("body =\n%s\nwant\n%s", a.Body, want)
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"blank", []byte(" \n\t\n"), ErrEmpty},
		{"headline only", []byte("Just A Headline\n"), ErrEmpty},
		{"too short", []byte("Headline\nTwo words."), ErrEmpty},
		{"binary", []byte("PK\x03\x04\x00\x00binary zip data here and more"), ErrBinary},
		{"control bytes", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), ErrBinary},
		{"latin-1", []byte("Caf\xe9 society\nThe caf\xe9 opened its doors again on Monday morning."), ErrEncoding},
		{"too large", bytes.Repeat([]byte("word "), MaxArticleBytes/5+1), ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x.txt", tc.data)
			if !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestReadFileTooLargeStopsReading(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(p, bytes.Repeat([]byte("a"), MaxArticleBytes+10), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(p); !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}

func TestParseNoHeadline(t *testing.T) {
	a, err := ParseText("the storm passed overnight and left thousands of homes without power across the region.")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Title, "the storm passed") || !strings.HasPrefix(a.Body, "the storm passed") {
		t.Errorf("article = %+v", a)
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := map[string]string{
		"HTTPS://Example.COM:443/news/story/?utm_source=x&id=7#top": "https://example.com/news/story?id=7",
		"http://example.com:80/":                                    "http://example.com",
		"https://example.com/a?fbclid=1":                            "https://example.com/a",
		"seed:000_abc":                                              "seed:000_abc",
		" not a url ":                                               "not a url",
	}
	for in, want := range tests {
		if got := CanonicalURL(in); got != want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("x.txt", []byte("Headline\nA body of several words that reads as a story."))
	f.Add("x.md", []byte("# T\n\n**bold** [l](u) `c`\n\n## S\n\n- item one two three four five six"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, err := Parse(name, data)
		if err == nil && strings.TrimSpace(a.Body) == "" {
			t.Fatalf("accepted an empty body from %q", data)
		}
	})
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"Harbour \u202Eseneppah\u202C reopens", "Harbour seneppah reopens"},
		{"\u2066Reid\u2069 and \u200fLRM", "Reid and LRM"},
		{"red \x1b[31mtext\x1b[0m", "red text"},
		{"title\x1b]0;owned\x07 set", "title set"},
		{"bell\a and tab\tkept", "bell and tab\tkept"},
		{"line\u2028sep", "line\nsep"},
		{"Київ, Erdoğan, 東京 👍🏽", "Київ, Erdoğan, 東京 👍🏽"},
	}
	for _, tc := range tests {
		if got := Clean(tc.in); got != tc.want {
			t.Errorf("Clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestHeadlineFromTextHasNoDateline: an article with no headline is named by its first
// sentence's first words, without the dateline that opens wire copy; a paste of one line (all a
// Discord option holds) is named by its short first sentence, not by words of the next one.
func TestHeadlineFromTextHasNoDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"(CNN)Share, and your gift will be multiplied, the pastor told the congregation on Sunday morning.", "Share, and your gift will be multiplied, the pastor told the congregation…"},
		{"PARIS, March 3 (Reuters) - French unions called a national strike on Tuesday over pension reform plans.", "French unions called a national strike on Tuesday over pension reform plans."},
		{`Ankara holds firm on talks. "We will not back down," President Erdoğan said on Monday.`, "Ankara holds firm on talks."},
		{"PARIS (Reuters) - Strike called. Unions said on Tuesday they would walk out over pensions.", "Strike called."},
		{"Dr. Jane Reid, the U.S. envoy, arrived in Oslo on Monday for talks on the Arctic treaty.", "Dr. Jane Reid, the U.S. envoy, arrived in Oslo on Monday for…"},
		{strings.Repeat("word ", 2000) + "end.", strings.Repeat("word ", 12)[:59] + "…"},
		{strings.Repeat("ğ", 1000) + " and eight more words to make an article.", strings.Repeat("ğ", 512)},
	}
	for _, tc := range tests {
		a, err := ParseText(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.want {
			t.Errorf("title %q, want %q", a.Title, tc.want)
		}
	}
}
