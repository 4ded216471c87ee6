package quotes

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/text"
)

// token is a word or a punctuation mark of the text around quotes.
type token struct {
	s          string
	lw         string // s in lower case, made once: the readers ask for it again and again
	start, end int
	// A token is read as a word and as capitalised about three times each on news: both
	// are settled once, as it is made.
	isWord bool // s opens with a letter or a digit
	isCap  bool // s reads as a capitalised word (capitalisedWord)
}

// newToken is the token of s at [start, end).
func newToken(s string, start, end int) token {
	r, _ := utf8.DecodeRuneInString(s)
	return token{s: s, lw: lowerCase(s), start: start, end: end, isWord: unicode.IsLetter(r) || unicode.IsDigit(r), isCap: capitalisedWord(s, r)}
}

func (t token) word() bool { return t.isWord }

func (t token) capitalised() bool { return t.isCap }

// capitalisedWord reports whether s, whose first rune is r, is written as a name is: with a
// capital, or as a prefixed surname ("di Maria", "van Gaal").
func capitalisedWord(s string, r rune) bool {
	if !unicode.IsUpper(r) {
		return text.PrefixedSurname(s)
	}
	// "Chicago-based", "Saudi-led", "Oscar-winning": a compound that ends in a lower-case
	// adjective's word is an adjective, not a name ("Jean-Pierre", "Abdel-Rahman", and the
	// given names of "Park Geun-hye", "Ban Ki-moon").
	if k := strings.LastIndexByte(s, '-'); k > 0 && len(s)-k > 3 {
		r, _ := utf8.DecodeRuneInString(s[k+1:])
		return !unicode.IsLower(r) || !adjectiveTail(s[k+1:]) && strings.Count(s, "-") == 1 // not "Man-of-the-match"
	}
	return true
}

// adjectiveTail reports whether tail, the lower-case word after a hyphen, makes a compound
// adjective of a name: "based", "led", "winning", "style".
func adjectiveTail(tail string) bool {
	return strings.HasSuffix(tail, "ed") || strings.HasSuffix(tail, "ing") || strings.HasSuffix(tail, "ly") || compoundHeads.Has(tail) || roles.Has(tail)
}

// compoundHeads end compound adjectives and titles that do not end as a participle or an
// adverb does: "Bush-era", "Soviet-style", "EU-wide", "Los Angeles-area", "Representative-elect",
// "Film-maker", "mother-in-law" (and a role: "Co-anchor").
var compoundHeads = set("era", "style", "like", "wide", "free", "proof", "run", "born", "made", "led", "class",
	"level", "year", "day", "time", "bound", "type", "area", "elect", "maker", "designate", "law")

func (t token) lower() string { return t.lw }

// lowerCase is strings.ToLower with a typographic apostrophe read as a straight one ("Didn’t"
// as "didn't", so that every word list serves both), and no allocation for a word already in
// lower case.
func lowerCase(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ReplaceAll(strings.ToLower(s), "’", "'")
		}
	}
	return s
}

// lowerBuilders hold the lower case of tokens: a strings.Builder only appends, so the strings
// cut from it stay as they are when it writes more, and a text's words share a few buffers
// instead of an allocation each (those were 158 of an analysis's 696 allocations on cnn-dev).
var lowerBuilders = sync.Pool{New: func() any { return new(strings.Builder) }}

// lowerBuffer is what a builder of lowerBuilders holds before it starts over.
const lowerBuffer = 2048

// lowerInto returns lowerCase(w), written into b when w is ASCII and short (as words are).
func lowerInto(b *strings.Builder, w string) string {
	var buf [48]byte // a short word's lower case, written to b in one copy
	lw, ok := text.LowerASCII(&buf, w)
	if !ok {
		return lowerCase(w)
	}
	if b.Len()+len(lw) > b.Cap() {
		b.Reset() // start over rather than grow: the strings cut before keep the old buffer
		b.Grow(lowerBuffer)
	}
	start := b.Len()
	b.Write(lw)
	return b.String()[start:]
}

// fields is strings.Fields(s) for a few words: inlined, the words of a name or a phrase are kept
// in the caller's frame, not allocated, unless the caller keeps them.
func fields(s string) []string { return appendFields(make([]string, 0, 8), s) }

// appendFields appends the words of s, as strings.Fields cuts them, to dst.
func appendFields(dst []string, s string) []string {
	start := -1 // where the word being read begins, -1 between words
	for i := 0; i < len(s); i++ {
		switch fieldClass[s[i]] {
		case inField:
			if start < 0 {
				start = i
			}
		case fieldSpace:
			if start >= 0 {
				dst, start = append(dst, s[start:i]), -1
			}
		default:
			// Past ASCII a space may be a rune of several bytes: the rest as strings.Fields reads
			// it, from the word begun if one is.
			if start >= 0 {
				i = start
			}
			for w := range strings.FieldsSeq(s[i:]) {
				dst = append(dst, w)
			}
			return dst
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// fieldClass is what each byte is to appendFields: part of a word, an ASCII space (as
// unicode.IsSpace has them), or a byte past ASCII.
var fieldClass = func() (c [256]uint8) {
	for i := utf8.RuneSelf; i < 256; i++ {
		c[i] = pastASCII
	}
	for _, b := range "\t\n\v\f\r " {
		c[b] = fieldSpace
	}
	return c
}()

const (
	inField = iota
	fieldSpace
	pastASCII
)

// fieldCount is len(strings.Fields(s)), counted without cutting.
func fieldCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// tokenize cuts s[from:to] into words (letters, digits, inner apostrophes, hyphens and dots
// of initials) and single punctuation marks. Offsets index s.
func tokenize(s string, from, to int) []token {
	return tokenizeInto(make([]token, 0, (to-from)/5+1), s, from, to)
}

// tokenBuffers holds token slices for readers that keep none of the tokens past their call:
// a quote's frame is read several ways, and a fresh slice for each reading was a fifth of the
// analysis's allocation.
var tokenBuffers = sync.Pool{New: func() any { return new([]token) }}

// borrowTokens is tokenize into a buffer from tokenBuffers; give it back with giveBack when
// done with the tokens.
func borrowTokens(s string, from, to int) *[]token {
	b := tokenBuffers.Get().(*[]token)
	*b = tokenizeInto((*b)[:0], s, from, to)
	return b
}

// giveBack returns a buffer borrowTokens lent.
func giveBack(b *[]token) { tokenBuffers.Put(b) }

// tokenizeInto is tokenize appending to dst, so that a caller reading sentence after
// sentence can reuse one buffer.
func tokenizeInto(out []token, s string, from, to int) []token {
	first := len(out)
	asides := false            // a "(" among the tokens: only then is there an aside to drop
	var lower *strings.Builder // where the lower case of words with capitals is written
	i := from
	in := s[:to] // what is read: its length bounds the loops
	for i < len(in) {
		// Most of the text is ASCII: read its class from the byte, decode the rest.
		c := in[i]
		if c == ' ' {
			i++ // between most tokens
			continue
		}
		r, size := rune(c), 1
		var space, alnum bool
		if c < utf8.RuneSelf {
			space = c >= '\t' && c <= '\r' // ' ' was stepped over above
			alnum = text.ASCIIClass[c] != 0
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			alnum = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		switch {
		case space:
			i += size
		case alnum:
			j := i + size
			// plain: every byte so far is an ASCII lower-case letter or digit but the first
			// (so the word is its own lower case unless that one is a capital).
			plain := r < utf8.RuneSelf
			for j < len(in) {
				c := in[j]
				class := text.ASCIIClass[c]
				if class == text.ASCIILower {
					j++ // ASCII letters and digits without decoding: most of the text
					continue
				}
				if class != 0 {
					j++ // an ASCII capital inside the word ("McCain", "U.S.")
					plain = false
					continue
				}
				if c == ' ' {
					break // the end of most words
				}
				r2, sz := rune(c), 1 // other ASCII is neither a letter nor a digit
				if c >= utf8.RuneSelf {
					if r2, sz = utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r2) || unicode.IsDigit(r2) {
						j += sz
						plain = false
						continue
					}
				}
				// inner ' ’ - . & keep "Russia's", "al-Assad", "U.S.", "M&S" together
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '&') && j+sz < to {
					r3, _ := utf8.DecodeRuneInString(s[j+sz:])
					if unicode.IsLetter(r3) || (r2 == '-' && unicode.IsDigit(r3)) {
						j += sz
						plain = plain && sz == 1
						continue
					}
				}
				if r2 == '.' && (isInitial(s[i:j]) || partyTag(s[i:j]) ||
					corporateSuffix.Has(s[i:j]) && j+sz < to && s[j+sz] == ',') {
					j += sz // "W." "Jr." "U.S.", "D-Ore.", "Partners Ltd., said"
				}
				if (r2 == '\'' || r2 == '’') && plainPossessive(s, i, j, sz) {
					j += sz // "the Music Managers' Forum": a plural possessive inside a name
					plain = plain && sz == 1
				}
				break
			}
			w := s[i:j]
			lw := w
			if !plain || r >= 'A' && r <= 'Z' {
				if lower == nil {
					lower = lowerBuilders.Get().(*strings.Builder)
				}
				lw = lowerInto(lower, w)
			}
			// A word of ASCII lower case and digits only is no capitalised word: most of them.
			isCap := !(plain && text.ASCIIClass[r] == text.ASCIILower) && capitalisedWord(w, r)
			out = append(out, token{s: w, lw: lw, start: i, end: j, isWord: true, isCap: isCap})
			i = j
		default:
			// Not a letter nor a digit, so no capital either (unicode.IsUpper is letters' Lu).
			asides = asides || r == '('
			lw := s[i : i+size] // ASCII that is no letter is its own lower case
			if size > 1 {
				lw = lowerCase(lw)
			}
			out = append(out, token{s: s[i : i+size], lw: lw, start: i, end: i + size})
			i += size
		}
	}
	if lower != nil {
		lowerBuilders.Put(lower)
	}
	if !asides {
		return out // most sentences have none: nothing to read again
	}
	return append(out[:first], dropAsides(out[first:])...)
}

// firstRune returns the first rune of s after white space, where its first token starts, or
// utf8.RuneError when there is none.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace))
	return r
}

// plainPossessive reports whether the apostrophe at s[j:j+sz] ends the capitalised plural
// s[i:j] as a possessive inside a body's name: capitalised words follow it, one of them a
// body's kind ("the Music Managers' Forum", "the Actors' Equity Association"; not "Reuters'
// Luciana Lopez").
func plainPossessive(s string, i, j, sz int) bool {
	if s[j-1] != 's' || s[i] < 'A' || s[i] > 'Z' {
		return false
	}
	k := j + sz
	for n := 0; n < 3 && k+1 < len(s) && s[k] == ' ' && s[k+1] >= 'A' && s[k+1] <= 'Z'; n++ {
		e := k + 1
		for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || s[e] >= 'A' && s[e] <= 'Z') {
			e++
		}
		if orgWords.HasLower(s[k+1 : e]) {
			return true
		}
		k = e
	}
	return false
}

// dropAsides removes short parenthetical asides, so that `Rep. Earl Blumenauer (D-Ore.) said`
// reads as `Rep. Earl Blumenauer said`.
func dropAsides(toks []token) []token {
	k := slices.IndexFunc(toks, func(t token) bool { return t.s == "(" })
	if k < 0 {
		return toks // most sentences have none: nothing to copy
	}
	out := toks[:k]
	toks = toks[k:]
	for i := 0; i < len(toks); i++ {
		if toks[i].s == "(" {
			j := i + 1
			for j < len(toks) && j <= i+6 && toks[j].s != ")" && toks[j].s != "(" && !isMarkToken(toks[j].s) {
				j++
			}
			if j < len(toks) && toks[j].s == ")" && j > i+1 {
				i = j
				continue
			}
		}
		out = append(out, toks[i])
	}
	return out
}

// partyTag reports whether w is a US party and state tag without its last full stop: "D-Ore",
// "R-Ky", "D-N.Y", "I-Vt", "R-TX".
func partyTag(w string) bool {
	if len(w) < 4 || len(w) > 8 || w[1] != '-' || w[0] != 'D' && w[0] != 'R' && w[0] != 'I' {
		return false
	}
	if len(w) == 4 && allCaps(w[2:]) {
		return true // a postal code
	}
	for k, r := range w[2:] {
		if !(r >= 'A' && r <= 'Z' && (k == 0 || w[k+1] == '.') || r >= 'a' && r <= 'z' && k > 0 || r == '.') {
			return false
		}
	}
	return true
}

func isInitial(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Gen", "Sen", "Rep", "Del", "Gov", "Lt", "Col", "Capt", "Sgt", "Prof", "Rev":
		return true
	}
	return initials(w)
}

// initials reports whether w is capital letters joined by full stops, without the last one:
// "J.M" of "J.M. Berger", "U.S", "N.H".
func initials(w string) bool {
	n := 0
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' || r >= utf8.RuneSelf {
			return false
		}
		n++
	}
	return n >= 3 && n%2 == 1
}

// corporateSuffix ends a firm's name with a full stop that ends no sentence before a comma.
var corporateSuffix = set("Inc", "Ltd", "Corp", "Co", "Cos", "Bros", "Plc", "LLC", "Llc")

// roles are words that name a position; a name that follows them is the holder's
// ("Kremlin spokesman Dmitry Peskov"), and "the spokesman" alone later means that person.
var roles = set("president", "presidents", "minister", "secretary", "spokesman", "spokeswoman",
	"spokesperson", "chief", "head", "leader", "chairman", "chairwoman", "chair", "director",
	"ambassador", "envoy", "senator", "sen", "sen.", "rep", "rep.", "del.", "representative", "governor",
	"gov", "gov.", "mayor", "chancellor", "general", "gen", "gen.", "commander", "officer",
	"official", "judge", "justice", "attorney", "prosecutor", "lawyer", "coach", "manager",
	"ceo", "founder", "king", "queen", "prince", "princess", "pope", "premier", "speaker",
	"sheriff", "captain", "capt", "capt.", "lt", "lt.", "col", "col.", "sgt", "sgt.", "detective",
	"inspector", "superintendent", "supt", "supt.", "insp", "insp.", "det", "det.", "constable", "cllr", "analyst", "economist", "professor", "prof", "prof.", "dr",
	"dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "lord", "lady", "rev", "rev.",
	"father", "bishop", "archbishop", "cardinal", "imam", "rabbi", "counsel", "aide", "adviser",
	"advisor", "negotiator", "deputy", "vice", "foreign", "defence", "defense", "interior",
	"prime", "state", "finance", "justice", "health", "economy", "industrialist", "billionaire",
	"businessman", "businesswoman", "actor", "actress", "singer", "star", "player", "striker", "winner", "champion", "olympian",
	"midfielder", "goalkeeper", "defender", "driver", "rider", "owner", "editor", "reporter",
	"correspondent", "writer", "author", "researcher", "scientist", "doctor", "nurse", "officer",
	"colonel", "major", "sergeant", "lieutenant", "admiral", "boss", "executive", "candidate",
	"nominee", "senior", "junior", "press", "communications", "emperor", "sultan", "sheikh",
	"crown", "first", "former", "acting", "then", "ex", "mp", "lawmaker", "legislator", "congressman",
	"congresswoman", "dean", "principal", "teacher", "student", "resident", "witness", "victim",
	"mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "friend",
	"pastor", "priest", "reverend", "chaplain", "monk", "nun", "delegate", "boss", "widow", "widower", "host", "anchor", "pollster", "strategist", "consultant",
	"diplomat", "goalscorer", "committeewoman", "committeeman", "commissioner", "cfo", "cto",
	"coo", "chef", "frontman", "frontwoman", "guitarist", "drummer", "bassist", "vocalist", "activist", "organizer", "organiser", "campaigner", "historian", "expert",
	"uncle", "aunt", "grandmother", "grandfather", "neighbor", "neighbour", "fan", "spokesman's",
	"engineer", "farmer", "worker", "pilot", "soldier", "firefighter", "paramedic", "surgeon", "agent", "trooper",
	"physician", "mechanic", "miner", "fisherman", "runner", "athlete", "swimmer", "cyclist", "boxer",
	"batsman", "bowler", "winger", "forward", "quarterback", "pitcher", "shortstop", "catcher",
	"golfer", "skier", "sprinter", "artist", "painter", "musician", "guitarist", "drummer", "rapper",
	"comedian", "producer", "novelist", "poet", "journalist", "photographer", "entrepreneur",
	"investor", "banker", "architect", "designer", "politician", "councillor", "councilman",
	"councilwoman", "alderman", "survivor", "refugee", "teenager", "campaigner",
	"comedian", "musician", "rapper", "artist", "filmmaker", "novelist", "poet", "journalist", "columnist",
	"commentator", "entrepreneur", "investor", "surgeon", "physician", "designer", "photographer",
	"blogger", "producer", "songwriter", "athlete", "quarterback", "astronaut", "pilot", "soldier",
	"assemblyman", "assemblywoman", "councilman", "councilwoman", "councilmember", "alderman", "alderwoman",
	"whip", "youngster", "veteran", "keeper", "skipper", "rookie", "newcomer", "jockey", "trainer", "fly-half",
	"scrum-half", "spinner", "all-rounder", "prop", "flanker", "full-back", "centre-back", "centre-half",
	"finalist", "semi-finalist", "quarter-finalist", "runner-up", "medallist", "medalist", "mep", "msp",
	"headmaster", "headmistress", "headteacher", "presenter", "debutant", "debutante")

// eventWords end the names of events, never a person's (see personName).
var eventWords = set("prix", "cup", "championship", "championships", "olympics", "paralympics", "games",
	"festival", "awards", "prize", "marathon", "tournament")

// notPersonal are capitalised words that begin, end or fill names of places, organisations,
// days and things, never of people, and the placeNames.
var notPersonal = union(placeNames, set("the", "a", "an", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "united", "states", "kingdom",
	"nations", "union", "european", "new", "north", "south", "east", "west", "northern",
	"southern", "eastern", "western", "central", "city", "county", "state", "republic",
	"ministry", "department", "office", "agency", "council", "committee", "commission", "party",
	"house", "white", "senate", "congress", "parliament", "court", "university", "college",
	"school", "hospital", "police", "army", "navy", "force", "forces", "airport", "street",
	"road", "avenue", "square", "park", "church", "cathedral", "mosque", "bank", "group",
	"company", "corporation", "inc", "corp", "ltd", "association", "federation", "league",
	"club", "fc", "news", "times", "post", "journal", "network", "tv", "radio", "day", "unity",
	"war", "world", "cup", "olympics", "games", "championship", "league", "center", "centre",
	"institute", "foundation", "museum", "festival", "award", "awards", "prize", "festival",
	"island", "islands", "river", "lake", "mountain", "mountains", "sea", "ocean", "gulf",
	"bay", "valley", "region", "province", "district", "capital", "national", "international",
	"federal", "royal", "global", "american", "british", "russian", "ukrainian", "german",
	"french", "chinese", "israeli", "palestinian", "iranian", "syrian", "iraqi", "afghan",
	"african", "asian", "european", "islamic", "muslim", "jewish", "catholic", "protestant", "hindu", "sikh",
	"buddhist", "evangelical", "mormon", "orthodox", "anglican", "baptist", "methodist", "lutheran", "shiite", "sunni", "democratic",
	"republican", "democrat", "democrats", "republicans", "conservative", "labour", "liberal",
	"green", "greens", "facebook", "twitter", "instagram", "youtube", "google", "apple",
	"microsoft", "amazon", "nato", "un", "eu", "us", "uk", "usa", "fbi", "cia", "nasa", "who",
	"kremlin", "pentagon", "whitehall", "downing", "wall", "christmas", "easter", "ramadan",
	"halloween", "thanksgiving", "hanukkah", "passover", "diwali",
	"covid", "coronavirus", "internet", "web", "god", "allah", "jesus", "i", "it", "we", "they",
	"he", "she", "this", "that", "these", "those", "there", "in", "on", "at", "for", "but",
	"and", "or", "if", "when", "while", "after", "before", "as", "so", "yet", "his", "her",
	"their", "our", "its", "my", "your", "according", "meanwhile", "however", "also", "still",
	"now", "then", "today", "yesterday", "tomorrow", "last", "next", "one", "two", "three",
	"some", "many", "most", "all", "both", "each", "every", "no", "not", "what", "how", "why",
	"everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "none", "others",
	"several", "few",
	"where", "which", "whose", "with", "from", "by", "about", "into", "against", "between", "during", "earlier", "later", "following", "despite", "although", "to", "neither", "nor", "either",
	"though", "until", "under", "over", "among", "without", "within", "amid", "upon", "tonight",
	"asked", "speaking", "writing", "like", "unlike", "once", "because", "thanks", "then", "here",
	"since", "unless", "whereas", "whether", "maybe", "perhaps", "besides", "team",
	"mariupol", "crimea", "moscow", "washington", "brussels",
	"london", "paris", "berlin", "beijing", "kyiv", "kiev", "europe", "asia", "africa",
	"america", "russia", "ukraine", "china", "india", "iran", "iraq", "syria", "israel",
	"gaza", "france", "germany", "britain", "england", "scotland", "wales", "ireland", "japan",
	"korea", "canada", "mexico", "brazil", "australia", "turkey", "egypt", "pakistan",
	"afghanistan", "belarus", "poland", "spain", "italy", "greece", "sweden", "norway",
	"finland", "estonia", "latvia", "lithuania", "donetsk", "luhansk", "rivne", "york",
	"los", "angeles", "san", "francisco", "chicago", "texas", "california", "florida",
	"virginia", "pennsylvania", "ohio", "georgia", "carolina", "dakota", "jersey", "mexico",
	"hampshire", "island", "coast", "street", "hall", "tower", "bridge", "station", "stadium",
	"arena", "prison", "jail", "base", "camp", "border", "zone", "strip", "bank", "east",
	"middle", "far", "oblast", "twitter", "tiktok", "reuters", "associated", "press", "cnn",
	"bbc", "abc", "nbc", "cbs", "fox", "afp", "ap", "dpa"))

// nationAdjectives are the adjectives of nations and regions, which open no person's name (as a
// given name they would be on its list first).
var nationAdjectives = set("american", "australian", "canadian", "indian", "brazilian", "mexican", "korean",
	"japanese", "italian", "spanish", "russian", "ukrainian", "german", "dutch", "irish", "scottish", "british",
	"chinese", "belgian", "swiss", "swedish", "norwegian", "danish", "finnish", "polish", "greek", "turkish",
	"egyptian", "saudi", "nigerian", "kenyan", "argentine", "argentinian", "chilean", "colombian", "venezuelan",
	"cuban", "portuguese", "austrian", "hungarian", "czech", "romanian", "serbian", "croatian", "pakistani",
	"bangladeshi", "indonesian", "vietnamese", "thai", "filipino", "malaysian", "jamaican", "zimbabwean",
	"ethiopian", "somali", "lebanese", "jordanian", "kuwaiti", "qatari", "emirati", "yemeni", "libyan",
	"tunisian", "moroccan", "algerian", "sudanese", "ghanaian", "ugandan", "israeli", "palestinian", "iranian",
	"syrian", "iraqi", "afghan", "african", "asian", "european", "arab", "latin", "nordic", "baltic", "belarusian",
	"georgian", "armenian", "kazakh", "uzbek", "taiwanese", "singaporean", "peruvian", "bolivian", "ecuadorian")

// orgWords end the names of bodies, never of people.
var orgWords = set("society", "institute", "institution", "association", "corporation", "corp", "inc", "ltd",
	"airlines", "airline", "airways", "media", "group", "council", "committee", "commission",
	"department", "ministry", "agency", "university", "college", "school", "party", "union",
	"league", "federation", "foundation", "bank", "company", "office", "service", "services",
	"times", "post", "news", "journal", "network", "club", "court", "police", "army", "navy",
	"center", "centre", "hospital", "church", "trust", "fund", "board", "authority", "press",
	"house", "senate", "parliament", "government", "administration", "project", "program",
	"programme", "organization", "organisation", "coalition", "alliance", "campaign", "magazine",
	"co-operative", "cooperative", "co-op", "laboratory", "laboratories", "lab", "labs", "forum",
	"register", "herald", "tribune", "gazette", "chronicle", "inquirer", "courier", "dispatch", // newspapers: "the New Haven Register"
	"academy", "museum", "gallery", "studios")

// pronouns that stand for a person who spoke.
var personalPronouns = set("he", "she")

// set is the set of words (see text.WordSet).
func set(words ...string) *text.WordSet { return text.NewWordSet(words...) }

// union is the set of the words in any of sets.
func union(sets ...*text.WordSet) *text.WordSet { return text.UnionOf(sets...) }

// nameParticles may stand inside a name in lower case ("Ursula von der Leyen").
var nameParticles = set("von", "van", "der", "den", "de", "da", "di", "del", "la", "le", "bin",
	"ibn", "al", "el", "du", "dos", "das", "ter", "ten", "y")

// splitName takes a run of capitalised words and returns the part that names a person, with
// role words in front removed: "US Secretary of State Antony Blinken" -> "Antony Blinken".
func splitName(words []string) (name []string, role []string) {
	if n := len(words); n > 1 {
		// "Paul Manafort's decision": the possessive ends the name, not a role before one.
		if last, ok := strings.CutSuffix(words[n-1], "'s"); ok {
			words = append(words[:n-1:n-1], last)
		} else if last, ok := strings.CutSuffix(words[n-1], "’s"); ok {
			words = append(words[:n-1:n-1], last)
		}
	}
	cut := 0
	lower := lowerBuilders.Get().(*strings.Builder) // the words' lower case, without a string each
	defer lowerBuilders.Put(lower)
	for i, w := range words {
		lw := lowerInto(lower, strings.TrimSuffix(w, "'s"))
		// A place or body word cuts the run unless it ends it: "Lisa Green", "Theresa May"; a
		// role word after a given name is a surname: "Peter King", "Carole King"; so is one after
		// a role and one more word: "Labour MP Oona King".
		surname := i == len(words)-1 && i > 0 && (isGivenName(words[i-1]) || cut == i-1 && i >= 2 && roles.HasLower(words[i-2]) && givenLike(words[i-1]))
		if roles.Has(lw) && !surname && !(i == 0 && len(words) == 2 && neverTitles.Has(lw)) || lw == "of" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(lw, "-born") ||
			notPersonal.Has(lw) && i < len(words)-1 && !(surnameFirst.Has(lw) && strings.Contains(words[i+1], "-")) || // a place word, not "Park Geun-hye"
			(nationAdjectives.Has(lw) || demonyms.Has(lw)) && i < len(words)-2 || // "Australian Lynton Crosby", "Spaniard Tommy Robredo", not "Swiss Re"
			i == 0 && len(words) > 1 && sentenceOpener(w) || // "Interestingly Blocher", "Only Putin", "Meet Parisa Tabriz": the sentence's opening word
			i == 0 && len(words) > 2 && cues.Has(lw) && isGivenName(words[1]) || // "Said Dorothy Poynter, who grew up with Ali,"
			i < len(words)-2 && strings.HasSuffix(lw, "s") && roles.Has(strings.TrimSuffix(lw, "s")) { // "Sprinters Kostas Kenteris and ...
			cut = i + 1
		}
	}
	// "Runner Amy Chen", "Engineer Maria Lopes": capitalised words before a given name that
	// does not open the run describe the person.
	if n := len(words) - cut; n >= 3 && !isGivenName(words[cut]) {
		for k := cut + 1; k < len(words)-1; k++ {
			if isGivenName(words[k]) && !notPersonal.HasLower(words[cut]) {
				cut = k
				break
			}
		}
	}
	return words[cut:], words[:cut]
}

// sentenceOpener reports whether w, opening a run of capitalised words, opens the sentence and no
// name: an adverb ("Interestingly"), a function word ("Only", "Even") or a headline's imperative
// ("Meet Parisa Tabriz"). A given name is a name. (Not every gerund: "Channing", "Erling".)
func sentenceOpener(w string) bool {
	lw := strings.ToLower(w)
	if isGivenName(w) || nameParticles.Has(lw) {
		return false
	}
	return len(lw) > 5 && strings.HasSuffix(lw, "ly") || stopword(lw) || imperatives.Has(lw)
}

// imperatives open headlines and the lines that link to other stories ("Meet the woman who",
// "Watch: ..."), never a name.
var imperatives = set("meet", "watch", "read", "see", "listen", "follow", "join")

// givenLike reports whether w, after a role, may be a given name the list does not hold: no
// role, place, body or nation word ("Senate Majority Leader", "MP Oona King").
func givenLike(w string) bool {
	lw := strings.ToLower(w)
	return !roles.Has(lw) && !lesserRoles.Has(lw) && !notPersonal.Has(lw) && !nationAdjectives.Has(lw) && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// neverTitles are roles no one writes as a title before a surname alone: "Star Wars" is not
// a star called Wars.
var neverTitles = set("star", "winner", "champion", "fan", "player", "student", "victim", "witness",
	"survivor", "resident", "worker", "friend", "expert", "runner", "driver", "rider", "host", "anchor")

// numberWords end the names of groups and things, never a person's.
var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "twenty", "hundred", "thousand")

// quantifiers open a noun phrase the way no first name does.
var quantifiers = set("other", "another", "each", "every", "such", "some", "any", "no")

// personName reports whether words, with any role in front taken away, look like a person's
// name: two to four capitalised words none of which names a place, a thing or a body.
func personName(words []string) bool {
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	if last := words[len(words)-1]; orgWords.HasLower(last) || determiner.HasLower(words[0]) {
		return false // "The Hill", "The Guardian": a title, not a person
	} else if numberWords.HasLower(last) {
		return false // "the Guildford Four", "Channel Four", "Maroon Five": a group or a thing
	} else if eventWords.HasLower(last) {
		return false // "Abu Dhabi Grand Prix", "Davis Cup": an event, whatever its first word
	}
	if first := words[0]; indefinite.HasLower(first) || quantifiers.HasLower(first) {
		return false // "Other Sony products", "Many Republicans": a sentence's opening word, no first name
	}
	if isGivenName(words[0]) {
		return true // "Lisa Green", "Theresa May"
	}
	if one := strings.TrimSuffix(words[len(words)-1], "s"); nationAdjectives.HasLower(one) || demonyms.HasLower(one) {
		return false // "Native Americans", "fellow Australians": a people, no person
	}
	if len(words) <= 3 && surnameFirst.HasLower(words[0]) && strings.Contains(words[1], "-") {
		return true // "Park Geun-hye", "Moon Jae-in": a family name first, then a given name
	}
	if nationAdjectives.HasLower(words[0]) {
		return false // "Australian Open", "Indian Wells", "Saudi Aramco": a nation's thing
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		if notPersonal.Has(lw) || roles.Has(lw) {
			return false
		}
		if nameParticles.Has(lw) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !text.PrefixedSurname(w) { // "Leonardo diCaprio"
			return false
		}
		if strings.ToUpper(w) == w && utf8.RuneCountInString(w) > 2 && !strings.Contains(w, ".") {
			return false // "NATO", "ABC"
		}
	}
	return true
}
