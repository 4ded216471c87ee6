package summarize

import (
	"testing"

	"github.com/briefbot/briefbot/briefing/internal/corpus"
	"github.com/briefbot/briefbot/briefing/text"
)

// BenchmarkArticles parses and summarizes each article in turn and reports articles per second
// (per core when run with -cpu 1) and allocations per article. Over the CNN dev set:
// go test -run '^$' -bench Articles -cpu 1 ./briefing/summarize -args -eval "$PWD/../shared/eval/summaries/cnn-dev.jsonl"
func BenchmarkArticles(b *testing.B) {
	arts := corpus.Load(b)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		a := arts[n%len(arts)]
		Extract(text.Parse(a.Text, a.Title), a.Title, 3)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
