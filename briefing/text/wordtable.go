package text

import (
	"hash/maphash"
	"strings"
)

// wordTable maps words to numbers, for the one lookup a lexicon makes at each word of a text
// (Lexicon.ID). A Go map of tens of thousands of words spends that lookup waiting on memory: its
// control bytes, then the slot, then the key's bytes elsewhere in the heap. Here a word of up to
// inlineWord bytes sits in its slot, with its hash, so that a lookup reads one slot (32 bytes,
// half a cache line) and the slots after it; longer words are kept in a map beside. Slots are
// found by linear probing and the table doubles at three quarters full. It is not safe for
// concurrent use.
type wordTable struct {
	seed  maphash.Seed
	slots []wordSlot
	mask  uint64
	n     int              // words in slots
	long  map[string]int32 // the words longer than inlineWord
}

// inlineWord is the longest word a slot holds: a slot is then 32 bytes.
const inlineWord = 19

// wordSlot is one slot of a wordTable: empty while n is 0.
type wordSlot struct {
	hash  uint64
	value int32
	n     uint8
	word  [inlineWord]byte
}

// newWordTable returns a table with room for about size words before it grows.
func newWordTable(size int) *wordTable {
	t := &wordTable{seed: maphash.MakeSeed(), long: map[string]int32{}}
	t.alloc(max(size, 8) * 4 / 3)
	return t
}

// alloc gives the table at least room slots, all empty.
func (t *wordTable) alloc(room int) {
	n := 16
	for n < room {
		n *= 2
	}
	t.slots, t.mask = make([]wordSlot, n), uint64(n-1)
}

// get returns the number of w, and whether the table has it.
func (t *wordTable) get(w string) (int32, bool) {
	if len(w) > inlineWord || len(w) == 0 {
		v, ok := t.long[w]
		return v, ok
	}
	h := maphash.String(t.seed, w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return 0, false
		}
		if s.hash == h && int(s.n) == len(w) && string(s.word[:s.n]) == w {
			return s.value, true
		}
	}
}

// put sets the number of w, a word the table does not have. The table keeps a copy of w, so
// that no text it was read from stays alive.
func (t *wordTable) put(w string, v int32) {
	if len(w) > inlineWord || len(w) == 0 {
		t.long[strings.Clone(w)] = v
		return
	}
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	h := maphash.String(t.seed, w)
	s := t.free(h)
	s.hash, s.value, s.n = h, v, uint8(len(w))
	copy(s.word[:], w)
	t.n++
}

// free returns the first empty slot from the one of hash h.
func (t *wordTable) free(h uint64) *wordSlot {
	i := h & t.mask
	for t.slots[i].n != 0 {
		i = (i + 1) & t.mask
	}
	return &t.slots[i]
}

// grow doubles the slots, placing every word again.
func (t *wordTable) grow() {
	old := t.slots
	t.alloc(2 * len(old))
	for i := range old {
		if old[i].n != 0 {
			*t.free(old[i].hash) = old[i]
		}
	}
}

// len is how many words the table has.
func (t *wordTable) len() int { return t.n + len(t.long) }

// reset empties the table, keeping its slots.
func (t *wordTable) reset() {
	clear(t.slots)
	clear(t.long)
	t.n = 0
}
