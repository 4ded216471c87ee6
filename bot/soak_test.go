package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing/schedule"
	"github.com/briefbot/briefbot/storage"
)

// TestSoakWeek runs the bot for a simulated week on a fake clock: 5 feeds on loopback that
// gain a story every hour, 20 schedules in several zones (some on weekdays only, some quiet),
// polls and scheduler passes every 15 minutes, and a restart of the scheduler midweek. Every
// slot of every schedule is posted exactly once. The Go heap at the start and at the end is
// logged (run with -v) for the soak figures; no time or memory is asserted.
func TestSoakWeek(t *testing.T) {
	if testing.Short() {
		t.Skip("a simulated week")
	}
	start := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) // a Monday
	h := startScheduler(t, start)
	ctx := context.Background()
	site := newFeedSite(t)
	feeds := []string{"/wire", "/daily", "/local", "/sport", "/business"}
	items := map[string][]string{}
	for _, f := range feeds {
		items[f] = []string{f[1:] + "-0"}
		site.set(f, items[f]...)
		if _, err := h.db.Follow(ctx, guildA, channel, site.url(f), "", 15*time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	zones := []string{"UTC", "Europe/Kyiv", "America/New_York", "Asia/Tokyo", "Australia/Sydney"}
	var scheds []storage.Schedule
	for i := 0; i < 20; i++ {
		days := ""
		if i%4 == 3 {
			days = "mon-fri"
		}
		s, err := h.db.AddSchedule(ctx, storage.Schedule{GuildID: guildA, ChannelID: fmt.Sprint("chan-", i),
			Clock: fmt.Sprintf("%02d:%02d", (6+i)%24, (i*7)%60), Zone: zones[i%len(zones)], Days: days, MaxItems: 5, Quiet: i%5 == 4})
		if err != nil {
			t.Fatal(err)
		}
		scheds = append(scheds, s)
	}
	p := &Poller{Store: h.db, Web: testWeb(), Now: h.clock.Now, Logger: quietLog}
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	heapStart := heap()
	end := start.Add(7 * 24 * time.Hour)
	for now, step := start, 0; !now.After(end); now, step = now.Add(15*time.Minute), step+1 {
		h.clock.Set(now)
		if step%4 == 0 { // a new story in every feed each hour
			for _, f := range feeds {
				items[f] = append([]string{fmt.Sprintf("%s-%d", f[1:], step)}, items[f]...)
				site.set(f, items[f]...)
			}
		}
		if err := p.PollDue(ctx); err != nil {
			t.Fatal(err)
		}
		if step == 7*24*2 { // midweek, the process restarts: a new scheduler recovers
			h.sched = &Scheduler{Store: h.db, Poster: h.bot, Now: h.clock.Now, Logger: quietLog}
			if err := h.sched.Recover(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if err := h.sched.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	heapEnd := heap()
	t.Logf("heap after GC: %.1f MiB at the start, %.1f MiB after the week", float64(heapStart)/(1<<20), float64(heapEnd)/(1<<20))

	// Exactly once: no nonce twice, and each schedule posted one briefing for each of its slots
	// (quiet ones too: every hour brings news).
	seen := map[string]int{}
	perChannel := map[string]map[string]bool{}
	for _, m := range h.fake.Messages() {
		var body struct {
			Nonce string `json:"nonce"`
		}
		if err := json.Unmarshal(m.Body, &body); err != nil {
			t.Fatal(err)
		}
		seen[body.Nonce]++
		if seen[body.Nonce] == 2 {
			t.Errorf("message %s posted twice", body.Nonce)
		}
		var sched, slot string
		var part int
		if _, err := fmt.Sscanf(body.Nonce, "b%s", &sched); err == nil {
			if perChannel[m.ChannelID] == nil {
				perChannel[m.ChannelID] = map[string]bool{}
			}
			fmt.Sscanf(body.Nonce, "b%d.%8s.%d", new(int), &slot, &part)
			perChannel[m.ChannelID][slot] = true
		}
	}
	total := 0
	for i, s := range scheds {
		spec, err := schedule.Parse(s.Clock, s.Zone, s.Days)
		if err != nil {
			t.Fatal(err)
		}
		want := len(spec.Due(start, end, 0))
		total += want
		if got := len(perChannel[s.ChannelID]); got != want {
			t.Errorf("schedule %d (%s %s %s): %d briefings, want %d", i, s.Clock, s.Zone, s.Days, got, want)
		}
	}
	if total < 120 {
		t.Errorf("only %d slots in a week of 20 schedules", total)
	}
	t.Logf("%d briefings in %d messages; %d feed articles", total, len(seen), len(items[feeds[0]])*len(feeds))
}
