package stories_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing/stories"
	"github.com/briefbot/briefbot/briefing/synth"
	"github.com/briefbot/briefbot/briefing/text"
)

// BenchmarkAssign times placing one article in a story (Match, then Add) on an index that holds
// what it holds in a database of 100,000 articles a year: the last stories.Horizon articles'
// statistics and every story of the window. One op is one article.
func BenchmarkAssign(b *testing.B) {
	b.Run("dated", func(b *testing.B) { benchmarkAssign(b, false) })
	// Undated, as a folder of text files stored at once: one date for all, so the stories in
	// the window are those of the last Horizon articles.
	b.Run("undated", func(b *testing.B) { benchmarkAssign(b, true) })
}

func benchmarkAssign(b *testing.B, undated bool) {
	const year = 100_000
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	g := synth.New(1, year, start, 365*24*time.Hour)
	type art struct {
		p  stories.Profile
		at time.Time
	}
	next := func() art {
		a := g.Next()
		d := text.Parse(a.Body, a.Title)
		var sents []string
		for _, s := range d.Sentences() {
			sents = append(sents, s.Of(d.Text))
		}
		if undated {
			return art{stories.Of(a.Title, sents), start}
		}
		return art{stories.Of(a.Title, sents), a.Published}
	}
	x := stories.NewIndex(stories.DefaultParams)
	var id int64
	newStory := func() (int64, error) { id++; return id, nil }
	place := func(a art) { x.Assign(a.p, a.at, 0, true, nil, newStory) }
	for i := 0; i < stories.Horizon+2000; i++ {
		place(next())
	}
	arts := make([]art, b.N)
	for i := range arts {
		arts[i] = next()
	}
	b.ResetTimer()
	for _, a := range arts {
		place(a)
	}
	b.ReportMetric(float64(x.Len()), "stories-in-window")
}

// BenchmarkDecode times reading one stored profile back (as a story index does for each of the
// 5,000-10,000 it loads), packed in runs; its bytes per profile are reported beside it.
func BenchmarkDecode(b *testing.B) {
	g := synth.New(1, 100_000, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 365*24*time.Hour)
	var packed [][]byte
	size := 0
	for range 500 {
		a := g.Next()
		d := text.Parse(a.Body, a.Title)
		var sents []string
		for _, s := range d.Sentences() {
			sents = append(sents, s.Of(d.Text))
		}
		p := stories.Of(a.Title, sents).Encode()
		packed = append(packed, p)
		size += len(p)
	}
	i := 0
	for b.Loop() {
		if _, err := stories.Decode(packed[i%len(packed)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(size)/float64(len(packed)), "bytes/profile")
}
