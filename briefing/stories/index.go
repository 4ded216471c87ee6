package stories

import (
	"math"
	"sort"
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

// maxMembers is how many of a story's newest articles it is matched by: a story that a hundred
// outlets carried costs no more to match than one that sixteen did.
const maxMembers = 16

// probes is how many of an article's heaviest features look stories up: a story that shares
// none of them cannot reach the threshold.
const probes = 24

// Index holds the recent stories and the statistics of recent articles' words. It is not safe
// for concurrent use; storage feeds it from its one writer.
type Index struct {
	P Params

	df      map[fkey]int32
	ring    []Profile // the last horizon profiles, oldest at head once full
	head    int
	horizon int

	stories map[int64]*story
	post    map[fkey]map[int64]struct{}
	newest  time.Time
	adds    int
}

// story is a recent story: its newest date and its articles' weighted vectors.
type story struct {
	last    time.Time
	members []member
	posted  map[fkey]struct{} // every feature it is posted under
}

// member is one article of a story: its unit vector and the length of its names and numbers part.
type member struct {
	v    map[fkey]float64
	spec float64
}

// specific reports whether a feature names who, where or how many: what tells two events of
// one topic apart.
func specific(k fkey) bool { return k.kind != Word }

// specLen is the length of the names and numbers part of a vector.
func specLen(v []weighted) float64 {
	var n float64
	for _, f := range v {
		if specific(f.k) {
			n += f.w * f.w
		}
	}
	return math.Sqrt(n)
}

// NewIndex returns an empty index.
func NewIndex(p Params) *Index {
	return &Index{P: p, df: map[fkey]int32{}, stories: map[int64]*story{}, post: map[fkey]map[int64]struct{}{}, horizon: Horizon}
}

// idf is a feature's inverse document frequency over the recent articles.
func (x *Index) idf(k fkey) float64 {
	return math.Log((float64(len(x.ring)) + x.P.Prior + 1) / (float64(x.df[k]) + 1))
}

type weighted struct {
	k fkey
	w float64
}

// vector weighs a profile: log count times idf times the kind's weight, scaled to length 1.
func (x *Index) vector(p Profile) []weighted {
	v := make([]weighted, 0, len(p))
	var norm float64
	for _, f := range p {
		k := fkey{f.Kind, f.Key}
		w := (1 + math.Log(float64(f.Count))) * x.idf(k)
		switch f.Kind {
		case Name:
			w *= x.P.NameWeight
		case Number:
			w *= x.P.NumberWeight
		}
		if w <= 0 {
			continue
		}
		v = append(v, weighted{k, w})
		norm += w * w
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i].w /= norm
	}
	return v
}

// Match returns the recent story that an article with profile p, dated at, reports, with its
// similarity, or 0 when it reports none of them.
func (x *Index) Match(p Profile, at time.Time) (int64, float64) {
	v := x.vector(p)
	if len(v) == 0 {
		return 0, 0
	}
	vs := specLen(v)
	heavy := append([]weighted(nil), v...)
	sort.Slice(heavy, func(i, j int) bool { return heavy[i].w > heavy[j].w })
	seen := map[int64]bool{}
	var best int64
	var bestSim float64
	for _, h := range heavy[:min(probes, len(heavy))] {
		for id := range x.post[h.k] {
			if seen[id] {
				continue
			}
			seen[id] = true
			s := x.stories[id]
			if gap := at.Sub(s.last); gap > x.P.Window || -gap > x.P.Window {
				continue
			}
			// Average link: the mean cosine with the story's articles. A story's centre drifts
			// towards its longest articles and a nearest article chains events together;
			// the mean held best on the dev stories.
			var sim float64
			for _, m := range s.members {
				var dot, spec float64
				for _, f := range v {
					w := f.w * m.v[f.k]
					dot += w
					if specific(f.k) {
						spec += w
					}
				}
				if vs > 0 && m.spec > 0 {
					// Two events of one topic share words; they differ in who, where and how many.
					dot = (1-x.P.Specifics)*dot + x.P.Specifics*spec/(vs*m.spec)
				}
				sim += dot
			}
			sim /= float64(len(s.members))
			if sim > bestSim || sim == bestSim && id < best {
				best, bestSim = id, sim
			}
		}
	}
	if bestSim < x.P.Threshold {
		return 0, bestSim
	}
	return best, bestSim
}

// Add records that the article with profile p, dated at, belongs to story id (a new one or the
// one Match returned). Profiles must come in the order the articles arrived.
func (x *Index) Add(id int64, p Profile, at time.Time) {
	v := x.vector(p)
	s := x.stories[id]
	if s == nil {
		s = &story{last: at, posted: map[fkey]struct{}{}}
		x.stories[id] = s
	}
	if at.After(s.last) {
		s.last = at
	}
	mv := make(map[fkey]float64, len(v))
	for _, f := range v {
		mv[f.k] = f.w
		s.posted[f.k] = struct{}{}
		ids := x.post[f.k]
		if ids == nil {
			ids = map[int64]struct{}{}
			x.post[f.k] = ids
		}
		ids[id] = struct{}{}
	}
	s.members = append(s.members, member{v: mv, spec: specLen(v)})
	if len(s.members) > maxMembers {
		// The oldest member leaves; its words stay posted (a story is found by any word it
		// ever had) until the story leaves the index.
		s.members = s.members[1:]
	}
	x.count(p)
	if at.After(x.newest) {
		x.newest = at
	}
	if x.adds++; x.adds%64 == 0 {
		x.prune()
	}
}

// count adds p to the word statistics, dropping the oldest profile past the horizon.
func (x *Index) count(p Profile) {
	for _, f := range p {
		x.df[fkey{f.Kind, f.Key}]++
	}
	if len(x.ring) < x.horizon {
		x.ring = append(x.ring, p)
		return
	}
	for _, f := range x.ring[x.head] {
		k := fkey{f.Kind, f.Key}
		if x.df[k]--; x.df[k] <= 0 {
			delete(x.df, k)
		}
	}
	x.ring[x.head] = p
	x.head = (x.head + 1) % x.horizon
}

// prune forgets the stories that no article can join any more.
func (x *Index) prune() {
	for id, s := range x.stories {
		if x.newest.Sub(s.last) <= x.P.Window {
			continue
		}
		for k := range s.posted {
			if ids := x.post[k]; ids != nil {
				delete(ids, id)
				if len(ids) == 0 {
					delete(x.post, k)
				}
			}
		}
		delete(x.stories, id)
	}
}

// Len is how many stories the index holds.
func (x *Index) Len() int { return len(x.stories) }
