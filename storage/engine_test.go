package storage

import (
	"context"
	"database/sql"
	"errors"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"
)

func TestPlusParams(t *testing.T) {
	tests := []struct{ in, want string }{
		{`SELECT 1`, `SELECT 1`},
		{`WHERE unit = ? ORDER BY n DESC LIMIT ?`, `WHERE unit = +? ORDER BY n DESC LIMIT +?`},
		{`WHERE s.surname_key = :surname AND (:first = '' OR s.first_key = :first)`,
			`WHERE s.surname_key = +:surname AND (+:first = '' OR s.first_key = +:first)`},
		{`SELECT 'g:' || CAST(:guild AS TEXT), 'what?'`, `SELECT 'g:' || CAST(+:guild AS TEXT), 'what?'`}, // not in strings
		{`SELECT "a:b" FROM t WHERE x IN (?, ?)`, `SELECT "a:b" FROM t WHERE x IN (+?, +?)`},              // nor in quoted names
		{`SELECT a.x:y`, `SELECT a.x:y`}, // a colon inside a word opens no name
		{`SELECT 'open`, `SELECT 'open`}, // an unclosed string is copied as it is
		{`json_each(:ids)`, `json_each(+:ids)`},
		{`SELECT x::text, ?1`, `SELECT x::text, +?1`}, // a cast is no parameter; a numbered one keeps its number
	}
	for _, tc := range tests {
		if got := plusParams(tc.in); got != tc.want {
			t.Errorf("plusParams(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLookupsPreparedOnce: a lookup's statements are compiled the first time it runs, not again
// on each run (the driver clears the bindings before each, which made SQLite compile again any
// statement it had planned with a bound value: nearly every lookup). SQLite calls the authorizer
// only while it compiles, so the test counts its calls.
func TestLookupsPreparedOnce(t *testing.T) {
	db := mustOpen(t)
	if db.Engine() != SQLite {
		t.Skip("PostgreSQL's statements are its driver's")
	}
	ctx := context.Background()
	for i, title := range []string{"Zelensky at the front", "Zelensky in Kyiv", "A visit"} {
		mustAdd(t, db, article(title, zelenskyBody+strings.Repeat(" More.", i)), "")
	}
	db.db.SetMaxOpenConns(1) // the one connection the authorizer watches
	conn, err := db.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var compiled atomic.Int64
	if err := conn.Raw(func(dc any) error {
		dc.(*sqlite3.SQLiteConn).RegisterAuthorizer(func(int, string, string, string) int {
			compiled.Add(1)
			return sqlite3.SQLITE_OK
		})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	lookups := []struct {
		name string
		run  func() (int, error)
	}{
		{"quotes", func() (int, error) { qs, err := db.QuotesBySpeaker(ctx, "Zelensky", "", 10); return len(qs), err }},
		{"autocomplete", func() (int, error) { sp, err := db.Speakers(ctx, "zel", "", 25); return len(sp), err }},
		{"search", func() (int, error) { as, _, err := db.Search(ctx, "zelensky front", "", 0, 10); return len(as), err }},
		{"did you mean", func() (int, error) {
			_, err := db.QuotesBySpeaker(ctx, "Zelenksy", "", 10)
			var unknown *UnknownSpeakerError
			if !errors.As(err, &unknown) {
				return 0, err
			}
			return len(unknown.Suggestions), nil
		}},
		{"title autocomplete", func() (int, error) { ts, err := db.ArticleTitles(ctx, "zel", "", 25); return len(ts), err }},
		{"brief", func() (int, error) {
			ss, err := db.StoriesSince(ctx, time.Unix(0, 0), "", 200)
			return len(ss), err
		}},
		{"articles since", func() (int, error) {
			as, err := db.ArticlesSince(ctx, time.Unix(0, 0), "", 200)
			return len(as), err
		}},
	}
	for _, l := range lookups {
		if n, err := l.run(); err != nil || n == 0 {
			t.Fatalf("%s: %d found (%v)", l.name, n, err)
		}
		before := compiled.Load()
		if before == 0 {
			t.Fatalf("%s: the authorizer saw no compiling: the test watches another connection", l.name)
		}
		for range 3 {
			l.run()
		}
		if again := compiled.Load() - before; again != 0 {
			t.Errorf("%s run 3 times more compiled its statements again (%d authorizer calls)", l.name, again)
		}
	}
}

func TestPgRewrite(t *testing.T) {
	tests := []struct{ in, want string }{
		{`SELECT a FROM t WHERE b = ? AND c = ?`, `SELECT a FROM t WHERE b = $1 AND c = $2`},
		{`WHERE x = :name OR y = :name OR z = ?`, `WHERE x = $1 OR y = $1 OR z = $2`},
		{`SELECT 'g:' || :guild, '?'`, `SELECT 'g:' || $1, '?'`},
		{`SELECT CAST(x AS int)::text`, `SELECT CAST(x AS int)::text`},
		{`FROM json_each(?)`, `FROM json_ids($1)`},
		{`SELECT 'open`, `SELECT 'open`}, // an unclosed string is copied as it is
		// Numbered, not "$11":
		{`WHERE a = ?1 OR b = ?1 OR c = ?12`, `WHERE a = $1 OR b = $1 OR c = $2`},
	}
	for _, tc := range tests {
		if got := pgRewrite(tc.in).text; got != tc.want {
			t.Errorf("pgRewrite(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Arguments: positional ones in turn, numbered ones by number, named ones by name.
	args := []struct {
		in         string
		args, want []any
	}{
		{`WHERE a = ? AND b = :n AND c = ?`, []any{1, sql.Named("n", "x"), 2}, []any{1, "x", 2}},
		{`WHERE a = ?2 OR b = ?1 OR c = ?2`, []any{"one", "two"}, []any{"two", "one"}},
	}
	for _, tc := range args {
		if got := pgRewrite(tc.in).args(tc.args); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("pgRewrite(%q).args(%v) = %v, want %v", tc.in, tc.args, got, tc.want)
		}
	}
}
