package quotescore

import "testing"

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		got, gold string
		want      bool
	}{
		{"Volodymyr Zelensky", "Zelensky", true},
		{"Mr Blair", "Tony Blair", true},
		{"Erdoğan", "Recep Tayyip Erdogan", true},
		{"Gordon Brown", "Tony Blair", false},
		{"", "Tony Blair", false},
		{"the", "Tony Blair", false},
	}
	for _, tc := range tests {
		if got := SameSpeaker(tc.got, tc.gold); got != tc.want {
			t.Errorf("SameSpeaker(%q, %q) = %v", tc.got, tc.gold, got)
		}
	}
}

// TestScoreCountsWrongNamesApart: a found quote given the wrong person counts as named but
// wrong, one given nobody as no name, a pronoun gold speaker is not scored, and an indirect
// gold quote is no direct one to find.
func TestScoreCountsWrongNamesApart(t *testing.T) {
	gold := []Gold{
		{Quote: "We will win the vote on Thursday", Speaker: "Tony Blair", Type: "direct"},
		{Quote: "The law must treat everyone equally", Speaker: "Cherie Blair", Type: "direct"},
		{Quote: "Taxes will not rise this year at all", Speaker: "Gordon Brown", Type: "direct"},
		{Quote: "It is a good day for the party", Speaker: "he", Type: "direct"},
		{Quote: "the economy was strong", Speaker: "Gordon Brown", Type: "indirect"},
		{Quote: "Nobody found this one anywhere", Speaker: "John Prescott", Type: "direct"},
	}
	found := []Found{
		{"We will win the vote on Thursday,", "Mr Blair", "frame"},
		{"The law must treat everyone equally", "Gordon Brown", "frame-pronoun"},
		{"Taxes will not rise this year at all", "", ""},
		{"It is a good day for the party", "Tony Blair", "goes-on"},
		{"Something nobody said at all here", "Tony Blair", "frame"},
	}
	var s Score
	s.Add(gold, found, nil)
	if s.Gold != 5 || s.Found != 4 || s.Scored != 3 || s.SpeakerOK != 1 || s.WrongName != 1 || s.NoName != 1 || s.Predicted != 5 || s.Right != 4 {
		t.Errorf("score = %+v", s)
	}
	// Only scored quotes count by reading: the unscored "he" and the quote nobody said do not.
	if len(s.ByVia) != 2 || *s.ByVia["frame"] != (Named{Right: 1}) || *s.ByVia["frame-pronoun"] != (Named{Wrong: 1}) {
		t.Errorf("by reading: %v", s.ByVia)
	}
	var named Score
	named.Add([]Gold{{Quote: "We will win the vote", Speaker: "the senator", Type: "direct"}}, []Found{{"We will win the vote", "Tony Blair", "frame"}}, NamedOnly)
	if named.Scored != 0 {
		t.Errorf("a described speaker was scored with NamedOnly: %+v", named)
	}
}
