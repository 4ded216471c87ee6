package text

import (
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"A 7.1 quake, 10,000 homes.", []string{"A", "7.1", "quake", "10,000", "homes"}},
		{"Erdoğan's 2 sons", []string{"Erdoğan", "s", "2", "sons"}},
		{"end. Next, 3", []string{"end", "Next", "3"}},
		{"1,2.", []string{"1,2"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
