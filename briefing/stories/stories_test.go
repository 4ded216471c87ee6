package stories

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing/text"
)

var day = time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)

// report is one made-up article: a title and its sentences.
type report struct {
	title string
	body  []string
}

var (
	arrestBerg = report{"Ravenholt striker Tomas Berg arrested after nightclub fight", []string{
		"Ravenholt FC striker Tomas Berg was arrested on Saturday night after a fight outside a nightclub in Keldby.",
		"Police said a 31-year-old man was treated in hospital for a broken nose.",
		"Ravenholt said it was aware of the arrest of Berg and would make no further comment.",
	}}
	arrestBergAgain = report{"Police hold Tomas Berg over Keldby nightclub brawl", []string{
		"Tomas Berg, who joined Ravenholt for a record fee, spent the night in a police cell in Keldby.",
		"Officers were called to a fight outside a nightclub, where a man suffered a broken nose.",
		"The club said it would not comment while the police inquiry into Berg goes on.",
	}}
	arrestLund = report{"Ravenholt goalkeeper Erik Lund arrested for drink driving", []string{
		"Ravenholt FC goalkeeper Erik Lund was arrested on Saturday after police stopped his car on the Sundby road.",
		"A breath test showed Lund was over the limit, police said.",
		"Lund, 29, faces a driving ban, and Ravenholt may have to field their reserve keeper on Sunday.",
	}}
	storm = report{"Storm Agnes floods the harbour at Ostervik", []string{
		"Storm Agnes flooded the harbour at Ostervik on Monday, sinking six fishing boats.",
		"Winds of 120 km/h tore roofs from houses along the coast road.",
	}}
	stormLater = report{"Storm Bruno floods the harbour at Ostervik", []string{
		"Storm Bruno flooded the harbour at Ostervik on Monday, sinking four fishing boats.",
		"Winds of 110 km/h tore roofs from houses along the coast road.",
	}}
)

func (r report) profile() Profile { return Of(r.title, r.body) }

// TestSameEventJoinsSameTopicDoesNot: another outlet's words for the same arrest join its
// story; the arrest of another player of the same club on the same day, and a storm on the same
// coast a week later, are stories of their own.
func TestSameEventJoinsSameTopicDoesNot(t *testing.T) {
	x := NewIndex(DefaultParams)
	x.Add(1, 0, arrestBerg.profile(), day)
	x.Add(2, 0, storm.profile(), day)
	tests := []struct {
		name string
		r    report
		at   time.Time
		want int64
	}{
		{"the same arrest in other words", arrestBergAgain, day.Add(3 * time.Hour), 1},
		{"another player's arrest", arrestLund, day.Add(time.Hour), 0},
		{"the next storm on that coast", stormLater, day.Add(7 * 24 * time.Hour), 0},
		{"the same storm after the window", storm, day.Add(DefaultParams.Window + time.Hour), 0},
		{"the same storm within it", storm, day.Add(DefaultParams.Window - time.Hour), 2},
	}
	for _, tt := range tests {
		if got, sim := x.Match(tt.r.profile(), tt.at); got != tt.want {
			t.Errorf("%s: story %d (similarity %.2f), want %d", tt.name, got, sim, tt.want)
		}
	}
}

// TestStoriesOfOneDateStayWithinTheHorizon: articles that all share a date (a folder of
// undated files stored at once) still leave the index once horizon newer articles came: one
// such article joins a story among the last horizon and not an older one, and the index holds
// at most horizon stories and what a prune every 64 articles has not reached yet.
func TestStoriesOfOneDateStayWithinTheHorizon(t *testing.T) {
	const horizon = 100
	filler := func(i int) Profile { // words no other article has
		p := make(Profile, 5)
		for j := range p {
			p[j] = Feature{Key: fmt.Sprintf("w%d-%d", i, j), Kind: Word, Count: 1}
		}
		return p
	}
	tests := []struct {
		name  string
		after int // articles of other stories stored after the storm's
		want  int64
	}{
		{"the storm with fewer than horizon articles since", horizon - 1, 1},
		{"the storm with horizon articles since", horizon, 0},
		{"the storm long before", 10 * horizon, 0},
	}
	for _, tt := range tests {
		x := NewIndex(DefaultParams)
		x.horizon = horizon
		x.Add(1, 0, storm.profile(), day)
		for i := range tt.after {
			x.Add(int64(100+i), 0, filler(i), day)
		}
		if got, sim := x.Match(storm.profile(), day); got != tt.want {
			t.Errorf("%s: story %d (similarity %.2f), want %d", tt.name, got, sim, tt.want)
		}
		if most := horizon + 64; x.Len() > most {
			t.Errorf("%s: %d stories held, want at most %d", tt.name, x.Len(), most)
		}
	}
}

// TestOldStoriesLeaveTheIndex: a story past the window is dropped, no article can join it any
// more (even one dated in its days), and its postings go once they are half of a feature's list,
// so the index holds what can still be joined and a bounded share more.
func TestOldStoriesLeaveTheIndex(t *testing.T) {
	x := NewIndex(DefaultParams)
	x.Add(1, 0, storm.profile(), day)
	for i := 0; i < 64; i++ {
		x.Add(int64(100+i), 0, arrestLund.profile(), day.Add(30*24*time.Hour))
	}
	if x.Len() != 64 {
		t.Errorf("%d stories held, want the 64 recent ones", x.Len())
	}
	if got, _ := x.Match(storm.profile(), day); got != 0 {
		t.Errorf("an article of the old story's day joined story %d, want none: it left the index", got)
	}
	posted := 0
	for _, ps := range x.entries {
		if ps.df == freed || len(ps.list) == 0 { // free, or statistics alone
			continue
		}
		old := 0
		for _, p := range ps.list {
			if p.s.id == 1 {
				old++
			}
		}
		if old != ps.gone || 2*old >= len(ps.list) {
			t.Errorf("%v: %d entries of the old story in %d, %d counted gone; want fewer than half, all counted", ps.k, old, len(ps.list), ps.gone)
		}
		posted += old
	}
	if v, _ := x.vector(storm.profile()); posted >= len(v) {
		t.Errorf("the old story is still posted under %d features of its %d, want only those most stories share", posted, len(v))
	}
}

// TestWordStatisticsStayWithinTheHorizon: the statistics count the last horizon profiles only.
func TestWordStatisticsStayWithinTheHorizon(t *testing.T) {
	x := NewIndex(DefaultParams)
	x.horizon = 3
	x.Add(1, 0, storm.profile(), day)
	for i := 0; i < 3; i++ {
		x.Add(int64(2+i), 0, arrestLund.profile(), day)
	}
	if n := dfOf(x, idOf(Word, "storm")); n != 0 {
		t.Errorf("df(storm) = %d after it left the horizon, want 0", n)
	}
	if n := dfOf(x, idOf(Name, "lund")); n != 3 {
		t.Errorf("df(lund) = %d, want 3", n)
	}
}

// TestIdfFollowsTheRing: the idf a weight takes is the one of the statistics' present size,
// while the ring fills and once it is full, asked once or again.
func TestIdfFollowsTheRing(t *testing.T) {
	x := NewIndex(DefaultParams)
	x.horizon = 3
	for i := 0; i < 6; i++ {
		for _, df := range []int32{0, 1, int32(len(x.ring)), 0} {
			want := math.Log((float64(len(x.ring)) + x.P.Prior + 1) / (float64(df) + 1))
			if got := x.idf(df); got != want {
				t.Errorf("ring of %d: idf(%d) = %v, want %v", len(x.ring), df, got, want)
			}
		}
		x.Add(int64(1+i), 0, storm.profile(), day)
	}
}

func TestProfile(t *testing.T) {
	p := Of("Storm floods Ostervik", []string{"Storm Agnes flooded the harbour at Ostervik, sinking 6 boats and 12,000 tonnes of fish.", "Mayor Dahl said: 7.5 metres."})
	got := map[string]uint16{}
	for _, f := range p {
		got[[]string{"w:", "n:", "#:"}[f.Kind]+f.Key] = f.Count
	}
	want := map[string]uint16{
		"w:storm": titleCount + leadCount, // the title's and the lead's
		"n:agnes": leadCount, "n:ostervik": titleCount + leadCount, "n:dahl": leadCount,
		"#:12,000": leadCount, "#:7.5": leadCount,
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s counted %d, want %d (profile %v)", k, got[k], n, got)
		}
	}
	for _, k := range []string{"n:storm", "n:mayor", "#:6", "w:the", "w:at"} {
		if _, ok := got[k]; ok {
			t.Errorf("%s is in the profile: a sentence's first word is no name, single digits and stopwords count for nothing", k)
		}
	}
}

func TestEncodeDecode(t *testing.T) {
	p := arrestBerg.profile()
	back, err := Decode(p.Encode())
	if err != nil || !reflect.DeepEqual(back, p) {
		t.Fatalf("round trip: %v, %v", err, back)
	}
	// Keys sorted within a kind are packed as what they add to the key before them.
	packed := Profile{{Key: "attack", Kind: Word, Count: 2}, {Key: "attend", Kind: Word, Count: 1},
		{Key: "Berg", Kind: Name, Count: 3}, {Key: "2024", Kind: Number, Count: 1}}.Encode()
	want := []byte{packedRuns, byte(Word), 2, 2, 0, 6, 'a', 't', 't', 'a', 'c', 'k', 1, 3, 3, 'e', 'n', 'd',
		byte(Name), 1, 3, 0, 4, 'B', 'e', 'r', 'g', byte(Number), 1, 1, 0, 4, '2', '0', '2', '4'}
	if !bytes.Equal(packed, want) {
		t.Errorf("packed % x, want % x", packed, want)
	}
	// A profile stored a feature at a time (kind, count, key), as before the runs, still reads.
	old := []byte{byte(Word), 2, 6, 'a', 't', 't', 'a', 'c', 'k', byte(Name), 3, 4, 'B', 'e', 'r', 'g'}
	if got, err := Decode(old); err != nil || len(got) != 2 || got[0].Key != "attack" || got[0].Count != 2 ||
		got[1].Key != "Berg" || got[1].Kind != Name || got[1].fid() != idOf(Name, "Berg") {
		t.Errorf("Decode(a feature at a time) = %v, %v", got, err)
	}
	for _, bad := range [][]byte{{9, 1, 1, 'a'}, {0, 1, 200}, {0},
		{packedRuns, 9, 1, 1, 0, 1, 'a'},      // no such kind
		{packedRuns, 0, 5, 1, 0, 1, 'a'},      // more features than bytes
		{packedRuns, 0, 1, 1, 3, 1, 'a'},      // shares more than the key before it has
		{packedRuns, 0, 1, 1, 0, 9, 'a'},      // a key past the end
		{packedRuns, 0, 2, 1, 0, 1, 'a', 1}} { // a feature cut short
		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode(%v) took a corrupt profile", bad)
		}
	}
}

// TestHugeTextIsBounded: a book pasted as an article has a bounded profile.
func TestHugeTextIsBounded(t *testing.T) {
	var sents []string
	for i := 0; i < 3000; i++ {
		sents = append(sents, strings.Repeat("x", i%7+2)+time.Duration(i).String()+" went on.")
	}
	if p := Of("A book", sents); len(p) > maxFeatures {
		t.Errorf("%d features, want at most %d", len(p), maxFeatures)
	}
}

// TestBoundKeepsTheMostFrequent: a profile past maxFeatures keeps the most frequent features,
// ties going to the first in key order, and stays in key order.
func TestBoundKeepsTheMostFrequent(t *testing.T) {
	var sents []string
	for i := 0; i < 400; i++ {
		word := fmt.Sprintf("w%03dq", (i*37)%400) // distinct words, in no order
		sents = append(sents, strings.Repeat(word+" ", 1+i%5)+".")
	}
	p := Of("", sents)
	// The reference: all features by count (highest first), then key; the first maxFeatures.
	var all Profile
	words := map[string]int{}
	for i, s := range sents {
		n := 1
		if i < leadSentences {
			n = leadCount
		}
		words[strings.Fields(s)[0]] += n * strings.Count(s, " ")
	}
	for w, n := range words {
		all = append(all, Feature{Key: text.Stem(w), Kind: Word, Count: uint16(n)})
	}
	slices.SortFunc(all, func(a, b Feature) int {
		if a.Count != b.Count {
			return cmp.Compare(b.Count, a.Count)
		}
		return a.compare(b)
	})
	want := all[:maxFeatures]
	slices.SortFunc(want, Feature.compare)
	if len(p) != len(want) {
		t.Fatalf("%d features, want %d", len(p), len(want))
	}
	for i := range p {
		if p[i].Key != want[i].Key || p[i].Count != want[i].Count {
			t.Fatalf("feature %d: %s x%d, want %s x%d", i, p[i].Key, p[i].Count, want[i].Key, want[i].Count)
		}
	}
}

// TestAssignCountsTrustedUnitsOnly: a story's articles from a unit the caller does not trust
// neither find the story nor weigh in its similarity; with keep false nothing is indexed.
func TestAssignCountsTrustedUnitsOnly(t *testing.T) {
	x := NewIndex(DefaultParams)
	x.Add(1, 7, arrestBerg.profile(), day) // a unit the next caller does not trust
	next := int64(100)
	newStory := func() (int64, error) { next++; return next, nil }
	only := func(u Unit) bool { return u == 0 }
	if got, _ := x.Assign(arrestBergAgain.profile(), day, 0, true, only, newStory); got != 101 {
		t.Errorf("matched through an untrusted unit: story %d, want a new one (101)", got)
	}
	if got, _ := x.Assign(arrestBergAgain.profile(), day, 0, false, nil, newStory); got != 1 && got != 101 {
		t.Errorf("trusting every unit: story %d, want 1 or 101", got)
	}
	before := x.Len()
	x.Assign(storm.profile(), day, 0, false, nil, newStory)
	if x.Len() != before {
		t.Errorf("keep false indexed a story: %d, was %d", x.Len(), before)
	}
}

// TestGuessIsTheMatch: a match made ahead (Guess) assigns what Assign does; one made before
// another article was added, or for another date, is made again rather than trusted.
func TestGuessIsTheMatch(t *testing.T) {
	newStory := func(next *int64) func() (int64, error) {
		return func() (int64, error) { *next++; return *next, nil }
	}
	tests := []struct {
		name  string
		stale func(x *Index) // what happens between the guess and the assignment
		at    time.Time      // the date the article is assigned with
	}{
		{"nothing between", func(*Index) {}, day.Add(time.Hour)},
		{"the first report added between", func(x *Index) { x.Add(1, 0, arrestBerg.profile(), day) }, day.Add(time.Hour)},
		{"dated otherwise", func(*Index) {}, day.Add(DefaultParams.Window + 2*time.Hour)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plain, guessed := NewIndex(DefaultParams), NewIndex(DefaultParams)
			var nextPlain, nextGuessed int64 = 10, 10
			for _, x := range []*Index{plain, guessed} {
				x.Add(2, 0, storm.profile(), day)
			}
			g := guessed.Guess(arrestBergAgain.profile(), day.Add(time.Hour), nil)
			tt.stale(plain)
			tt.stale(guessed)
			want, err := plain.Assign(arrestBergAgain.profile(), tt.at, 0, true, nil, newStory(&nextPlain))
			if err != nil {
				t.Fatal(err)
			}
			got, err := guessed.AssignGuessed(g, arrestBergAgain.profile(), tt.at, 0, true, nil, newStory(&nextGuessed))
			if err != nil || got != want {
				t.Errorf("with the guess: story %d, %v; Assign gives %d", got, err, want)
			}
		})
	}
	// The guess stands in for the match only when it is the match: a stale one would have
	// started a story of its own here.
	x := NewIndex(DefaultParams)
	g := x.Guess(arrestBergAgain.profile(), day.Add(time.Hour), nil)
	x.Add(1, 0, arrestBerg.profile(), day)
	if id, _ := x.AssignGuessed(g, arrestBergAgain.profile(), day.Add(time.Hour), 0, true, nil, func() (int64, error) { return 99, nil }); id != 1 {
		t.Errorf("a guess made before the first report was added: story %d, want 1", id)
	}
}

// TestGuessOfAnotherIndex: a guess made on one index is not taken by another that has had as
// many additions (an index loaded again after a failed write, say).
func TestGuessOfAnotherIndex(t *testing.T) {
	old, fresh := NewIndex(DefaultParams), NewIndex(DefaultParams)
	old.Add(1, 0, arrestBerg.profile(), day)
	fresh.Add(7, 0, arrestBerg.profile(), day)
	g := old.Guess(arrestBergAgain.profile(), day.Add(time.Hour), nil)
	if id, _ := fresh.AssignGuessed(g, arrestBergAgain.profile(), day.Add(time.Hour), 0, true, nil, func() (int64, error) { return 99, nil }); id != 7 {
		t.Errorf("story %d, want 7 (the other index's story 1 is not here)", id)
	}
}

// TestPlaceThenAdd: Place leaves the index as it was, so a second report placed before the
// first is added starts a story of its own; once added, the first shapes its story and the
// next report joins it, as with Assign.
func TestPlaceThenAdd(t *testing.T) {
	x := NewIndex(DefaultParams)
	next := int64(0)
	newStory := func() (int64, error) { next++; return next, nil }
	first, err := x.Place(nil, arrestBerg.profile(), day, nil, newStory)
	if err != nil || first.ID != 1 || x.Len() != 0 {
		t.Fatalf("placed in story %d (%v) with %d stories in the index, want story 1 and none", first.ID, err, x.Len())
	}
	if again, _ := x.Place(nil, arrestBergAgain.profile(), day.Add(time.Hour), nil, newStory); again.ID != 2 {
		t.Errorf("a second report placed before the first was added: story %d, want a new one (2)", again.ID)
	}
	first.Add(0)
	if x.Len() != 1 {
		t.Fatalf("%d stories after the add, want 1", x.Len())
	}
	if again, _ := x.Place(nil, arrestBergAgain.profile(), day.Add(time.Hour), nil, newStory); again.ID != 1 {
		t.Errorf("the second report after the first was added: story %d, want 1", again.ID)
	}
}

// TestSortByKey: features sorted by their keys' first bytes as numbers come in strings.Compare's
// order, keys shorter than eight bytes, sharing eight or more, and non-ASCII ones included.
func TestSortByKey(t *testing.T) {
	keys := []string{"internationally", "internationalist", "international", "intern", "in", "i", "zebra", "é", "éclair",
		"12", "1999", "2", "abcdefgh", "abcdefghi", "abcdefgg", "abcdefgha", "zz", "ä"}
	var sc scratch
	for round := 0; round < 20; round++ {
		r := rand.New(rand.NewPCG(uint64(round), 7))
		fs := make(Profile, 0, len(keys))
		for _, i := range r.Perm(len(keys)) {
			fs = append(fs, Feature{Key: keys[i], Kind: Word, Count: uint16(i)})
		}
		want := slices.Clone(fs)
		slices.SortFunc(want, func(a, b Feature) int { return strings.Compare(a.Key, b.Key) })
		sc.sortByKey(fs)
		if !slices.Equal(fs, want) {
			t.Fatalf("round %d: sorted %v, want %v", round, fs, want)
		}
	}
}

// TestRadixSort: sortByKey's numbers (six bytes of key over a rising place) come out as a plain
// sort orders them, for sizes from none to thousands, with keys that share bytes, padding
// bytes that all share (passes skipped), and buffers reused from one call to the next.
func TestRadixSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var order, spare []uint64
	for _, n := range []int{0, 1, 2, 3, 17, 300, 5000} {
		for _, alphabet := range []uint64{1, 3, 256} {
			order = order[:0]
			for i := 0; i < n; i++ {
				var key uint64
				for b := 0; b < 6; b++ {
					if b < 4 || r.IntN(2) == 0 { // some keys short: zero padding below
						key = key<<8 | (r.Uint64N(alphabet) + 'a')
					} else {
						key <<= 8
					}
				}
				order = append(order, key<<16|uint64(i))
			}
			want := slices.Clone(order)
			slices.Sort(want)
			order, spare = radixSort(order, spare)
			if !slices.Equal(order, want) {
				t.Fatalf("%d numbers of %d letters: sorted %x, want %x", n, alphabet, order, want)
			}
		}
	}
}

// TestEntriesAreFreed: a feature's entry is freed once no recent article counts it and no story
// in the window has it, and freed entries are used again: an index fed for a year of news holds
// the window's features, not every feature it ever met.
func TestEntriesAreFreed(t *testing.T) {
	x := NewIndex(DefaultParams)
	x.horizon = 3
	const perArticle = 5
	for i := 0; i < 400; i++ {
		p := make(Profile, perArticle) // words no other article has
		for j := range p {
			p[j] = Feature{Key: fmt.Sprintf("w%d-%d", i, j), Kind: Word, Count: 1}
		}
		x.Add(int64(i+1), 0, p, day.Add(time.Duration(i)*24*time.Hour))
	}
	// The stories within the window (two days: three dates), their features, and the last
	// horizon profiles' (the same articles) are all that may stay, besides what a prune every
	// 64 articles has not reached yet.
	if live, most := len(x.at), 64*perArticle+3*perArticle; live > most {
		t.Errorf("%d features held after 400 articles of 5 features each, want at most %d", live, most)
	}
	if len(x.entries) > len(x.at)+len(x.free) || len(x.entries) > 2*(64+3)*perArticle {
		t.Errorf("%d entries made for %d held and %d free: freed entries are not used again", len(x.entries), len(x.at), len(x.free))
	}
	if got := dfOf(x, idOf(Word, "w399-0")); got != 1 {
		t.Errorf("df of the newest article's word = %d, want 1", got)
	}
}

// dfOf is how many of the recent articles have feature k.
func dfOf(x *Index, k fid) int32 {
	if e := x.entryOf(k); e != noEntry {
		return x.entries[e].df
	}
	return 0
}
