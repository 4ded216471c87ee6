package quotes

import (
	"strings"
	"testing"
)

func TestUnbalancedMarksStayInTheirParagraph(t *testing.T) {
	s := "The mayor said \"this never closes.\nSecond paragraph has no quotes at all, it is plain reporting.\nThird paragraph too."
	for _, q := range find(s) {
		if strings.Contains(q.Text, "Second paragraph") {
			t.Errorf("quote swallowed the next paragraph: %q", q.Text)
		}
	}
}

// TestNestedSingleMarks: nested single marks in a story that quotes with double ones stay
// inside their quote (the single-mark stories are among TestConventions).
func TestNestedSingleMarks(t *testing.T) {
	got := find(`"She just said 'hold the bucket,' and 'stand there,'" the principal, Ann Reyes, said. "'Why?' I asked."`)
	want := "She just said 'hold the bucket,' and 'stand there,' … 'Why?' I asked."
	if len(got) != 1 || got[0].Speaker != "Ann Reyes" || got[0].Text != want {
		t.Errorf("double-quoted story with nested single marks: %+v", got)
	}
}

// TestInchMarks: a double mark between a number and "+", "x" or "-" is inches, not a mark that
// closes or opens a quotation. (Inches before a space, `a 6" blade`, still read as a closing
// mark: nothing tells them from a quotation that ends in a number.)
func TestInchMarks(t *testing.T) {
	tests := []struct{ in, quote, speaker string }{
		{`"Snow really coming down. A solid 1"+ per hour snowfall rate!" tweets T.G. Shuck.`, `Snow really coming down. A solid 1"+ per hour snowfall rate!`, "T.G. Shuck"},
		{`"The pipe is 2"x10 and rusted through," said Ann Reyes.`, `The pipe is 2"x10 and rusted through,`, "Ann Reyes"},
	}
	for _, tc := range tests {
		got := find(tc.in)
		if len(got) != 1 || got[0].Text != tc.quote || got[0].Speaker != tc.speaker {
			t.Errorf("find(%q) = %+v, want one quote %q by %q", tc.in, got, tc.quote, tc.speaker)
		}
	}
}
