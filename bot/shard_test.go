package bot

import "testing"

func TestShard(t *testing.T) {
	tests := []struct {
		in      string
		ok      bool
		guild   string
		holdsIt bool
	}{
		{"0/1", true, "300000000000000001", true},
		{"0/2", true, "4194304", false}, // 4194304 >> 22 = 1: shard 1 of 2
		{"1/2", true, "4194304", true},
		{"1/2", true, "not-a-snowflake", false},
		{"2/2", false, "", false},
		{"-1/2", false, "", false},
		{"1", false, "", false},
		{"a/b", false, "", false},
	}
	for _, tc := range tests {
		sh, err := ParseShard(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("ParseShard(%q) = %v, %v", tc.in, sh, err)
			continue
		}
		if tc.ok && sh.Holds(tc.guild) != tc.holdsIt {
			t.Errorf("%s holds %s = %v", tc.in, tc.guild, !tc.holdsIt)
		}
	}
}
