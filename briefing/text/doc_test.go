package text

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

func kinds(d Doc) map[Kind][]string {
	out := map[Kind][]string{}
	for _, p := range d.Paragraphs {
		out[p.Kind] = append(out[p.Kind], p.Of(d.Text))
	}
	return out
}

func TestParseSeed(t *testing.T) {
	b, err := os.ReadFile("../../seeds/000_6ca526304d51d5ce.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	d := Parse(s, "Ukraine defies invasion threat, as NATO sees no Russian pullback")
	k := kinds(d)
	if got := k[Title]; len(got) != 1 || !strings.HasPrefix(got[0], "Ukraine defies") {
		t.Errorf("title = %q", got)
	}
	if got, want := k[Heading], []string{"- 'Signals give us hope' -", "- Rich return -"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("headings = %q, want %q", got, want)
	}
	if got, want := k[Credit], []string{"burs-dc/jbr/har", "(A.Laurent--LPdF)"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("credits = %q, want %q", got, want)
	}
	for _, st := range d.Sentences() {
		txt := st.Of(d.Text)
		if strings.Contains(txt, "burs-dc") || strings.Contains(txt, "LPdF") || strings.Contains(txt, "Rich return") || strings.Contains(txt, "Signals give") {
			t.Errorf("sentence holds structure: %q", txt)
		}
	}
	if n := len(d.Sentences()); n < 35 || n > 45 {
		t.Errorf("%d sentences, want about 40", n)
	}
}

// TestParseTitleRepeated: a first paragraph that repeats the title, with a full stop or in
// other case, is the title, not the story's first sentence; a first sentence that only begins
// like the title is the story's.
func TestParseTitleRepeated(t *testing.T) {
	tests := []struct{ in, title, first string }{
		{"With Clinton, FBI's bad rep grows.\n\nThe bureau said nothing.", "With Clinton, FBI's bad rep grows", "The bureau said nothing."},
		{"STORM HITS THE COAST\n\nHomes flooded.", "Storm hits the coast", "Homes flooded."},
		{"Storm hits the coast, and homes flood.\n\nIt rained.", "Storm hits the coast", "Storm hits the coast, and homes flood."},
	}
	for _, tc := range tests {
		d := Parse(tc.in, tc.title)
		ss := d.Sentences()
		if len(ss) == 0 || ss[0].Of(d.Text) != tc.first {
			t.Errorf("Parse(%q, %q) first sentence = %v, want %q", tc.in, tc.title, ss, tc.first)
		}
	}
}

// TestParseBareLines: short lines run into a paragraph with a spaced full stop, as copy marks
// a subheading, a link or a list item that had none, hold no sentence of the story; a line that
// opens a quotation or a list, quotes, or a long sentence with a stray space does.
func TestParseBareLines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Barnett wrote a letter. Buying Madonna's house: A tale of fame and misfortune . He sent it.",
			[]string{"Barnett wrote a letter.", "He sent it."}},
		{"The list is out. Singapore Changi Airport . Read more: Election extended one day . Social media . It ends.",
			[]string{"The list is out.", "It ends."}},
		{"He muttered 11 words in a restroom: . \"Killed them all.\"",
			[]string{"He muttered 11 words in a restroom: .", "\"Killed them all.\""}},
		{"'Dad' gets a \"makeover\" in ads . It aired.",
			[]string{"'Dad' gets a \"makeover\" in ads .", "It aired."}},
		{"Forced to stop filming and leave the country, Clarkson said on the BBC Newsbeat website that the use of the plate was purely coincidental . He left.",
			[]string{"Forced to stop filming and leave the country, Clarkson said on the BBC Newsbeat website that the use of the plate was purely coincidental .", "He left."}},
	}
	for _, tc := range tests {
		d := Parse(tc.in, "")
		var got []string
		for _, st := range d.Sentences() {
			got = append(got, st.Of(d.Text))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Parse(%q) sentences = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseDatelines(t *testing.T) {
	tests := []struct{ in, first string }{
		{"(CNN)Share, and your gift will be multiplied. That is the idea.", "Share, and your gift will be multiplied."},
		{"(CNN) -- A storm hit the coast on Monday. Homes flooded.", "A storm hit the coast on Monday."},
		{"PARIS, March 3 (Reuters) - France said on Tuesday it would act. Others waited.", "France said on Tuesday it would act."},
		{"LONDON (Reuters) - Shares fell sharply. Traders sold.", "Shares fell sharply."},
		{"WASHINGTON (AP) — The Senate passed the bill. It goes to the House.", "The Senate passed the bill."},
		{"KYIV, Ukraine — Sirens sounded at dawn. People sheltered.", "Sirens sounded at dawn."},
		{"Selma, Alabama (CNN)In a speech, Obama spoke. Crowds cheered.", "In a speech, Obama spoke."},
		{"Washington (CNN)The Senate passed the bill. It goes to the House.", "The Senate passed the bill."},
		{"Cleveland (AFP) – The delegates cheered. Trump spoke.", "The delegates cheered."},
		{"No dateline here. Just text.", "No dateline here."},
	}
	for _, tc := range tests {
		d := Parse(tc.in, "")
		ss := d.Sentences()
		if len(ss) == 0 || ss[0].Of(d.Text) != tc.first {
			t.Errorf("Parse(%q) first sentence = %v, want %q", tc.in, ss, tc.first)
		}
	}
}

func TestParseWrappedBlocks(t *testing.T) {
	in := "The council met on Monday and voted to close\nthe old bridge for repairs.\n\nResidents were\nnot pleased. They protested.\n"
	d := Parse(in, "")
	if len(d.Paragraphs) != 2 {
		t.Fatalf("%d paragraphs, want 2: %+v", len(d.Paragraphs), d.Paragraphs)
	}
	ss := d.Sentences()
	if len(ss) != 3 || ss[0].Of(d.Text) != "The council met on Monday and voted to close\nthe old bridge for repairs." {
		t.Errorf("sentences = %d, first %q", len(ss), ss[0].Of(d.Text))
	}
}

func TestParseFurnitureAndCredits(t *testing.T) {
	in := "A fire broke out downtown on Sunday night.\nRead more: Fires in the city\nFirefighters arrived within minutes.\n## Aftermath\nThe building was lost.\nReporting by Jane Doe; Editing by John Roe\n"
	d := Parse(in, "")
	var got []string
	for _, s := range d.Sentences() {
		got = append(got, s.Of(d.Text))
	}
	want := "A fire broke out downtown on Sunday night.|Firefighters arrived within minutes.|The building was lost."
	if strings.Join(got, "|") != want {
		t.Errorf("sentences = %q", got)
	}
}

func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("../../seeds/000_6ca526304d51d5ce.txt"); err == nil {
		f.Add(string(b))
	}
	f.Add("(CNN)\n\n- x -\nburs/x\n\"open\n\"more")
	f.Fuzz(func(t *testing.T, s string) {
		d := Parse(s, "")
		for _, p := range d.Paragraphs {
			if p.Start < 0 || p.End > len(s) || p.Start > p.End {
				t.Fatalf("bad paragraph %+v", p)
			}
			for _, sp := range p.Sentences {
				if sp.Start < p.Start || sp.End > p.End {
					t.Fatalf("sentence %+v outside paragraph %+v", sp, p.Span)
				}
			}
		}
	})
}

// TestStemCacheIsBounded: words users type do not grow the stem cache without end, and a
// word still in use keeps its stem.
func TestStemCacheIsBounded(t *testing.T) {
	if got := Stem("running"); got != "run" {
		t.Fatalf("Stem(running) = %q", got)
	}
	for i := 0; i < 300_000; i++ {
		Stem(fmt.Sprintf("zq%dwords", i))
		if i%1000 == 0 && Stem("running") != "run" {
			t.Fatal("a cached stem went wrong")
		}
	}
	if n, limit := stemsCached(), stemShards*2*stemShardCap; n > limit {
		t.Errorf("%d stems cached, the bound is %d", n, limit)
	}
}

// TestSplitLines checks where a line break ends a sentence when no blank lines mark the
// paragraphs: a wrapped line joins the next, the short lines of a list do not.
func TestSplitLines(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"list of short lines", "features\ncontact manager\nevents, activities\n", []string{"features", "contact manager", "events, activities"}},
		{"a sentence broken at any width", "Editor's note: Donald Trump regularly\nincites\npolitical violence and is a serial liar.", []string{"Editor's note: Donald Trump regularly incites political violence and is a serial liar."}},
		{"line ending in a space", "It was a cold \nnight in the city.", []string{"It was a cold night in the city."}},
		{"bracket after a line ending in a space", "It fought at up to 400 yd \n( 365.8 m ).", []string{"It fought at up to 400 yd ( 365.8 m )."}},
		{"full wrapped lines", "The council met on Monday and voted to close\nthe old bridge for repairs. It will reopen\nin the spring.", []string{"The council met on Monday and voted to close the old bridge for repairs.", "It will reopen in the spring."}},
		{"a lone carriage return", "The first item \rIt was late. Crlf\r\nends a line.", []string{"The first item", "It was late.", "Crlf", "ends a line."}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, sp := range Split(tc.in) {
				got = append(got, strings.Join(strings.Fields(sp.Of(tc.in)), " "))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Split(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestPhotoCreditAnywhere: a line that is only a photograph's credit is a credit wherever it
// stands, and no sentence; a fixture or a sentence with a slash is not.
func TestPhotoCreditAnywhere(t *testing.T) {
	tests := []struct {
		line   string
		credit bool
	}{
		{"Carlos Barria / Reuters.", true},
		{"John Moore/Getty Images.", true},
		{"Facebook/Mohamed Shoukair.", true},
		{"Swindon/Notts Co v Middlesbrough", false},
		{"He said and/or she said.", false},
		{"The vote is 5/4 against.", false},
	}
	for _, tc := range tests {
		d := Parse("The president spoke on Monday.\n\n"+tc.line+"\n\nHe placed flowers at the memorial.", "")
		if got := d.Paragraphs[1].Kind == Credit; got != tc.credit {
			t.Errorf("%q: credit = %v, want %v", tc.line, got, tc.credit)
		}
		for _, st := range d.Sentences() {
			if tc.credit && strings.Contains(st.Of(d.Text), tc.line) {
				t.Errorf("%q: a sentence holds the credit", tc.line)
			}
		}
	}
}
