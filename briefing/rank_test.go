package briefing

import (
	"testing"
	"time"
)

func TestRank(t *testing.T) {
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	items := []Item{
		{Title: "a1", Source: "A", When: now.Add(-1 * time.Hour)},
		{Title: "a2", Source: "A", When: now.Add(-2 * time.Hour)},
		{Title: "a3", Source: "A", When: now.Add(-3 * time.Hour)},
		{Title: "b1", Source: "B", When: now.Add(-4 * time.Hour)},
		{Title: "old but everywhere", Source: "C", When: now.Add(-20 * time.Hour), Outlets: []Outlet{{Name: "C"}, {Name: "A"}, {Name: "B"}, {Name: "D"}}},
	}
	var got []Item
	var titles []string
	for _, i := range Rank(items, now, 3) {
		got = append(got, items[i])
		titles = append(titles, items[i].Title)
	}
	if len(got) != 3 || titles[0] != "old but everywhere" && titles[0] != "a1" {
		t.Fatalf("ranked %v", titles)
	}
	sources := map[string]bool{}
	for _, it := range got {
		sources[it.Source] = true
	}
	if len(sources) < 3 {
		t.Errorf("top 3 %v come from %d sources, want variety", titles, len(sources))
	}
	if len(Rank(items, now, 10)) != 5 {
		t.Error("max larger than the list lost items")
	}
}
