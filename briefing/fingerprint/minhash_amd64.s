//go:build amd64 && !purego

#include "textflag.h"

// The lane numbers 0 to 7.
DATA lanes<>+0(SB)/4, $0
DATA lanes<>+4(SB)/4, $1
DATA lanes<>+8(SB)/4, $2
DATA lanes<>+12(SB)/4, $3
DATA lanes<>+16(SB)/4, $4
DATA lanes<>+20(SB)/4, $5
DATA lanes<>+24(SB)/4, $6
DATA lanes<>+28(SB)/4, $7
GLOBL lanes<>(SB), RODATA|NOPTR, $32

// One block of eight slots at offset off of mins (DI): Y0 holds v + k*h for the block's slots
// k; lower the slots to it, then step Y0 on by 8*h (Y1).
#define BLOCK(off) \
	VPMINUD off(DI), Y0, Y2 \
	VMOVDQU Y2, off(DI) \
	VPADDD  Y1, Y0, Y0

// func lowerAVX2(mins *[128]uint32, v, h []uint32)
TEXT ·lowerAVX2(SB), NOSPLIT, $0-56
	MOVQ mins+0(FP), DI
	MOVQ v_base+8(FP), SI
	MOVQ v_len+16(FP), CX
	MOVQ h_base+32(FP), DX
	TESTQ CX, CX
	JZ done
	VMOVDQU lanes<>(SB), Y15

phrase:
	VPBROADCASTD (SI), Y0 // v
	VPBROADCASTD (DX), Y1 // h
	VPMULLD Y15, Y1, Y2   // k*h for the lanes k
	VPADDD Y2, Y0, Y0     // the first block's values
	VPSLLD $3, Y1, Y1     // 8*h: from one block to the next
	BLOCK(0)
	BLOCK(32)
	BLOCK(64)
	BLOCK(96)
	BLOCK(128)
	BLOCK(160)
	BLOCK(192)
	BLOCK(224)
	BLOCK(256)
	BLOCK(288)
	BLOCK(320)
	BLOCK(352)
	BLOCK(384)
	BLOCK(416)
	BLOCK(448)
	BLOCK(480)
	ADDQ $4, SI
	ADDQ $4, DX
	DECQ CX
	JNZ phrase

done:
	VZEROUPPER
	RET
