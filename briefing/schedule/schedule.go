// Package schedule reads a briefing schedule as a person sets it ("08:00", "Europe/Kyiv",
// "mon-fri") and computes its slots: one a chosen local day, keyed by that local date, so that
// a delivery is exactly once per day whatever daylight saving does. On spring-forward day a
// 02:30 slot that does not exist comes at the first valid instant after it (03:30); on
// fall-back day a 01:30 that happens twice comes once, at its first occurrence.
//
// The cron expression (for robfig/cron, which triggers the runs) is derived from the same
// schedule; the slots, not cron's firing times, decide what is due.
package schedule

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // zones work in minimal images with no system tz database
)

// Spec is a validated schedule.
type Spec struct {
	Hour, Minute int
	Zone         string  // IANA name
	Days         [7]bool // by time.Weekday; all true = every day
	loc          *time.Location
}

var dayNames = map[string]time.Weekday{"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday,
	"wed": time.Wednesday, "thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday}

// Parse validates a schedule: clock time "HH:MM" (24-hour), an IANA time zone ("" is UTC) and
// days ("" every day; "mon-fri", "mon,wed,fri", "sat,sun", "daily", "weekdays", "weekends").
// Its errors say what to type instead.
func Parse(clock, zone, days string) (Spec, error) {
	var s Spec
	h, m, ok := strings.Cut(strings.TrimSpace(clock), ":")
	hour, err1 := strconv.Atoi(h)
	minute, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || len(m) != 2 || hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return s, fmt.Errorf("time %q is not a 24-hour HH:MM time such as 08:00 or 17:30", clock)
	}
	s.Hour, s.Minute = hour, minute
	zone = strings.TrimSpace(zone)
	if zone == "" {
		zone = "UTC"
	}
	if strings.EqualFold(zone, "local") || strings.ContainsAny(zone, " \\") || strings.HasPrefix(zone, "/") || strings.Contains(zone, "..") {
		return s, fmt.Errorf("time zone %q is not an IANA zone name such as Europe/Kyiv or America/New_York", zone)
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return s, fmt.Errorf("time zone %q is not an IANA zone name such as Europe/Kyiv or America/New_York", zone)
	}
	s.Zone, s.loc = loc.String(), loc
	if s.Days, err = parseDays(days); err != nil {
		return s, err
	}
	return s, nil
}

func parseDays(days string) ([7]bool, error) {
	var out [7]bool
	d := strings.ToLower(strings.TrimSpace(days))
	switch d {
	case "", "daily", "every day", "everyday", "all", "*":
		return [7]bool{true, true, true, true, true, true, true}, nil
	case "weekdays":
		d = "mon-fri"
	case "weekends":
		d = "sat,sun"
	}
	bad := fmt.Errorf("days %q: use names like mon-fri, mon,wed,fri or weekends", days)
	for _, part := range strings.Split(d, ",") {
		part = strings.TrimSpace(part)
		from, to, isRange := strings.Cut(part, "-")
		a, ok1 := dayNames[short(from)]
		if !ok1 {
			return out, bad
		}
		if !isRange {
			out[a] = true
			continue
		}
		b, ok2 := dayNames[short(to)]
		if !ok2 {
			return out, bad
		}
		for w := a; ; w = (w + 1) % 7 {
			out[w] = true
			if w == b {
				break
			}
		}
	}
	return out, nil
}

func short(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 3 {
		s = s[:3]
	}
	return s
}

// Location is the spec's time zone.
func (s Spec) Location() *time.Location {
	if s.loc == nil {
		if loc, err := time.LoadLocation(s.Zone); err == nil {
			return loc
		}
		return time.UTC
	}
	return s.loc
}

// DaysString is the days in a compact form: "every day", "mon,tue,wed".
func (s Spec) DaysString() string {
	var names []string
	all := true
	for w := time.Monday; ; w = (w + 1) % 7 {
		if s.Days[w] {
			names = append(names, strings.ToLower(w.String()[:3]))
		} else {
			all = false
		}
		if w == time.Sunday {
			break
		}
	}
	if all {
		return "every day"
	}
	return strings.Join(names, ",")
}

// Cron is the spec as a robfig/cron expression with its zone: "CRON_TZ=Europe/Kyiv 0 8 * * *".
func (s Spec) Cron() string {
	dow := "*"
	if s.DaysString() != "every day" {
		var ds []string
		for w := 0; w < 7; w++ {
			if s.Days[w] {
				ds = append(ds, strconv.Itoa(w))
			}
		}
		dow = strings.Join(ds, ",")
	}
	return fmt.Sprintf("CRON_TZ=%s %d %d * * %s", s.Zone, s.Minute, s.Hour, dow)
}

// Slot is one due briefing of a schedule.
type Slot struct {
	Key string    // the local date, "2026-03-29": what makes a delivery exactly once
	At  time.Time // when it is due (UTC)
}

// SlotOn returns the slot of the local date y-m-d, and whether the schedule runs that day.
func (s Spec) SlotOn(y int, m time.Month, d int) (Slot, bool) {
	loc := s.Location()
	day := time.Date(y, m, d, 12, 0, 0, 0, loc)
	if !s.Days[day.Weekday()] {
		return Slot{}, false
	}
	return Slot{Key: day.Format("2006-01-02"), At: s.wallTime(y, m, d).UTC()}, true
}

// wallTime is the instant the clock in the zone first shows the spec's time on y-m-d, or, when
// daylight saving skips that time, the first instant after it. time.Date alone does not
// promise which of two candidates it picks in either case.
func (s Spec) wallTime(y int, m time.Month, d int) time.Time {
	loc := s.Location()
	at := time.Date(y, m, d, s.Hour, s.Minute, 0, 0, loc)
	want := s.Hour*60 + s.Minute
	wall := func(t time.Time) (int, bool) {
		lt := t.In(loc)
		return lt.Hour()*60 + lt.Minute(), lt.Day() == d
	}
	if w, _ := wall(at); w == want {
		if e := at.Add(-time.Hour); func() bool { w, same := wall(e); return same && w == want }() {
			return e // fall-back day: the first of the two
		}
		return at
	}
	for t := at.Add(-3 * time.Hour).Truncate(time.Minute); ; t = t.Add(time.Minute) {
		if w, same := wall(t); same && w >= want {
			return t // spring-forward day: the clock jumps over the time
		}
	}
}

// Due returns the slots with after < At <= now, oldest first; at most max (the newest ones).
func (s Spec) Due(after, now time.Time, max int) []Slot {
	if !now.After(after) {
		return nil
	}
	if now.Sub(after) > 62*24*time.Hour {
		after = now.Add(-62 * 24 * time.Hour) // older slots are past any grace window
	}
	loc := s.Location()
	var out []Slot
	start := after.In(loc).AddDate(0, 0, -1)
	for d := time.Date(start.Year(), start.Month(), start.Day(), 12, 0, 0, 0, loc); !d.After(now.In(loc).AddDate(0, 0, 1)); d = d.AddDate(0, 0, 1) {
		sl, ok := s.SlotOn(d.Year(), d.Month(), d.Day())
		if ok && sl.At.After(after) && !sl.At.After(now) {
			out = append(out, sl)
		}
	}
	if max > 0 && len(out) > max {
		out = out[len(out)-max:]
	}
	return out
}
