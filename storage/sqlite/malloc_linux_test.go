package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// TestCommonWordQueriesReuseMemory: a full-text query for a word in every article reads the
// word's leaf from each segment of the index and frees it when it ends; the next query must
// find that memory where it was, not fault every page of it in again (see mallocTuned). The
// index here has 15 segments whose leaves for "the" are ~150 KiB each.
func TestCommonWordQueriesReuseMemory(t *testing.T) {
	if !mallocTuned {
		t.Skip("the C library's allocator is not glibc")
	}
	ctx := context.Background()
	db, err := sql.Open("sqlite3", "file:"+filepath.Join(t.TempDir(), "fts.db")+"?_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(4)
	if _, err := db.ExecContext(ctx, `CREATE VIRTUAL TABLE t USING fts4(body, order=DESC)`); err != nil {
		t.Fatal(err)
	}
	body := strings.Repeat("the cat sat on the mat ", 150)
	const segments, perSegment = 15, 500 // FTS4 merges a level at its 16th segment
	for s := 0; s < segments; s++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i <= perSegment; i++ {
			if _, err := tx.ExecContext(ctx, `INSERT INTO t (docid, body) VALUES (?, ?)`, s*perSegment+i, fmt.Sprint(body, " w", i)); err != nil {
				t.Fatal(err)
			}
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	var leaves int64 // the bytes of the largest leaf of each segment: "the"'s
	if err := db.QueryRowContext(ctx, `SELECT sum(n) FROM (SELECT max(length(block)) AS n FROM t_segments
		JOIN t_segdir ON blockid BETWEEN start_block AND leaves_end_block GROUP BY level, idx)`).Scan(&leaves); err != nil {
		t.Fatal(err)
	}
	query := func() error {
		var id int64
		return db.QueryRowContext(ctx, `SELECT docid FROM t WHERE t MATCH 'the' ORDER BY docid DESC LIMIT 10`).Scan(&id)
	}
	for i := 0; i < 10; i++ { // the arenas grow to what a query needs
		if err := query(); err != nil {
			t.Fatal(err)
		}
	}
	const workers, each = 4, 25
	before := minorFaults(t)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				if err := query(); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	perQuery := (minorFaults(t) - before) / (workers * each)
	leafPages := leaves / 4096
	t.Logf("%d page faults a query, reading %d pages of leaves", perQuery, leafPages)
	// Measured, six runs each: 117-260 faults a query with glibc's own thresholds, 0-12 with
	// mallocTuned's, reading 553 pages of leaves.
	if perQuery > leafPages/8 {
		t.Errorf("%d page faults a query, reading %d pages of leaves: the memory freed by one query is given back to the kernel before the next", perQuery, leafPages)
	}
}

func minorFaults(t *testing.T) int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return ru.Minflt
}

// TestSQLiteCountsNoMemory: SQLite keeps no count of its memory (see memstatusOff), whose lock
// every allocation would take, also once a database is open and written.
func TestSQLiteCountsNoMemory(t *testing.T) {
	if !memstatusOff {
		t.Fatal("SQLite did not take SQLITE_CONFIG_MEMSTATUS: it was used before the package's init")
	}
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n := sqliteMemoryUsed(); n != 0 {
		t.Errorf("SQLite counts %d bytes in use, want no count (0)", n)
	}
}
