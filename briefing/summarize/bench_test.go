package summarize

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/briefbot/briefbot/briefing/text"
)

// evalFile names a JSONL file of articles ({"title", "text"}) to benchmark on, such as
// ../shared/eval/summaries/cnn-dev.jsonl: go test -bench Articles ./briefing/summarize -args -eval PATH
var evalFile = flag.String("eval", "", "JSONL articles to benchmark on (default: the seed article)")

func benchArticles(b *testing.B) [][2]string {
	if *evalFile == "" {
		data, err := os.ReadFile("../../seeds/000_6ca526304d51d5ce.txt")
		if err != nil {
			b.Fatal(err)
		}
		return [][2]string{{"", string(data)}}
	}
	f, err := os.Open(*evalFile)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var a struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		out = append(out, [2]string{a.Title, a.Text})
	}
	return out
}

// BenchmarkArticles parses and summarizes each article in turn and reports articles per second
// (on one core: run with -cpu 1) and allocations per article.
func BenchmarkArticles(b *testing.B) {
	arts := benchArticles(b)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		a := arts[n%len(arts)]
		Extract(text.Parse(a[1], a[0]), a[0], 3)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
