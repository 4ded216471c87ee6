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
