//go:build cgo

package sqlite

/*
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

// tune_malloc sets glibc's thresholds (see mallocTuned) and reports whether it could.
static int tune_malloc(int mmap_threshold, int trim_threshold) {
#ifdef __GLIBC__
	return mallopt(M_MMAP_THRESHOLD, mmap_threshold) == 1 && mallopt(M_TRIM_THRESHOLD, trim_threshold) == 1;
#else
	return 0;
#endif
}

int sqlite3_config(int, ...);
long long sqlite3_memory_used(void);

// memstatus_off has SQLite keep no count of the memory it allocates (SQLITE_CONFIG_MEMSTATUS,
// 9), and reports whether SQLite took the setting (it takes it before its first use only).
static int memstatus_off(void) { return sqlite3_config(9, 0) == 0; }

// memory_used is what SQLite counts of the memory it holds: 0 while it counts none.
static long long memory_used(void) { return sqlite3_memory_used(); }
*/
import "C"

// mallocTuned reports whether SQLite's allocator (the C library's malloc) keeps the memory a
// query frees for the next one. It is set when the program starts, before SQLite allocates.
//
// A full-text query for a common word reads, from each segment of the index, the whole leaf
// that holds the word's list of articles, into buffers it frees when the query ends: at 100,000
// articles the leaves of "the" come to 1.5-2 MiB. glibc gives each
// thread that calls into C an arena of its own, and an arena whose free memory at its top
// passes the trim threshold hands it back to the kernel (madvise). The threshold follows the
// largest block served by mmap so far, twice its size, and a query's leaves together outgrow
// it: so each query faulted its buffers' pages in again. With the thresholds fixed high, blocks
// up to mmapThreshold come from the arenas and stay there between queries. At 100,000 articles
// (`briefbot bench -n 100000 --db bench.db`, run again on the built database, two runs each
// alternated): /search of one very common word p50 6.05-6.16 -> 1.12-1.16 ms, p99 9.4-9.8 ->
// 2.3-2.6 ms; two common words p50 3.0-3.1 -> 1.7-1.8 ms; /quotes by a full name p50 0.68-0.74
// -> 0.26-0.27 ms; the process's peak memory 38-39 -> 49-50 MB. Ingest did not change.
var mallocTuned = C.tune_malloc(mmapThreshold, trimThreshold) == 1

// memstatusOff reports whether SQLite keeps no count of the memory it allocates, set when the
// program starts, before SQLite's first use. The count (which only sqlite3_memory_used and a
// soft heap limit read, and briefbot reads neither) takes a process-wide lock at every
// allocation and every free: 1.5% of the CPU of an ingest (`perf record` of `briefbot bench
// -n 20000 --sentences ...`: pthread_mutex_lock and unlock 0.83% + 0.71% of the samples
// before, none after, with each connection's own lock gone too: see sqliteDSN's _mutex).
var memstatusOff = C.memstatus_off() == 1

// sqliteMemoryUsed is what SQLite counts of the memory it holds (see memstatusOff).
func sqliteMemoryUsed() int64 { return int64(C.memory_used()) }

const (
	// mmapThreshold is glibc's largest (32 MiB on 64-bit systems): blocks below it come from
	// the arenas.
	mmapThreshold = 32 << 20
	// trimThreshold is how much free memory an arena keeps at its top: more than a query's
	// full-text leaves (a few MiB at 100,000 articles; they grow with the index).
	trimThreshold = 32 << 20
)
