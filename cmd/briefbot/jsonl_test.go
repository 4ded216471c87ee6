package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestMapJSONLGoesOnPastAFailure: an article the work panics on (a bug met on its text) gets
// an error line of its own, in its place, and the articles after it are worked as usual.
func TestMapJSONLGoesOnPastAFailure(t *testing.T) {
	in := `{"id": 1, "text": "one"}` + "\n" + `{"id": "b", "text": "boom"}` + "\n" + `{"id": 3, "text": "three"}` + "\n"
	var out bytes.Buffer
	err := mapJSONL(strings.NewReader(in), newJSONLWriter(&out), func(a jsonlArticle) any {
		if a.Text == "boom" {
			var none []int
			_ = none[len(a.Text)] // index out of range
		}
		return map[string]string{"text": strings.ToUpper(a.Text)}
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"text":"ONE"}` + "\n" +
		`{"id":"b","error":"failed: runtime error: index out of range [4] with length 0"}` + "\n" +
		`{"text":"THREE"}` + "\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}
