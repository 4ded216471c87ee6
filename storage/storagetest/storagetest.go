// Package storagetest gives tests a fresh database on each engine, so that one suite, written
// once, runs against SQLite and PostgreSQL. SQLite is a file under the test's temporary
// folder. PostgreSQL is a schema of its own in the database that BRIEFBOT_TEST_POSTGRES names
// (postgres://user:password@127.0.0.1/db), dropped when the test ends; without that variable
// the PostgreSQL runs are skipped with a message saying so, and with it a database that
// cannot be reached fails them.
package storagetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the driver "pgx", to make and drop schemas
)

// EnvPostgres names the PostgreSQL database the tests may use.
const EnvPostgres = "BRIEFBOT_TEST_POSTGRES"

// Engines are the subtest names Each runs under, one per engine.
var Engines = []string{"sqlite", "postgres"}

// Each runs test once per engine, as subtests named for them ("TestX/sqlite",
// "TestX/postgres"); Target and EngineOf read the engine from the name.
func Each(t *testing.T, test func(t *testing.T)) {
	t.Helper()
	for _, e := range Engines {
		t.Run(e, func(t *testing.T) {
			if e == "postgres" {
				Skip(t)
			}
			test(t)
		})
	}
}

// Skip skips the test when no PostgreSQL database is given.
func Skip(tb testing.TB) {
	tb.Helper()
	if os.Getenv(EnvPostgres) == "" {
		tb.Skipf("no PostgreSQL: set %s=postgres://user:password@127.0.0.1/db to run this test on it", EnvPostgres)
	}
}

// EngineOf is the engine the test runs on: "postgres" inside Each's PostgreSQL subtest (or a
// subtest of it), else "sqlite".
func EngineOf(tb testing.TB) string {
	for _, part := range strings.Split(tb.Name(), "/")[1:] {
		if part == "postgres" {
			return "postgres"
		}
	}
	return "sqlite"
}

// Target returns where a fresh database for the test lives, on the test's engine: a file path
// or a postgres:// URL. Opening it twice opens the same database.
func Target(tb testing.TB) string {
	tb.Helper()
	if EngineOf(tb) == "sqlite" {
		return filepath.Join(tb.TempDir(), "test.db")
	}
	return Postgres(tb)
}

// Postgres returns the URL of a fresh, empty schema in the test database, dropped at the end of
// the test.
func Postgres(tb testing.TB) string {
	tb.Helper()
	Skip(tb)
	base := os.Getenv(EnvPostgres)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		tb.Fatalf("PostgreSQL at %s: %v", EnvPostgres, err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		admin.Close()
		tb.Fatalf("PostgreSQL at %s: %v", EnvPostgres, err)
	}
	tb.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.ExecContext(context.Background(), `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			tb.Errorf("drop test schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("%s: %v", EnvPostgres, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
