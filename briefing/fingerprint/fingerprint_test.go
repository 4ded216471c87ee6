package fingerprint

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash/fnv"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefing/text"
)

const story = `The harbour at Port Ellen reopened on Friday after three months of repairs to the pier
that was damaged in the January storms. Fishing boats returned to their moorings before dawn, and the
first ferry from Kennacraig docked shortly after nine in the morning with a full load of passengers and
freight. "It is a relief for everyone on the island," harbour master Ann Reid said.`

// TestSketchMatchesStoredOnes: slot k of the sketch is the least of h1 + k*h2 over the
// phrases, where h1 and h2 are the halves of the FNV-1a hash of the phrase's words joined by
// spaces, as the sketches already stored were made; a change would make every stored sketch
// useless.
func TestSketchMatchesStoredOnes(t *testing.T) {
	// Four lengths: the sketch takes phrases four at a time, and the last few alone.
	for _, body := range []string{story, story + " Ferries", story + " Ferries ran", story + " Ferries ran late"} {
		words := text.Words(body)
		got := Of(body).Sketch
		for k := 0; k < sketchSlots; k++ {
			want := ^uint32(0)
			for i := 0; i+sketchShingle <= len(words); i++ {
				h := fnv.New64a()
				h.Write([]byte(strings.Join(words[i:i+sketchShingle], " ")))
				sum := h.Sum64()
				h1, h2 := uint32(sum), uint32(sum>>32)|1
				want = min(want, h1+uint32(k)*h2)
			}
			if v := binary.LittleEndian.Uint32(got[4*k:]); v != want {
				t.Fatalf("%d words: slot %d holds %d, want %d", len(words), k, v, want)
			}
		}
	}
}

// TestHashMatchesStoredOnes: the content hash is the SHA-256 of the folded words, each
// followed by a space, in hex, as the hashes already stored were made; a change would let every
// stored article be stored again.
func TestHashMatchesStoredOnes(t *testing.T) {
	for _, body := range []string{story, "Short.", "", strings.Repeat(story+"\n\n", 6)} {
		var joined strings.Builder
		for _, w := range text.Words(body) {
			joined.WriteString(w + " ")
		}
		sum := sha256.Sum256([]byte(joined.String()))
		if got, want := Of(body).Hash, hex.EncodeToString(sum[:]); got != want {
			t.Errorf("Hash of %.20q = %s, want %s", body, got, want)
		}
		if got := Hash(body); got != Of(body).Hash {
			t.Errorf("Hash and Of disagree on %.20q", body)
		}
	}
}

// BenchmarkOf fingerprints a 600-word body.
func BenchmarkOf(b *testing.B) {
	body := strings.Repeat(story+"\n\n", 6)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Of(body)
	}
}

func TestResemblance(t *testing.T) {
	a := Of(story)
	reworded := Of(strings.Replace(story, "shortly after", "soon after", 1))
	other := Of(strings.Repeat("Ferry crews on Islay walked out on Friday over pay and the union said talks failed. ", 5))
	if r := Resemblance(a.Sketch, reworded.Sketch); r < SameStory {
		t.Errorf("reworded copy resembles %.2f, want >= %.2f", r, SameStory)
	}
	if r := Resemblance(a.Sketch, other.Sketch); r > 0.2 {
		t.Errorf("another story resembles %.2f", r)
	}
	if Of("Too short to sketch.").Sketch != nil {
		t.Error("a short body was sketched")
	}
	if Hash("A  “quoted” line\n\nbreak") != Hash(`a "quoted" line break`) {
		t.Error("the hash depends on spacing or marks")
	}
}

// TestBandsAreFNV: each band is hash/fnv's FNV-1a of the band's number and its slots, and a
// sketch of another length has none.
func TestBandsAreFNV(t *testing.T) {
	sk := Of(strings.Repeat("The harbour at Port Ellen reopened on Friday after three months of repairs. ", 8)).Sketch
	got := Bands(sk)
	if len(got) != sketchBands {
		t.Fatalf("%d bands, want %d", len(got), sketchBands)
	}
	width := len(sk) / sketchBands
	for b, band := range got {
		h := fnv.New64a()
		h.Write([]byte{byte(b)})
		h.Write(sk[b*width : (b+1)*width])
		if want := int64(h.Sum64()); band != want {
			t.Errorf("band %d = %x, want %x", b, band, want)
		}
	}
	if bs := Bands(sk[:len(sk)-1]); bs != nil {
		t.Errorf("a cut sketch has bands %v", bs)
	}
}

// TestOfWordsJoined: the joined words are strings.Join's, and the fingerprint OfWords's.
func TestOfWordsJoined(t *testing.T) {
	long := strings.Fields(strings.Repeat("the wire story ran again under another headline ", 8))
	for _, words := range [][]string{nil, {}, {"one"}, {"two", "words"}, {"", "empty", ""}, long} {
		p, joined := OfWordsJoined(words)
		if want := strings.Join(words, " "); joined != want {
			t.Errorf("OfWordsJoined(%q) joined %q, want %q", words, joined, want)
		}
		if want := OfWords(words); p.Hash != want.Hash || !bytes.Equal(p.Sketch, want.Sketch) {
			t.Errorf("OfWordsJoined(%q) = %v, want OfWords's %v", words, p, want)
		}
	}
}
