package quotes

import (
	"testing"

	"github.com/briefbot/briefbot/briefing/internal/corpus"
	"github.com/briefbot/briefbot/briefing/text"
)

// BenchmarkArticles parses articles and finds their quotes. Over the CNN quotes dev set, per core:
// go test -run '^$' -bench Articles -cpu 1 ./briefing/quotes -args -eval "$PWD/../shared/eval/quotes/cnn-dev.jsonl"
func BenchmarkArticles(b *testing.B) {
	corpus.Bench(b, func(a corpus.Article) { Find(text.Parse(a.Text, a.Title)) })
}
