package stories

import "math/bits"

// places maps features to their place in a group's sums: an open-addressing table keyed by the
// features' ids, which are hashes already. Matching looks every feature of an article up in
// each story it is scored against, thousands of lookups an article, and a Go map hashes each
// id again; this table only mixes its bits. Features are never removed from a group.
type places struct {
	keys  []fid   // 0: an empty slot
	vals  []int32 // the place of keys[i]
	n     int     // features held, the zero id included
	zero  int32   // the place of the zero id, when hasZ
	hasZ  bool
	shift uint8 // 64 - log2(len(keys))
}

// slot is where the search for k starts.
func (p *places) slot(k fid) int { return int((uint64(k) * 0x9E3779B97F4A7C15) >> p.shift) }

// get returns the place of k, and whether k has one.
func (p *places) get(k fid) (int32, bool) {
	if k == 0 {
		return p.zero, p.hasZ
	}
	if len(p.keys) == 0 {
		return 0, false
	}
	mask := len(p.keys) - 1
	for i := p.slot(k); ; i = (i + 1) & mask {
		switch p.keys[i] {
		case k:
			return p.vals[i], true
		case 0:
			return 0, false
		}
	}
}

// put gives k the place v; k has none yet.
func (p *places) put(k fid, v int32) {
	p.n++
	if k == 0 {
		p.zero, p.hasZ = v, true
		return
	}
	if 4*p.n > 3*len(p.keys) { // at most three quarters full
		p.grow()
	}
	p.insert(k, v)
}

func (p *places) insert(k fid, v int32) {
	mask := len(p.keys) - 1
	i := p.slot(k)
	for p.keys[i] != 0 {
		i = (i + 1) & mask
	}
	p.keys[i], p.vals[i] = k, v
}

// reserve makes room for n features in an empty table, so that putting them never grows it.
func (p *places) reserve(n int) {
	size := 64
	for 3*size < 4*n {
		size *= 2
	}
	p.resize(size)
}

// grow doubles the table (to 64 slots at first) and places every key again.
func (p *places) grow() { p.resize(max(2*len(p.keys), 64)) }

// resize makes the table size slots (a power of two) and places every key again.
func (p *places) resize(size int) {
	keys, vals := p.keys, p.vals
	p.keys, p.vals = make([]fid, size), make([]int32, size)
	p.shift = uint8(64 - bits.TrailingZeros(uint(size)))
	for i, k := range keys {
		if k != 0 {
			p.insert(k, vals[i])
		}
	}
}
