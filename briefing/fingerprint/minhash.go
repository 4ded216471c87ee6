package fingerprint

// lowerGeneric lowers each slot k of mins to v[i] + k*h[i] where that is less, for every
// phrase i (v and h are as long as each other): the sketch's inner loop, in plain Go.
func lowerGeneric(mins *[sketchSlots]uint32, v, h []uint32) {
	for i := range v {
		vi, hi := v[i], h[i]
		for k := range mins {
			mins[k] = min(mins[k], vi)
			vi += hi
		}
	}
}
