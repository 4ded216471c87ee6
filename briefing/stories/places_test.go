package stories

import (
	"math/rand/v2"
	"testing"
)

// TestPlaces: the table answers as a map does for every id put and for ids never put, the zero
// id included, across many growths, and counts each id once.
func TestPlaces(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var p places
	want := map[fid]int32{}
	for i := 0; i < 5000; i++ {
		k := fid(r.Uint64())
		switch i {
		case 7:
			k = 0
		case 8:
			k = 1 << 63 // an id whose low bits are all zero
		}
		if _, ok := want[k]; ok {
			continue
		}
		p.put(k, int32(i))
		want[k] = int32(i)
	}
	for k, v := range want {
		if got, ok := p.get(k); !ok || got != v {
			t.Fatalf("get(%d) = %d, %v; want %d", k, got, ok, v)
		}
	}
	for i := 0; i < 5000; i++ {
		k := fid(r.Uint64())
		if _, ok := want[k]; ok {
			continue
		}
		if v, ok := p.get(k); ok {
			t.Fatalf("get(%d) = %d for an id never put", k, v)
		}
	}
	if p.n != len(want) {
		t.Fatalf("n = %d, want %d", p.n, len(want))
	}
	var empty places
	if _, ok := empty.get(3); ok {
		t.Error("an empty table has an id")
	}
}
