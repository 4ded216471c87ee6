package storage

import (
	"database/sql"

	_ "github.com/jackc/pgx/v5/stdlib" // the driver "pgx", for the suite on PostgreSQL
	sqlite3 "github.com/mattn/go-sqlite3"
)

// The drivers of a file's connections and of MapReads's, as storage/sqlite registers them (this
// package's tests cannot import it).
func init() {
	for _, name := range []string{SQLiteDriver, SQLiteReads} {
		sql.Register(name, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
			return SetUpConn(name, c.RegisterFunc, func(pragma string) error { _, err := c.Exec(pragma, nil); return err })
		}})
	}
}
