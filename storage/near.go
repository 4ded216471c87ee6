package storage

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/briefbot/briefbot/briefing/fingerprint"
	"github.com/briefbot/briefbot/briefing/stories"
)

// nearCopies is the process's index of the near-copy bands of the articles inside the sketch
// window (see sameStory): which recent articles share a band with a new one. It is built from
// article_sketches on first use and kept in step with every article stored: before each use the
// sketches other processes stored since are added, and a write transaction that added to it and
// then failed leaves it stale, so it is dropped and built again (see settleNear). The bands were
// a table before (article_bands, 16 rows an article, on random index pages): their inserts,
// deletes and lookup cost a tenth of ingest.
type nearCopies struct {
	mu     sync.Mutex
	built  bool
	seen   int64 // the last article whose sketch the index holds
	byID   map[int64]nearEntry
	byBand map[int64][]int64 // a band's articles, oldest first
}

// nearEntry is an article's sketch, and when it was added.
type nearEntry struct {
	added  int64
	sketch []byte
}

// A nearCopy is a recent article whose sketch shares a band with a new one.
type nearCopy struct {
	id     int64
	sketch []byte
}

// nearIndex returns the near-copy index, built or caught up with the sketches stored since. The
// caller holds n.mu inside write transaction tx (which holds the database's write lock, so no
// sketch is committed while it reads): what tx stores next can be added as it goes.
func (db *DB) nearIndex(ctx context.Context, tx *wtx) (*nearCopies, error) {
	n := &db.near
	if n.built && tx.nearCaught {
		return n, nil // caught up in tx already, and tx adds what it stores (keepSketch)
	}
	if !n.built {
		n.byID, n.byBand, n.seen = map[int64]nearEntry{}, map[int64][]int64{}, 0
	}
	err := eachRow(ctx, tx, func(sc scanner) error {
		var id, added int64
		var sk []byte
		if err := sc.Scan(&id, &added, &sk); err != nil {
			return err
		}
		n.add(id, added, sk)
		return nil
	}, `SELECT article_id, added_at, sketch FROM article_sketches WHERE article_id > ? ORDER BY article_id`, n.seen)
	if err != nil {
		n.built = false
		return nil, fmt.Errorf("load near-copy index: %w", err)
	}
	n.built, tx.nearCaught = true, true
	return n, nil
}

// add indexes the sketch of article id, added at added (unix seconds).
func (n *nearCopies) add(id, added int64, sk []byte) {
	n.byID[id] = nearEntry{added, sk}
	for _, b := range fingerprint.Bands(sk) {
		n.byBand[b] = append(n.byBand[b], id)
	}
	n.seen = max(n.seen, id)
}

// near returns the articles added at or after since, from article from on, that share a band
// of sk, newest first.
func (n *nearCopies) near(sk []byte, since, from int64) []nearCopy {
	var out []nearCopy
	for _, b := range fingerprint.Bands(sk) {
		for _, id := range n.byBand[b] {
			if e := n.byID[id]; e.added >= since && id >= from && !slices.ContainsFunc(out, func(c nearCopy) bool { return c.id == id }) {
				out = append(out, nearCopy{id, e.sketch})
			}
		}
	}
	slices.SortFunc(out, func(a, b nearCopy) int { return cmp.Compare(b.id, a.id) })
	return out
}

// prune forgets the articles added before since or older than article from, as keepSketch
// drops their rows.
func (n *nearCopies) prune(since, from int64) {
	for id, e := range n.byID {
		if e.added >= since && id >= from {
			continue
		}
		delete(n.byID, id)
		for _, b := range fingerprint.Bands(e.sketch) {
			ids := slices.DeleteFunc(n.byBand[b], func(x int64) bool { return x == id })
			if len(ids) == 0 {
				delete(n.byBand, b)
			} else {
				n.byBand[b] = ids
			}
		}
	}
}

// settleNear ends a write transaction's use of the near-copy index: dropped (to be built again)
// when the transaction added to it and did not commit. The flags are the transaction's, not the
// index's: the next transaction may begin between this one's commit and its settling.
func (db *DB) settleNear(tx *wtx, committed bool) {
	if tx.nearAdded && !committed {
		n := &db.near
		n.mu.Lock()
		n.built, n.byID, n.byBand = false, nil, nil
		n.mu.Unlock()
	}
}

// sketchCutoff is the oldest added_at inside the sketch window.
func (db *DB) sketchCutoff() int64 { return db.now() - int64(fingerprint.Window/time.Second) }

// nearKept is how many of the latest sketched articles a new one is compared with for a
// reworded copy, inside the window: twice the stories' horizon (a copy that comes later is no
// longer one of a story that can still be joined). Without it, articles stored undated at one
// time (a folder of files) all stayed inside the window: 100,000 files kept 100,000 sketches,
// 56 MiB of the file and 143 MB of the index's memory.
const nearKept = 2 * stories.Horizon

// from is the oldest article a new one is compared with: the first of the latest nearKept
// the index holds.
func (n *nearCopies) from(kept int64) int64 { return n.seen - kept + 1 }
