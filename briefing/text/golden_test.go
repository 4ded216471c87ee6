package text

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"slices"
	"testing"
)

var goldenFile = flag.String("golden", "", "the Golden Rules JSONL ({\"id\", \"text\", \"sentences\"}) to score the splitter on")

// TestGoldenRules scores Sentences on the English Golden Rules of sentence boundary detection
// when -golden names them (they live outside the project):
// go test ./briefing/text -run GoldenRules -v -args -golden "$PWD/../shared/eval/sentences/golden-rules-en.jsonl"
// It fails below 39 of 48, the score when it was written (list items and spaced ellipses are
// what it still misses).
func TestGoldenRules(t *testing.T) {
	if *goldenFile == "" {
		t.Skip("no -golden file")
	}
	f, err := os.Open(*goldenFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	pass, n := 0, 0
	for sc.Scan() {
		var c struct {
			ID        string   `json:"id"`
			Text      string   `json:"text"`
			Sentences []string `json:"sentences"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, sp := range Sentences(c.Text) {
			got = append(got, sp.Of(c.Text))
		}
		n++
		if slices.Equal(got, c.Sentences) {
			pass++
		} else {
			t.Logf("%s: got %q, want %q", c.ID, got, c.Sentences)
		}
	}
	t.Logf("golden rules: %d of %d", pass, n)
	if pass < 39 {
		t.Errorf("golden rules: %d of %d, below 39", pass, n)
	}
}
