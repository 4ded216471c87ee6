package storage

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestJSONListReadsWhatEncodingJSONReads: strings, integers, nested arrays and null, spaced as
// SQLite writes them and as PostgreSQL does (", " and json_agg's line breaks), read as
// encoding/json reads them; anything else is an error, not a guess.
func TestJSONListReadsWhatEncodingJSONReads(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // the strings of a list of strings; nil for null
		bad  bool
	}{
		{in: `[]`, want: []string{}},
		{in: `null`},
		{in: `["a","b"]`, want: []string{"a", "b"}},
		{in: "[\"a\", \n \"b\"]", want: []string{"a", "b"}},
		{in: `["say \"no\"","back\\slash","a\/b","tab\there","line\nbreak"]`, want: []string{`say "no"`, `back\slash`, "a/b", "tab\there", "line\nbreak"}},
		{in: `["\u00e9t\u00E9","\ud83d\ude00","Київ ✓","\u0000"]`, want: []string{"été", "😀", "Київ ✓", "\x00"}},
		{in: `["\ud83d alone"]`, want: []string{"\uFFFD alone"}},
		{in: `["a" "b"]`, bad: true},
		{in: `["a",]`, bad: true},
		{in: `["unterminated]`, bad: true},
		{in: `["bad \q escape"]`, bad: true},
		{in: `["\u12"]`, bad: true},
		{in: `[1]`, bad: true},
		{in: `["a"] trailing`, bad: true},
		{in: `{"a": 1}`, bad: true},
		{in: ``, bad: true},
	} {
		r := jsonList{b: tc.in}
		var got []string
		r.each(func() {
			if got == nil {
				got = []string{}
			}
			got = append(got, r.str())
		})
		if got == nil && tc.in == `[]` {
			got = []string{}
		}
		r.end()
		if tc.bad {
			if r.err == nil {
				t.Errorf("%q: read %q, want an error", tc.in, got)
			}
			continue
		}
		if r.err != nil || !slices.Equal(got, tc.want) || (got == nil) != (tc.want == nil) {
			t.Errorf("%q: %q, %v; want %q", tc.in, got, r.err, tc.want)
		}
	}
	// Random text, as encoding/json writes it (with its escapes of <, > and &, and of
	// invalid bytes), reads back as encoding/json reads it.
	rnd := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("aZ \"\\/\n\t\x01<>&é€😀\u2028")
	for n := 0; n < 500; n++ {
		var list []string
		for k := rnd.IntN(4); k >= 0; k-- {
			var s []rune
			for l := rnd.IntN(12); l > 0; l-- {
				s = append(s, alphabet[rnd.IntN(len(alphabet))])
			}
			str := string(s)
			if rnd.IntN(8) == 0 {
				str += "\xff" // not UTF-8
			}
			list = append(list, str)
		}
		enc, _ := json.Marshal(list)
		var want []string
		if err := json.Unmarshal(enc, &want); err != nil {
			t.Fatal(err)
		}
		r := jsonList{b: string(enc)}
		var got []string
		r.each(func() { got = append(got, r.str()) })
		if r.end(); r.err != nil || !slices.Equal(got, want) {
			t.Fatalf("%s: %q, %v; want %q", enc, got, r.err, want)
		}
	}
	// Integers, and arrays in arrays.
	r := jsonList{b: `[[12, "x", -3], null, []]`}
	var ints []int64
	var strs []string
	r.each(func() {
		r.each(func() {
			if len(ints) == 1 {
				strs = append(strs, r.str())
				ints = append(ints, 0)
				return
			}
			ints = append(ints, r.int())
		})
	})
	if r.end(); r.err != nil || !slices.Equal(ints, []int64{12, 0, -3}) || !slices.Equal(strs, []string{"x"}) {
		t.Errorf("nested: %v %q, %v", ints, strs, r.err)
	}
}
