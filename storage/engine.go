package storage

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"
)

// Engine is the database a DB runs on. Both run the same queries, written once in SQLite's
// spelling (with ? and :name parameters); for PostgreSQL, handle rewrites each query once into
// its spelling (see pgQuery). Only full-text search, sizes and backups differ, and each has one
// function per engine.
type Engine int

const (
	SQLite   Engine = iota + 1 // a file, through the driver SQLiteDriver (storage/sqlite)
	Postgres                   // a postgres:// URL, through the driver "pgx" (storage/postgres)
)

func (e Engine) String() string {
	if e == Postgres {
		return "PostgreSQL"
	}
	return "SQLite"
}

// handle is the database with its engine's spelling of each query.
type handle struct {
	*sql.DB
	engine Engine

	// SQLite: the queries read through QueryContext and QueryRowContext, each prepared once
	// for the pool (database/sql prepares it again on each connection it meets), its
	// parameters written +? so that SQLite keeps the plan (see plusParams). Preparing
	// a query with the visibility test costs more than running it on an index (a speaker's
	// lookup: 0.1 of 0.4 ms). PostgreSQL's driver keeps its own cache (see pgSource).
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// Close closes the kept statements and the pool.
func (h *handle) Close() error {
	h.mu.Lock()
	for _, st := range h.stmts {
		st.Close()
	}
	h.stmts = nil
	h.mu.Unlock()
	return h.DB.Close()
}

// maxStmts bounds the prepared queries a handle keeps: queries are written in the code, a few
// hundred texts in all (lists of ? vary in length), so more means text built from data.
const maxStmts = 2000

// stmt is query prepared for the pool, or nil when it is not to be kept.
func (h *handle) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if h.engine != SQLite {
		return nil, nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if st, ok := h.stmts[query]; ok {
		return st, nil
	}
	if len(h.stmts) >= maxStmts {
		return nil, nil
	}
	st, err := h.DB.PrepareContext(ctx, keptText(h.engine, query))
	if err != nil {
		return nil, err
	}
	if h.stmts == nil {
		h.stmts = map[string]*sql.Stmt{}
	}
	h.stmts[query] = st
	return st, nil
}

// keptText is query's text for a statement kept prepared on engine e and run again and again:
// PostgreSQL's spelling, or on SQLite its parameters under a unary plus (see plusParams). Both
// places that keep statements (handle's pool, a write transaction) prepare through it.
func keptText(e Engine, query string) string {
	if e == Postgres {
		return pgText(e, query)
	}
	return plusParams(query)
}

// plusParams is a SQLite query to keep prepared, with each parameter written +? (or +:name):
// the same value with the same (no) affinity, so the same rows. SQLite plans some statements
// with the values bound when it prepares them (a LIMIT's count; whether an equality's value is
// 0 or 1, which changes the row estimates), and marks those parameters so that binding them
// again prepares the statement again. The driver clears every binding before each run, and
// clearing counts as binding whatever the marks say. So a kept statement with an equality or a
// LIMIT on a parameter (nearly every lookup) parsed and planned its SQL on every run: a third
// of a /quotes lookup's time at 100,000 articles. SQLite looks at a bare parameter only: under
// a unary plus it is an expression, planned once for any value.
func plusParams(q string) string {
	return respell(q, "json_each(", func(name string) string {
		if name == "" || name[0] == '?' {
			return "+?" + strings.TrimPrefix(name, "?")
		}
		return "+:" + name
	})
}

// builtSQL caches statements whose text is put together from parts that depend only on the
// engine and a variant, so that a lookup does not build (and allocate) its text again on every
// call.
var builtSQL sync.Map // builtKey -> string

// builtKey names one built statement: who builds it, for which engine, in which variant.
type builtKey struct {
	name    string
	engine  Engine
	variant int
}

// built returns the statement name builds for engine e in variant, building it the first time.
func built(name string, e Engine, variant int, build func() string) string {
	k := builtKey{name, e, variant}
	if v, ok := builtSQL.Load(k); ok {
		return v.(string)
	}
	v, _ := builtSQL.LoadOrStore(k, build())
	return v.(string)
}

// pgQuery is a query rewritten for PostgreSQL: $n parameters, and for each, the name of the
// :name parameter it stands for ("" for the next ? in order).
type pgQuery struct {
	text  string
	names []string
}

// pgQueries caches the rewritten queries: the same few hundred run millions of times.
var pgQueries sync.Map // string -> pgQuery

// pgRewrite turns a query in SQLite's spelling into PostgreSQL's: ?, ?NNN and :name become $n
// (a name or a number used twice is one parameter), and json_each(?) over a JSON list of ids
// becomes json_ids(?), a function the PostgreSQL schema defines. Text in quotes is left alone,
// and so is a PostgreSQL cast (::).
func pgRewrite(q string) pgQuery {
	if v, ok := pgQueries.Load(q); ok {
		return v.(pgQuery)
	}
	var names []string
	at := map[string]int{}
	text := respell(q, "json_ids(", func(name string) string {
		n, ok := at[name]
		if !ok || name == "" {
			names = append(names, name)
			n = len(names)
			if name != "" {
				at[name] = n
			}
		}
		return "$" + strconv.Itoa(n)
	})
	r := pgQuery{text: text, names: names}
	pgQueries.Store(q, r)
	return r
}

// respell copies query q, writing each parameter outside strings and quoted names as param
// has it (name is "" for a ?, "?NNN" for SQLite's numbered ?NNN, else the name of a :name)
// and each json_each( as jsonEach. A :: (PostgreSQL's cast) is no parameter.
func respell(q, jsonEach string, param func(name string) string) string {
	var b strings.Builder
	b.Grow(len(q) + 16)
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'' || c == '"':
			end := quotedEnd(q, i)
			b.WriteString(q[i:end])
			i = end - 1
		case c == '?':
			j := i + 1
			for j < len(q) && '0' <= q[j] && q[j] <= '9' {
				j++
			}
			name := q[i:j] // "?NNN", SQLite's numbered parameter
			if name == "?" {
				name = ""
			}
			b.WriteString(param(name))
			i = j - 1
		case c == ':' && i+1 < len(q) && q[i+1] == ':':
			b.WriteString("::")
			i++
		case c == ':' && i+1 < len(q) && isNameByte(q[i+1]) && (i == 0 || !isNameByte(q[i-1])):
			j := i + 1
			for j < len(q) && isNameByte(q[j]) {
				j++
			}
			b.WriteString(param(q[i+1 : j]))
			i = j - 1
		case strings.HasPrefix(q[i:], "json_each("):
			b.WriteString(jsonEach)
			i += len("json_each(") - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// quotedEnd returns where the string or quoted name that opens at q[i] (a ' or ") ends, past
// its closing quote; len(q) when it is not closed.
func quotedEnd(q string, i int) int {
	if j := strings.IndexByte(q[i+1:], q[i]); j >= 0 {
		return i + j + 2
	}
	return len(q)
}

func isNameByte(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// args orders the arguments for the rewritten query: positional ones in turn, numbered ones
// (?NNN) by number among the positional ones, named ones by name. A query numbers all its
// positional parameters or none: SQLite gives a ? after ?NNN the next number, which this does
// not. A bool becomes 0 or 1, as the integer columns that hold flags expect.
func (p pgQuery) args(in []any) []any {
	named := map[string]any{}
	var positional []any
	for _, a := range in {
		if n, ok := a.(sql.NamedArg); ok {
			named[n.Name] = n.Value
			continue
		}
		positional = append(positional, a)
	}
	plain := positional
	out := make([]any, len(p.names))
	for i, name := range p.names {
		var v any
		switch {
		case name == "":
			if len(plain) > 0 {
				v, plain = plain[0], plain[1:]
			}
		case name[0] == '?':
			if n, _ := strconv.Atoi(name[1:]); n >= 1 && n <= len(positional) {
				v = positional[n-1]
			}
		default:
			v = named[name]
		}
		if b, ok := v.(bool); ok {
			v = 0
			if b {
				v = 1
			}
		}
		out[i] = v
	}
	return out
}

// spell returns the query and arguments in the engine's spelling.
func spell(e Engine, query string, args []any) (string, []any) {
	if e != Postgres {
		return query, args
	}
	p := pgRewrite(query)
	return p.text, p.args(args)
}

// pgText is the query's text in the engine's spelling.
func pgText(e Engine, query string) string {
	if e != Postgres {
		return query
	}
	return pgRewrite(query).text
}

// ExecContext runs a statement in the engine's spelling.
func (h *handle) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	query, args = spell(h.engine, query, args)
	return h.DB.ExecContext(ctx, query, args...)
}

// QueryContext runs a query in the engine's spelling.
func (h *handle) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	query, args = spell(h.engine, query, args)
	st, err := h.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	if st != nil {
		return st.QueryContext(ctx, args...)
	}
	return h.DB.QueryContext(ctx, query, args...)
}

// QueryRowContext runs a query for one row in the engine's spelling.
func (h *handle) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	query, args = spell(h.engine, query, args)
	if st, err := h.stmt(ctx, query); err == nil && st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return h.DB.QueryRowContext(ctx, query, args...)
}

// Exec, Query and QueryRow are the context-free forms, for tests.
func (h *handle) Exec(query string, args ...any) (sql.Result, error) {
	return h.ExecContext(context.Background(), query, args...)
}

func (h *handle) Query(query string, args ...any) (*sql.Rows, error) {
	return h.QueryContext(context.Background(), query, args...)
}

func (h *handle) QueryRow(query string, args ...any) *sql.Row {
	return h.QueryRowContext(context.Background(), query, args...)
}
