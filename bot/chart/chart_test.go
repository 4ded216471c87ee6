package chart

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// bars measures the bars of a chart: runs of rows (horizontal bars) or columns (vertical ones)
// holding BarColor, each with its longest extent in pixels, in reading order.
func bars(t *testing.T, img image.Image, horizontal bool) []int {
	t.Helper()
	b := img.Bounds()
	outer, inner := b.Dy(), b.Dx()
	if !horizontal {
		outer, inner = inner, outer
	}
	var out []int
	in := false
	for o := 0; o < outer; o++ {
		n := 0
		for i := 0; i < inner; i++ {
			x, y := i, o
			if !horizontal {
				x, y = o, b.Dy()-1-i
			}
			r, g, bl, _ := img.At(b.Min.X+x, b.Min.Y+y).RGBA()
			if uint8(r>>8) == BarColor.R && uint8(g>>8) == BarColor.G && uint8(bl>>8) == BarColor.B {
				n++
			}
		}
		switch {
		case n > 0 && !in:
			out = append(out, n)
			in = true
		case n > 0:
			out[len(out)-1] = max(out[len(out)-1], n)
		default:
			in = false
		}
	}
	return out
}

func decode(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != Width || b.Dy() != Height {
		t.Errorf("size %dx%d, want %dx%d", b.Dx(), b.Dy(), Width, Height)
	}
	if len(data) > 8<<20 {
		t.Errorf("%d bytes, past Discord's attachment limit", len(data))
	}
	return img
}

func TestHBarsInOrder(t *testing.T) {
	data, err := HBars("Most quoted, last 7 days", "quotes", []Bar{{"Volodymyr Zelensky", 10}, {"Jens Stoltenberg", 6}, {"Dmitry Peskov", 3}})
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("CHART_OUT"); dir != "" {
		os.WriteFile(filepath.Join(dir, "hbars.png"), data, 0o644)
	}
	got := bars(t, decode(t, data), true)
	if len(got) != 3 {
		t.Fatalf("%d bars, want 3: %v", len(got), got)
	}
	// Longest first, and lengths in proportion to the values (the axis starts at 0).
	for i, want := range []float64{1, 0.6, 0.3} {
		if r := float64(got[i]) / float64(got[0]); math.Abs(r-want) > 0.05 {
			t.Errorf("bar %d is %.2f of the first, want %.2f (%v)", i, r, want, got)
		}
	}
}

func TestVBarsInOrder(t *testing.T) {
	data, err := VBars("Quotes per day", "quotes", []Bar{{"24 Nov", 1}, {"25 Nov", 4}, {"26 Nov", 2}})
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("CHART_OUT"); dir != "" {
		os.WriteFile(filepath.Join(dir, "vbars.png"), data, 0o644)
	}
	got := bars(t, decode(t, data), false)
	if len(got) != 3 || !(got[1] > got[2] && got[2] > got[0]) {
		t.Errorf("bars %v, want heights in the order 1, 4, 2", got)
	}
}

func TestNoBars(t *testing.T) {
	if _, err := HBars("empty", "", nil); err == nil {
		t.Error("a chart of nothing")
	}
}

var update = flag.Bool("update", false, "write the golden charts in testdata anew")

// TestGolden compares a chart with the one in testdata, allowing a few pixels of difference
// (font rasterising may move by a pixel between library versions). Look at testdata/*.png
// after -update before committing them.
func TestGolden(t *testing.T) {
	data, err := HBars("Most quoted, last 7 days", "quotes", []Bar{{"Volodymyr Zelensky", 10}, {"Jens Stoltenberg", 6}, {"Dmitry Peskov", 3}})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "hbars.png")
	if *update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, b := decode(t, data), decode(t, want)
	differ := 0
	for y := 0; y < Height; y++ {
		for x := 0; x < Width; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if absDiff(r1, r2)+absDiff(g1, g2)+absDiff(b1, b2) > 3*0x2000 {
				differ++
			}
		}
	}
	if share := float64(differ) / (Width * Height); share > 0.005 {
		t.Errorf("%.2f%% of pixels differ from %s", 100*share, path)
	}
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}
