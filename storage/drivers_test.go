package storage

import (
	"database/sql"

	_ "github.com/jackc/pgx/v5/stdlib" // the driver "pgx", for the suite on PostgreSQL
	sqlite3 "github.com/mattn/go-sqlite3"
)

// The driver of MapReads's connections, as storage/sqlite registers it (this package's tests
// cannot import it).
func init() {
	sql.Register(SQLiteReads, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		return SetUpReading(func(pragma string) error { _, err := c.Exec(pragma, nil); return err })
	}})
}
