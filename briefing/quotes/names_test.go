package quotes

import "testing"

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
