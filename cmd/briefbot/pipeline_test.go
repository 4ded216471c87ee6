package main

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"
)

// TestInOrderEmitterTakesAShare: the goroutine that emits works on the chunk it waits for, so
// a store that is ahead of one worker does not leave its core idle. Input 0 waits until input 1
// is done: with the one worker on input 0, only the emitter can do input 1.
func TestInOrderEmitterTakesAShare(t *testing.T) {
	oneDone := make(chan struct{})
	var got []int
	err := inOrderOn(context.Background(), 1, 4, func(i int) int {
		switch i {
		case 0:
			select {
			case <-oneDone:
			case <-time.After(10 * time.Second):
				t.Error("input 1 was not done while input 0 waited: one goroutine did the chunk")
			}
		case 1:
			close(oneDone)
		}
		return i * 10
	}, func(i, v int) error {
		got = append(got, v)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{0, 10, 20, 30}; !slices.Equal(got, want) {
		t.Errorf("emitted %v, want %v", got, want)
	}
}

// TestInOrderStops: an error of emit, or the context's end, stops the run at that input with
// that error, whatever the number of workers; nothing past it is emitted, and no input is left
// waiting (the call returns).
func TestInOrderStops(t *testing.T) {
	failed := errors.New("disk full")
	const n = 5*chunk + 3
	tests := []struct {
		name    string
		workers int
		stopAt  int
		cancel  bool
		want    error
	}{
		{"emit fails, one worker", 1, chunk + 10, false, failed},
		{"emit fails, three workers", 3, 2 * chunk, false, failed},
		{"emit fails at the last input", 2, n - 1, false, failed},
		{"context ends, one worker", 1, 3*chunk + 1, true, context.Canceled},
		{"context ends, three workers", 3, 7, true, context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			emitted := 0
			err := inOrderOn(ctx, tc.workers, n, func(i int) int { return i }, func(i, v int) error {
				if i != emitted || v != i {
					t.Fatalf("emitted input %d (value %d) as the %dth", i, v, emitted)
				}
				emitted++
				if i == tc.stopAt {
					if tc.cancel {
						cancel()
						return nil
					}
					return failed
				}
				return nil
			})
			if !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
			if emitted != tc.stopAt+1 {
				t.Errorf("emitted %d inputs, want %d (up to and with %d)", emitted, tc.stopAt+1, tc.stopAt)
			}
		})
	}
	if err := inOrderOn(context.Background(), 2, 0, func(int) int { t.Error("work called on no input"); return 0 },
		func(int, int) error { t.Error("emit called on no input"); return nil }); err != nil {
		t.Errorf("no input: %v", err)
	}
}
