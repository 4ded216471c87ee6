package quotes

import (
	"testing"

	"github.com/briefbot/briefbot/briefing/internal/corpus"
	"github.com/briefbot/briefbot/briefing/text"
)

// BenchmarkArticles parses each article and finds its quotes, reporting articles per second
// (per core with -cpu 1). Over the CNN quotes dev set:
// go test -run '^$' -bench Articles -cpu 1 ./briefing/quotes -args -eval "$PWD/../shared/eval/quotes/cnn-dev.jsonl"
func BenchmarkArticles(b *testing.B) {
	arts := corpus.Load(b)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		a := arts[n%len(arts)]
		Find(text.Parse(a.Text, a.Title))
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
