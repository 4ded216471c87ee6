package bot

import (
	"bytes"
	"encoding/json"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/chart"
)

// TestQuotesChartPerDay: /quotes chart:true attaches a chart of the speaker's quotes per day
// over the last two weeks, its counts in the embed's text; without chart:true there is none.
func TestQuotesChartPerDay(t *testing.T) {
	h := startScheduler(t, kyivDay)
	h.clock.Set(kyivDay.Add(-24 * time.Hour))
	h.addQuote(t, "", "Tuesday", "We will rebuild every bridge on the river")
	h.clock.Set(kyivDay)
	h.addQuote(t, "", "Wednesday", "The ferries will run all winter long", "Every town on the coast will have power")
	m, resp := h.ask(t, command(guildA, alice, memberPerms, "quotes", "speaker", "zelenskyy", "chart", true))
	if len(resp.Files) != 1 || resp.Files[0].Name != "quotes.png" {
		t.Fatalf("files %+v", resp.Files)
	}
	img, err := png.Decode(bytes.NewReader(resp.Files[0].Data))
	if err != nil || img.Bounds().Dx() != chart.Width {
		t.Fatalf("chart: %v", err)
	}
	last := m.Embeds[len(m.Embeds)-1]
	if !strings.Contains(last.Title, "quotes per day") || !strings.Contains(last.Description, "24 Nov: 1") || !strings.Contains(last.Description, "25 Nov: 2") {
		t.Errorf("chart embed %+v", last)
	}
	final := resp.Data
	if len(resp.Edits) > 0 {
		final = resp.Edits[len(resp.Edits)-1]
	}
	var raw struct {
		Embeds []struct {
			Image *struct{ URL string } `json:"image"`
		} `json:"embeds"`
	}
	json.Unmarshal(final, &raw)
	if n := len(raw.Embeds); n == 0 || raw.Embeds[n-1].Image == nil || raw.Embeds[n-1].Image.URL != "attachment://quotes.png" {
		t.Errorf("embeds %s", final)
	}
	if _, resp := h.ask(t, command(guildA, alice, memberPerms, "quotes", "speaker", "zelenskyy")); len(resp.Files) != 0 {
		t.Errorf("a chart without chart:true")
	}
}
