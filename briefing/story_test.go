package briefing

import (
	"strings"
	"testing"
	"time"
)

func TestStory(t *testing.T) {
	at := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	wire := Item{Title: "Varna bridge collapses in Keldby", URL: "https://wire.example/1", Source: "Wire", When: at,
		Summary: []string{"A section of the Varna bridge in Keldby collapsed on Tuesday, sending two cars into the river.",
			"Mayor Henrik Dahl said repairs had been planned for next year."},
		Quote: "Nobody should have been driving over that bridge today", Speaker: "Henrik Dahl"}
	daily := Item{Title: "Keldby mayor takes blame after bridge falls", URL: "https://daily.example/1", Source: "Daily", When: at.Add(-2 * time.Hour),
		Summary: []string{"The Varna bridge in Keldby partly collapsed on Tuesday and two cars fell into the river.",
			"Firefighters rescued both drivers, who had minor injuries."}}
	third := Item{Title: "Divers search bridge wreckage", Source: "Radio", When: at.Add(time.Hour),
		Summary: []string{"Divers searched the wreckage of the Varna bridge in Keldby on Wednesday."},
		Quote:   "We will find out why it fell", Speaker: "Ann Reid"}

	t.Run("a new story", func(t *testing.T) {
		e, ok := Story([]Item{wire, daily}, 2)
		if !ok || e.Update {
			t.Fatalf("ok %v, update %v", ok, e.Update)
		}
		if len(e.Outlets) != 2 || e.Quote == "" || e.Speaker != "Henrik Dahl" || !e.First.Equal(daily.When) {
			t.Errorf("entry %+v", e)
		}
		collapsed := 0
		for _, s := range e.Summary {
			if strings.Contains(s, "collapsed") {
				collapsed++
			}
		}
		if collapsed != 1 || len(e.Summary) != 3 {
			t.Errorf("summary %q: want three sentences, the collapse told once", e.Summary)
		}
	})
	t.Run("a new outlet makes an update", func(t *testing.T) {
		e, ok := Story([]Item{third, wire, daily}, 1)
		if !ok || !e.Update || len(e.Outlets) != 3 || e.Title != third.Title {
			t.Errorf("ok %v, entry %+v", ok, e)
		}
	})
	t.Run("nothing new is left out", func(t *testing.T) {
		again := wire
		again.Title, again.When = "Varna bridge: the latest", at.Add(3*time.Hour)
		if e, ok := Story([]Item{again, wire, daily}, 1); ok {
			t.Errorf("the same outlet and quote again made an entry: %+v", e)
		}
		again.Quote = "The river road stays closed"
		if e, ok := Story([]Item{again, wire, daily}, 1); !ok || !e.Update {
			t.Errorf("a new quote made no update: %v %+v", ok, e)
		}
	})
}
