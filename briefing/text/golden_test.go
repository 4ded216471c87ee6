package text

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var sentenceSets = flag.String("sentences", "", "the folder of sentence sets ({\"id\", \"text\", \"sentences\"} lines) to score the splitter on")

// floors are the exact cases each set passed when the splitter last changed; a change that
// passes fewer fails the test. Run it with
// go test ./briefing/text -run SentenceSets -v -args -sentences "$PWD/../shared/eval/sentences"
var floors = map[string]int{
	"golden-rules-en.jsonl":        48,  // of 48
	"sentencex-en.jsonl":           226, // of 236
	"pragmatic-segmenter-en.jsonl": 99,  // of 120
}

// TestSentenceSets scores Sentences, through Split as `briefbot sentences` does, on the
// published sentence sets when -sentences names their folder (they live outside the project).
// Whitespace is folded before comparing, as splitscore.py does.
func TestSentenceSets(t *testing.T) {
	if *sentenceSets == "" {
		t.Skip("no -sentences folder")
	}
	for name, floor := range floors {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join(*sentenceSets, name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			sc := bufio.NewScanner(f)
			sc.Buffer(nil, 1<<20)
			pass, n := 0, 0
			fold := func(s string) string { return strings.Join(strings.Fields(s), " ") }
			for sc.Scan() {
				var c struct {
					ID        string   `json:"id"`
					Text      string   `json:"text"`
					Sentences []string `json:"sentences"`
				}
				if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
					t.Fatal(err)
				}
				var got, want []string
				for _, sp := range Split(c.Text) {
					got = append(got, fold(sp.Of(c.Text)))
				}
				for _, s := range c.Sentences {
					want = append(want, fold(s))
				}
				n++
				if slices.Equal(got, want) {
					pass++
				} else {
					t.Logf("%s: got %q, want %q", c.ID, got, want)
				}
			}
			t.Logf("%s: %d of %d", name, pass, n)
			if pass < floor {
				t.Errorf("%s: %d of %d, below %d", name, pass, n, floor)
			}
		})
	}
}
