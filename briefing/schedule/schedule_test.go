package schedule

import (
	"strings"
	"testing"
	"time"
)

func TestParseRejects(t *testing.T) {
	tests := []struct{ clock, zone, days, want string }{
		{"8am", "UTC", "", "HH:MM"},
		{"24:00", "UTC", "", "HH:MM"},
		{"08:60", "UTC", "", "HH:MM"},
		{"08:5", "UTC", "", "HH:MM"},
		{"08:00", "Europe/Kiev-ish", "", "IANA"},
		{"08:00", "Local", "", "IANA"},
		{"08:00", "../../etc/passwd", "", "IANA"},
		{"08:00", "CRON_TZ=UTC", "", "IANA"},
		{"08:00", "UTC", "funday", "days"},
		{"08:00", "UTC", "mon-xyz", "days"},
	}
	for _, tc := range tests {
		if _, err := Parse(tc.clock, tc.zone, tc.days); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q, %q, %q) = %v, want an error about %s", tc.clock, tc.zone, tc.days, err, tc.want)
		}
	}
}

func TestParseAccepts(t *testing.T) {
	s, err := Parse("08:00", "Europe/Kyiv", "mon-fri")
	if err != nil {
		t.Fatal(err)
	}
	if s.Cron() != "CRON_TZ=Europe/Kyiv 0 8 * * 1,2,3,4,5" || s.DaysString() != "mon,tue,wed,thu,fri" {
		t.Errorf("cron %q, days %q", s.Cron(), s.DaysString())
	}
	s, err = Parse("7:05", "", "")
	if err != nil || s.Zone != "UTC" || s.Cron() != "CRON_TZ=UTC 5 7 * * *" || s.DaysString() != "every day" {
		t.Errorf("%+v %v %q", s, err, s.Cron())
	}
	s, _ = Parse("10:00", "UTC", "fri-mon")
	if s.DaysString() != "mon,fri,sat,sun" {
		t.Errorf("wrapping range: %q", s.DaysString())
	}
}

func TestKyivMorning(t *testing.T) {
	s, _ := Parse("08:00", "Europe/Kyiv", "")
	sl, ok := s.SlotOn(2026, time.November, 25)
	if !ok || sl.Key != "2026-11-25" || !sl.At.Equal(time.Date(2026, 11, 25, 6, 0, 0, 0, time.UTC)) {
		t.Errorf("slot = %+v", sl)
	}
}

func TestDST(t *testing.T) {
	// New York: clocks jump 02:00 -> 03:00 on 8 March 2026 and fall back 02:00 -> 01:00 on 1 November.
	spring, _ := Parse("02:30", "America/New_York", "")
	sl, ok := spring.SlotOn(2026, time.March, 8)
	if !ok || !sl.At.Equal(time.Date(2026, 3, 8, 7, 0, 0, 0, time.UTC)) {
		t.Errorf("spring-forward 02:30 = %v, want 03:00 EDT (07:00 UTC)", sl.At)
	}
	day := spring.Due(time.Date(2026, 3, 7, 12, 0, 0, 0, time.UTC), time.Date(2026, 3, 8, 12, 0, 0, 0, time.UTC), 0)
	if len(day) != 1 || day[0].Key != "2026-03-08" {
		t.Errorf("spring-forward day slots = %+v, want exactly one", day)
	}
	fall, _ := Parse("01:30", "America/New_York", "")
	sl, _ = fall.SlotOn(2026, time.November, 1)
	if !sl.At.Equal(time.Date(2026, 11, 1, 5, 30, 0, 0, time.UTC)) {
		t.Errorf("fall-back 01:30 = %v, want the first one, 01:30 EDT (05:30 UTC)", sl.At)
	}
	// Over the whole repeated hour and beyond, one slot.
	day = fall.Due(time.Date(2026, 10, 31, 12, 0, 0, 0, time.UTC), time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC), 0)
	if len(day) != 1 {
		t.Errorf("fall-back day slots = %+v, want exactly one", day)
	}
}

func TestDue(t *testing.T) {
	s, _ := Parse("08:00", "UTC", "mon-fri")
	// Friday 20 Nov 2026 09:00 to Wednesday 25 Nov 09:00: Mon, Tue, Wed.
	got := s.Due(time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC), time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC), 0)
	var keys []string
	for _, sl := range got {
		keys = append(keys, sl.Key)
	}
	if strings.Join(keys, " ") != "2026-11-23 2026-11-24 2026-11-25" {
		t.Errorf("due = %v", keys)
	}
	if got := s.Due(time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC), time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC), 1); len(got) != 1 || got[0].Key != "2026-11-25" {
		t.Errorf("max 1 = %+v", got)
	}
	if got := s.Due(time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC), time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC), 0); got != nil {
		t.Errorf("empty interval = %+v", got)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("08:00", "Europe/Kyiv", "mon-fri")
	f.Add("23:59", "", "sat,sun")
	f.Fuzz(func(t *testing.T, clock, zone, days string) {
		s, err := Parse(clock, zone, days)
		if err != nil {
			return
		}
		now := time.Date(2026, 3, 29, 12, 0, 0, 0, time.UTC)
		for _, sl := range s.Due(now.AddDate(0, 0, -10), now, 0) {
			if sl.At.After(now) {
				t.Fatalf("slot after now: %+v", sl)
			}
		}
	})
}
