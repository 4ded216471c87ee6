package text

import "unicode/utf8"

// ByteSet is a set of byte values, for the loops that read a text byte by byte and act on a
// few of them: Next passes over the rest with one table read a byte.
type ByteSet [256]bool

// BytesOf returns the set of bs.
func BytesOf(bs ...byte) *ByteSet {
	var t ByteSet
	for _, b := range bs {
		t[b] = true
	}
	return &t
}

// bytesAndNonASCII returns the set of bs and of every byte past ASCII (those of runes the
// caller decodes).
func bytesAndNonASCII(bs ...byte) *ByteSet {
	t := BytesOf(bs...)
	for b := utf8.RuneSelf; b < len(t); b++ {
		t[b] = true
	}
	return t
}

// Next returns the first offset from i, before end, whose byte is in the set, or end.
func (t *ByteSet) Next(s string, i, end int) int {
	for i < end && !t[s[i]] {
		i++
	}
	return i
}
