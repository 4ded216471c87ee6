// Package sqlite links the SQLite driver (github.com/mattn/go-sqlite3, cgo) into a program, so
// that storage.Open takes a file path. It is the only package that imports it: the bot and the
// storage contract build without cgo.
package sqlite

import (
	"context"
	"database/sql"

	sqlite3 "github.com/mattn/go-sqlite3" // also registers the database/sql driver "sqlite3"

	"github.com/briefbot/briefbot/storage"
)

// The drivers of a file's connections (storage.SQLiteDriver) and of the lookups' mapped ones
// (storage.SQLiteReads, see DB.MapReads).
func init() {
	for _, name := range []string{storage.SQLiteDriver, storage.SQLiteReads} {
		sql.Register(name, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
			return storage.SetUpConn(name, c.RegisterFunc, func(pragma string) error { _, err := c.Exec(pragma, nil); return err })
		}})
	}
}

// Open opens (creating if needed) the SQLite database file at path; see storage.Open.
func Open(ctx context.Context, path string, opts ...storage.Option) (*storage.DB, error) {
	return storage.Open(ctx, path, opts...)
}
