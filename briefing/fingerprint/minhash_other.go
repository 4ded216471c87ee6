//go:build !amd64 || purego

package fingerprint

// lower is lowerGeneric: the assembly is for amd64 only.
func lower(mins *[sketchSlots]uint32, v, h []uint32) { lowerGeneric(mins, v, h) }
