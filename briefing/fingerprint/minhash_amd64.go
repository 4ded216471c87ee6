//go:build amd64 && !purego

package fingerprint

import "golang.org/x/sys/cpu"

// lowerAVX2 is lowerGeneric with AVX2's eight-lane adds and minimums (minhash_amd64.s): a
// phrase costs about 50 instructions instead of about 800.
//
//go:noescape
func lowerAVX2(mins *[sketchSlots]uint32, v, h []uint32)

// lower is lowerGeneric, in AVX2 where the processor has it.
func lower(mins *[sketchSlots]uint32, v, h []uint32) {
	if cpu.X86.HasAVX2 && len(h) >= len(v) {
		lowerAVX2(mins, v, h)
		return
	}
	lowerGeneric(mins, v, h)
}
