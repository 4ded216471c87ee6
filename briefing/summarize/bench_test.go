package summarize

import (
	"testing"

	"github.com/briefbot/briefbot/briefing/internal/corpus"
	"github.com/briefbot/briefbot/briefing/text"
)

// BenchmarkArticles parses and summarizes articles. Over the CNN dev set, per core:
// go test -run '^$' -bench Articles -cpu 1 ./briefing/summarize -args -eval "$PWD/../shared/eval/summaries/cnn-dev.jsonl"
func BenchmarkArticles(b *testing.B) {
	corpus.Bench(b, func(a corpus.Article) { Extract(text.Parse(a.Text, a.Title), a.Title, 3) })
}
