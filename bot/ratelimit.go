package bot

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
	"time"
)

// Rate is a token bucket's shape: Burst requests at once, then one every Every.
type Rate struct {
	Every time.Duration
	Burst int
}

// DefaultLimits are the limits `briefbot run` applies: a member may make 5 costly requests at
// once and then one every 6 s (10 a minute); a whole server 30 at once and then one a second.
func DefaultLimits() *Limiter {
	return &Limiter{PerUser: Rate{Every: 6 * time.Second, Burst: 5}, PerGuild: Rate{Every: time.Second, Burst: 30}}
}

// Limiter keeps a token bucket for each member and each guild, so that one member cannot slow
// the bot for everyone, nor one server for the others. The zero Rate does not limit.
type Limiter struct {
	PerUser, PerGuild Rate
	Now               func() time.Time // the clock; tests pin it

	// Refused counts the requests turned away, for metrics.
	Refused atomic.Int64

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

// maxBuckets bounds the limiter's memory: past it, the buckets that have filled up again
// (members idle long enough) are dropped, which changes nothing for them.
const maxBuckets = 50_000

// Allow takes cost tokens from the member's and the guild's buckets. When either is short it
// takes none and says which ran out and how long until there are enough again.
func (l *Limiter) Allow(userID, guildID string, cost int) (ok bool, guild bool, wait time.Duration) {
	if l == nil {
		return true, false, 0
	}
	now := nowFrom(l.Now)
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.buckets == nil {
		l.buckets = map[string]*bucket{}
	}
	if len(l.buckets) > maxBuckets {
		l.sweep(now)
	}
	type take struct {
		b     *bucket
		rate  Rate
		guild bool
	}
	var takes []take
	if l.PerUser.Every > 0 && userID != "" {
		takes = append(takes, take{l.fill("u:"+userID, l.PerUser, now), l.PerUser, false})
	}
	if l.PerGuild.Every > 0 && guildID != "" {
		takes = append(takes, take{l.fill("g:"+guildID, l.PerGuild, now), l.PerGuild, true})
	}
	for _, t := range takes {
		if short := float64(cost) - t.b.tokens; short > 0 {
			l.Refused.Add(1)
			return false, t.guild, time.Duration(math.Ceil(short * float64(t.rate.Every)))
		}
	}
	for _, t := range takes {
		t.b.tokens -= float64(cost)
	}
	return true, false, 0
}

// fill returns the bucket of key topped up for the time since it was last used.
func (l *Limiter) fill(key string, r Rate, now time.Time) *bucket {
	b := l.buckets[key]
	if b == nil {
		b = &bucket{tokens: float64(r.Burst), at: now}
		l.buckets[key] = b
		return b
	}
	if elapsed := now.Sub(b.at); elapsed > 0 {
		b.tokens = math.Min(float64(r.Burst), b.tokens+float64(elapsed)/float64(r.Every))
		b.at = now
	}
	return b
}

// sweep drops the buckets that would be full by now.
func (l *Limiter) sweep(now time.Time) {
	longest := max(l.PerUser.Every*time.Duration(l.PerUser.Burst), l.PerGuild.Every*time.Duration(l.PerGuild.Burst))
	for k, b := range l.buckets {
		if now.Sub(b.at) >= longest {
			delete(l.buckets, k)
		}
	}
}

// costs are the commands worth limiting and what each costs: adding an article fetches and
// analyses; a search or a quote lookup reads the database.
var costs = map[string]int{"article add": 3, "search": 1, "quotes": 1}

// slowDown is the polite refusal of a limited request.
func slowDown(guild bool, wait time.Duration) Reply {
	secs := max(1, int(math.Ceil(wait.Seconds())))
	if guild {
		return errorReply(fmt.Sprintf("This server is asking me a lot right now. Please try again in %d s.", secs))
	}
	return errorReply(fmt.Sprintf("You are going a little fast for me. Please try again in %d s.", secs))
}
