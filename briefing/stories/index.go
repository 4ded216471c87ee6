package stories

import (
	"math"
	"slices"
	"time"
)

// Params are the weights of story matching, fitted on labelled stories (see `briefbot stories --cv`).
type Params struct {
	Threshold    float64       // the mean cosine with a story's articles that joins it
	NameWeight   float64       // how much more a name counts than a word
	NumberWeight float64       // how much a number counts against a word
	Window       time.Duration // how long after its last article a story takes new ones
	Prior        float64       // documents assumed before the first: keeps a young index from calling every word rare
	Specifics    float64       // the share of the similarity that comes from names and numbers alone
}

// DefaultParams are the weights `briefbot stories --cv` chose on the dev stories.
var DefaultParams = Params{Threshold: 0.275, NameWeight: 1, NumberWeight: 0, Window: 2 * 24 * time.Hour, Prior: 1000, Specifics: 0.2}

// Horizon is how many recent articles the word statistics come from.
const Horizon = 5000

// maxMembers is how many of a story's newest articles from one unit it is matched by: a feed
// that carried a hundred reports of one story costs no more to match than one with sixteen.
const maxMembers = 16

// probes is how many of an article's heaviest features look stories up: a story that shares
// none of them cannot reach the threshold. The shortlist best scored on them are scored in full.
const (
	probes    = 24
	shortlist = 8
)

// Index holds the recent stories and the statistics of recent articles' words. It is not safe
// for concurrent use; storage feeds it from its one writer.
type Index struct {
	P Params // fixed once the index is in use (idf keeps what it computed from P.Prior)

	// Each feature the index knows has an entry: its statistics and its postings, found by one
	// lookup of at for all three uses of an article's feature (its weight, its postings, its
	// count), where the two maps they were in took three, and the dropped profile's by none.
	// `go test -run '^$' -bench Assign -cpu 1 -benchtime 6000x ./briefing/stories`, five runs
	// alternated: 161-226 (median 169) -> 128-244 (median 141) µs an article.
	at      map[fid]int32
	entries []entry
	free    []int32   // entries no longer in use, for new features
	ring    [][]int32 // the entries of the last horizon profiles' features, oldest at head once full
	head    int
	horizon int
	pruning []int32 // prune's scratch
	idfs    []idfOf // idf's, by df

	stories map[int64]*story
	newest  time.Time
	adds    int
	epoch   uint64   // counts matches: a story's scratch below belongs to the match of this epoch
	touched []*story // match's scratch (see match)
}

// story is a recent story: its newest date and, per source (see Unit), the sums of its
// articles' vectors, from which the average link to it is computed in one pass (the mean of
// dot products is the dot product with the mean).
type story struct {
	id     int64
	last   time.Time
	seq    int      // the index's adds when its newest article came (see recent)
	groups []*group // one per unit, in the order they joined
	gone   bool     // pruned: prune drops its postings as it goes

	// Scratch of the match of epoch: the story's trusted articles (0: none) and its score
	// on the probes so far.
	epoch   uint64
	n       int
	partial float64
}

// Unit is where an article came from, as storage knows it: 0 for everyone's (seeds, the CLI),
// else a feed. An article is matched only against the articles of the units its readers can
// trust (see Assign), so that a source one guild added cannot pull stories together for others.
type Unit int64

// posting is a feature's entry in the index: a group of a story that has it, and where in the
// group its sums are.
type posting struct {
	s   *story
	g   *group
	sum int32
}

// entry is what the index holds of a feature: how many of the recent articles have it, and its
// postings, oldest first. Postings of pruned stories stay until they are half the list: a feature
// most stories have is then filtered once for every so many stories pruned, not at every prune.
// An entry with neither is freed.
type entry struct {
	k    fid
	df   int32 // profiles in the ring that have it
	list []posting
	gone int // postings of pruned stories in list
}

// group is the articles of one story from one unit.
type group struct {
	unit    Unit
	members []member // its newest maxMembers articles
	// sums[at[k]] holds, for feature k: the sum of the articles' unit vectors; that sum over
	// the articles that have names or numbers; and the sum of those articles' names-and-numbers
	// parts, each scaled to length 1. One lookup a feature, and updated in place.
	// A feature once summed keeps its place (and its posting) while the story is in the index.
	at   places
	sums [][3]float64
	ents []int32 // ents[i] is the entry of the feature whose sums are sums[i]: prune's, without a lookup
}

// group returns the story's group of unit u, or nil.
func (s *story) group(u Unit) *group {
	for _, g := range s.groups {
		if g.unit == u {
			return g
		}
	}
	return nil
}

// member is one article of a story: its unit vector, and the length of its names and numbers part.
type member struct {
	v    []weighted
	spec float64
}

// sim is the average link from a unit vector v (whose names and numbers part has length vs) to
// the story's articles from trusted units: the mean over them of the cosine, mixed with the
// cosine of the names and numbers parts where both have some. It is 0 when none is trusted.
func (s *story) sim(v []weighted, vs, specifics float64, trusted func(Unit) bool) float64 {
	var all, named, spec float64
	n := 0
	for _, g := range s.groups {
		if !trusted(g.unit) {
			continue
		}
		n += len(g.members)
		// Most of v's features are not the group's: a lookup that misses adds nothing.
		for i := range v {
			f := &v[i]
			at, ok := g.at.get(f.k)
			if !ok {
				continue
			}
			sum := &g.sums[at]
			all += f.w * sum[0]
			named += f.w * sum[1]
			if f.kind != Word {
				spec += f.w * sum[2]
			}
		}
	}
	if n == 0 {
		return 0
	}
	if vs > 0 {
		// Two events of one topic share words; they differ in who, where and how many.
		all += specifics * (spec/vs - named)
	}
	return all / float64(n)
}

// add adds (sign 1) or takes away (-1) a member's vector from the sums. A feature the group
// sums for the first time is posted (newly, with its place) to post.
func (g *group) add(m member, sign float64, post func(f weighted, at int32)) {
	for _, f := range m.v {
		i, ok := g.at.get(f.k)
		if !ok {
			i = int32(len(g.sums))
			g.at.put(f.k, i)
			g.sums = append(g.sums, [3]float64{})
			post(f, i)
		}
		sum := &g.sums[i]
		sum[0] += sign * f.w
		if m.spec > 0 {
			sum[1] += sign * f.w
			if f.kind != Word {
				sum[2] += sign * f.w / m.spec
			}
		}
	}
}

// specLen is the length of the names and numbers part of a vector: what tells two events of one
// topic apart (who, where, how many).
func specLen(v []weighted) float64 {
	var n float64
	for _, f := range v {
		if f.kind != Word {
			n += f.w * f.w
		}
	}
	return math.Sqrt(n)
}

// NewIndex returns an empty index.
func NewIndex(p Params) *Index {
	return &Index{P: p, at: map[fid]int32{}, stories: map[int64]*story{}, horizon: Horizon, idfs: make([]idfOf, Horizon+1)}
}

// noEntry is the entry of a feature the index does not know.
const noEntry = -1

// entryOf returns the entry of feature k, or noEntry.
func (x *Index) entryOf(k fid) int32 {
	if e, ok := x.at[k]; ok {
		return e
	}
	return noEntry
}

// enter returns the entry of feature k, made when the index does not know it.
func (x *Index) enter(k fid) int32 {
	e := x.entryOf(k)
	if e != noEntry {
		return e
	}
	if n := len(x.free); n > 0 {
		e, x.free = x.free[n-1], x.free[:n-1]
	} else {
		e = int32(len(x.entries))
		x.entries = append(x.entries, entry{})
	}
	x.entries[e] = entry{k: k}
	x.at[k] = e
	return e
}

// release frees entry e if it holds nothing (and is not free already).
func (x *Index) release(e int32) {
	en := &x.entries[e]
	if en.df != 0 || len(en.list) > 0 {
		return
	}
	delete(x.at, en.k)
	*en = entry{df: freed}
	x.free = append(x.free, e)
}

// freed is the df of a free entry.
const freed = -1

// idf is the inverse document frequency over the recent articles of a feature in df of them.
// Its logarithm is kept per df for the ring's present length (all but the first Horizon
// articles see one length): a log for each feature of each article was a seventh of a match.
func (x *Index) idf(df int32) float64 {
	if int(df) >= len(x.idfs) { // no df passes Horizon; computed all the same
		return x.logIdf(df)
	}
	c := &x.idfs[df]
	if c.n != len(x.ring)+1 {
		*c = idfOf{len(x.ring) + 1, x.logIdf(df)}
	}
	return c.v
}

// logIdf is idf computed.
func (x *Index) logIdf(df int32) float64 {
	return math.Log((float64(len(x.ring)) + x.P.Prior + 1) / (float64(df) + 1))
}

// idfOf is the idf of a df while the ring held n-1 profiles (0: none kept).
type idfOf struct {
	n int
	v float64
}

// countWeight is the weight of a feature counted c times in an article, 1 + ln(c): from a
// table for the small counts most features have.
func countWeight(c uint16) float64 {
	if int(c) < len(countWeights) {
		return countWeights[c]
	}
	return logCount(c)
}

func logCount(c uint16) float64 { return 1 + math.Log(float64(c)) }

var countWeights = func() (t [64]float64) {
	for c := range t {
		t[c] = logCount(uint16(c))
	}
	return t
}()

type weighted struct {
	k    fid
	w    float64
	kind Kind
	pos  int32 // the feature's position in the profile the vector weighs
}

// vector weighs a profile: log count times idf times the kind's weight, scaled to length 1. It
// also returns the entries of the profile's features, in its order (noEntry for those the index
// does not know).
func (x *Index) vector(p Profile) ([]weighted, []int32) {
	v := make([]weighted, 0, len(p))
	ents := make([]int32, 0, len(p))
	var norm float64
	for i, f := range p {
		k := f.fid()
		e := x.entryOf(k)
		ents = append(ents, e)
		var df int32
		if e != noEntry {
			df = x.entries[e].df
		}
		w := countWeight(f.Count) * x.idf(df)
		switch f.Kind {
		case Name:
			w *= x.P.NameWeight
		case Number:
			w *= x.P.NumberWeight
		}
		if w <= 0 {
			continue
		}
		v = append(v, weighted{k, w, f.Kind, int32(i)})
		norm += w * w
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i].w /= norm
	}
	return v, ents
}

// Match returns the recent story that an article with profile p, dated at, reports, with its
// similarity, or 0 when it reports none of them. Every unit is trusted.
func (x *Index) Match(p Profile, at time.Time) (int64, float64) {
	v, ents := x.vector(p)
	return x.match(v, ents, at, trustAll)
}

func trustAll(Unit) bool { return true }

// Assign puts an article with profile p, dated at, from unit u, in the recent story it reports,
// or in a new one whose ID newStory gives, and returns the story. Only the articles of units
// that trusted (nil: all) accepts count: the article's readers should see them too. With keep
// false the index is left as it was: the article is placed but shapes no story and joins no
// statistics. The stories that share the article's heaviest features are scored on those
// alone, and the best shortlist of them in full: the cost is bounded by the window's stories,
// not the database.
func (x *Index) Assign(p Profile, at time.Time, u Unit, keep bool, trusted func(Unit) bool, newStory func() (int64, error)) (int64, error) {
	return x.AssignGuessed(nil, p, at, u, keep, trusted, newStory)
}

// A Guess is the match Assign would make for an article, made ahead of it (see Guess).
type Guess struct {
	x    *Index // the index it was made on
	v    []weighted
	ents []int32 // the profile's features' entries
	at   time.Time
	id   int64
	adds int // the index's additions when it was made: any since make it stale
}

// Guess matches an article as Assign would and changes nothing but scratch space, so a writer
// can have it made on another core while it does other work: no other call on the index may
// run meanwhile. trusted must be the one Assign will be given.
func (x *Index) Guess(p Profile, at time.Time, trusted func(Unit) bool) *Guess {
	if trusted == nil {
		trusted = trustAll
	}
	v, ents := x.vector(p)
	id, _ := x.match(v, ents, at, trusted)
	return &Guess{x: x, v: v, ents: ents, at: at, id: id, adds: x.adds}
}

// AssignGuessed is Assign with the match g made ahead for the same profile and trust (nil:
// none). A guess made on this index before anything was added since, and for the same date,
// is the match itself; another is made again.
func (x *Index) AssignGuessed(g *Guess, p Profile, at time.Time, u Unit, keep bool, trusted func(Unit) bool, newStory func() (int64, error)) (int64, error) {
	pl, err := x.Place(g, p, at, trusted, newStory)
	if err == nil && keep {
		pl.Add(u)
	}
	return pl.ID, err
}

// A Placement is the story an article was placed in (see Place), to add to the index.
type Placement struct {
	ID int64
	g  *Guess
	p  Profile
}

// Place is AssignGuessed that leaves the index as it was: it returns the article's story and
// the Placement whose Add makes the article shape it, which must come before any other use of
// the index. Another goroutine may make it, having the index to itself until then.
func (x *Index) Place(g *Guess, p Profile, at time.Time, trusted func(Unit) bool, newStory func() (int64, error)) (Placement, error) {
	if trusted == nil {
		trusted = trustAll
	}
	if g == nil || g.x != x || g.adds != x.adds || !g.at.Equal(at) {
		g = x.Guess(p, at, trusted)
	}
	id := g.id
	if id == 0 {
		var err error
		if id, err = newStory(); err != nil {
			return Placement{}, err
		}
	}
	return Placement{ID: id, g: g, p: p}, nil
}

// Add adds the placed article, from unit u, to its story and to the index's statistics.
func (pl Placement) Add(u Unit) {
	g := pl.g
	g.x.add(pl.ID, u, pl.p, g.v, g.ents, g.at)
}

func (x *Index) match(v []weighted, ents []int32, at time.Time, trusted func(Unit) bool) (int64, float64) {
	if len(v) == 0 {
		return 0, 0
	}
	vs := specLen(v)
	x.epoch++
	// The stories the probes reach, each once, in a slice kept for the next match (cleared, so
	// that it pins no story): grown afresh in each match, it was 0.9 of 50 s of CPU in ingest.
	touched := x.touched[:0]
	defer func() { clear(touched); x.touched = touched[:0] }()
	for _, h := range heaviest(v, probes) {
		e := ents[h.pos]
		if e == noEntry {
			continue
		}
		for _, ps := range x.entries[e].list {
			s := ps.s
			if s.gone {
				continue
			}
			if gap := at.Sub(s.last); gap > x.P.Window || -gap > x.P.Window || !x.recent(s) {
				continue
			}
			if s.epoch != x.epoch {
				s.epoch, s.n, s.partial = x.epoch, 0, 0
				for _, g := range s.groups {
					if trusted(g.unit) {
						s.n += len(g.members)
					}
				}
				if s.n > 0 {
					touched = append(touched, s)
				}
			}
			if s.n > 0 && trusted(ps.g.unit) {
				s.partial += h.w * ps.g.sums[ps.sum][0] / float64(s.n)
			}
		}
	}
	// The shortlist: the best scored on the probes, ties to the oldest story.
	better := func(a, b *story) bool { return a.partial > b.partial || a.partial == b.partial && a.id < b.id }
	short := make([]*story, 0, shortlist+1)
	for _, s := range touched {
		k := len(short)
		for k > 0 && better(s, short[k-1]) {
			k--
		}
		if k < shortlist {
			short = slices.Insert(short, k, s)
			if len(short) > shortlist {
				short = short[:shortlist]
			}
		}
	}
	var best int64
	var bestSim float64
	for _, c := range short {
		if sim := c.sim(v, vs, x.P.Specifics, trusted); sim > bestSim || sim == bestSim && c.id < best {
			best, bestSim = c.id, sim
		}
	}
	if bestSim < x.P.Threshold {
		return 0, bestSim
	}
	return best, bestSim
}

// heaviest returns the n heaviest features of v, heaviest first; ties by feature, so that the
// probes are well defined. It keeps the best n in order as it reads v: most features are
// lighter than the n-th and cost one comparison, where sorting all of v cost a fifth of a match.
func heaviest(v []weighted, n int) []weighted {
	before := func(a, b weighted) bool { return a.w > b.w || a.w == b.w && a.k < b.k }
	best := make([]weighted, 0, n+1)
	for _, f := range v {
		if len(best) == n && !before(f, best[n-1]) {
			continue
		}
		i := len(best)
		for i > 0 && before(f, best[i-1]) {
			i--
		}
		best = slices.Insert(best, i, f)
		if len(best) > n {
			best = best[:n]
		}
	}
	return best
}

// Add records that the article with profile p, dated at, from unit u, belongs to story id (a
// new one or the one Match returned). Profiles must come in the order the articles arrived.
func (x *Index) Add(id int64, u Unit, p Profile, at time.Time) {
	v, ents := x.vector(p)
	x.add(id, u, p, v, ents, at)
}

// add is Add with the vector of p and its features' entries (see vector), which it fills in.
func (x *Index) add(id int64, u Unit, p Profile, v []weighted, ents []int32, at time.Time) {
	s := x.stories[id]
	if s == nil {
		s = &story{id: id, last: at}
		x.stories[id] = s
	}
	if at.After(s.last) {
		s.last = at
	}
	s.seq = x.adds + 1 // counting this article (adds is incremented below)
	g := s.group(u)
	if g == nil {
		g = &group{unit: u, sums: make([][3]float64, 0, len(v)), ents: make([]int32, 0, len(v))}
		g.at.reserve(len(v)) // most groups hold one article: its features, put without growing
		s.groups = append(s.groups, g)
	}
	post := func(f weighted, i int32) {
		e := ents[f.pos]
		if e == noEntry {
			e = x.enter(f.k)
			ents[f.pos] = e
		}
		en := &x.entries[e]
		en.list = append(en.list, posting{s, g, i})
		g.ents = append(g.ents, e)
	}
	m := member{v: v, spec: specLen(v)}
	g.members = append(g.members, m)
	g.add(m, 1, post)
	if len(g.members) > maxMembers {
		// The oldest member leaves; its words stay posted (a story is found by any word it
		// ever had) until the story leaves the index.
		g.add(g.members[0], -1, post)
		g.members = g.members[1:]
	}
	x.count(p, ents)
	if at.After(x.newest) {
		x.newest = at
	}
	if x.adds++; x.adds%64 == 0 {
		x.prune()
	}
}

// count adds p, whose features' entries are ents, to the word statistics, dropping the oldest
// profile past the horizon (whose array then holds p's entries). The dropped profile's entries
// are counted off before p's are counted on and freed after, so that none of p's is freed.
func (x *Index) count(p Profile, ents []int32) {
	var old []int32
	full := len(x.ring) == x.horizon
	if full {
		old = x.ring[x.head]
		for _, e := range old {
			x.entries[e].df--
		}
	}
	for i, f := range p {
		if ents[i] == noEntry {
			ents[i] = x.enter(f.fid())
		}
		x.entries[ents[i]].df++
	}
	for _, e := range old {
		x.release(e)
	}
	ids := append(old[:0], ents[:len(p)]...)
	if !full {
		x.ring = append(x.ring, ids)
		return
	}
	x.ring[x.head] = ids
	x.head = (x.head + 1) % x.horizon
}

// recent reports whether story s had an article among the last horizon the index was given.
// Only those stories can be joined, however close their dates: a folder of undated files
// stored at once shares one date, and the index then held every story it was given, matching
// each new article against all of them (ingest of 10,000 such files took 568 MB, and the
// match's cost grew with every file). It is also all an index loaded again knows (the newest
// Horizon profiles; see storage's storyIndex), so a process that restarts joins the same stories
// as one that ran on.
func (x *Index) recent(s *story) bool { return x.adds-s.seq < x.horizon }

// prune forgets the stories that no article can join any more. Their entries leave a feature's
// posting list once they are half of it (match skips them until then), the list filtered in
// one pass that keeps its order: a feature most stories have is filtered once for every so
// many stories pruned, not at every prune.
func (x *Index) prune() {
	var gone []*story
	for id, s := range x.stories {
		if x.newest.Sub(s.last) > x.P.Window || !x.recent(s) {
			s.gone = true
			delete(x.stories, id)
			gone = append(gone, s)
		}
	}
	// The entries whose postings the pruned stories are in: each group knows them.
	lists := x.pruning[:0]
	for _, s := range gone {
		for _, g := range s.groups {
			for _, e := range g.ents {
				x.entries[e].gone++
				lists = append(lists, e)
			}
		}
	}
	for _, e := range lists {
		en := &x.entries[e]
		if en.gone == 0 || 2*en.gone < len(en.list) {
			continue
		}
		live := en.list[:0]
		for _, ps := range en.list {
			if !ps.s.gone {
				live = append(live, ps)
			}
		}
		clear(en.list[len(live):]) // let the pruned stories go
		en.list, en.gone = live, 0
		if len(live) == 0 {
			en.list = nil
			x.release(e)
		}
	}
	x.pruning = lists[:0]
}

// Len is how many stories the index holds.
func (x *Index) Len() int { return len(x.stories) }
