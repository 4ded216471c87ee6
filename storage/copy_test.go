package storage

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/synth"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// TestCopyIntoSQLiteSearches: a copy from PostgreSQL into a new SQLite file builds SQLite's
// full-text indexes, with each article's units and their merge setting, so that search and title autocomplete find
// there what they found before, for guilds that see everyone's articles, a feed's and pastes.
func TestCopyIntoSQLiteSearches(t *testing.T) {
	ctx := context.Background()
	src, err := Open(ctx, storagetest.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	f, err := src.Follow(ctx, "guild-f", "chan", "https://news.example/rss", "", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	gen := synth.New(3, 30, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), 10*24*time.Hour)
	var titles []string
	for i := 0; i < 30; i++ {
		a := gen.Next()
		a.URL = fmt.Sprintf("https://news.example/%d", i)
		titles = append(titles, a.Title)
		switch i % 3 {
		case 0:
			mustAdd(t, src, a, "")
		case 1:
			mustAdd(t, src, a, "guild-p")
		default:
			if _, err := src.AddFeedArticle(ctx, f.ID, fmt.Sprint(i), a, briefing.Analyze(a)); err != nil {
				t.Fatal(err)
			}
		}
	}
	dst, err := Open(ctx, filepath.Join(t.TempDir(), "copy.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	if _, err := dst.CopyFrom(ctx, src); err != nil {
		t.Fatal(err)
	}
	checkAutomerge(t, dst) // which the rebuild forgot
	// Each guild's own title (everyone's, a paste, a feed's item) and two common words. The
	// engines rank alike but not the same (SQLite counts each word's hits): the sets compare.
	words := gen.Vocabulary()
	own := map[string]string{"": titles[3], "guild-p": titles[4], "guild-f": titles[5]}
	for guild, title := range own {
		for _, units := range []bool{true, false} {
			src.searchBy = func(int, int, int) bool { return units }
			dst.searchBy = src.searchBy
			for _, q := range []string{title, words[10], words[25]} {
				want, _, err1 := src.Search(ctx, q, guild, 0, 50)
				got, _, err2 := dst.Search(ctx, q, guild, 0, 50)
				if err1 != nil || err2 != nil || len(want) == 0 || !slices.Equal(sorted(ids(got)), sorted(ids(want))) {
					t.Errorf("%s searching %q (by units %v): copy finds %v (%v), PostgreSQL %v (%v)", guild, q, units, ids(got), err2, ids(want), err1)
				}
			}
			want, err1 := src.ArticleTitles(ctx, title[:4], guild, 25)
			got, err2 := dst.ArticleTitles(ctx, title[:4], guild, 25)
			if err1 != nil || err2 != nil || len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("%s typing %q (by units %v): copy finds %v (%v), PostgreSQL %v (%v)", guild, title[:4], units, got, err2, want, err1)
			}
		}
	}
}

// ids are the articles' ids, in order.
func ids(arts []Article) []int64 {
	out := make([]int64, len(arts))
	for i, a := range arts {
		out[i] = a.ID
	}
	return out
}

// sorted is a sorted copy of ids.
func sorted(ids []int64) []int64 { return slices.Sorted(slices.Values(ids)) }
