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

// TestRankOutletsAndPace: a story ten outlets carried within an hour tops a fresher lone
// article; the same ten outlets over two days weigh less than over one hour.
func TestRankOutletsAndPace(t *testing.T) {
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	var ten []Outlet
	for i := 0; i < 10; i++ {
		ten = append(ten, Outlet{Name: string(rune('A' + i))})
	}
	fast := Item{Title: "fast", Source: "A", When: now.Add(-3 * time.Hour), First: now.Add(-4 * time.Hour), Outlets: ten}
	slow := Item{Title: "slow", Source: "B", When: now.Add(-3 * time.Hour), First: now.Add(-51 * time.Hour), Outlets: ten}
	lone := Item{Title: "lone", Source: "C", When: now.Add(-10 * time.Minute)}
	items := []Item{lone, slow, fast}
	var titles []string
	for _, i := range Rank(items, now, 3) {
		titles = append(titles, items[i].Title)
	}
	if len(titles) != 3 || titles[0] != "fast" || titles[1] != "slow" || titles[2] != "lone" {
		t.Errorf("ranked %v, want fast, slow, lone", titles)
	}
}
