package main

import (
	"context"
	"log/slog"
	"runtime"
	"sync/atomic"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage"
)

// chunk is how many inputs are analysed together before they are handed on in order; the
// next chunk is analysed while this one is stored.
const chunk = 256

// inOrder runs work(i) for every i in [0, n) on all cores and calls emit(i, result) in the
// order of i, from one goroutine. It stops at the first error of emit or of ctx.
func inOrder[T any](ctx context.Context, n int, work func(int) T, emit func(int, T) error) error {
	return inOrderOn(ctx, runtime.GOMAXPROCS(0), n, work, emit)
}

// inOrderStoring is inOrder for an emit that stores what work made, and so is as busy as a
// worker: it leaves emit a core of its own. Sharing the cores with one worker more, the
// store waited its turn while the cores idled whenever the workers got a chunk ahead
// (10,000-article bench, alternating runs on 2 cores: 604-647 -> 672-705 articles/s). When the
// workers are behind instead, emit's goroutine works on the chunk it waits for (see inOrderOn).
func inOrderStoring[T any](ctx context.Context, n int, work func(int) T, emit func(int, T) error) error {
	return inOrderOn(ctx, max(1, runtime.GOMAXPROCS(0)-1), n, work, emit)
}

// inOrderOn is inOrder with this many workers. The goroutine that calls emit takes a share of
// the chunk it waits for, so no core idles when the workers are the slower: at 20,000
// articles `briefbot bench`'s store had waited 3.7 s of 14.2 for its chunks, its core idle.
func inOrderOn[T any](ctx context.Context, workers, n int, work func(int) T, emit func(int, T) error) error {
	// Up to two chunks are made ahead of the one emit has: the one waiting, and the next.
	chunks := make(chan *shared[T], 2)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(chunks)
		for start := 0; start < n; start += chunk {
			c := &shared[T]{start: start, out: make([]T, min(chunk, n-start)), done: make(chan struct{})}
			c.left.Store(int64(len(c.out)))
			select {
			case chunks <- c:
			case <-stop:
				return
			}
			for w := 0; w < workers; w++ {
				go c.run(work)
			}
			// Every input done, emit's share too: a chunk's work begins once all of the one
			// before has ended (the bench's articleRing counts on it).
			<-c.done
		}
	}()
	for c := range chunks {
		c.run(work)
		<-c.done
		for i, v := range c.out {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := emit(c.start+i, v); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

// shared is a chunk of inOrderOn's inputs, taken one by one by whichever goroutine is free.
type shared[T any] struct {
	start int
	out   []T
	taken atomic.Int64  // inputs handed out, past len(out) once all are
	left  atomic.Int64  // inputs not yet done
	done  chan struct{} // closed when left reaches 0
}

// run does inputs of c until none is left to take.
func (c *shared[T]) run(work func(int) T) {
	for {
		i := int(c.taken.Add(1) - 1)
		if i >= len(c.out) {
			return
		}
		c.out[i] = work(c.start + i)
		if c.left.Add(-1) == 0 {
			close(c.done)
		}
	}
}

// batchSize is how many articles share one storage transaction. A commit writes every page the
// batch changed, and the index pages it changes (an article's hash and quotes land on random
// leaves, and so did its near-copy bands while they were a table) are shared by more of its
// articles the larger it is: the commit cost 192 µs an article at 64 and 62 µs at 256 (measured
// with the bands table). Ingest of 6,000 articles, three runs of each alternated
// (`briefbot bench -n 6000 --queries 1 --rows zzz`): 64: 1,247-1,271/s; 128: 1,346-1,356 (two
// runs); 256: 1,365-1,420; 512: 1,372-1,412 (two); 1,024: 1,119-1,123 (two), where the store
// of a batch outlasts the chunks the workers may run ahead (see chunk) and they wait.
const batchSize = 256

// batcher stores analysed articles in batches, counting what was added and what was stored
// already.
type batcher struct {
	db         *storage.DB
	pending    []storage.Incoming
	added, dup int
}

// add queues an article, storing the batch when it is full.
func (b *batcher) add(ctx context.Context, a briefing.Article, an briefing.Analysis) error {
	b.pending = append(b.pending, storage.Incoming{Article: a, Analysis: an})
	if len(b.pending) < batchSize {
		return nil
	}
	return b.flush(ctx)
}

// finish stores what is queued, then gives back the file's pages the batches left free (see
// storage.DB.Trim). A trim that fails (another process writing for longer than the busy
// timeout) loses nothing stored: it is reported, and the next write's trim tries again.
func (b *batcher) finish(ctx context.Context) error {
	if err := b.flush(ctx); err != nil {
		return err
	}
	trimAfterBatches(ctx, b.db)
	return nil
}

// trimAfterBatches gives back the free pages writes in batches (storage.DB.AddArticles) left;
// a failure is reported, not returned: everything is stored already.
func trimAfterBatches(ctx context.Context, db *storage.DB) {
	if err := db.Trim(ctx); err != nil {
		slog.Warn("give free pages back", "err", err)
	}
}

// flush stores what is queued.
func (b *batcher) flush(ctx context.Context) error {
	if len(b.pending) == 0 {
		return nil
	}
	res, err := b.db.AddArticles(ctx, b.pending, "")
	if err != nil {
		return err
	}
	for _, r := range res {
		if r.Added {
			b.added++
		} else {
			b.dup++
		}
	}
	b.pending = b.pending[:0]
	return nil
}
