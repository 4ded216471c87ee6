package storage

import (
	"encoding/binary"
	"hash/fnv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefing/text"
)

// A sketch is a MinHash signature of an article's four-word phrases. Two stories whose sketches
// agree in most slots share most of their phrasing: the same wire story republished under
// another headline, with a sentence added or a few words changed. Different stories on the
// same subject share almost no four-word phrase; daily pages of one series share their
// boilerplate, about half of it (CNN Student News), which the threshold stays well above.
const (
	sketchSlots   = 128
	sketchBands   = 16 // of 8 slots: a copy sharing 80% of phrases shares a band 95 times in 100
	sketchShingle = 4
	sketchMinimum = 40  // words; shorter bodies are compared only word for word (ContentHash)
	sameStory     = 0.8 // share of equal slots that makes two bodies one story
)

// sketchWindow is how far back a new article is compared with.
const sketchWindow = 14 * 24 * time.Hour

// sketch returns the MinHash signature of body, or nil when it is too short to judge.
func sketch(body string) []byte {
	words := text.Words(body)
	if len(words) < sketchMinimum {
		return nil
	}
	var mins [sketchSlots]uint32
	for i := range mins {
		mins[i] = ^uint32(0)
	}
	for i := 0; i+sketchShingle <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:i+sketchShingle], " ")))
		sum := h.Sum64()
		// Slot k hashes the phrase with h1 + k*h2 (Kirsch and Mitzenmacher's double hashing).
		h1, h2 := uint32(sum), uint32(sum>>32)|1
		for k := range mins {
			if v := h1 + uint32(k)*h2; v < mins[k] {
				mins[k] = v
			}
		}
	}
	out := make([]byte, 4*sketchSlots)
	for k, v := range mins {
		binary.LittleEndian.PutUint32(out[4*k:], v)
	}
	return out
}

// resemblance estimates the share of four-word phrases two sketched bodies have in common.
func resemblance(a, b []byte) float64 {
	if len(a) != 4*sketchSlots || len(b) != len(a) {
		return 0
	}
	same := 0
	for k := 0; k < len(a); k += 4 {
		if binary.LittleEndian.Uint32(a[k:]) == binary.LittleEndian.Uint32(b[k:]) {
			same++
		}
	}
	return float64(same) / sketchSlots
}

// bands cuts a sketch into sketchBands hashes; two sketches that agree on all the slots of any
// band are worth comparing.
func bands(sk []byte) []int64 {
	if len(sk) != 4*sketchSlots {
		return nil
	}
	width := len(sk) / sketchBands
	out := make([]int64, sketchBands)
	for b := range out {
		h := fnv.New64a()
		h.Write([]byte{byte(b)})
		h.Write(sk[b*width : (b+1)*width])
		out[b] = int64(h.Sum64())
	}
	return out
}
