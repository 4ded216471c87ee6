package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"
	"strings"
)

// jsonlArticle is one input line of the batch commands.
type jsonlArticle struct {
	ID    json.RawMessage `json:"id"`
	Title string          `json:"title"`
	Text  string          `json:"text"`
	N     *int            `json:"n"`
}

// maxJSONLLine caps one input line; a longer one is an error, not an out-of-memory.
const maxJSONLLine = 16 << 20

// eachJSONL calls fn for every non-blank line of r. A malformed line stops the run with an
// error that names the line, after the lines before it were written.
func eachJSONL(r io.Reader, fn func(a jsonlArticle) error) error {
	return eachLine(r, func(line string) error {
		var a jsonlArticle
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			return fmt.Errorf("not a JSON object: %v", err)
		}
		if len(a.ID) == 0 {
			return errors.New(`no "id"`)
		}
		return fn(a)
	})
}

// eachLine calls fn for every non-blank line of r; an error names the line it came from.
func eachLine(r io.Reader, fn func(line string) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		line, err := readLine(br)
		if err == io.EOF && line == "" {
			return nil
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
}

// mapJSONL runs work over every article line of r on all cores and writes the results in
// input order. A malformed line stops the run with its line number, after the results of the
// lines before it were written. An article the work fails on (a panic: a bug met on its text)
// gets a line of its own, {"id", "error"}, said on stderr with the stack, and the run goes on.
func mapJSONL(r io.Reader, w *jsonlWriter, work func(jsonlArticle) any) error {
	var batch []jsonlArticle
	flush := func() error {
		err := inOrder(context.Background(), len(batch), func(i int) any { return guardedWork(batch[i], work) },
			func(_ int, v any) error { return w.write(v) })
		batch = batch[:0]
		return err
	}
	err := eachJSONL(r, func(a jsonlArticle) error {
		batch = append(batch, a)
		if len(batch) == chunk {
			return flush()
		}
		return nil
	})
	if ferr := flush(); ferr != nil {
		return ferr
	}
	return err
}

// guardedWork is work(a), or, when it panics, the error line that says so.
func guardedWork(a jsonlArticle, work func(jsonlArticle) any) (out any) {
	defer func() {
		if p := recover(); p != nil {
			slog.Error("an article failed", "id", string(a.ID), "panic", p, "stack", string(debug.Stack()))
			out = struct {
				ID    json.RawMessage `json:"id"`
				Error string          `json:"error"`
			}{a.ID, fmt.Sprintf("failed: %v", p)}
		}
	}()
	return work(a)
}

func readLine(br *bufio.Reader) (string, error) {
	var b strings.Builder
	for {
		chunk, isPrefix, err := br.ReadLine()
		b.Write(chunk)
		if b.Len() > maxJSONLLine {
			return "", fmt.Errorf("line longer than %d MiB", maxJSONLLine>>20)
		}
		if err != nil {
			return b.String(), err
		}
		if !isPrefix {
			return b.String(), nil
		}
	}
}

// jsonlWriter writes one JSON value a line.
type jsonlWriter struct{ enc *json.Encoder }

func newJSONLWriter(w io.Writer) *jsonlWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{enc}
}

func (w *jsonlWriter) write(v any) error { return w.enc.Encode(v) }
