// Package chart draws the small PNG charts briefbot attaches to replies: who was quoted most,
// and how often one speaker was quoted day by day. The images have an opaque light card, dark
// text and one mid-blue bar colour, so they read the same on Discord's dark and light themes.
package chart

import (
	"bytes"
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Bar is one labelled value.
type Bar struct {
	Label string
	Value float64
}

// Size of every chart, in pixels at 96 dpi.
const (
	Width  = 800
	Height = 450
)

var (
	// BarColor is the bars' colour: readable on white and, through the card, on dark themes.
	BarColor = color.RGBA{R: 0x3b, G: 0x6e, B: 0xd6, A: 0xff}
	card     = color.RGBA{R: 0xfa, G: 0xfa, B: 0xfa, A: 0xff}
	ink      = color.RGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xff}
)

// HBars draws bars from top to bottom, in the order given (the caller sorts them), with title
// over them and label under the values. It returns a PNG.
func HBars(title, label string, bars []Bar) ([]byte, error) {
	return plotBars(title, label, bars, true)
}

// VBars draws one bar per label from left to right, such as quotes per day.
func VBars(title, label string, bars []Bar) ([]byte, error) {
	return plotBars(title, label, bars, false)
}

func plotBars(title, label string, bars []Bar, horizontal bool) ([]byte, error) {
	if len(bars) == 0 {
		return nil, fmt.Errorf("chart %q: no bars", title)
	}
	p := plot.New()
	style(p, title)
	vals := make(plotter.Values, len(bars))
	names := make([]string, len(bars))
	for i, b := range bars {
		j, name := i, b.Label
		if horizontal {
			// gonum counts the nominal axis from the bottom: the first bar goes last.
			j, name = len(bars)-1-i, "  "+truncate(b.Label, 28) // room before the card's edge
		}
		vals[j], names[j] = b.Value, name
	}
	// Bars share the axis's length, as wide as if there were at least 7 (3 lying down).
	length, slots := float64(Width)*0.5, max(len(bars), 7)
	if horizontal {
		length, slots = float64(Height)*0.45, max(len(bars), 3)
	}
	bc, err := plotter.NewBarChart(vals, vg.Points(length/float64(slots)))
	if err != nil {
		return nil, fmt.Errorf("chart %q: %w", title, err)
	}
	bc.Horizontal = horizontal
	bc.Color = BarColor
	bc.LineStyle.Width = 0
	p.Add(bc)
	if horizontal {
		p.X.Label.Text, p.X.Min = label, 0
		p.NominalY(names...)
	} else {
		p.Y.Label.Text, p.Y.Min = label, 0
		p.NominalX(names...)
	}
	return render(p)
}

func style(p *plot.Plot, title string) {
	p.Title.Text = title
	p.Title.TextStyle.Font.Size = 16
	p.BackgroundColor = card
	for _, ts := range []*draw.TextStyle{&p.Title.TextStyle, &p.X.Label.TextStyle, &p.Y.Label.TextStyle,
		&p.X.Tick.Label, &p.Y.Tick.Label} {
		ts.Color = ink
	}
	p.X.Tick.Label.Font.Size = font.Length(11)
	p.Y.Tick.Label.Font.Size = font.Length(12)
	p.X.LineStyle.Color, p.Y.LineStyle.Color = ink, ink
	p.X.Tick.LineStyle.Color, p.Y.Tick.LineStyle.Color = ink, ink
}

func render(p *plot.Plot) ([]byte, error) {
	c := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(vg.Length(Width)*vg.Inch/96, vg.Length(Height)*vg.Inch/96), vgimg.UseDPI(96))}
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("encode chart: %w", err)
	}
	return buf.Bytes(), nil
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
