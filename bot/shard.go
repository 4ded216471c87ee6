package bot

import (
	"fmt"
	"strconv"
	"strings"
)

// Shard is the part of Discord one process connects to: shard ID of Count (Discord's gateway
// sharding). A guild belongs to shard (guild_id >> 22) % Count. The zero Shard, and any with
// Count 1, holds every guild.
type Shard struct {
	ID, Count int
}

// ParseShard reads "ID/COUNT" ("0/2").
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	id, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || id < 0 || id >= n {
		return Shard{}, fmt.Errorf("shard %q: want ID/COUNT with 0 <= ID < COUNT, such as 0/2", s)
	}
	return Shard{ID: id, Count: n}, nil
}

// Holds reports whether the guild belongs to this shard. A guild ID that is no snowflake
// belongs to shard 0.
func (s Shard) Holds(guildID string) bool {
	if s.Count <= 1 {
		return true
	}
	id, err := strconv.ParseUint(guildID, 10, 64)
	if err != nil {
		return s.ID == 0
	}
	return int((id>>22)%uint64(s.Count)) == s.ID
}

func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.ID, max(s.Count, 1)) }
