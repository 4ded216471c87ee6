// Package corpus loads articles for benchmarks: a JSONL file of {"title", "text"} lines named
// on the command line (the evaluation sets live outside the project), else the seed article.
package corpus

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// File is set by -eval PATH: go test -bench . ./briefing/summarize -args -eval "$PWD/PATH" (go test
// runs in the package's folder, so give an absolute path).
var File = flag.String("eval", "", "JSONL articles ({\"title\", \"text\"}) to benchmark on (default: the seed article)")

// Article is a headline and a body.
type Article struct{ Title, Text string }

// Load returns the articles of -eval, or the seed article when it is not set.
func Load(tb testing.TB) []Article {
	tb.Helper()
	if *File == "" {
		_, self, _, _ := runtime.Caller(0)
		data, err := os.ReadFile(filepath.Join(filepath.Dir(self), "../../../seeds/000_6ca526304d51d5ce.txt"))
		if err != nil {
			tb.Fatal(err)
		}
		return []Article{{Title: "", Text: string(data)}}
	}
	f, err := os.Open(*File)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var a Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// Bench runs fn over the articles of Load in turn, b.N times in all, and reports articles per
// second (per core when run with -cpu 1) and allocations.
func Bench(b *testing.B, fn func(Article)) {
	arts := Load(b)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		fn(arts[n%len(arts)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
