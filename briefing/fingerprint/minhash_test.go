package fingerprint

import (
	"math/rand/v2"
	"testing"
)

// TestLowerIsGeneric: the sketch's inner loop as this machine runs it (AVX2 on amd64) lowers
// the slots exactly as the plain Go loop does, for any number of phrases, wrap-around of the
// 32-bit sums included.
func TestLowerIsGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, phrases := range []int{0, 1, 2, 7, 8, 9, 100, 1000} {
		v, h := make([]uint32, phrases), make([]uint32, phrases)
		for i := range v {
			v[i], h[i] = r.Uint32(), r.Uint32()|1
		}
		var got, want [sketchSlots]uint32
		for k := range got {
			got[k], want[k] = ^uint32(0), ^uint32(0)
		}
		lower(&got, v, h)
		lowerGeneric(&want, v, h)
		if got != want {
			for k := range got {
				if got[k] != want[k] {
					t.Fatalf("%d phrases: slot %d is %d, want %d", phrases, k, got[k], want[k])
				}
			}
		}
	}
}

// BenchmarkSketch sketches a 600-word body's words.
func BenchmarkSketch(b *testing.B) {
	words := make([]string, 600)
	for i := range words {
		words[i] = string(rune('a'+i%26)) + string(rune('a'+i/26%26))
	}
	var buf buffers
	for b.Loop() {
		buf.join(words)
		buf.sketch()
	}
}
