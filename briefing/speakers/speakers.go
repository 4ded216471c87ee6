// Package speakers decides when two names are one speaker: "Zelensky", "Zelenskyy",
// "Zelenskiy", "President Volodymyr Zelensky"; "Akmetov" and "Akhmetov"; "Erdogan" and
// "Erdoğan". It folds case, accents and titles, and normalises the transliteration habits that
// make one surname many spellings. Different first names keep people apart ("Joe Biden",
// "Hunter Biden"); a bare surname joins a full name only when it is the only one it fits.
package speakers

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/text"
)

// Key is what a name is compared by.
type Key struct {
	First   string // folded first name, "" when the name is a surname alone
	Surname string // normalised last word (see Normalize)
	Person  bool   // a person's name rather than a body ("Ukraine's communications watchdog")
	Folded  string // the whole name folded, titles dropped: the alias it is stored under
	Display string // the name as given, titles dropped: "Volodymyr Zelensky"
}

// titles are dropped from the front of a name before it is keyed.
var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true,
	"sir": true, "dame": true, "prof": true, "professor": true, "president": true, "gen": true,
	"general": true, "sen": true, "senator": true, "rep": true, "gov": true, "governor": true,
	"the": true, "lord": true, "lady": true, "king": true, "queen": true, "prince": true,
	"princess": true, "pope": true, "prime": true, "minister": true, "chancellor": true,
	"secretary": true, "mayor": true, "judge": true, "rev": true, "father": true, "chief": true,
	"col": true, "lt": true, "capt": true, "sgt": true, "adm": true, "vice": true}

// Of keys a speaker's name as a story gives it.
func Of(name string) Key {
	words := strings.Fields(name)
	var kept, shown []string
	person := true
	for i, raw := range words {
		w := strings.Trim(raw, nameMarks)
		fw := text.Fold(w)
		if fw == "" {
			continue
		}
		if len(kept) == 0 && titles[fw] && i < len(words)-1 {
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !isParticle(fw) && !text.PrefixedSurname(w) {
			person = false
		}
		if strings.HasSuffix(fw, "'s") || strings.HasSuffix(fw, "’s") {
			person = false
		}
		kept = append(kept, fw)
		shown = append(shown, shownAs(raw, w))
	}
	k := Key{Folded: strings.Join(kept, " "), Display: strings.Join(shown, " "),
		Person: person && len(kept) > 0 && len(kept) <= 5}
	if len(kept) == 0 {
		return k
	}
	if !k.Person {
		k.Surname = k.Folded
		return k
	}
	k.Surname = Normalize(kept[len(kept)-1])
	if len(kept) > 1 {
		k.First = kept[0]
	}
	return k
}

// nameMarks are what is cut from each end of a name's words: the full stop, and the
// wordMarks.
const nameMarks = "." + wordMarks

// wordMarks are the punctuation, quotation marks and brackets around a name's word.
const wordMarks = ",;:\"“”‘’()"

// shownAs is a name's word as it is shown: w, the word without nameMarks, with its full stop
// when raw had one and it is the word's own (text.InName: "J.", "U.S.", "Jr.").
func shownAs(raw, w string) string {
	if strings.HasSuffix(strings.TrimRight(raw, wordMarks), ".") && text.InName(w) {
		return w + "."
	}
	return w
}

// Query keys a name as a user types it, in any case: "zelenskyy", "president zelensky".
// Up to four words without a possessive are taken for a person's name.
func Query(name string) Key {
	k := Of(name)
	if !k.Person && k.Folded != "" {
		words := strings.Fields(k.Folded)
		if len(words) <= 4 && !strings.ContainsAny(k.Folded, "'’") {
			k.Person = true
			k.Surname = Normalize(words[len(words)-1])
			if len(words) > 1 {
				k.First = words[0]
			}
		}
	}
	return k
}

func isParticle(w string) bool {
	switch w {
	case "von", "van", "der", "den", "de", "da", "di", "del", "la", "le", "bin", "ibn", "al", "el", "du":
		return true
	}
	return false
}

// spellings maps the letters that transliterations of one name spell differently to one form.
// Built once: a Replacer is safe for concurrent use, and building one costs more than using it.
var spellings = strings.NewReplacer("kh", "k", "zh", "j", "ph", "f", "ck", "k", "ij", "y", "ii", "y",
	"iy", "y", "yi", "y", "j", "y", "w", "v", "-", "", "'", "", "’", "")

// Normalize reduces a folded surname to a spelling-independent form: "zelenskyy",
// "zelenskiy" and "zelensky" give one form, as do "akhmetov" and "akmetov".
func Normalize(w string) string {
	w = spellings.Replace(w)
	// Collapse doubled letters: "zelenskyy" -> "zelensky", "gaddafi"/"gadafi".
	var b strings.Builder
	var prev rune
	for _, r := range w {
		if r == prev {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// Named reports whether the key names someone who can be the same speaker in another article:
// a person, or a body with a name of its own ("NATO", "the U.S. Justice Department",
// "Ukraine's communications watchdog"), not a description ("The city manager", "A resident").
func (k Key) Named() bool {
	if k.Person {
		return true
	}
	words := strings.Fields(k.Display)
	for i, w := range words {
		if i == 0 && (strings.EqualFold(w, "the") || strings.EqualFold(w, "a") || strings.EqualFold(w, "an")) {
			continue
		}
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Same reports whether a and b name the same speaker: same normalised surname and first names
// that agree (equal, one an initial of the other, or one missing).
func Same(a, b Key) bool {
	if a.Person != b.Person || a.Surname == "" || a.Surname != b.Surname {
		return false
	}
	if !a.Person {
		return true
	}
	initial := func(s string) bool { return utf8.RuneCountInString(s) == 1 } // "в" is an initial too
	return a.First == "" || b.First == "" || a.First == b.First ||
		initial(a.First) && strings.HasPrefix(b.First, a.First) ||
		initial(b.First) && strings.HasPrefix(a.First, b.First)
}

// Distance is the Damerau-Levenshtein (optimal string alignment) distance of two folded
// names, used to suggest the speaker a user probably meant ("Zelenksy").
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
