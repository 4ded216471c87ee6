package storage

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/fingerprint"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// TestNearLists: the articles that share a band with a sketch, each once, newest first, and only
// those added inside the window; pruned ones are gone from every band.
func TestNearLists(t *testing.T) {
	harbour := fingerprint.Of(harbourStory).Sketch
	reworded := fingerprint.Of(strings.Replace(harbourStory, "shortly after", "soon after", 1)).Sketch
	other := fingerprint.Of(strings.Repeat("The council met about the ferry timetable and the pier. ", 8)).Sketch
	n := &nearCopies{byID: map[int64]nearEntry{}, byBand: map[int64][]int64{}}
	n.add(3, 100, harbour)
	n.add(5, 200, other)
	n.add(8, 300, reworded)
	ids := func(cs []nearCopy) (out []int64) {
		for _, c := range cs {
			out = append(out, c.id)
		}
		return out
	}
	tests := []struct {
		name        string
		since, from int64
		want        []int64
	}{
		{"all in the window", 0, 0, []int64{8, 3}},
		{"the oldest left it", 150, 0, []int64{8}},
		{"both left it", 301, 0, nil},
		{"the oldest is past the latest kept", 0, 4, []int64{8}},
		{"both are", 0, 9, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(n.near(harbour, tt.since, tt.from)); !slices.Equal(got, tt.want) {
				t.Errorf("near = %v, want %v", got, tt.want)
			}
		})
	}
	if n.seen != 8 {
		t.Errorf("seen = %d, want 8", n.seen)
	}
	if got := n.from(6); got != 3 {
		t.Errorf("the first of the latest 6 = %d, want 3", got)
	}
	n.prune(150, 0)
	if _, ok := n.byID[3]; ok {
		t.Error("the pruned article is still indexed")
	}
	for b, ids := range n.byBand {
		for _, id := range ids {
			if id == 3 {
				t.Errorf("band %x still lists the pruned article", b)
			}
		}
	}
	if got := ids(n.near(harbour, 0, 0)); !slices.Equal(got, []int64{8}) {
		t.Errorf("after the prune, near = %v, want [8]", got)
	}
	n.prune(0, 6)
	if _, ok := n.byID[5]; ok {
		t.Error("an article past the latest kept is still indexed")
	}
	if _, ok := n.byID[8]; !ok {
		t.Error("the latest article was pruned")
	}
}

// TestNearCopiesAmongTheLatest: a reworded copy is one of the latest nearKept sketched articles'
// or it is stored anew, also when they were all stored at one time (undated files), whether the
// process that stored them asks or one that builds its index afresh.
func TestNearCopiesAmongTheLatest(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		reworded := article("Islay harbour back in business", strings.Replace(harbourStory, "shortly after", "soon after", 1))
		tests := []struct {
			name   string
			others int // articles stored between the story and its copy
			copy   bool
		}{
			{"among the latest", 2, true},
			{"past them", 3, false},
		}
		for _, tt := range tests {
			for asker, who := range []string{"the process that stored", "a fresh process"} {
				t.Run(tt.name+", "+who, func(t *testing.T) {
					procs := processes(t)
					for _, db := range procs {
						db.nearKept = 3
					}
					first := mustAdd(t, procs[0], article("Port Ellen harbour reopens", harbourStory), "")
					for _, name := range eventNames[:tt.others] {
						mustAdd(t, procs[0], event(t, "wire-"+name), "")
					}
					res := mustAdd(t, procs[asker], reworded, "")
					if got := !res.Added && res.ID == first.ID; got != tt.copy {
						t.Errorf("the reworded copy after %d others stored as %+v; a copy of article %d: %v, want %v",
							tt.others, res, first.ID, got, tt.copy)
					}
				})
			}
		}
		t.Run("the table keeps the latest", func(t *testing.T) {
			db := mustOpen(t)
			db.nearKept = 3
			for i := range sketchPruneEvery {
				words := make([]string, 60)
				for j := range words {
					words[j] = fmt.Sprintf("w%dx%d", i, j)
				}
				mustAdd(t, db, article(fmt.Sprintf("Report %d", i), strings.Join(words, " ")+"."), "")
			}
			var n, oldest int64
			if err := db.db.QueryRowContext(context.Background(), `SELECT count(*), min(article_id) FROM article_sketches`).Scan(&n, &oldest); err != nil {
				t.Fatal(err)
			}
			if n != 3 || oldest != sketchPruneEvery-2 {
				t.Errorf("after %d articles the table holds %d sketches from article %d, want 3 from %d", sketchPruneEvery, n, oldest, sketchPruneEvery-2)
			}
		})
	})
}

// TestNearCopiesAcrossProcesses: a process's near-copy index learns the sketches another process
// stored since it was built, so a reworded copy is stored once whichever process brings it.
func TestNearCopiesAcrossProcesses(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		procs := processes(t)
		// Each process builds its index before the other stores the story.
		mustAdd(t, procs[0], event(t, "wire-rates"), "")
		mustAdd(t, procs[1], event(t, "wire-transfer"), "")
		first := mustAdd(t, procs[0], article("Port Ellen harbour reopens", harbourStory), "")
		reworded := article("Islay harbour back in business", strings.Replace(harbourStory, "shortly after", "soon after", 1))
		if res := mustAdd(t, procs[1], reworded, ""); res.Added || res.ID != first.ID {
			t.Errorf("the other process stored the reworded copy as %+v, want article %d", res, first.ID)
		}
	})
}

// TestFailedAddLeavesNoNearCopy: an article whose transaction failed is not a near copy of
// anything afterwards; the index that held it is built again from what was committed.
func TestFailedAddLeavesNoNearCopy(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		mustAdd(t, db, event(t, "wire-rates"), "") // the index is built
		mend := failInserts(t, db, "quotes")
		a := article("Port Ellen harbour reopens", harbourStory)
		if _, err := db.AddArticle(ctx, a, briefing.Analyze(a), ""); err == nil {
			t.Fatal("the add succeeded through the failing trigger")
		}
		mend()
		reworded := article("Islay harbour back in business", strings.Replace(harbourStory, "shortly after", "soon after", 1))
		res, err := db.AddArticle(ctx, reworded, briefing.Analyze(reworded), "")
		if err != nil || !res.Added {
			t.Errorf("the reworded copy of a failed add: %+v, %v; want it stored as new", res, err)
		}
	})
}

// TestNearIndexOutlivesAnotherTransaction: a transaction's failure drops the near-copy index
// even when it settles after the next transaction caught the index up, and the next one still
// indexes what it stores; an entry of an article that is not stored (a failed transaction's, not
// yet dropped) is passed over, not an error.
func TestNearIndexOutlivesAnotherTransaction(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := mustOpen(t)
		ctx := context.Background()
		mustAdd(t, db, event(t, "wire-rates"), "") // the index is built
		sk := fingerprint.Of(harbourStory).Sketch
		const id = 500
		err := db.inTx(ctx, func(tx *wtx) error {
			db.near.mu.Lock()
			_, err := db.nearIndex(ctx, tx)
			db.near.mu.Unlock()
			if err != nil {
				return err
			}
			// The transaction before this one failed after adding to the index, and settles now.
			db.settleNear(&wtx{nearAdded: true}, false)
			return db.keepSketch(ctx, tx, id, db.now(), sk)
		})
		if err != nil {
			t.Fatal(err)
		}
		db.near.mu.Lock()
		found := db.near.built && slices.ContainsFunc(db.near.near(sk, 0, 0), func(c nearCopy) bool { return c.id == id })
		db.near.mu.Unlock()
		if !found {
			t.Error("the sketch stored while another transaction settled is not in the index")
		}
		// A stale entry that resembles the next article: passed over.
		b := event(t, "daily-bridge")
		db.near.mu.Lock()
		db.near.add(id+1, db.now(), fingerprint.Of(b.Body).Sketch)
		db.near.mu.Unlock()
		if res, err := db.AddArticle(ctx, b, briefing.Analyze(b), ""); err != nil || !res.Added {
			t.Errorf("an article like a stale index entry: %+v, %v; want it stored", res, err)
		}
	})
}
