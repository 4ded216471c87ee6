package text

import "testing"

func TestByteSetNext(t *testing.T) {
	stops := BytesOf('.', '!', 0xE2)
	tests := []struct {
		s      string
		i, end int
		want   int
		name   string
	}{
		{"Hello. World!", 0, 13, 5, "the first stop"},
		{"Hello. World!", 6, 13, 12, "from past the first"},
		{"Hello. World!", 0, 5, 5, "none before end: end"},
		{"a — b", 0, 7, 2, "the first byte of a dash"},
		{"", 0, 0, 0, "empty"},
	}
	for _, tc := range tests {
		if got := stops.Next(tc.s, tc.i, tc.end); got != tc.want {
			t.Errorf("%s: Next(%q, %d, %d) = %d, want %d", tc.name, tc.s, tc.i, tc.end, got, tc.want)
		}
	}
}

// TestBytesAndNonASCII: the set holds the bytes given and every byte past ASCII, no other.
func TestBytesAndNonASCII(t *testing.T) {
	set := bytesAndNonASCII('.', '!')
	for b := 0; b < 256; b++ {
		want := b == '.' || b == '!' || b >= 0x80
		if set[b] != want {
			t.Errorf("byte %#x in the set: %v, want %v", b, set[b], want)
		}
	}
}
