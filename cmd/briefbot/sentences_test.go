package main

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

var sentenceSets = flag.String("sentences", "", "the folder of sentence sets ({\"id\", \"text\", \"sentences\"} lines) to score `briefbot sentences` on")

// floors are the exact cases each set passed when the splitter or the tidier last changed; a
// change that passes fewer fails the test. Run it with
// go test ./cmd/briefbot -run SentenceSets -v -args -sentences "$PWD/../shared/eval/sentences"
var floors = map[string]int{
	"golden-rules-en.jsonl":        48,  // of 48
	"sentencex-en.jsonl":           226, // of 236
	"pragmatic-segmenter-en.jsonl": 110, // of 120
}

// TestSentenceSets scores `briefbot sentences --jsonl` (the text read as a pasted article is,
// then split) on the published sentence sets when -sentences names their folder (they live
// outside the project). Whitespace is folded before comparing, as splitscore.py does.
func TestSentenceSets(t *testing.T) {
	if *sentenceSets == "" {
		t.Skip("no -sentences folder")
	}
	fold := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for name, floor := range floors {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(*sentenceSets, name))
			if err != nil {
				t.Fatal(err)
			}
			code, out, errs := runCmd(t, string(data), "sentences", "--jsonl")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			type split struct {
				ID        string   `json:"id"`
				Text      string   `json:"text"`
				Sentences []string `json:"sentences"`
			}
			got := map[string][]string{}
			sc := bufio.NewScanner(strings.NewReader(out))
			sc.Buffer(nil, 1<<20)
			for sc.Scan() {
				var c split
				if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
					t.Fatal(err)
				}
				for _, s := range c.Sentences {
					got[c.ID] = append(got[c.ID], fold(s))
				}
			}
			pass, n := 0, 0
			for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
				var c split
				if err := json.Unmarshal([]byte(line), &c); err != nil {
					t.Fatal(err)
				}
				var want []string
				for _, s := range c.Sentences {
					if f := fold(s); f != "" {
						want = append(want, f)
					}
				}
				n++
				if slices.Equal(got[c.ID], want) {
					pass++
				} else {
					t.Logf("%s: got %q, want %q", c.ID, got[c.ID], want)
				}
			}
			t.Logf("%s: %d of %d", name, pass, n)
			if pass < floor {
				t.Errorf("%s: %d of %d, below %d", name, pass, n, floor)
			}
		})
	}
}
