package quotes

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/text"
)

func TestPartyTag(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"D-Ore", true}, {"R-Ky", true}, {"D-N.Y", true}, {"R-S.C", true}, {"I-Vt", true}, {"R-TX", true},
		{"D-Calif", true},
		{"al-Assad", false}, {"X-Men", false},
		{"R-", false}, {"D-ORE", false}, {"Rep", false}, {"R-2", false},
	}
	for _, tc := range tests {
		if got := partyTag(tc.w); got != tc.want {
			t.Errorf("partyTag(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

func TestTitledName(t *testing.T) {
	const story = "The plan was new, plus it was cheap. Former president Vicente Fox spoke on Monday."
	tests := []struct {
		words []string
		want  bool
	}{
		{[]string{"Vicente", "Fox"}, true},
		{[]string{"Tom", "Reed"}, true},
		{[]string{"Obama", "Monday"}, false},                   // a day
		{[]string{"Plus", "Obama"}, false},                     // a word the story writes in lower case
		{[]string{"Fox"}, false},                               // one word
		{[]string{"Acme", "Corp"}, false},                      // a firm
		{[]string{"NATO", "Secretary"}, false},                 // an acronym and a role
		{[]string{"Jo", "Ann", "Mary", "Lee", "Smith"}, false}, // too long
	}
	for _, tc := range tests {
		if got := titledName(story, tc.words); got != tc.want {
			t.Errorf("titledName(%q) = %v, want %v", tc.words, got, tc.want)
		}
	}
}

// TestCommonWord: a one-word speaker the story also writes in lower case is no name, unless it
// is an acronym or has a capital inside.
func TestCommonWord(t *testing.T) {
	tests := []struct {
		text, speaker string
		want          bool
	}{
		{"Ultimately, he says, there is no value in it. It will ultimately fail.", "Ultimately", true},
		{"The Music fund opens. It backs music for music's sake.", "Music", true},
		{"The group linked to wikileaks.org. WikiLeaks wrote on Monday.", "WikiLeaks", false},
		{"NATO said so. The nato summit opens.", "NATO", false},
		{"Blair said the vote was close.", "Blair", false},
		{"Tony Blair said the tony suburbs voted.", "Tony Blair", false},
		{"Nothing here.", "", false},
	}
	for _, tc := range tests {
		if got := commonWord(tc.text, tc.speaker); got != tc.want {
			t.Errorf("commonWord(%q, %q) = %v, want %v", tc.text, tc.speaker, got, tc.want)
		}
	}
}

// TestUsedAsPlace: a place preposition before the whole word, not inside another word nor
// before the name's possessive.
func TestUsedAsPlace(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"Protests raged in Ferguson on Monday.", "Ferguson", true},
		{"At Ferguson, police waited.", "Ferguson", true},
		{"He was the first witness in Naseer's trial.", "Naseer", false},
		{"He was the first witness in Naseer’s trial.", "Naseer", false},
		{"Prosecutors noted that Naseer had dropped out.", "Naseer", false},
		{"She grew up in Naseerabad.", "Naseer", false},
		{"He lives in Naseerabad, not in Naseer.", "Naseer", true},
		{"Life within Ferguson was calm.", "Ferguson", false},
		{"Fergusonville near Ferguson.", "Ferguson", true},
		{"Ferguson said so.", "Ferguson", false},
	}
	for _, tc := range tests {
		if got := usedAsPlace(tc.text, tc.word); got != tc.want {
			t.Errorf("usedAsPlace(%q, %q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

// TestDemonym: a name for people of a place, not a role in -man or -an.
func TestDemonym(t *testing.T) {
	for w, want := range map[string]bool{"American": true, "Kiwi": true, "Texan": true, "Dutchman": true,
		"German": true, "Chairman": false, "Spokesman": false, "american": false} {
		if got := demonym(w); got != want {
			t.Errorf("demonym(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSplitName: the words before a person's name in a capitalised run describe or open the
// sentence; a body's name keeps its words.
func TestSplitName(t *testing.T) {
	for run, want := range map[string]string{
		"Australian Lynton Crosby": "Lynton Crosby",
		"Swiss Re":                 "Swiss Re",
		"Spaniard Ximo Ferrandis":  "Ximo Ferrandis",
		"Swede Joakim Nystedt":     "Joakim Nystedt",
		"Team Trump":               "Trump",
		"Maybe Trump":              "Trump",
		"Interestingly Blocher":    "Blocher",
		"Kelly Ayotte":             "Kelly Ayotte",
		"Whether Waring":           "Waring",
	} {
		name, _ := splitName(strings.Fields(run))
		if got := strings.Join(name, " "); got != want {
			t.Errorf("splitName(%q) = %q, want %q", run, got, want)
		}
	}
}

// TestPersonName: capitalised runs that name a person, and those that name a body or a thing.
func TestPersonName(t *testing.T) {
	for run, want := range map[string]bool{
		"Lisa Green":            true,
		"Area Lab Co-Operative": false,
		"Australian Open":       false,
		"The Hill":              false,
	} {
		if got := personName(strings.Fields(run)); got != want {
			t.Errorf("personName(%q) = %v, want %v", run, got, want)
		}
	}
}

// TestSubjectsBeforeAppositives checks which one-word subjects before an appositive the story
// takes for people a pronoun may stand for.
func TestSubjectsBeforeAppositives(t *testing.T) {
	tests := []struct {
		text string
		name string
		want bool
	}{
		{"Li Keqiang spoke. Li, the No. 2 leader behind Xi Jinping, also promised reform.", "Li Keqiang", true},
		{"Dr Brian Carpenter spoke. IPv6, the standard that will replace IPv4, will allow billions more.", "IPv6", false},
		{"Dr Brian Carpenter spoke. Orwin, the standard's author, will allow billions more.", "Orwin", true},
	}
	for _, tc := range tests {
		d := text.Parse(tc.text, "")
		got := false
		for _, m := range collectPeople(d, nil, nil).mentions {
			if m.name == tc.name && m.subject {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q a subject = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestTokensKeepTheirLowerCase: a token's lower case is cut from a pooled builder's buffer
// (lowerInto) when it has capitals; tokens kept from one text keep theirs while many texts are
// read after them, and each is what strings.ToLower makes of the word, past ASCII too. It also
// checks the word and capital flags the tokenizer settles against the rules they stand for.
func TestTokensKeepTheirLowerCase(t *testing.T) {
	const first = `Senator John McCain (R-Ariz.) told the U.S. Senate that Éric Zoë, a Chicago-based ` +
		`ÉCOLE teacher, and diGenova said "Wait," as Jean-Pierre left.` + "\tErdoğan's " +
		"LLANFAIRPWLLGWYNGYLLGOGERYCHWYRNDROBWLL\nhall…"
	kept := tokenize(first, 0, len(first))
	for i := range 400 { // about 20 KiB of capitalised words: the builders start over many times
		s := strings.Repeat("Harbour Master Ann Reid Said The Ferry Ran Late ", i%7+1)
		tokenize(s, 0, len(s))
	}
	for _, tk := range kept {
		if want := strings.ToLower(tk.s); tk.lw != want {
			t.Errorf("token %q: lower case %q, want %q", tk.s, tk.lw, want)
		}
		r, _ := utf8.DecodeRuneInString(tk.s)
		if want := unicode.IsLetter(r) || unicode.IsDigit(r); tk.word() != want {
			t.Errorf("token %q: word %v, want %v", tk.s, tk.word(), want)
		}
		if want := capitalisedWord(tk.s, r); tk.capitalised() != want {
			t.Errorf("token %q: capitalised %v, want %v", tk.s, tk.capitalised(), want)
		}
	}
	for _, w := range []string{"McCain", "Éric", "ÉCOLE", "diGenova", "Jean-Pierre"} {
		if !slices.ContainsFunc(kept, func(tk token) bool { return tk.s == w && tk.capitalised() }) {
			t.Errorf("no capitalised token %q in %v", w, tokenTexts(kept))
		}
	}
	if slices.ContainsFunc(kept, func(tk token) bool { return tk.s == "Chicago-based" && tk.capitalised() }) {
		t.Error(`"Chicago-based" read as capitalised`)
	}
	if slices.ContainsFunc(kept, func(tk token) bool { return tk.s == "R-Ariz." }) {
		t.Error("the aside (R-Ariz.) was kept")
	}
	// A part of a text is read as if the text ended there: a word cut at its end is cut too.
	const s = "Senator John McCain told the U.S. Senate, it said."
	for to := range len(s) + 1 {
		if got, want := tokenTexts(tokenize(s, 0, to)), tokenTexts(tokenize(s[:to], 0, to)); !slices.Equal(got, want) {
			t.Errorf("tokens of %q as a part: %q, alone: %q", s[:to], got, want)
		}
	}
}

// TestFieldsAsStringsFields: fields and fieldCount cut as strings.Fields does, whatever the
// spaces (Unicode ones included) and wherever a word past ASCII starts, and keep more than a
// buffer's eight words.
func TestFieldsAsStringsFields(t *testing.T) {
	texts := []string{
		"", " ", "Tony Blair", "  Tony   Blair  ", "\tJean-Luc\nPicard\r", "a\vb\fc",
		"Recep Tayyip Erdoğan", "Erdoğan said", "said Erdoğan", "Zoë\u00a0Ball", "x\u0085y", "\u2003Ana\u3000Ruiz\u2003",
		"one two three four five six seven eight nine ten", "É", "a É b", "ab\u00a0",
	}
	for _, s := range texts {
		want := strings.Fields(s)
		if got := fields(s); !slices.Equal(got, want) {
			t.Errorf("fields(%q) = %q, want %q", s, got, want)
		}
		if got := fieldCount(s); got != len(want) {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, len(want))
		}
	}
}
