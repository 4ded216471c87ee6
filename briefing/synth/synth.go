// Package synth writes news-like articles for benchmarks: paragraphs of plain sentences and
// quotes in the shapes news uses (`"...," said Ann Reid, a nurse.`, `"...," Reid said.`,
// `"...," she said.`), by people drawn from a fixed cast with a few very often quoted and
// many seldom (Zipf), surnames shared by several people, and dates spread over a year. The
// same seed gives the same articles. It reads no data set: what it writes is made up.
package synth

import (
	"cmp"
	"fmt"
	"maps"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/text"
)

// Generator makes articles; the zero value is not usable, use New.
type Generator struct {
	rnd      *rand.Rand
	zipf     *rand.Zipf
	vocab    []string
	people   []Person
	start    time.Time
	span     time.Duration
	n, count int
	real     []string // the sentences its plain sentences are drawn from (see Sentences); none: made up
	unquoted []string // those of them with no quotation marks: what its quotes say
}

// Person is a member of the cast.
type Person struct {
	First, Last string
	She         bool
}

// Name is the person's full name.
func (p Person) Name() string { return p.First + " " + p.Last }

// New returns a generator of n articles dated evenly over span from start, quoting a cast of
// people (about one person for every five articles, at least 50).
func New(seed uint64, n int, start time.Time, span time.Duration) *Generator {
	rnd := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	g := &Generator{rnd: rnd, start: start, span: span, n: max(n, 1)}
	g.vocab = words(rnd, 6000)
	cast := max(50, n/5)
	surnames := names(rnd, max(20, cast/3), true) // about three people per surname
	for i := 0; i < cast; i++ {
		she := rnd.IntN(2) == 0
		first := givenHe[rnd.IntN(len(givenHe))]
		if she {
			first = givenShe[rnd.IntN(len(givenShe))]
		}
		g.people = append(g.people, Person{First: first, Last: surnames[rnd.IntN(len(surnames))], She: she})
	}
	g.zipf = rand.NewZipf(rnd, 1.1, 2, uint64(cast-1))
	return g
}

// Sentences has the generator draw its plain sentences, its titles and what its cast says
// from sents, at random, instead of making them up: real text, mixed, as news of many outlets
// reads to an analyser that has seen none of it. A title is a sentence's first twelve words
// at most. Vocabulary becomes the words of sents, most frequent first.
func (g *Generator) Sentences(sents []string) {
	g.real, g.unquoted = sents, nil
	count := map[string]int{}
	for _, s := range sents {
		if !strings.ContainsAny(s, quotationMarks) {
			g.unquoted = append(g.unquoted, s)
		}
		for _, w := range text.Words(s) {
			count[w]++
		}
	}
	if len(count) > 0 { // else the made-up words stay the lookups'
		g.vocab = slices.SortedFunc(maps.Keys(count), func(a, b string) int {
			return cmp.Or(count[b]-count[a], strings.Compare(a, b))
		})
	}
}

// People is the cast, most quoted first.
func (g *Generator) People() []Person { return g.people }

// Vocabulary is the words the articles are written in, most frequent first.
func (g *Generator) Vocabulary() []string { return g.vocab }

// Next returns the next article: about 600 words in 10 paragraphs, with 4 to 6 quotes by 2 or
// 3 people of the cast and, drawn from real sentences, at most one other sentence with quotation
// marks (see realQuotes).
func (g *Generator) Next() briefing.Article {
	i := g.count
	g.count++
	var b strings.Builder
	speakers := make([]Person, 2+g.rnd.IntN(2))
	for k := range speakers {
		speakers[k] = g.people[g.zipf.Uint64()]
	}
	quotesLeft := 4 + g.rnd.IntN(3)
	realLeft := realQuotes
	named := map[int]bool{}
	for p := 0; p < 10; p++ {
		if p > 0 {
			b.WriteString("\n\n")
		}
		words := 0
		for s := 0; g.more(s, words); s++ {
			if s > 0 {
				b.WriteString(" ")
			}
			var w string
			if s == 1 && quotesLeft > 0 && p > 0 {
				quotesLeft--
				k := g.rnd.IntN(len(speakers))
				w = g.quote(speakers[k], named[k], p)
				named[k] = true
			} else {
				w = g.sentence(10 + g.rnd.IntN(14))
				if len(g.unquoted) > 0 && strings.ContainsAny(w, quotationMarks) {
					if realLeft == 0 {
						w = g.unquoted[g.rnd.IntN(len(g.unquoted))]
					} else {
						realLeft--
					}
				}
			}
			b.WriteString(w)
			words += strings.Count(w, " ") + 1
		}
	}
	title := strings.Fields(strings.TrimSuffix(g.sentence(6+g.rnd.IntN(5)), "."))
	title = title[:min(len(title), 12)]
	return briefing.Article{
		Title:     strings.Join(title, " "),
		Body:      b.String(),
		Source:    "synth",
		URL:       fmt.Sprintf("https://news.example/%d/%s", i, url.PathEscape(strings.ToLower(strings.Join(title[:min(len(title), 3)], "-")))),
		Published: g.start.Add(time.Duration(int64(g.span) / int64(g.n) * int64(i))).UTC(),
	}
}

// realQuotes is how many sentences with quotation marks of their own an article drawn from
// real sentences takes besides its cast's quotes. About one in five sentences of news has
// them: an article that took every one it drew had 10.5 quotes (1,048,713 in 100,000 articles
// drawn from the eval sets' sentences), where news has about 5 (18,780 in the eval sets' 3,710
// texts) and the workload the scale goals were set on had 5.9 (593,000 in 100,000). With one,
// an article has about 6, one of them in a shape real news writes.
const realQuotes = 1

// quotationMarks are the marks a sentence with quotation marks of its own has.
const quotationMarks = `"“”`

// paragraphWords is how many words of real sentences make a paragraph: one more sentence is
// written while it has fewer, so that ten of them make about 600 words.
const paragraphWords = 50

// more reports whether a paragraph of s sentences and words words takes another: four made-up
// ones, or real ones (which run longer) past the quote's place until paragraphWords.
func (g *Generator) more(s, words int) bool {
	if len(g.real) == 0 {
		return s < 4
	}
	return s < 2 || words < paragraphWords
}

// quote writes a quote of p in one of the shapes news uses: the full name and a role on first
// mention, the surname or a pronoun after.
func (g *Generator) quote(p Person, named bool, para int) string {
	said := `"` + g.spoken(8+g.rnd.IntN(12)) + `,"`
	switch {
	case !named:
		return fmt.Sprintf("%s said %s, %s.", said, p.Name(), g.role())
	case para%3 == 0:
		pron := "he"
		if p.She {
			pron = "she"
		}
		return fmt.Sprintf("%s %s said.", said, pron)
	default:
		return fmt.Sprintf("%s %s said.", said, p.Last)
	}
}

// spoken is what a quote says: a sentence of about n words without its stop, and, drawn from
// real ones, one with no quotation marks of its own.
func (g *Generator) spoken(n int) string {
	if len(g.unquoted) > 0 {
		return strings.TrimRight(g.unquoted[g.rnd.IntN(len(g.unquoted))], ".!?")
	}
	return strings.TrimSuffix(g.sentence(n), ".")
}

func (g *Generator) role() string {
	return roles[g.rnd.IntN(len(roles))]
}

// sentence writes n words drawn by frequency, the first capitalised.
func (g *Generator) sentence(n int) string {
	if len(g.real) > 0 {
		return g.real[g.rnd.IntN(len(g.real))]
	}
	ws := make([]string, n)
	for i := range ws {
		// Squaring a uniform draw favours the start of the vocabulary: a few words are common.
		u := g.rnd.Float64()
		ws[i] = g.vocab[int(u*u*float64(len(g.vocab)))]
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	return strings.Join(ws, " ") + "."
}

var roles = []string{"a spokesperson for the council", "the city's mayor", "a local teacher", "an economist at the bank",
	"the union's leader", "a nurse in the capital", "the minister", "a senior official", "a lawyer for the family"}

var givenHe = strings.Fields("James John Robert Michael David William Richard Joseph Thomas Charles Daniel Matthew " +
	"Anthony Mark Paul Steven Andrew Kenneth Joshua Kevin Brian George Timothy Ronald Jason Edward Jeffrey Ryan " +
	"Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Alexander " +
	"Raymond Patrick Jack Dennis Jerry Tyler Aaron Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold")

var givenShe = strings.Fields("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy " +
	"Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie " +
	"Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha " +
	"Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia")

// words makes n distinct lower-case words of two to four syllables, with the common English
// function words first so that sentences have some.
func words(rnd *rand.Rand, n int) []string {
	out := strings.Fields("the of and to in a is that for on was with as by at from has were said will")
	seen := map[string]bool{}
	for _, w := range out {
		seen[w] = true
	}
	for len(out) < n {
		w := syllables(rnd, 1+rnd.IntN(3))
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// names makes n distinct capitalised names.
func names(rnd *rand.Rand, n int, long bool) []string {
	var out []string
	seen := map[string]bool{}
	for len(out) < n {
		k := 2 + rnd.IntN(2)
		if !long {
			k = 2
		}
		w := syllables(rnd, k)
		w = strings.ToUpper(w[:1]) + w[1:]
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func syllables(rnd *rand.Rand, k int) string {
	const cons, vows = "bcdfghklmnprstvz", "aeiou"
	var b strings.Builder
	for i := 0; i < k; i++ {
		b.WriteByte(cons[rnd.IntN(len(cons))])
		b.WriteByte(vows[rnd.IntN(len(vows))])
		if rnd.IntN(3) == 0 {
			b.WriteByte(cons[rnd.IntN(len(cons))])
		}
	}
	return b.String()
}
