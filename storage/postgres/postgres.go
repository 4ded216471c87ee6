// Package postgres links the PostgreSQL driver (github.com/jackc/pgx/v5, pure Go) into a
// program, so that storage.Open takes a postgres:// URL. Several processes may share one
// PostgreSQL database: writes take turns through an advisory lock (see storage.DB), and the
// work that must happen once (a briefing slot, a feed poll) is claimed in the database.
package postgres

import (
	"context"
	"fmt"

	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"

	"github.com/briefbot/briefbot/storage"
)

// Open opens the PostgreSQL database url names (postgres://user:password@host/db) and brings
// its schema up to date; see storage.Open.
func Open(ctx context.Context, url string, opts ...storage.Option) (*storage.DB, error) {
	if !storage.IsURL(url) {
		return nil, fmt.Errorf("open PostgreSQL database: not a postgres:// URL")
	}
	return storage.Open(ctx, url, opts...)
}
