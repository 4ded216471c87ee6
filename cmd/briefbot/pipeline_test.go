package main

import (
	"context"
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
