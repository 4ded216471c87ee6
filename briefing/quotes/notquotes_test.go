package quotes

import (
	"strings"
	"testing"
)

func TestNotQuotes(t *testing.T) {
	tests := []string{
		`He spoke on what he had declared Ukraine's "Day of Unity", wearing a coat.`,
		`The "Day of Unity" displays came as talks began.`,
		`Critics attacked the so-called "woke" agenda.`,
		`The group "Find Cayman" has grown.`,
		`Lee wrote "Go Set a Watchman" before "To Kill a Mockingbird," and it features the same people.`,
		`Eventually, Le-May told ITV, the weasel -- known as a "least weasel" in some countries -- let go.`,
		`According to Burgert, the root of this whole "worst-case scenario" thing is emotion.`,
		`A Facebook page titled "You call yourself a photographer?" posted her photo.`,
		`Morgen, who also directed the documentary "The Kid Stays in the Picture" about Robert Evans, spoke.`,
		`The FA released a report entitled, "English Football's Inclusion and Anti-Discrimination Action Plan".`,
		`Known as the "little girl of the Atlantic," Arthaud was the daughter of Jacques Arthaud.`,
		`Shields tweeted a link to a YouTube video called "Behind the scenes with Kathy Griffin" but the video has since been removed.`,
		`Comedians are performing a popular play called "Los hijos de Trump," in Mexico City.`,
		`Mario Draghi, nicknamed "the man who saved the euro," retired on Friday.`,
		`He put the camera away for his most memorable experiences, the ones that earned him the nickname "the man who crossed the ocean."`,
	}
	for _, s := range tests {
		if got := find(s); len(got) != 0 {
			t.Errorf("find(%q) = %+v, want no quotes", s, got)
		}
	}
}

// TestTermAfterQuote: a term in marks right after a quote and a cue is no second part of it.
func TestTermAfterQuote(t *testing.T) {
	got := find(`"It would not let go for life," Martin Le-May said. Eventually, Le-May told ITV, the weasel -- known as a "least weasel" in some countries -- lost its grip.`)
	if len(got) != 1 || got[0].Speaker != "Martin Le-May" {
		t.Errorf("got %+v, want only the first quote, by Martin Le-May", got)
	}
}

// TestWordsOver: wordsOver counts what strings.Fields cuts, odd spaces and bytes included.
func TestWordsOver(t *testing.T) {
	for _, s := range []string{"", " ", "one", "  two  words ", "tab\tand\nnew line", "non\u00a0breaking\u2003em", "bad \xff byte", "é ü",
		"Trump said.", "one two three four"} {
		fields := len(strings.Fields(s))
		for n := 0; n <= fields+1; n++ {
			if got, want := wordsOver(s, n), fields > n; got != want {
				t.Errorf("wordsOver(%q, %d) = %v, want %v (%d fields)", s, n, got, want, fields)
			}
		}
	}
}
