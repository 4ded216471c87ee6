// Package sqlite links the SQLite driver (github.com/mattn/go-sqlite3, cgo) into a program, so
// that storage.Open takes a file path. It is the only package that imports it: the bot and the
// storage contract build without cgo.
package sqlite

import (
	"context"

	_ "github.com/mattn/go-sqlite3" // the database/sql driver "sqlite3"

	"github.com/briefbot/briefbot/storage"
)

// Open opens (creating if needed) the SQLite database file at path; see storage.Open.
func Open(ctx context.Context, path string) (*storage.DB, error) {
	return storage.Open(ctx, path)
}
