package main

import (
	"context"
	"strconv"
	"testing"

	"github.com/briefbot/briefbot/briefing"
)

// TestArticleRingGivesEachArticleInTurn: the bench's articles, made as the ingest asks for them
// and held a few chunks at a time, reach every worker as the i-th made, over many chunks and
// whatever the number of workers.
func TestArticleRingGivesEachArticleInTurn(t *testing.T) {
	const n = 10*chunk + 17
	for _, workers := range []int{1, 2, 5} {
		t.Run(strconv.Itoa(workers), func(t *testing.T) {
			made := 0
			r := &articleRing{next: func() briefing.Article {
				made++
				return briefing.Article{Title: strconv.Itoa(made - 1)}
			}}
			next := 0
			err := inOrderOn(context.Background(), workers, n, func(i int) string { return r.get(i).Title },
				func(i int, title string) error {
					if title != strconv.Itoa(i) || i != next {
						t.Fatalf("article %d (emitted %dth) has title %q", i, next, title)
					}
					next++
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			if next != n || made != n {
				t.Errorf("emitted %d and made %d of %d articles", next, made, n)
			}
		})
	}
}

// TestArticleRingRefusesWhatItNoLongerHolds: an article asked for after its slot was made
// again is a bug in the caller's order, said as such, not another article given in its place.
func TestArticleRingRefusesWhatItNoLongerHolds(t *testing.T) {
	r := &articleRing{next: func() briefing.Article { return briefing.Article{} }}
	r.get(3 * chunk)
	defer func() {
		if recover() == nil {
			t.Error("article 0 was given after 3 chunks more were made")
		}
	}()
	r.get(0)
}
