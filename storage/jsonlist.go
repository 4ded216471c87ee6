package storage

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonList reads the JSON the digest and carrier columns hold (see digests.go): arrays of
// strings, integers, arrays and null, as either engine writes them. encoding/json took 0.5 ms
// of a /brief's 50 articles, most of it checking and reflecting; this reads each byte once.
type jsonList struct {
	b   string
	i   int
	err error
}

var errJSON = errors.New("malformed JSON")

func (r *jsonList) fail() {
	if r.err == nil {
		r.err = errJSON
	}
}

func (r *jsonList) space() {
	for r.i < len(r.b) && (r.b[r.i] == ' ' || r.b[r.i] == '\n' || r.b[r.i] == '\r' || r.b[r.i] == '\t') {
		r.i++
	}
}

// end checks that nothing but spaces follows what was read.
func (r *jsonList) end() {
	r.space()
	if r.i != len(r.b) {
		r.fail()
	}
}

// each reads an array, calling elem for each element, or a null (no calls).
func (r *jsonList) each(elem func()) {
	r.space()
	if r.err != nil {
		return
	}
	if r.i+4 <= len(r.b) && r.b[r.i:r.i+4] == "null" {
		r.i += 4
		return
	}
	if r.i >= len(r.b) || r.b[r.i] != '[' {
		r.fail()
		return
	}
	r.i++
	for first := true; r.err == nil; first = false {
		r.space()
		if r.i < len(r.b) && r.b[r.i] == ']' {
			r.i++
			return
		}
		if !first {
			if r.i >= len(r.b) || r.b[r.i] != ',' {
				r.fail()
				return
			}
			r.i++
		}
		elem()
	}
}

// int reads an integer.
func (r *jsonList) int() int64 {
	r.space()
	j := r.i
	for j < len(r.b) && (r.b[j] == '-' || '0' <= r.b[j] && r.b[j] <= '9') {
		j++
	}
	n, err := strconv.ParseInt(r.b[r.i:j], 10, 64)
	if err != nil {
		r.fail()
	}
	r.i = j
	return n
}

// str reads a string.
func (r *jsonList) str() string {
	r.space()
	if r.err != nil || r.i >= len(r.b) || r.b[r.i] != '"' {
		r.fail()
		return ""
	}
	r.i++
	start := r.i
	if q := strings.IndexByte(r.b[start:], '"'); q >= 0 && strings.IndexByte(r.b[start:start+q], '\\') < 0 {
		r.i = start + q + 1 // no escapes: the text as it is, not copied
		return r.b[start : start+q]
	}
	for r.i < len(r.b) && r.b[r.i] != '"' && r.b[r.i] != '\\' {
		r.i++
	}
	out := append([]byte(nil), r.b[start:r.i]...)
	for r.i < len(r.b) {
		c := r.b[r.i]
		switch {
		case c == '"':
			r.i++
			return string(out)
		case c != '\\':
			out = append(out, c)
			r.i++
			continue
		}
		if r.i+1 >= len(r.b) {
			break
		}
		e := r.b[r.i+1]
		r.i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			c := r.hex4()
			if utf16.IsSurrogate(c) {
				c2 := rune(-1)
				if r.i+1 < len(r.b) && r.b[r.i] == '\\' && r.b[r.i+1] == 'u' {
					r.i += 2
					c2 = r.hex4()
				}
				c = utf16.DecodeRune(c, c2) // U+FFFD when not a pair
			}
			out = utf8.AppendRune(out, c)
		default:
			r.fail()
			return ""
		}
	}
	r.fail()
	return ""
}

// hex4 reads the four hex digits of a \u escape.
func (r *jsonList) hex4() rune {
	if r.i+4 > len(r.b) {
		r.fail()
		return utf8.RuneError
	}
	n, err := strconv.ParseUint(r.b[r.i:r.i+4], 16, 32)
	r.i += 4
	if err != nil {
		r.fail()
		return utf8.RuneError
	}
	return rune(n)
}
