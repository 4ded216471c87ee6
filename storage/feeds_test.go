package storage

import (
	"context"
	"fmt"
	"github.com/briefbot/briefbot/storage/storagetest"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
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
