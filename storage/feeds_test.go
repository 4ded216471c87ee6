package storage

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// TestPruneItemsKeepsArticles: pruning forgets old skipped items beyond the newest kept, and
// never an item that brought an article (its followers see the article through it).
func TestPruneItemsKeepsArticles(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		f, err := db.Follow(ctx, "g", "c", "https://wire.example/rss", "Wire", time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		a := said("Kept", "Ann Reid", "The harbour will reopen in spring.")
		if _, err := db.AddFeedArticle(ctx, f.ID, "with-article", a, briefing.Analyze(a)); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 30; i++ {
			db.Now = func() time.Time { return time.Date(2026, 11, 25, 8, i, 0, 0, time.UTC) }
			if err := db.SkipItem(ctx, f.ID, fmt.Sprint("skipped-", i)); err != nil {
				t.Fatal(err)
			}
		}
		if n, err := db.PruneItems(ctx, f.ID, 10); err != nil || n != 20 {
			t.Fatalf("pruned %d, %v; want 20", n, err)
		}
		if seen, _ := db.SeenItem(ctx, f.ID, "skipped-29"); !seen {
			t.Error("the newest skipped item was pruned")
		}
		if seen, _ := db.SeenItem(ctx, f.ID, "skipped-0"); seen {
			t.Error("the oldest skipped item was kept")
		}
		if arts, _ := db.ArticlesSince(ctx, time.Time{}, "g", 10); len(arts) != 1 {
			t.Errorf("the feed's article is no longer visible: %d", len(arts))
		}
	})
}

// TestFeedClaimedByOneProcess: two processes on one database claim the due feeds at the same
// moment; each feed goes to exactly one of them. A claim whose process died before recording
// its poll runs out after the lease, and the feed goes to the other process then, once.
func TestFeedClaimedByOneProcess(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		ctx := context.Background()
		now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
		procs := processes(t)
		for i := 0; i < 6; i++ {
			if _, err := procs[0].Follow(ctx, "g", "c", fmt.Sprintf("https://feed%d.example/rss", i), "", 15*time.Minute); err != nil {
				t.Fatal(err)
			}
		}
		var mu sync.Mutex
		claimed := map[int64]int{}
		var wg sync.WaitGroup
		for _, db := range procs {
			wg.Go(func() {
				for round := 0; round < 5; round++ {
					fs, err := db.ClaimFeeds(ctx, now, 10*time.Minute)
					if err != nil {
						t.Error(err)
						return
					}
					mu.Lock()
					for _, f := range fs {
						claimed[f.ID]++
					}
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if len(claimed) != 6 {
			t.Errorf("%d feeds claimed, want 6", len(claimed))
		}
		for id, n := range claimed {
			if n != 1 {
				t.Errorf("feed %d claimed %d times", id, n)
			}
		}
		// Process 0 polls feed 1 and records it; the others' claims are left to run out.
		if _, err := procs[0].RecordPoll(ctx, 1, PollResult{NextPoll: now.Add(15 * time.Minute)}); err != nil {
			t.Fatal(err)
		}
		if fs, _ := procs[1].ClaimFeeds(ctx, now.Add(9*time.Minute), 10*time.Minute); len(fs) != 0 {
			t.Errorf("claimed %d feeds inside the lease", len(fs))
		}
		fs, err := procs[1].ClaimFeeds(ctx, now.Add(10*time.Minute), 10*time.Minute)
		if err != nil || len(fs) != 5 {
			t.Errorf("after the lease: %d feeds, %v; want the 5 not recorded", len(fs), err)
		}
	})
}
