package storage

import (
	_ "github.com/jackc/pgx/v5/stdlib" // the driver "pgx", for the suite on PostgreSQL
	_ "github.com/mattn/go-sqlite3"    // the driver "sqlite3"
)
