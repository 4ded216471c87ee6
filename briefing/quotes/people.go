// People: who the story mentions outside quotes, with full names, surnames, roles and
// genders, and which of them each sentence is about.

package quotes

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/text"
)

// isPerson reports whether a resolved speaker is a person's name the story knows or reads as one.
func (p *people) isPerson(name string) bool {
	if _, ok := text.FoldGet(p.full, name); ok {
		return true
	}
	return personName(fields(name))
}

// fullOf is the full name the story gave whose folded form is w's, "" when none.
func (p *people) fullOf(w string) string {
	full, _ := text.FoldGet(p.full, w)
	return full
}

// knownWord reports whether a single word names a speaker: a name the story gave, or a body
// in capitals ("NASCAR", "NATO").
func (p *people) knownWord(w string) bool {
	if _, ok := text.FoldGet(p.full, w); ok {
		return true
	}
	return len(w) >= 2 && strings.ToUpper(w) == w && !notPersonal.HasLower(w) || bodies.HasLower(w)
}

// unnamed reports whether the story brought in someone by this role without a name before at:
// "a senior western official said", so that "the official" later is that unnamed person.
func (p *people) unnamed(role string, at int) bool {
	s := p.text[:min(at, len(p.text))]
	for i := strings.LastIndex(s, " "+role); i >= 0; i = strings.LastIndex(s[:i], " "+role) {
		end := i + 1 + len(role)
		if end < len(s) && unicode.IsLetter(rune(s[end])) {
			continue // "officials", "officialdom"
		}
		before := fields(s[max(0, i-40):i])
		if len(before) > 3 {
			before = before[len(before)-3:]
		}
		indefinite := false
		for _, w := range before {
			if w == "a" || w == "an" || w == "A" || w == "An" {
				indefinite = true
			}
		}
		if rest := s[end:min(len(s), end+60)]; strings.HasPrefix(rest, ", who") && askedAnonymity(rest) {
			return true // "The friend, who requested not to be named, said"
		}
		if !indefinite {
			continue
		}
		// Named right after ("a spokesman, John Kirby,", "an official Jane Doe")?
		rest := strings.TrimLeft(s[end:], " ,")
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && !strings.HasPrefix(rest, "The ") {
			continue
		}
		return true
	}
	return false
}

// askedAnonymity reports whether s, a relative clause, says its person asked not to be named:
// ", who requested not to be named", ", who asked that his name not be used".
func askedAnonymity(s string) bool {
	return strings.Contains(s, "not to be named") || strings.Contains(s, "not be named") || strings.Contains(s, "name not be") ||
		strings.Contains(s, "anonymity") || strings.Contains(s, "declined to be named") || strings.Contains(s, "declined to give")
}

// people is what a story says about the persons it mentions outside quotes.
type people struct {
	mentions []mention         // in text order
	full     map[string]string // folded surname or full name -> fullest name
	role     map[string][]mention
	org      map[string][]mention // lower-case kind word of a body's name ("airline") -> the bodies, in text order
	surname  map[string][]mention // folded surname -> the full names given with it, in text order
	acronym  map[string]string    // "FA" -> "English Football Association", as the story defines it
	text     string               // the story, for what the maps above do not hold
	quoted   string               // the words of the quote being attributed, if any
	reported string               // a clause a pronoun's cue reports ("Mr Blair has failed, he claimed"): not who "he" is
	titled   map[string]byte      // a name given after a title that tells a gender ("Lord Falconer"): 'm' or 'f'
	resolved func(Resolution)     // when not nil, told of every pronoun resolved
	titles   map[string]bool      // titleLike's answers, by name
	lower    map[string]bool      // usedLower's answers on text, by word
	kin      map[string]bool      // full names first given as someone's relative ("his father, Rev. Jesse Jackson")
	origin   map[string]string    // who a description by origin stood for -> that origin ("The Chilean refused" -> "chilean")

	bodySpoke   string // the last body that spoke a quote, and where: what "it" or "they" said next
	bodySpokeAt int

	// resolvedBy is "pronoun" or "description" after the quote being attributed was given
	// by one (see Quote.Via); the finder clears it for each quote.
	resolvedBy string
}

// titleLike reports whether the story writes a name of several words after "the", with or
// without more capitalised words between ("The Shelton Weekly reported", "the New Haven
// Register"): a publication or a body, which no "he" or "she" stands for. So is one word the
// story writes only after a lower-case "the", never with a title nor as a given name
// ("nothing in the Budget").
func (p *people) titleLike(name string) bool {
	if v, ok := p.titles[name]; ok {
		return v
	}
	var v bool
	if strings.Contains(name, " ") {
		v = p.readTitleLike(name)
	} else {
		v = p.titled[name] == 0 && !isGivenName(name) && p.readThingLike(name)
	}
	if p.titles == nil {
		p.titles = map[string]bool{}
	}
	p.titles[name] = v
	return v
}

// readTitleLike is titleLike read from the text.
func (p *people) readTitleLike(name string) bool {
	for i := strings.Index(p.text, name); i >= 0; {
		words := fields(p.text[max(0, i-60):i])
		k := len(words) - 1
		for k >= 0 && capital(words[k]) && words[k] != "The" && !strings.ContainsAny(words[k][len(words[k])-1:], ".,;:!?") {
			if lw := strings.ToLower(words[k]); roles.Has(lw) || lesserRoles.Has(lw) {
				k = -1 // "the Senate Majority Leader Mitch McConnell": a person's title
				break
			}
			k-- // "New" in "the New Haven Register"
		}
		if k >= 0 && (words[k] == "the" || words[k] == "The") {
			return true
		}
		next := strings.Index(p.text[i+len(name):], name)
		if next < 0 {
			break
		}
		i += len(name) + next
	}
	return false
}

// readThingLike reports whether the story writes word every time after a lower-case "the"
// ("nothing in the Budget", "singer of Because the Night"); false when it never writes it. A
// capital "The" is part of a name ("The Game", "The Observer") and a sentence may open with a
// surname, so neither counts.
func (p *people) readThingLike(word string) bool {
	seen := false
	for i := range wholeWords(p.text, word) {
		if !strings.HasSuffix(p.text[:i], " the ") {
			return false
		}
		seen = true
	}
	return seen
}

// usedAsPlace reports whether the text puts a place preposition before word anywhere, the
// whole words and not the name's possessive: "in Ferguson", not "in Naseer's trial" nor "that
// Naseer".
func usedAsPlace(s, word string) bool {
	if word == "" {
		return false
	}
	// Each place the word stands (one search of the text, not one per preposition), then
	// the prepositions right before it.
	for j := strings.Index(s, word); j >= 0; {
		rest := s[j+len(word):]
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
			for _, p := range placePrepositions {
				if i := j - len(p); i >= 0 && s[i:j] == p {
					if b, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsLetter(b) {
						return true // not "that Naseer", "Naseerabad"
					}
				}
			}
		}
		k := strings.Index(s[j+1:], word)
		if k < 0 {
			break
		}
		j += 1 + k
	}
	return false
}

// placePrepositions are the words before a place, as usedAsPlace reads them.
var placePrepositions = func() []string {
	var out []string
	for _, p := range []string{"in ", "into ", "at ", "from ", "near ", "outside ", "across "} {
		out = append(out, p, strings.ToUpper(p[:1])+p[1:])
	}
	return out
}()

// coordinateSubject reports whether the capitalised words at toks[i] open a main clause of their
// own after ", and" or ", but", their verb right after them: "McCain won most of the primaries,
// and Huckabee withdrew". That clause's subject is as much the sentence's as the first.
func coordinateSubject(toks []token, i int) bool {
	if i < 2 || toks[i-2].s != "," || !clauseJoiners.Has(toks[i-1].lower()) || !toks[i].capitalised() {
		return false
	}
	j := nameRunEnd(toks, i)
	return j > i && j < len(toks) && toks[j].word() && !toks[j].capitalised() && !stopword(toks[j].lower())
}

// affiliated reports whether the name at toks[i] follows "at", "of", "from" or "for" (and
// "the"): a body someone belongs to, as in "Ann Simpson, marketing manager at Snappy Snaps
// believes", not the subject of the cue after it.
func affiliated(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].lower() == "the" {
		k--
	}
	return k >= 0 && (affiliation.Has(toks[k].lower()) || toks[k].lower() == "for")
}

// subordinate reports whether the words at toks[i] open a clause inside another: after "as",
// "than", "that" or "if" ("as dramatic as Mr Renner believed"), whose subject is not the
// sentence's.
func subordinate(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	lw := toks[i-1].lower()
	// "Clarke said he had backed the plans when Mr Blunkett argued for them": a clause of time,
	// cause or concession is not about its subject.
	return lw == "than" || lw == "that" || lw == "whether" || subordinators.Has(lw)
}

// usedAsBody reports whether the story names word as a body after its kind somewhere ("search
// start-up Blinkx", "the retailer Next"): no person.
func usedAsBody(s, word string) bool {
	for rest := s; ; {
		i := strings.Index(rest, " "+word)
		if i < 0 {
			return false
		}
		if k := strings.LastIndexAny(rest[:i], " \n(") + 1; bodyKinds.Has(rest[k:i]) {
			return true
		}
		rest = rest[i+1+len(word):]
	}
}

// acronyms finds the acronyms a text defines: "the English Football Association (FA)".
func acronyms(s string) map[string]string {
	out := map[string]string{}
	for rest := s; ; {
		i := strings.Index(rest, " (")
		if i < 0 {
			return out
		}
		j := strings.IndexByte(rest[i+2:], ')')
		if j >= 2 && j <= 6 && allCaps(rest[i+2:i+2+j]) && !strings.ContainsAny(rest[i+2:i+2+j], " -.") {
			words := fields(rest[max(0, i-80):i])
			k := len(words)
			for k > 0 && (capital(words[k-1]) || words[k-1] == "of" || words[k-1] == "for" || words[k-1] == "and") {
				k--
			}
			for k < len(words) && !capital(words[k]) {
				k++
			}
			if k < len(words)-1 {
				out[rest[i+2:i+2+j]] = strings.Join(words[k:], " ")
			}
		}
		rest = rest[i+2:]
	}
}

// looksNamed reports whether a run of capitalised words that reads as a person's name is one
// in this story: not a thing "the Great Debate Debate" or "the Stop Trump movement" speak of,
// nor led by a word the story also writes in lower case ("Stop Trump"), unless that word is
// a given name ("Mark Levine").
func (p *people) looksNamed(toks []token, i int, name, role []string) bool {
	if len(role) == 0 && i > 0 && determiner.Has(toks[i-1].lower()) {
		return false
	}
	if len(role) == 0 && i > 0 && placeBefore.Has(toks[i-1].lower()) && !isGivenName(name[0]) {
		return false // "speaking in Fort Wayne, Indiana": a place
	}
	return isGivenName(name[0]) || !p.usedLower(name[0])
}

// titleCase reports whether a sentence is a headline in title case: most words capitalised,
// small words too ("In The"), which makes every run of words look like a name.
func titleCase(toks []token) bool {
	words, caps, small := 0, 0, 0
	for i, t := range toks {
		if !t.word() {
			continue
		}
		words++
		if t.capitalised() {
			caps++
			if i > 0 && stopword(t.lower()) && !personalPronouns.Has(t.lower()) && t.lower() != "i" {
				small++
			}
		} else if 10*(words-caps) > 3*len(toks) {
			return false // more words in lower case than the sentence's length allows: most sentences, early
		}
	}
	return words >= 5 && small >= 2 && caps*10 >= words*7
}

// openingPhrase returns where the main clause of a sentence starts after an opening phrase
// set off by a comma, and whether that phrase is an aside whose names are not what the
// sentence is about: "In his interview with the Chicago Tribune, Gingrich said" (an aside),
// "While Sion Mahgrefte is adamant ..., he does acknowledge" (a clause with its own subject).
// "To police consultant John Vanek, whoever ..." and "For Frank Garcia, the light came on"
// name the one the sentence is about: no aside.
func openingPhrase(toks []token) (end int, aside bool) {
	if len(toks) == 0 {
		return 0, false
	}
	at := 0
	if len(toks) > 1 && leadingConjunctions.Has(toks[0].lower()) {
		at = 1 // "And while it has yet to ..., Mr Prater predicts"
	}
	first := toks[at].lower()
	switch {
	case asides.Has(first) || participle(first) || first == "asked":
		aside = true
	case subordinators.Has(first):
	default:
		return 0, false
	}
	limit := 20 + at
	if first == "asked" {
		limit = 40 + at // "Asked whether the country would ... if Congress waited a month or two to get a tax cut package passed, Rob Shapiro"
	}
	for k := at + 1; k < len(toks) && k <= limit; k++ {
		if toks[k].s == "," && k+2 < len(toks) && toks[k-1].capitalised() && toks[k+1].word() && toks[k+1].capitalised() && toks[k+2].s == "," {
			continue // "in Washington, Iowa, he": a place and its state
		}
		if toks[k].s == "," {
			// "On Friday, the day that Mr. Stone pledged his loyalty, Mr. Trump said": a
			// phrase that describes the opening one goes on to the next comma.
			if limit == 20+at && k+3 < len(toks) && determiner.Has(toks[k+1].lower()) && toks[k+2].word() && !toks[k+2].capitalised() &&
				timeRelatives.Has(toks[k+3].lower()) {
				limit = k + 30
				continue
			}
			if limit == 20+at && k+1 < len(toks) && asides.Has(toks[k+1].s) {
				// "On Wednesday, in anticipation of Mr. Obama's announcement, Mr. Romney laid
				// out": a second phrase in lower case before the subject.
				limit = k + 20
				aside = true
				continue
			}
			return k + 1, aside
		}
		if toks[k].s == "." || toks[k].s == ";" || toks[k].s == ":" {
			break
		}
	}
	return 0, false
}

// orgAfterAnd returns where a body's name ends that goes on past "and" at toks[j] ("Finance
// and Economy Ministry"): the capitalised words after it end with a body's word. Else j.
func orgAfterAnd(toks []token, j int) int {
	if j+1 >= len(toks) || toks[j].s != "and" {
		return j
	}
	k := j + 1
	for k < len(toks) && toks[k].word() && toks[k].capitalised() {
		k++
	}
	if k == j+1 || !orgWords.Has(toks[k-1].lower()) {
		return j
	}
	return k
}

// described reports whether the word at toks[i] ends a description rather than being a name,
// as a demonym does after "the" or an age: "The 55-year-old Frenchman told", "the Swiss said".
func described(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	prev := toks[i-1]
	return determiner.Has(prev.lower()) || prev.word() && !prev.capitalised() && strings.Contains(prev.s, "-")
}

// placeBefore are the prepositions after which a name with no given name is a place.
var placeBefore = set("in", "near", "outside", "across")

// leadingConjunctions may open a sentence before its opening phrase.
var leadingConjunctions = set("and", "but", "yet", "so")

// timeRelatives open a clause that describes a time: "the day that", "a week after".
var timeRelatives = set("that", "when", "after", "before", "where")

// modifiesName reports whether the words after a name make it a modifier of another name:
// "Trump campaign chairman Paul Manafort", "McConnell spokesman Don Stewart".
func modifiesName(rest []token) bool {
	for k := 0; k < len(rest) && k < 3; k++ {
		if !rest[k].word() {
			return false
		}
		if rest[k].capitalised() {
			return k > 0
		}
		if !roles.Has(rest[k].lower()) && rest[k].lower() != "campaign" {
			return false
		}
	}
	return false
}

// usedLower reports whether the text also writes word in lower case, as a common noun: "Sources
// told POLITICO" is no person called Sources.
func usedLower(s, word string) bool {
	for range wholeWords(s, strings.ToLower(word)) {
		return true
	}
	return false
}

// usedLower is usedLower(p.text, word), read once a word: a story names the same people
// sentence after sentence, and each read is a search of the whole text.
func (p *people) usedLower(word string) bool {
	used, ok := p.lower[word]
	if !ok {
		if p.lower == nil {
			p.lower = map[string]bool{}
		}
		used = usedLower(p.text, word)
		p.lower[word] = used
	}
	return used
}

// wholeWords yields the offsets in s where word stands as a whole word: no letter touches it
// on either side.
func wholeWords(s, word string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := strings.Index(s, word); i >= 0; {
			end := i + len(word)
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[end:])
			if (i == 0 || !unicode.IsLetter(before)) && (end == len(s) || !unicode.IsLetter(after)) && !yield(i) {
				return
			}
			next := strings.Index(s[end:], word)
			if next < 0 {
				return
			}
			i = end + next
		}
	}
}

// allCaps reports whether w is an acronym ("IRS", "NFL"): a body, not a person.
func allCaps(w string) bool { return len(w) > 1 && strings.ToUpper(w) == w }

type mention struct {
	at      int
	name    string // fullest form
	subject bool   // the subject of its sentence, or a speaker: what the story talks about
	spoke   bool   // a quote's speaker
}

// collectPeople reads the people the sentences of d name. It calls yield, unless nil, before
// each sentence (see FindYielding).
func collectPeople(d text.Doc, spans []mark, yield func()) *people {
	p := &people{full: map[string]string{}, role: map[string][]mention{}, org: map[string][]mention{}, titled: map[string]byte{},
		surname: map[string][]mention{}, kin: map[string]bool{}, origin: map[string]string{}, acronym: acronyms(d.Text), text: d.Text}
	// quoteAt returns the quotation that offset i is in, or nil.
	quoteAt := func(i int) *mark {
		if k := sort.Search(len(spans), func(k int) bool { return spans[k].close >= i }); k < len(spans) && spans[k].open <= i {
			return &spans[k]
		}
		return nil
	}
	inQuote := func(i int) bool { return quoteAt(i) != nil }
	buf := tokenBuffers.Get().(*[]token) // one buffer for every sentence: nothing below keeps the tokens
	toks := *buf
	defer func() { *buf = toks; giveBack(buf) }()
	var run []string           // one buffer for every name run: nothing below keeps its words
	gendered := map[int]byte{} // mentions whose title tells a gender ("Mr. Obama"), by offset
	for _, st := range d.Sentences() {
		if yield != nil {
			yield()
		}
		if q := quoteAt(st.Start); q != nil && q.close >= st.End-1 {
			// Every word of a sentence inside one quotation is in it (inQuote) and names no one
			// below: the sentence is not read.
			continue
		}
		toks = tokenizeInto(toks[:0], d.Text, st.Start, st.End)
		// The subject comes after opening phrases ("Like Makaeff, Roffman ...") and before a
		// relative, a cue or the 15th word.
		if titleCase(toks) {
			continue // "Hillary Just Insulted The Benghazi Victims In The Absolute Worst Way"
		}
		opening, aside := openingPhrase(toks)
		if name := p.describedSubject(toks[opening:]); name != "" && !inQuote(toks[opening].start) {
			// "The Tory leader argued ...": the person the role was given to is what the
			// sentence is about, as if named there.
			p.mentions = append(p.mentions, mention{at: toks[opening].start, name: name, subject: true})
		} else if k := ageOrOriginSubject(toks[opening:]); k > 0 && !inQuote(toks[opening].start) {
			// "But the 25-year-old Dubliner underlined ...": the person the story is about.
			if who := p.storySubject(toks[opening].start); who != "" && p.fromOrigin(who, toks[opening:opening+k]) {
				p.mentions = append(p.mentions, mention{at: toks[opening].start, name: who, subject: true})
			}
		}
		// by a relative or a cue, or a subject already found: "The image simply portrayed Mr
		// Howard": a subject in lower case and its verb come first.
		blocked := commonSubject(toks[opening:])
		// "She will now meet Venus Williams": a name after a pronoun subject is no subject.
		pronounFirst := pronounSubject(toks[opening:])
		phraseBlocked := false  // the opening phrase has its subject: "If Carson implied ... Cruz, he"
		pronounBlocked := false // a clause's pronoun subject came first
		andSubject := -1        // the mention of a subject that "and" follows, by index
		lead := 0               // where the sentence's words begin: after "But", "And"
		if len(toks) > 1 && leads.Has(toks[0].lower()) {
			lead = 1 // "But Edu", "Later Hale"
		}
		for i := 0; i < len(toks); i++ {
			if i >= opening && !blocked && !toks[i].capitalised() {
				if lw := toks[i].s; relativesOrCues.Has(lw) && !(lw == "that" && i > 0 && asides.Has(toks[i-1].lower())) {
					// Lower-case words only: "Said" opening a sentence is a name; and "that" after
					// a preposition is no relative: "On that day's programme Mr Johnson was asked".
					blocked = true
				}
				if lw := toks[i].s; i > opening && (lw == "he" || lw == "she" || lw == "they") {
					// "Edu's deal expires next summer and he has been linked with Real Madrid":
					// the clause has its subject; a name after it is none, up to a dash that
					// opens another ("he gave the press plenty to report - Atletico Madrid gave up").
					pronounBlocked = true
				}
			}
			if isDash(toks[i].s) || toks[i].s == "-" || toks[i].s == ";" {
				pronounBlocked = false
			}
			if i < opening && personalPronouns.Has(toks[i].lower()) {
				phraseBlocked = true // "Though he did not mention Marco Rubio or John Kasich by name, he"
			}
			subject := !blocked && !pronounBlocked && i-opening <= 14 && (i >= opening && !pronounFirst || i < opening && !aside && !phraseBlocked) ||
				i >= opening && coordinateSubject(toks, i) // "McCain won most primaries, and Huckabee withdrew"
			if !toks[i].word() || !toks[i].capitalised() || inQuote(toks[i].start) {
				continue
			}
			if invertedAfterCue(toks, i) || reportsSpeech(toks, nameRunEnd(toks, i)) && !subordinate(toks, i) && !affiliated(toks, i) {
				// "..., said Shailendra Jain, head of Adamind", "... and Sculthorpe said he
				// would": whoever speaks is who the story is about.
				subject = true
			}
			if i > 1 && toks[0].lower() == "among" && beVerbs.Has(toks[i-1].lower()) {
				subject = true // "Among them was Jane Gregory, who ...": the subject, after its verb
			}
			if i > 1 && toks[i-1].lower() == "to" && toks[i-2].lower() == "put" {
				subject = true // "Those allegations were put to Wenger": the one who answers next
			}
			if i+1 < len(toks) && isCueWord(toks[i].s) && toks[i+1].word() && toks[i+1].capitalised() {
				continue // "Added Gibbs:", "Says Smith": the cue opening the sentence is no name
			}
			if i < lead {
				continue // "But Edu was highly critical": the name starts after the conjunction
			}
			j := i
			words := run[:0]
			for j < len(toks) && toks[j].word() && (toks[j].capitalised() || particlesBefore(toks, j)) {
				words = append(words, toks[j].s)
				j++
			}
			if k := orgAfterAnd(toks, j); k > j && len(words) > 0 && !isGivenName(words[0]) && k-i <= 6 {
				// "the Finance and Economy Ministry": one body's name, not "Economy Ministry".
				for ; j < k; j++ {
					words = append(words, toks[j].s)
				}
			}
			run = words
			for len(words) > 1 && len(words[len(words)-1]) > 3 && calendar.HasLower(words[len(words)-1]) {
				words = words[:len(words)-1] // "Chairman Michael Steele Sunday", "Brian Fallon August 2": the date is no name
				j--
			}
			// lower-case role words right before the run: "Kremlin spokesman Dmitry Peskov"
			var roleWord, roleBefore, office string
			var post string // "Frank Field MP": a letter title after the name is a role
			if n := len(words); n > 2 && postNominals.Has(words[n-1]) {
				post, words = strings.ToLower(words[n-1]), words[:n-1]
			}
			if len(words) == 1 && afterIndefinite(toks, i) && memberWord(words[0]) {
				// "A former Marine in Iraq, Mr. Hunter was": one of a kind, no person mentioned.
				i = j - 1
				continue
			}
			if i >= 1 && (possessives.Has(toks[i-1].s) || toks[i-1].s == "our" || toks[i-1].s == "my") && j < len(toks) && toks[j].word() && !toks[j].capitalised() && !isPossessive(words[len(words)-1]) {
				// "their Grand Slam hopes", "his Tony Blair impression": names that describe a
				// thing, no person mentioned.
				i = j - 1
				continue
			}
			if slices.ContainsFunc(words[:len(words)-1], ownedByMany) {
				// "the Volvo Women's Open", "the Children's Society": the name of a thing that
				// belongs to many, no person.
				i = j - 1
				continue
			}
			if i >= 1 && bodyKinds.Has(toks[i-1].s) && !slices.ContainsFunc(words, isPossessive) {
				// "Scott's company Scott Free", "the retailer Next": a body named after its
				// kind, no person.
				i = j - 1
				continue
			}
			if i >= 2 && (toks[i-1].s == "of" || toks[i-1].s == "for") && toks[i-2].capitalised() && orgWords.Has(toks[i-2].lower()) &&
				!slices.ContainsFunc(words, func(w string) bool { return isGivenName(w) || isPossessive(w) }) {
				// "the Institute of Medical Research": the rest of a body's name, no person.
				i = j - 1
				continue
			}
			if i == opening && len(words) == 2 && words[0] == "The" && demonym(words[1]) && j < len(toks) && toks[j].word() && !toks[j].capitalised() {
				// "The Scot initially defended Beattie": the person the story is about is the
				// subject, as "the Dutchman said" is; the name after it is an object.
				if who := p.pronoun("", toks[i].start); who != "" && p.fromOrigin(who, toks[i:j]) {
					p.mentions = append(p.mentions, mention{at: toks[i].start, name: who, subject: true})
				}
				blocked = true
				i = j - 1
				continue
			}
			if i >= 2 && len(words) >= 3 && toks[i-1].s == "of" && roles.Has(toks[i-2].lower()) && !isGivenName(words[0]) {
				words = words[1:] // "Chief of Staff Denis McDonough": the office's last word, then the name
				i++
			}
			name, role := splitName(words)
			if len(words) == 1 && len(name) == 0 && strings.Contains(p.fullOf(words[0]), " ") {
				name, role = words, nil // "Bishop said", after "Julie Bishop": her surname, no role
			}
			if len(name) == 1 && len(role) == 0 && isGivenName(name[0]) && j+2 < len(toks) && toks[j].lower() == "and" {
				// "Hillary and Bill Clinton": the first given name shares the surname after.
				if e := nameRunEnd(toks, j+1); e-j-1 == 2 && isGivenName(toks[j+1].s) {
					name = append(name, toks[e-1].s)
				}
			}
			if i > 0 && roles.Has(toks[i-1].lower()) {
				roleBefore = toks[i-1].lower() // "Labour leader Sir Keir Starmer": leader
			}
			if len(role) > 0 {
				roleWord = strings.ToLower(strings.TrimSuffix(role[len(role)-1], "'s"))
				if n := len(role); n > 1 && officeWords.HasLower(role[n-2]) && (n == 2 || !lesserRoles.HasLower(role[n-3])) {
					office = strings.ToLower(role[n-2]) + " " + roleWord // "Prime Minister Tony Blair" is "the prime minister"
				}
				if n := len(role); n > 1 && lesserRoles.HasLower(role[n-2]) {
					roleWord = strings.ToLower(role[n-2]) + " " + roleWord // "Vice President Mike Pence" is no "the president"
				} else if n > 2 && lesserRoles.HasLower(role[n-3]) && strings.ToLower(role[n-3]) != "chief" {
					roleWord = strings.ToLower(role[n-3]) + " " + roleWord // "Deputy Prime Minister John Prescott" is no "the prime minister"
				}
			} else {
				roleWord, roleBefore = roleBefore, ""
				if i > 1 && roleWord != "" && lesserRoles.Has(toks[i-2].lower()) {
					roleWord = toks[i-2].lower() + " " + roleWord
				}
			}
			if len(words) > 1 && orgWords.HasLower(strings.TrimSuffix(words[len(words)-1], "s")) ||
				len(words) > 1 && orgWords.HasLower(words[len(words)-1]) {
				// "Gryphon Airlines": later "the airline" means it; "MedStar Washington Hospital
				// Center": "the hospital" and "the center".
				body := mention{at: toks[i].start, name: strings.Join(words, " ")}
				if e := bodyOfEnd(toks, j); e > j {
					// "The University of Oklahoma", "The Academy of Motion Picture Arts and
					// Sciences": the whole name is the one "the university" means.
					body.name = strings.Join(append(slices.Clip(words), tokenTexts(toks[j:e])...), " ")
				}
				for _, w := range words[1:] {
					if lw := strings.ToLower(w); orgWords.Has(lw) || orgWords.Has(strings.TrimSuffix(lw, "s")) {
						p.org[lw] = append(p.org[lw], body)
						if k := strings.TrimSuffix(lw, "s"); k != lw {
							p.org[k] = append(p.org[k], body)
						}
					}
				}
			}
			verb := j
			if len(name) == 1 {
				verb = pastAppositive(toks, j) // "Michelle, a mother of twins, said"
				if verb > j && verb+1 < len(toks) && (toks[verb].s == "also" || strings.HasSuffix(toks[verb].s, "ly")) {
					verb++ // "Li, the No. 2 leader, also promised"
				}
			}
			if len(name) == 1 && subject && verb < len(toks) && (subjectVerbs.Has(toks[verb].lower()) || pastCue(toks[verb].lower())) && !allCaps(name[0]) && !strings.ContainsAny(name[0], "0123456789") && !(demonym(name[0]) && described(toks, i)) &&
				!notPersonal.HasLower(name[0]) && !stopword(strings.ToLower(name[0])) &&
				(len(role) == 0 || len(role) == 1 && isPossessive(role[0]) && i == lead) && // "Arsenal's Edu has lifted the lid"
				(i == 0 || toks[i-1].lower() != "of") { // not "Chambers of Commerce said"
				// "These days, Fatiya is busy": a single name as a sentence subject, unless the
				// story also uses it as a place ("in Ferguson").
				one := strings.ToLower(strings.TrimSuffix(name[0], "s")) // "Ministers", "Australians": one of them
				if _, known := text.FoldGet(p.full, name[0]); !known && !usedAsPlace(d.Text, name[0]) && !usedAsBody(d.Text, name[0]) && !p.usedLower(name[0]) &&
					!p.usedLower(strings.TrimSuffix(name[0], "s")) && // "Weasels would not" after "a weasel"
					!roles.Has(one) && !nationAdjectives.Has(one) && !demonyms.Has(one) { // "Ministers would not", "100 Australians had"
					if named := p.givenOnly(name[0], nil); named != "" {
						p.mentions = append(p.mentions, mention{at: toks[i].start, name: named, subject: true})
					} else {
						p.add(name[0], toks[i].start, true)
					}
					if i >= opening {
						blocked = true // the sentence has its subject
					} else {
						phraseBlocked = true
					}
					i = j - 1
					continue
				}
			}
			if len(name) > 0 {
				at := toks[i].start
				// "president Vicente Fox": a role before the words makes them a name.
				afterRole := len(role) > 0 && roles.HasLower(strings.TrimSuffix(role[len(role)-1], ".")) ||
					i > 0 && roles.Has(toks[i-1].lower())
				// "Mr. Smith", "President Macron", "The Game" opening a clause; not "Chambers of
				// Commerce" nor "according to The Hill".
				titled := roleWord != "" && roleWord != "of" && (i > lead || roles.Has(roleWord)) &&
					(!determiner.Has(roleWord) || i == lead || !toks[i-1].word()) &&
					(!notPersonal.Has(roleWord) || determiner.Has(roleWord)) // not "West Ham", "New Orleans"
				// "Her father, Brad, 39, worried": a given name alone, after a relative's word,
				// is that relative.
				kinNamed := len(name) == 1 && len(role) == 0 && (isGivenName(name[0]) && kinBefore(toks, i) || kinIntroduced(toks, i))
				if (personName(name) || kinNamed || afterRole && titledName(d.Text, name)) && p.looksNamed(toks, i, name, role) {
					full := strings.Join(name, " ")
					if _, known := text.FoldGet(p.full, full); !known && kinBefore(toks, i) {
						p.kin[full] = true
					}
					p.addAs(full, at, subject, titleGender(role))
					if k := i - 1; k > 0 && p.titled[full] == 0 {
						// "the first lady, Melania Trump", "her husband Tom": the word before tells
						// a gender the given name may not.
						if toks[k].s == "," {
							k--
						}
						if g := titleGender([]string{toks[k].s}) | kinGender[toks[k].s]; g != 0 && !toks[k].capitalised() {
							p.titled[full] = g
						}
					}
					if g := titleGender(role); g != 0 {
						gendered[at] = g
					}
					if post != "" {
						p.role[post] = append(p.role[post], mention{at: at, name: p.fullOf(surnameOf(name))})
					}
					if roleWord != "" {
						m := mention{at: at, name: p.fullOf(surnameOf(name))}
						p.role[roleWord] = append(p.role[roleWord], m)
						if long, ok := roleAbbrev[strings.TrimSuffix(roleWord, ".")]; ok {
							p.role[long] = append(p.role[long], m) // "Sen. Bernie Sanders" is "the senator"
						}
						if roleBefore != "" && roleBefore != roleWord {
							p.role[roleBefore] = append(p.role[roleBefore], m)
						}
						if office != "" && office != roleWord {
							p.role[office] = append(p.role[office], m)
						}
					}
				} else if len(name) == 1 {
					if _, ok := text.FoldGet(p.full, name[0]); ok {
						who := p.surnamed(text.Fold(name[0]), at, titleGender(words))
						if who == "" {
							who = name[0] // no one the story named in full fits the title
						}
						p.mentions = append(p.mentions, mention{at: at, name: who, subject: subject})
						if g := titleGender(words); g != 0 {
							gendered[at] = g
						}
					} else if named := p.givenOnly(name[0], role); named != "" {
						p.mentions = append(p.mentions, mention{at: at, name: named, subject: subject})
					} else if titled && !notPersonal.HasLower(name[0]) && !allCaps(name[0]) && !roleWordOrPlural(name[0]) &&
						(j >= len(toks) || !roles.Has(toks[j].s)) { // not "a junior Wimbledon finalist"
						// a single name after a title
						p.add(name[0], at, subject)
						p.role[roleWord] = append(p.role[roleWord], mention{at: at, name: name[0]})
						if g := titleGender(role); g != 0 {
							p.titled[name[0]] = g
						}
					}
				}
			}
			if n := len(p.mentions); n > 0 && p.mentions[n-1].at == toks[i].start && p.mentions[n-1].subject {
				// "Chuck Schumer and Nancy Pelosi made their first visit": a subject of two is
				// no "he" or "she".
				if andSubject >= 0 && i > 0 && toks[i-1].lower() == "and" {
					p.mentions[andSubject].subject, p.mentions[n-1].subject = false, false
				}
				andSubject = -1
				if j < len(toks) && toks[j].lower() == "and" {
					andSubject = n - 1
				}
			}
			if r := possessedAt(toks, j, words); r > 0 && len(p.mentions) > 0 && p.mentions[len(p.mentions)-1].at == toks[i].start &&
				r+2 < len(toks) && (roles.Has(toks[r].s) || voices.Has(toks[r].s)) &&
				(toks[r+1].s == "," && toks[r+2].capitalised() || toks[r+1].word() && toks[r+1].capitalised()) {
				// "Ms Jowell's deputy, Richard Caborn, said", "Edwards' sister Rachel makes": the
				// one named after the role is the subject, not its possessor.
				p.mentions[len(p.mentions)-1].subject = false
				i = r - 1
				continue
			}
			if len(p.mentions) > 0 && p.mentions[len(p.mentions)-1].at == toks[i].start &&
				(j >= len(toks) || toks[j].lower() != "and" && !modifiesName(toks[j:])) {
				// The sentence has its subject; a name later on is an object or in a clause:
				// "Walsh had close ties to Vice President Joe Biden. But he ..." is Walsh. So
				// has an opening phrase, until the main clause begins.
				if i >= opening {
					blocked = true
				} else {
					phraseBlocked = true
				}
			}
			if n := len(p.mentions); n > 0 && p.mentions[n-1].at == toks[i].start && whoSpeaks(toks, j) && (i == 0 || toks[i-1].lower() != "and") {
				// "introduced by his son Nick, a trainee vicar, who praised his father's
				// honesty": the subject of a clause that reports his words (not one of two:
				// "Jeb Bush and Chris Christie, who say").
				p.mentions[n-1].subject = true
			}
			i = j - 1
		}
	}
	// A surname met before the full name ("Mrs. Clinton ... Hillary Rodham Clinton") stands
	// for the full name, now that the whole story has been read.
	p.completeSurnames(p.mentions, gendered)
	for _, ms := range p.role {
		p.completeSurnames(ms, gendered)
	}
	for _, m := range p.mentions {
		if g := gendered[m.at]; g != 0 && p.titled[m.name] == 0 && gender(m.name) == 0 {
			p.titled[m.name] = g // "Mr. Obama" is no "she"
		}
	}
	return p
}

// particlesBefore reports whether toks[j] opens one or two name particles that a capitalised
// word follows: "von" of "Felix von der Osten", "bin" of "Mohammed bin Salman".
func particlesBefore(toks []token, j int) bool {
	for k := j; k < len(toks) && k <= j+1; k++ {
		if !nameParticles.Has(toks[k].lower()) {
			return false
		}
		if k+1 < len(toks) && toks[k+1].capitalised() {
			return true
		}
	}
	return false
}

// bodyOfEnd returns where the "of" part of a body's name that goes on at toks[j] ends ("of
// Oklahoma", "of Motion Picture Arts and Sciences"), or j when there is none.
func bodyOfEnd(toks []token, j int) int {
	if j+1 >= len(toks) || toks[j].s != "of" || !toks[j+1].capitalised() {
		return j
	}
	e := nameRunEnd(toks, j+1)
	if e+1 < len(toks) && (toks[e].s == "and" || toks[e].s == "&") && toks[e+1].capitalised() {
		e = nameRunEnd(toks, e+1)
	}
	return e
}

// pastCue reports whether w is a reporting verb in the past tense ("conceded", "insisted"): the
// one word before it is someone who spoke, as before "said". (Not "says" or "calls": a
// headline's verb, or a plural's, "Allies say".)
func pastCue(w string) bool { return cues.Has(w) && strings.HasSuffix(w, "ed") }

// pastAppositive returns the index of the word after an appositive that opens at toks[i] and
// describes a person: ", a mother of twins,", ", the No. 2 leader," or ", 34,". Without one it
// returns i.
func pastAppositive(toks []token, i int) int {
	if i+2 >= len(toks) || toks[i].s != "," {
		return i
	}
	if lw := toks[i+1].lower(); lw != "a" && lw != "an" && lw != "the" && (lw == "" || lw[0] < '0' || lw[0] > '9') {
		return i
	}
	for k := i + 2; k < len(toks) && k <= i+12; k++ {
		switch toks[k].s {
		case ",":
			return k + 1
		case ".", ";", ":", "(", ")":
			return i
		}
	}
	return i
}

// titledName reports whether words that follow a role ("president Vicente Fox", "spokesman
// Tom Reed") read as a person's name although a word list does not know them as one: two to
// four capitalised words, no acronym, not a body's name.
func titledName(s string, words []string) bool {
	if len(words) < 2 || len(words) > 4 || orgWords.HasLower(words[len(words)-1]) {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		// A role word ends a name as a surname where the story never writes it lower-case:
		// "Labour MP Oona King".
		role := roles.Has(lw) && (i < len(words)-1 || usedLower(s, w))
		if !unicode.IsUpper(r) || allCaps(w) && !strings.Contains(w, ".") || role || calendar.Has(lw) ||
			stopword(lw) || nationAdjectives.Has(lw) || demonyms.Has(lw) || usedLower(s, w) && !isGivenName(w) {
			return false // "president Obama Monday", "Plus Obama"
		}
	}
	return true
}

// invertedAfterCue reports whether the name at toks[i] is the subject of a reporting verb
// set before it: "said Jim Smith", "says harbour worker Anna Zed", "according to Smith". Verbs
// whose object a name would be ("told Smith", "asked Smith") do not count.
func invertedAfterCue(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 3 && toks[k].word() && !toks[k].capitalised() && !inversionCues.Has(toks[k].s) && !stopword(toks[k].s) {
		k-- // "said harbour worker"
	}
	if k < 0 || !toks[k].word() {
		return false
	}
	if toks[k].s == "to" {
		return k > 0 && toks[k-1].s == "according"
	}
	// The verb comes first in its clause: after a mark or a comma, or opening the sentence.
	// "Owen says replacing Gareth Thomas ..." has its subject before the verb. A writer may
	// leave the comma out when the name ends the sentence or a description follows it:
	// "... to hold on to gamers said Lindsay Schroth, an analyst with ...".
	if !inversionCues.Has(toks[k].s) {
		return false
	}
	if k == 0 || !toks[k-1].word() {
		return true
	}
	j := nameRunEnd(toks, i)
	// A given name or a title opens the name: "... elements said Mr Owen."
	return j-i >= 2 && (isGivenName(toks[i].s) || courtesyTitle(toks[i].s)) && (j == len(toks) || toks[j].s == "." ||
		toks[j].s == "," && j+1 < len(toks) && (toks[j+1].lower() == "a" || toks[j+1].lower() == "an" || toks[j+1].lower() == "the"))
}

// nameRunEnd returns the index after the run of capitalised words at toks[i].
func nameRunEnd(toks []token, i int) int {
	for i < len(toks) && toks[i].word() && toks[i].capitalised() {
		i++
	}
	return i
}

// nameRunStart returns where the run of capitalised words that ends before toks[e] begins,
// not before floor.
func nameRunStart(toks []token, e, floor int) int {
	for e > floor && toks[e-1].word() && toks[e-1].capitalised() {
		e--
	}
	return e
}

// reportsSpeech reports whether the name run ending before toks[j] is the subject of a
// reporting verb that follows it: "Sculthorpe said he would", "Smith told reporters".
func reportsSpeech(toks []token, j int) bool {
	return j < len(toks) && toks[j].word() && !toks[j].capitalised() && cues.Has(toks[j].s) && toks[j].s != "according"
}

// orgBefore returns the body of the kind ("airline", "hospital") the story named last before
// offset at: "the hospital said" is the one named before it, not one the story comes to later.
func (p *people) orgBefore(kind string, at int) (string, bool) {
	bodies := p.org[kind]
	for k := sort.Search(len(bodies), func(k int) bool { return bodies[k].at >= at }) - 1; k >= 0; k-- {
		// `The bank said it is "very different than the Citizens and Canal Banks"`: a body its
		// own words name is not the one speaking.
		name := strings.TrimPrefix(strings.TrimPrefix(bodies[k].name, "The "), "the ")
		if first, _, _ := strings.Cut(name, " "); p.quoted != "" && strings.Contains(p.quoted, first) {
			continue
		}
		return bodies[k].name, true
	}
	return "", false
}

// outletBefore returns the news outlet the story named last in the 600 bytes before offset at,
// outside quotation marks: a name after a word for its kind ("Vatican paper L'Osservatore
// Romano", "the newspaper Le Monde") or one that ends in a media word ("The New York Times").
func (p *people) outletBefore(at int) string {
	toks := tokenize(p.text, max(0, at-600), at)
	inside := false
	for e := len(toks); e > 0; e-- {
		if isMarkToken(toks[e-1].s) {
			inside = !inside
			continue
		}
		if inside || !toks[e-1].word() || !toks[e-1].capitalised() || e < len(toks) && toks[e].word() && toks[e].capitalised() {
			continue
		}
		b := nameRunStart(toks, e, 0)
		for b < e && outletOpeners.Has(toks[b].lower()) {
			b++ // "But The Guardian", "In The New York Times"
		}
		if b == e {
			continue
		}
		words := tokenTexts(toks[b:e])
		words[len(words)-1] = trimPossessive(words[len(words)-1]) // "Rolling Stone's annual list"
		name := strings.Join(words, " ")
		if b > 0 && outletKinds.Has(toks[b-1].lower()) || isMedia(name) && e-b > 1 {
			return name
		}
	}
	return ""
}

// outletOpeners are words that may open the run of capitals before an outlet's name.
var outletOpeners = set("the", "a", "an", "but", "and", "in", "on", "at", "by", "from", "for", "to", "with")

// mentionedIn reports whether a person is mentioned between offsets from and to.
func (p *people) mentionedIn(from, to int) bool {
	k := sort.Search(len(p.mentions), func(k int) bool { return p.mentions[k].at > from })
	return k < len(p.mentions) && p.mentions[k].at < to
}

// mentionedBesides reports whether someone other than the ones named in who ("Elizabeth
// Kneebone and Natalie Holmes", who spoke together) is mentioned after from and before to.
func (p *people) mentionedBesides(from, to int, who string) bool {
	for k := sort.Search(len(p.mentions), func(k int) bool { return p.mentions[k].at > from }); k < len(p.mentions) && p.mentions[k].at < to; k++ {
		if !strings.Contains(who, p.mentions[k].name) {
			return true
		}
	}
	return false
}

// completeSurnames gives mentions recorded by a surname alone the full name of that person, one
// that fits the gender their title gave (gendered, by offset: "Mr. Trump").
func (p *people) completeSurnames(ms []mention, gendered map[int]byte) {
	for k, m := range ms {
		if !strings.Contains(m.name, " ") {
			if full := p.surnamed(text.Fold(m.name), m.at, gendered[m.at]); full != "" {
				ms[k].name = full
			}
		}
	}
}

func (p *people) add(full string, at int, subject bool) { p.addAs(full, at, subject, 0) }

// fitsGender reports whether name may be someone of gender want ('m', 'f', or 0 for either),
// by its given name or the words the story gave it ("the first lady, Melania Trump").
func (p *people) fitsGender(name string, want byte) bool {
	if want == 0 {
		return true
	}
	g := gender(name)
	if g == 0 {
		g = p.titled[name]
	}
	return g == 0 || g == want
}

// addAs is add for a name whose title tells a gender (want; 0 when it tells none): "Mr. Trump"
// is not the story's only full name of that surname when that is "Melania Trump".
func (p *people) addAs(full string, at int, subject bool, want byte) {
	ws := fields(full)
	if len(ws) == 2 && !isGivenName(ws[0]) && !courtesyTitle(ws[0]) {
		// "Wasserman Schultz said", after "Debbie Wasserman Schultz": the end of the full name
		// of the one person the story gave that surname. ("Jeh Johnson" after "Gary Johnson" is
		// someone else.)
		if known, _ := text.FoldGet(p.surname, ws[1]); len(known) > 0 && allSame(known) && strings.HasSuffix(known[0].name, " "+full) {
			full, ws = known[0].name, fields(known[0].name)
		}
	}
	if len(ws) == 1 {
		if near := p.near(full); near != "" {
			full, ws = near, fields(near) // "Arduriz" for "Aritz Aduriz"
		}
	}
	key := text.Fold(full)
	if prev, ok := p.full[key]; ok && (len(ws) > 1 || p.fitsGender(prev, want)) {
		full = prev
	}
	if _, ok := p.full[key]; !ok {
		p.full[key] = full
	}
	last := text.Fold(surnameOf(ws))
	if prev, ok := p.full[last]; !ok || len(prev) < len(full) && !suffixed(full) {
		p.full[last] = full
	}
	if len(ws) > 1 {
		p.surname[last] = append(p.surname[last], mention{at: at, name: full})
	}
	name := full // a full name is its own mention; a surname alone is the one it stands for
	if len(ws) == 1 {
		if name = p.surnamed(last, at, want); name == "" {
			name = full
		}
	}
	p.mentions = append(p.mentions, mention{at: at, name: name, subject: subject})
}

// postNominals are the letters a name may end with that say what the person is: "Frank Field MP",
// "Michael Mansfield QC".
var postNominals = set("MP", "MEP", "MSP", "QC", "KC", "AM", "MLA", "TD", "OBE", "MBE", "CBE")

// openingRun returns the capitalised run that opens the sentence holding toks[k] as its
// subject, right before its verb ("AOL backed ...", "Ofcom has"), as toks[b:e]; b == e when
// there is none, or when the sentence may open before toks does (fromStart: toks open the text).
func openingRun(toks []token, k int, fromStart bool) (b, e int) {
	for b = k; b > 0 && toks[b-1].s != "." && toks[b-1].s != "?" && toks[b-1].s != "!"; b-- {
	}
	if b == 0 && !fromStart {
		return 0, 0 // the window may have cut the sentence
	}
	if toks[b].lower() == "the" {
		b++
	}
	e = nameRunEnd(toks, b)
	if e == b || e >= k {
		return b, b
	}
	// A verb in the past or one that follows subjects: not "Despite insisting".
	if v := toks[e].lower(); toks[e].capitalised() || participle(v) || !strings.HasSuffix(v, "ed") && !subjectVerbs.Has(v) && !auxiliaries.Has(v) && !cues.Has(v) {
		return b, b
	}
	return b, e
}

// whoSpeaks reports whether the name that ends before toks[j] is the subject of a relative
// clause with a reporting verb, maybe after an appositive: ", a trainee vicar, who praised".
func whoSpeaks(toks []token, j int) bool {
	if j >= len(toks) || toks[j].s != "," {
		return false
	}
	k := j + 1
	if k < len(toks) && (determiner.Has(toks[k].lower()) || toks[k].lower() == "a" || toks[k].lower() == "an") {
		for k < len(toks) && k < j+10 && toks[k].s != "," {
			k++ // ", a trainee vicar,"
		}
		k++
	}
	return k+1 < len(toks) && toks[k].s == "who" && cues.Has(toks[k+1].s) && !participle(toks[k+1].s)
}

// roleWordOrPlural reports whether w is a role word, or many of them: "The First Daughters",
// "First Lady" name no one by the word after the title.
func roleWordOrPlural(w string) bool {
	lw := strings.ToLower(w)
	return roles.Has(lw) || roles.Has(strings.TrimSuffix(lw, "s"))
}

// kinGender holds the words that name someone by their family tie to another person, each
// with the gender it tells ('m', 'f', or 0): "her husband Tom", "his wife, Ann", "his cousin".
var kinGender = map[string]byte{"husband": 'm', "father": 'm', "son": 'm', "brother": 'm', "widower": 'm',
	"grandfather": 'm', "uncle": 'm', "nephew": 'm', "grandson": 'm', "stepfather": 'm', "stepson": 'm',
	"father-in-law": 'm', "son-in-law": 'm', "wife": 'f', "mother": 'f', "daughter": 'f', "sister": 'f', "widow": 'f',
	"grandmother": 'f', "aunt": 'f', "niece": 'f', "granddaughter": 'f', "stepmother": 'f', "stepdaughter": 'f',
	"mother-in-law": 'f', "daughter-in-law": 'f', "cousin": 0}

// kinBefore reports whether the name run at toks[i] is given as someone's relative: "his
// father, Rev. Jesse Jackson", "her husband Bill Clinton", "Smith's wife, Ann Smith".
func kinBefore(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].s == "," {
		k--
	}
	if k < 1 {
		return false
	}
	if _, kin := kinGender[toks[k].lower()]; !kin {
		return false
	}
	owner := toks[k-1].lower()
	return owner == "his" || owner == "her" || owner == "their" || isPossessive(toks[k-1].s) ||
		k >= 2 && (modifierRoles.Has(owner) || owner == "late") && (toks[k-2].lower() == "his" || toks[k-2].lower() == "her" || isPossessive(toks[k-2].s))
}

// kinIntroduced reports whether the one word at toks[i] names a relative the story brings in,
// set off by commas: "a little sister, Belinda, to the world". The word is that person's given
// name, listed or not.
func kinIntroduced(toks []token, i int) bool {
	k := i - 1
	if k < 2 || toks[k].s != "," || i+1 >= len(toks) || toks[i+1].s != "," || notPersonal.Has(toks[i].lower()) {
		return false
	}
	k--
	if _, kin := kinGender[toks[k].lower()]; !kin {
		return false
	}
	if kinAdjectives.Has(toks[k-1].lower()) {
		k--
	}
	return k >= 1 && (toks[k-1].lower() == "a" || toks[k-1].lower() == "an")
}

// kinAdjectives tell which of someone's relatives a kin word means: "a little sister", "an
// older brother".
var kinAdjectives = set("little", "younger", "older", "elder", "big", "baby", "twin", "eldest", "youngest")

// fitsOrigin reports whether who may be the person a description by origin stands for ("the
// Frenchman", "the 25-year-old Chilean", among words): no other origin was given to them
// earlier. A description with no origin word fits anyone.
func (p *people) fitsOrigin(who string, words []token) bool {
	o := originIn(words)
	prev, ok := p.origin[who]
	return o == "" || !ok || prev == o
}

// fromOrigin is fitsOrigin for a description the story makes a sentence's subject ("The
// Chilean refused ..."); when who fits, it records the origin, so that a later "the Frenchman
// said" is not the same person.
func (p *people) fromOrigin(who string, words []token) bool {
	if !p.fitsOrigin(who, words) {
		return false
	}
	if o := originIn(words); o != "" {
		p.origin[who] = o
	}
	return true
}

// originIn is the origin of the first demonym or nation's adjective among words, "" if none.
func originIn(words []token) string {
	for _, t := range words {
		if o := origin(t.s); o != "" {
			return o
		}
	}
	return ""
}

// origin is the place a demonym or a nation's adjective names someone by, as one word for all
// its forms ("Frenchman", "Frenchwoman" and "French" give "french"); "" for other words.
func origin(w string) string {
	if !demonym(w) && !nationalAdjective(w) {
		return ""
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"woman", "man"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return strings.TrimSuffix(lw, suf)
		}
	}
	return lw
}

// allSame reports whether the mentions all name one person (none do too).
func allSame(ms []mention) bool {
	if len(ms) == 0 {
		return true
	}
	for _, m := range ms[1:] {
		if m.name != ms[0].name {
			return false
		}
	}
	return true
}

// surnameOf returns the surname in a person's name: its last word before a generational
// suffix ("George T. Conway III", "Donald Trump Jr.").
func surnameOf(ws []string) string {
	n := len(ws)
	for n > 1 && generational.HasLower(strings.TrimSuffix(ws[n-1], ".")) {
		n--
	}
	return ws[n-1]
}

var generational = set("jr", "sr", "ii", "iii", "iv")

// surnamed returns the full name of the person this folded surname stands for at offset at:
// the one named in full just before ("Jeb Bush says ... Bush says" is Jeb), else the one the
// story names most ("Mr. Trump" in a story about his brother Freddy is still Donald). want
// is the gender a title asks for ('m' for "Mr.", 'f' for "Mrs."), or 0.
func (p *people) surnamed(surname string, at int, want byte) string {
	ms := p.surname[surname]
	fits := func(name string) bool { return p.fitsGender(name, want) }
	// A relative of someone the story named with the same surname ("his father, Rev. Jesse
	// Jackson" in a story about Jesse Jackson Jr.) is not who the bare surname means.
	secondary := func(name string) bool {
		if !p.kin[name] || allSame(ms) {
			return false
		}
		introduced := false // the mention that gives the relative ("His wife, Sandra Jackson, is expected") is no later one
		for _, m := range p.mentions {
			if m.at >= at || m.name != name {
				continue
			}
			if introduced && (m.subject || m.spoke) {
				return false // "his son, Seth Hutchinson" whom the story then has speak
			}
			introduced = true
		}
		return true
	}
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].at <= at && fits(ms[i].name) && !secondary(ms[i].name) {
			if at-ms[i].at <= 300 {
				return ms[i].name
			}
			break
		}
	}
	// Far from any full name: the one the story has referred to most so far, by full name or by
	// the surname alone; of as many, the one it named first ("President Donald Trump and first
	// lady Melania Trump ... Trump said"), whom the story is about.
	best, most := "", 0
	for _, m := range ms {
		if m.at > at || !fits(m.name) || secondary(m.name) {
			continue
		}
		n := 0
		for _, o := range p.mentions {
			if o.at < at && sameRef(o.name, m.name) {
				n++
			}
		}
		if n > most {
			best, most = m.name, n
		}
	}
	if plain := p.full[surname]; best == "" && !secondary(plain) || suffixed(best) && plain != "" && !suffixed(plain) && !secondary(plain) &&
		(!strings.Contains(plain, " ") || strings.HasPrefix(best, plain+" ")) {
		// "Mr. Trump" far from "Donald Trump Jr." is the Trump the story named plainly
		// ("President Trump", "Donald Trump"); not "Sandra Jackson" for "Jesse Jackson Jr.".
		if !fits(plain) {
			return "" // "Mr. Trump" where the only full name is "the first lady, Melania Trump"
		}
		return plain
	}
	return best
}

// sameRef reports whether two full names the story gives refer to one person: the same first
// name and surname ("Alan Grayson", "Alan Mark Grayson"), and the same generational suffix
// ("Jesse Jackson Jr." is not "Jesse Jackson").
func sameRef(a, b string) bool {
	if a == b {
		return true
	}
	fa, _, okA := strings.Cut(a, " ")
	fb, _, okB := strings.Cut(b, " ")
	if !okA || !okB || fa != fb || a[strings.LastIndexByte(a, ' ')+1:] != b[strings.LastIndexByte(b, ' ')+1:] {
		return false
	}
	wa, wb := fields(a), fields(b) // the same last word: a suffix, or the surname
	return suffixed(a) == suffixed(b) && surnameOf(wa) == surnameOf(wb)
}

// suffixed reports whether a name ends with a generational suffix: "Donald Trump Jr.".
func suffixed(name string) bool {
	ws := fields(name)
	return len(ws) > 1 && surnameOf(ws) != ws[len(ws)-1]
}

// titleGender returns the gender a courtesy title in words asks for: 'm', 'f' or 0.
func titleGender(words []string) byte {
	for _, w := range words {
		switch w = strings.TrimSuffix(w, "."); {
		case menTitles.HasLower(w):
			return 'm'
		case womenTitles.HasLower(w):
			return 'f'
		}
	}
	return 0
}

// menTitles and womenTitles are the titles and role words that tell a gender.
var (
	menTitles = set("mr", "sir", "lord", "king", "prince", "duke", "baron", "spokesman", "congressman", "assemblyman",
		"councilman", "businessman", "frontman", "sportsman")
	womenTitles = set("mrs", "ms", "miss", "dame", "lady", "queen", "princess", "duchess", "baroness", "spokeswoman",
		"congresswoman", "assemblywoman", "councilwoman", "chairwoman", "businesswoman", "frontwoman",
		"sportswoman", "actress")
)

// spoke records that name spoke at offset at: a speaker is what the story talks about. A name
// the story never gave in full is a body's, unless it is a given name ("said Maria"): then
// "she" may stand for it. Two people who spoke together ("Elizabeth Kneebone and Natalie
// Holmes") are no "he" or "she", but "they".
func (p *people) spoke(name string, at int) {
	if _, ok := text.FoldGet(p.full, name); !ok && !personName(fields(name)) && !isGivenName(name) || strings.Contains(name, " and ") {
		p.bodySpoke, p.bodySpokeAt = name, at // a body ("Ukraine's communications watchdog") is no "he" or "she", but "it"
		return
	}
	p.insert(mention{at: at, name: name, subject: true, spoke: true})
}

// insert adds m to the mentions, in text order.
func (p *people) insert(m mention) {
	k := sort.Search(len(p.mentions), func(k int) bool { return p.mentions[k].at > m.at })
	p.mentions = append(p.mentions, mention{})
	copy(p.mentions[k+1:], p.mentions[k:])
	p.mentions[k] = m
}

// pronoun returns the person "he" or "she" at offset at stands for: the unnamed spokesman
// brought in since the last person named, else the best of the people mentioned before whose
// given name does not contradict the pronoun (see PronounWeights).
func (p *people) pronoun(pron string, at int) string {
	var want byte
	switch pron {
	case "he":
		want = 'm'
	case "she":
		want = 'f'
	}
	k := sort.Search(len(p.mentions), func(k int) bool { return p.mentions[k].at >= at })
	if want != 0 {
		from := 0
		if k > 0 {
			from = p.mentions[k-1].at
			// From the sentence of that person when a verb comes before it, in the pronoun's
			// paragraph: "A spokeswoman confirmed Mr Smith was still in post" brings the voice
			// in before the name; "A spokesman for the firm, Dean Boyd, said" names it, and so
			// does a speaker of the sentence ("A spokesman for Toho said the film "...".").
			if start := strings.LastIndexAny(p.text[:from], ".!?\n") + 1; !p.mentions[k-1].spoke && !strings.Contains(p.text[from:at], "\n") {
				b := borrowTokens(p.text, start, from)
				if toks := *b; slices.ContainsFunc(toks, func(t token) bool { return cues.Has(t.lower()) }) ||
					len(toks) > 1 && opensUnnamed(toks[0]) && p.unnamedPerson(toks) != "" {
					from = start // and "A former classmate of Bilardi's described him"
				}
				giveBack(b)
			}
		}
		if ok, voice := p.unnamedSince(from, at); ok {
			// "A Labour spokesman said ... "..." he said": someone the story does not name, who
			// may speak for a body it does.
			return voice
		}
	}
	cs := p.candidates(want, at)
	c := Choose(cs, PronounWeights)
	if p.resolved != nil {
		p.resolved(Resolution{At: at, Candidates: cs, Chose: c})
	}
	if c < 0 {
		return ""
	}
	p.resolvedBy = "pronoun"
	return cs[c].Name
}

// voiceBefore returns the body an unnamed voice brought in since the last person named before
// offset at speaks for ("A Bayern spokesman said"), or "".
func (p *people) voiceBefore(at int) string {
	from := max(0, at-600)
	if k := sort.Search(len(p.mentions), func(k int) bool { return p.mentions[k].at >= at }); k > 0 {
		// From the sentence of that person: "A Bayern spokesman said the decision not to take
		// Hashemian ..." brings the voice in with the name.
		from = max(from, strings.LastIndexAny(p.text[:p.mentions[k-1].at], ".!?\n")+1)
	}
	_, body := p.unnamedSince(from, at)
	return body
}

// maxUnnamedSpan bounds the text unnamedSince reads back: four times maxFrame, where the
// longest it read on the eval sets was 2,193 bytes and on 10,000 of the real-sentence files
// 2,221. A pronoun after a "sentence" of thousands of words costs no more than one in news:
// each of its calls read the text back to the sentence's start (1.2 s for `he said ` 20,000
// times over).
const maxUnnamedSpan = 4 * maxFrame

// unnamedSince reports whether a person the story does not name ("a spokeswoman", "an aide")
// is brought in as a sentence's subject in s[from:to], after the last person it named: a
// "he" or "she" that follows is that person.
func (p *people) unnamedSince(from, to int) (bool, string) {
	from = backTo(p.text, from, to, maxUnnamedSpan)
	seg := p.text[from:to]
	for _, st := range slices.Backward(text.Sentences(seg)) {
		// Most sentences open otherwise: look at their first words before reading them whole.
		head := fields(seg[st.Start:min(st.End, st.Start+12)])
		if len(head) > 0 && (head[0] == "But" || head[0] == "And") {
			head = head[1:]
		}
		if possessedVoice(seg[st.Start:min(st.End, st.Start+60)]) {
			// "Strzok's attorney, meanwhile, blasted the bureau": someone the story does not name.
			return true, ""
		}
		if framed := voiceFrame(seg[st.Start:st.End]); framed || invertedVoice(seg[st.Start:st.End]) {
			// `"...," a spokeswoman said.`: someone the story does not name; `said a Home Office
			// spokesman`: the body they speak for (not `said a White House spokesman, Eric Schultz`).
			toks := tokenize(p.text, from+st.Start, from+st.End)
			for k := range toks {
				if lw := toks[k].lower(); lw == "a" || lw == "an" {
					if ok, body := voiceOf(toks[k:], p, from+st.Start); ok {
						return true, body
					}
				}
			}
			if framed {
				return true, ""
			}
		}
		if len(head) > 0 && strings.EqualFold(head[0], "our") {
			if w := fields(seg[st.Start:min(st.End, st.Start+24)]); len(w) > 1 && ownVoices.HasLower(w[1]) {
				return true, "" // "Our correspondent said that ...": the outlet's own, unnamed
			}
		}
		if len(head) == 0 || !unnamedOpeners.HasLower(head[0]) {
			continue
		}
		toks := tokenize(p.text, from+st.Start, from+st.End)
		if len(toks) > 0 && (toks[0].s == "But" || toks[0].s == "And") {
			toks = toks[1:]
		}
		if len(toks) < 2 || !opensUnnamed(toks[0]) {
			continue
		}
		if ok, body := voiceOf(toks, p, from+st.Start); ok {
			return true, body
		}
		if who := p.unnamedPerson(toks); who != "" {
			return true, who // "A former classmate of Bilardi's described him as shy": as the story says it
		}
	}
	return false, ""
}

// unnamedPerson returns who toks, a sentence that opens with "a" or "an", bring in as its
// subject when the story does not name them, as it words them ("A former classmate" of "A
// former classmate of Bilardi's described him", "A cousin" of "A cousin of Yassine, who asked
// not to be named, told CNN"), or "". Not when the sentence names its person ("A spokesman
// for the agency, Dean Boyd, said", "A potential vice president pick, Haley is", "A former
// critic of the House, he has said") or someone else, who may be the one a pronoun after it
// stands for ("A reporter asked Sanders how he felt. He replied").
func (p *people) unnamedPerson(toks []token) string {
	head := -1
	for i := 1; i < len(toks) && i <= 5 && head < 0; i++ {
		t := toks[i]
		if !t.word() {
			return ""
		}
		lw := t.lower()
		switch {
		case t.capitalised(): // "A Labour MP"
		case epithets.Has(lw) || modifierRoles.Has(lw): // "A former classmate"
		case personNoun(lw) || peopleNouns.Has(lw):
			head = i
		case !adjectival(lw) && !strings.Contains(lw, "-"):
			return "" // "A delay in the vote"
		}
	}
	if head < 0 {
		return ""
	}
	for head+1 < len(toks) && toks[head+1].word() && (toks[head+1].capitalised() || personNoun(toks[head+1].lower()) || peopleNouns.Has(toks[head+1].lower())) {
		head++ // "A 29-year-old Berlin woman"
	}
	ofName := [2]int{-1, -1} // "of Bilardi's": the person's relation to someone named
	if head+2 < len(toks) && toks[head+1].s == "of" {
		ofName = [2]int{toks[head+2].start, toks[nameRunEnd(toks, head+2)-1].end}
	}
	for k := head + 1; k+1 < len(toks); k++ {
		if toks[k].s == "," {
			if next := toks[k+1]; next.capitalised() || personalPronouns.Has(next.lower()) {
				return "" // named, or the pronoun of someone named, in apposition
			}
			break
		}
	}
	verb := slices.IndexFunc(toks, func(t token) bool { return cues.Has(t.lower()) })
	from, to := toks[0].start, toks[len(toks)-1].end
	if verb >= 0 && verb+1 < len(toks) && (personalPronouns.Has(toks[verb+1].lower()) || toks[verb+1].lower() == "that") {
		// "One man said he thinks the killer was a Putin opponent": names in what they said
		// are not whom a pronoun after it stands for.
		to = toks[verb].end
	}
	k := sort.Search(len(p.mentions), func(k int) bool { return p.mentions[k].at >= from })
	for ; k < len(p.mentions) && p.mentions[k].at < to; k++ {
		if at := p.mentions[k].at; (at < ofName[0] || at > ofName[1]) && !possessiveBefore(toks, at, verb) {
			return ""
		}
	}
	return describedAs(toks, 0, head+1)
}

// opensUnnamed reports whether t opens the phrase of someone the story does not name: "a",
// "an" or "one" ("One man near the memorial said").
func opensUnnamed(t token) bool { return unnamedOpeners.Has(t.lower()) }

// unnamedOpeners open the phrase of someone the story does not name.
var unnamedOpeners = set("a", "an", "one")

// possessiveBefore reports whether the name that starts at offset at is a possessive before
// the verb toks[verb] ("One man near the site of Nemtsov's memorial said"): a thing of theirs
// the subject is placed by, not a person a pronoun after it stands for.
func possessiveBefore(toks []token, at, verb int) bool {
	i := slices.IndexFunc(toks, func(t token) bool { return t.start == at })
	if i < 0 || verb < 0 {
		return false
	}
	e := nameRunEnd(toks, i)
	if e == i || e > verb {
		return false
	}
	return isPossessive(toks[e-1].s)
}

// peopleNouns are nouns for a person that name no role: "a classmate", "an elderly man".
var peopleNouns = set("man", "woman", "boy", "girl", "person", "classmate", "schoolmate", "colleague", "bystander",
	"passer-by", "passerby", "onlooker", "penpal", "pen-pal", "acquaintance", "relative", "cousin", "roommate", "flatmate",
	"child", "kid", "teen", "user", "guest", "caller", "listener", "reader", "viewer", "commenter", "customer", "shopper",
	"passenger", "patient", "parent", "mom", "dad", "tourist", "visitor", "stranger", "survivor", "employee", "protester",
	"demonstrator", "volunteer", "voter", "supporter", "participant", "spectator", "attendee", "motorist", "pedestrian",
	"homeowner", "teenager", "youngster", "villager", "shopkeeper", "commuter")

// voiceOf reads an unnamed voice that opens toks with "a" or "an" ("A Department for Education
// and Skills spokeswoman", "a spokesman for the Home Office"): whether there is one, and the body
// it speaks for, if the words name one.
func voiceOf(toks []token, p *people, at int) (bool, string) {
	for i := 1; i < len(toks) && i < 9; i++ {
		if i >= 5 && !toks[i-1].capitalised() && !bodyJoiners.Has(toks[i-1].lower()) {
			break // past four words, only a body's name: "A Department for Education and Skills spokeswoman"
		}
		if !unnamedVoices.Has(toks[i].lower()) {
			continue
		}
		if i+2 < len(toks) && toks[i+1].s == "," && toks[i+2].word() && toks[i+2].capitalised() {
			return false, "" // "a White House spokesman, Eric Schultz": named after all
		}
		// The body it speaks for, when the phrase up to the verb names one, or the words
		// after "for" do ("A spokesman for the Home Office defended the proposals").
		end := i + 1
		for j := i + 1; j < len(toks); j++ {
			if cueAt(toks, j) || relatives.Has(toks[j].lower()) && j > i+1 && toks[j-1].s != "," {
				end = j // "A spokesman for the coalition that is hitting ISIS targets said": not the clause
				break
			}
		}
		if end == i+1 && end < len(toks) && toks[end].lower() == "for" {
			end++
			for end < len(toks) && (toks[end].capitalised() || toks[end].lower() == "the" || bodyJoiners.Has(toks[end].lower())) {
				end++
			}
		}
		return true, bodyOf(toks[:end], p, at)
	}
	return false, ""
}

// ownVoices are the outlet's own people a story quotes unnamed: "our correspondent".
var ownVoices = set("correspondent", "reporter", "editor", "correspondents", "reporters")

// bodyKinds are words for a body that its name follows: "the company Scott Free". They are the
// firms words that never name a person's trade ("games maker Peter Molyneux" is a person).
var bodyKinds = set("company", "firm", "retailer", "bank", "airline", "carrier", "chain", "insurer", "lender",
	"broadcaster", "label", "studio", "charity", "agency", "network", "publisher", "start-up", "startup",
	"carmaker", "supermarket", "website", "newspaper", "tabloid", "magazine", "brand", "manufacturer", "band", "team",
	"duo", "trio") // not "party" nor "club": "party Chairman Michael Steele" is a role and a name

// invertedVoice reports whether a sentence has a cue with an unnamed voice after it: `"We will
// look at it," said a Home Office spokesman.`
func invertedVoice(sentence string) bool {
	if !strings.Contains(sentence, " a ") && !strings.Contains(sentence, " an ") {
		return false // most sentences: no words to split
	}
	ws := fields(sentence)
	for k := 0; k+2 < len(ws); k++ {
		if lw := strings.ToLower(ws[k+1]); !cues.Has(ws[k]) || lw != "a" && lw != "an" {
			continue
		}
		for j := k + 2; j < len(ws) && j < k+7; j++ {
			if unnamedVoices.HasLower(strings.TrimRight(ws[j], ".,;:")) {
				return true
			}
		}
	}
	return false
}

// voiceFrame reports whether a sentence ends with an unnamed voice's frame after a quote:
// `"There are no plans," a spokeswoman said.`
func voiceFrame(sentence string) bool {
	for _, mark := range []string{"\" a ", "\" an ", "” a ", "” an "} {
		i := strings.LastIndex(sentence, mark)
		if i < 0 {
			continue
		}
		ws := fields(sentence[i+len(mark):])
		for k := 0; k < len(ws) && k < 3; k++ {
			if unnamedVoices.HasLower(ws[k]) {
				return k+1 < len(ws) && cues.HasLower(strings.TrimRight(ws[k+1], ".,"))
			}
		}
	}
	return false
}

// isCueWord reports whether w is a reporting verb written with a capital, opening a sentence
// ("Added", "Says"), and no name: not "Said", which is also a given name.
func isCueWord(w string) bool {
	if len(w) < 3 || len(w) > 16 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	var buf [16]byte // lower-cased without allocating: this runs for every capitalised word
	copy(buf[:], w)
	buf[0] += 'a' - 'A'
	lw := buf[:len(w)]
	return cues.Has(string(lw)) && string(lw) != "said" && string(lw) != "according"
}

// possessedVoice reports whether a sentence opens with a name's voice: "Strzok's attorney",
// "Clinton's spokesman".
func possessedVoice(head string) bool {
	if first, _, _ := strings.Cut(head, " "); !isPossessive(first) {
		return false // most sentences: no words cut out
	}
	ws := fields(head)
	if len(ws) < 2 || !isPossessive(ws[0]) || !capital(ws[0]) {
		return false
	}
	w := strings.ToLower(strings.TrimRight(ws[1], ",;:"))
	if len(ws) > 2 && capital(ws[2]) && !calendar.HasLower(strings.TrimRight(ws[2], ",")) {
		return false // "Knox's lawyer Carlo Dalla Vedova told CNN": named after all
	}
	return unnamedVoices.Has(w) || adviserRoles.Has(w)
}

// bodyOf is the body an unnamed voice's phrase names ("A spokesman for Apacs", "A Labour
// spokesman"), or "".
func bodyOf(toks []token, p *people, at int) string {
	sp := nounPhraseBefore(toks, p, at)
	if sp == "" || p.isPerson(sp) || !hasCapital(fields(sp)) || strings.HasPrefix(sp, "A ") || strings.HasPrefix(sp, "An ") {
		return ""
	}
	return sp
}

// unnamedVoices are who a story quotes without a name.
var unnamedVoices = set("spokesman", "spokeswoman", "spokesperson", "aide",
	"official", "source", "representative")

// namedIn reports whether quote, spoken in the first person, names the person name by their
// given name or surname ("I think Sean's situation ...", he said): then "he" is someone else.
// A quote with no "I" may be someone speaking of themselves ("Perumal Murugan, the writer is
// dead. ... he will live as P Murugan").
func namedIn(quote, name string) bool {
	return firstPerson(quote) && namesWord(quote, name)
}

// namesWord reports whether quote holds the given name or the surname of name, a person's full
// name, as a word.
func namesWord(quote, name string) bool {
	ws := fields(name)
	if quote == "" || len(ws) < 2 {
		return false
	}
	for _, w := range []string{ws[0], ws[len(ws)-1]} {
		for i := 0; ; {
			k := strings.Index(quote[i:], w)
			if k < 0 {
				break
			}
			k += i
			before, _ := utf8.DecodeLastRuneInString(quote[:k])
			after, _ := utf8.DecodeRuneInString(quote[k+len(w):])
			if (k == 0 || !unicode.IsLetter(before)) && (k+len(w) == len(quote) || !unicode.IsLetter(after)) {
				return true
			}
			i = k + len(w)
		}
	}
	return false
}

// firstPerson reports whether s says "I", "me", "my", "we" or "our".
func firstPerson(s string) bool {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		if firstPersonWords.HasLower(w) {
			return true
		}
	}
	return false
}

var firstPersonWords = set("i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "me", "my", "we", "our", "we're", "we’re", "us")

// near returns the person whose surname is spelt within one edit of w ("Arduriz", "Aduriz"),
// when one person's is; two such people leave w unknown, whatever the map's order.
func (p *people) near(w string) string {
	fw := text.Fold(w)
	if len(fw) < 5 {
		return ""
	}
	found := ""
	for key, full := range p.full {
		if strings.Contains(key, " ") || !editsWithin1(fw, key) || full == found {
			continue
		}
		if found != "" {
			return "" // "Clarke" near both "Clark" and "Clarkes"
		}
		found = full
	}
	return found
}

// editsWithin1 reports whether a and b differ by at most one insertion, deletion or change.
func editsWithin1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+min(1, len(a)-i):] == b[i+min(1, len(b)-i):]
	}
	return a[i:] == b[i+1:]
}

// known returns the fullest name the story gave for run, or for its last word the person of
// that surname named last before at; or "".
func (p *people) known(run []string, at int) string {
	if full, ok := text.FoldGet(p.full, strings.Join(run, " ")); ok && len(run) > 1 {
		return full
	}
	last := text.Fold(surnameOf(run))
	if full, ok := p.full[last]; ok && strings.Contains(full, " ") {
		// A capitalised title tells the gender ("Mrs Clinton"); "a spokeswoman for Paul
		// Ryan" does not tell Ryan's.
		var want byte
		for k := range run {
			if capital(run[k]) && want == 0 {
				want = titleGender(run[k : k+1])
			}
		}
		return p.surnamed(last, at, want)
	}
	return ""
}

// resolve returns the fullest name in the story for a name or surname.
func (p *people) resolve(name []string, at int) string {
	if len(name) == 0 {
		return ""
	}
	if full, ok := text.FoldGet(p.full, strings.Join(name, " ")); ok && len(name) > 1 {
		return full
	}
	if last := text.Fold(surnameOf(name)); p.full[last] != "" {
		return p.surnamed(last, at, 0)
	}
	if personName(name) {
		return strings.Join(name, " ")
	}
	return ""
}

// givenOnly returns the one person the story named in full whose given name w is ("But Serena
// denied" after "Serena Williams", "Sir John" after "Sir John Bourn"), when w is a given name
// and no surname, and no title before it makes it a surname ("Mr Howard"); else "". So for a
// family name that Chinese, Korean and Vietnamese names put first ("Li" after "Li Keqiang").
func (p *people) givenOnly(w string, title []string) string {
	if n := len(title); n > 0 {
		if t := strings.ToLower(strings.TrimSuffix(title[n-1], ".")); (courtesyTitle(t) || roles.Has(t)) && !givenNameTitles.Has(t) {
			return "" // "Mr Howard", "President Bush": a surname
		}
	}
	if !isGivenName(w) && !surnameFirst.HasLower(w) {
		return "" // but "Li" of "Li Keqiang", "Kim" of "Kim Jong Un": a surname written first
	}
	if _, ok := text.FoldGet(p.full, w); ok {
		return "" // someone's surname too: "Warren", "Graham"
	}
	found := ""
	for _, full := range p.full {
		first, _, ok := strings.Cut(full, " ")
		if !ok || !strings.EqualFold(first, w) || full == found {
			continue
		}
		if found == "" {
			found = full
			continue
		}
		if !sameRef(found, full) {
			return "" // "Bill Clinton" and "Bill Gates"
		}
		if len(full) > len(found) || len(full) == len(found) && full < found {
			found = full // "Donald J. Trump" for "Donald Trump", whatever the map's order
		}
	}
	return found
}

// givenNameTitles are the titles that go before a given name alone: "Sir John", "Dame Judi".
var givenNameTitles = set("sir", "dame")

// bodySpokeBefore returns the body that spoke the last quote before at, when it spoke within
// the few sentences before: `"...," Wimpey said. "..." it added`, `"...," the MPs said. "..."
// they said`.
func (p *people) bodySpokeBefore(at int) string {
	if p.bodySpoke == "" || at-p.bodySpokeAt > 600 || p.mentionedBesides(p.bodySpokeAt, at, p.bodySpoke) {
		return ""
	}
	for w := range strings.FieldsSeq(p.bodySpoke) {
		lw := strings.ToLower(w)
		if lw == "of" {
			break // "Iraq's Ministry of Communications": the rest names what the body is for
		}
		if !capital(w) && !bodyJoiners.Has(lw) && lw != "the" || personNoun(lw) {
			return "" // "The former Alaska governor" is a person; "a government" is no name
		}
	}
	return p.bodySpoke
}

// firmBefore returns the body "the company" at offset at stands for when no sentence just
// before reports it speaking: the subject in capitals that opens its sentence or one of the
// two before it, when that is no person ("Qantas made savings of A$245m. Last month, the
// company warned", "In 2013, Yahoo was hacked, and the company said"). With pronoun set it
// is the body a bare "it" stands for: sentences whose subject is "it" are passed over, and
// one whose subject is a thing ("The email includes", "A National Audit Office report says")
// or a person ends the search, since "it" may be that.
func (p *people) firmBefore(at int, pronoun bool) string {
	from := max(0, at-500)
	sents := text.Sentences(p.text[from:at])
	for k := len(sents) - 1; k >= 0 && k >= len(sents)-3; k-- {
		toks := tokenize(p.text, from+sents[k].Start, from+sents[k].End)
		b, _ := openingPhrase(toks)
		if c := slices.IndexFunc(toks[:min(len(toks), 4)], func(t token) bool { return t.s == "," }); pronoun && b == 0 && c > 0 {
			b = c + 1 // "Last week, it denied": a time before the subject
		}
		if b < len(toks) && toks[b].lower() == "the" {
			b++
		}
		if pronoun && b < len(toks) && toks[b].word() && toks[b].lower() != "it" && (!toks[b].capitalised() || stopword(toks[b].lower())) {
			return ""
		}
		if b >= len(toks) || !toks[b].word() || !toks[b].capitalised() || stopword(toks[b].lower()) {
			continue
		}
		e := nameRunEnd(toks, b)
		if e >= len(toks) || !toks[e].word() || toks[e].capitalised() || e-b > 5 || isPossessive(toks[e-1].s) {
			if pronoun {
				return ""
			}
			continue // "Unilever said", "Qantas made": a verb follows; not "UK Coal's shares"
		}
		if pronoun && (toks[e].lower() == "and" || toks[e].lower() == "or") {
			return "" // "the Tories and Lib Dems have jointly tabled a motion": "it" is none of them
		}
		words := tokenTexts(toks[b:e])
		// A word in capitals only because it opens the sentence is no name: "Meanwhile Eli
		// Lilly", "Rival local club", "Disruptions".
		for len(words) > 0 && !capitalisedInside(p.text, words[0]) {
			words = words[1:]
		}
		if len(words) == 0 || p.usedLower(words[len(words)-1]) ||
			nationalAdjective(words[0]) && (len(words) == 1 || !orgWords.HasLower(words[len(words)-1])) {
			return "" // not "Chinese shoppers", but "China Three Gorges Project Corp", "British Airways"
		}
		name := strings.Join(words, " ")
		if p.isPerson(name) || gender(name) != 0 || titleGender(words) != 0 || p.titled[name] != 0 {
			return "" // the last subject is a person: "John Patterson will be in charge"
		}
		return name
	}
	return ""
}

// capitalisedInside reports whether s writes word in capitals inside a sentence somewhere,
// after a word or a comma, so that its capital is its own.
func capitalisedInside(s, word string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], word)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(word)
		after, _ := utf8.DecodeRuneInString(s[i:])
		if i < len(s) && (unicode.IsLetter(after) || unicode.IsDigit(after)) {
			continue
		}
		prev := strings.TrimRight(s[:at], " ")
		if r, _ := utf8.DecodeLastRuneInString(prev); prev != "" && len(prev) < at && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',') {
			return true
		}
	}
}

// cueSubjectEnd returns the index of the last word of the subject of the cue at toks[i], past
// auxiliaries and adverbs: "Sony has said", "the BPI strongly denied".
func cueSubjectEnd(toks []token, i int) int {
	k := i - 1
	for k > 0 && (auxiliaries.Has(toks[k].lower()) || strings.HasSuffix(toks[k].lower(), "ly")) {
		k--
	}
	return k
}

// bodyBefore returns the body that "it" in a frame at offset at stands for: the one a
// sentence just before reports speaking, when that is no person but a name in capitals
// ("Wimpey said the market was slow. "..." it added", `"...," said Seagate. "..." it said`).
// Words inside quotation marks are skipped.
func (p *people) bodyBefore(at int) string {
	b := borrowTokens(p.text, max(0, at-400), at) // what it returns is made of the tokens' text
	defer giveBack(b)
	toks := *b
	ends, inside := 0, false
	for i := len(toks) - 1; i > 0; i-- {
		t := toks[i]
		switch t.s {
		case "\"", "“", "”":
			inside = !inside
			continue
		case ".", "?", "!":
			if !inside {
				if ends++; ends > 1 {
					return "" // only the sentence before
				}
			}
			continue
		}
		if inside || !cueAt(toks, i) || participle(t.lower()) || t.lower() == "according" || documents.Has(t.lower()) {
			continue // not "would not be put on", nor "In a statement, it added"
		}
		var run []token
		if k := i + 1; k < len(toks) && toks[k].capitalised() && inversionCues.Has(t.lower()) && !toks[i-1].word() {
			run = toks[k:nameRunEnd(toks, k)] // `said Seagate`
		} else {
			k := cueSubjectEnd(toks, i)
			if toks[k].s == ")" {
				// "DC Comics (owned by Time Warner, which also owns CNN) said": the name before the aside
				if open := slices.IndexFunc(toks[:k], func(t token) bool { return t.s == "(" }); open > 0 {
					k = open - 1
				}
			}
			if toks[k].lower() == "it" {
				continue // "In a statement, it added": the one it stood for before
			}
			if toks[k].s == "," || k > 0 && isMarkToken(toks[k].s) && toks[k-1].s == "," {
				// "The Covenant Network, which says it is "inclusive," welcomed the news": the
				// subject before the relative clause
				for j := k - 2; j > 1 && toks[j].s != "."; j-- {
					if toks[j].lower() == "which" && toks[j-1].s == "," {
						k = j
						break
					}
				}
			}
			if toks[k].lower() == "which" && k >= 2 && toks[k-1].s == "," {
				// "the Covenant Network, which says it supports ...": the body the relative
				// clause hangs on
				k -= 2
			}
			if lw := toks[k].lower(); lw == "and" || lw == "but" {
				// "The council said ... but said the event": the subject of the first verb, which
				// may report no speech ("AOL backed the price cuts but said").
				b, e := openingRun(toks, k, at <= 400)
				if e == b {
					continue
				}
				run = toks[b:e]
			} else {
				b := k + 1
				if toks[k].s == "police" && k > 0 && toks[k-1].capitalised() {
					b = k // "West Midlands police said": the place's police
				}
				for b > 0 && (toks[b-1].word() || toks[b-1].s == "&") && (toks[b-1].capitalised() || b < k+1 && bodyJoiners.Has(toks[b-1].lower())) {
					b-- // "British Chambers of Commerce"
				}
				for b <= k && bodyJoiners.Has(toks[b].lower()) {
					b++
				}
				run = toks[b : k+1]
			}
		}
		for len(run) > 0 && run[0].lower() == "the" {
			run = run[1:]
		}
		if len(run) == 1 && run[0].lower() == "it" {
			continue // "It said ... it added": the one it stood for before
		}
		if len(run) == 1 && personalPronouns.Has(run[0].lower()) || len(run) == 0 && firms.Has(toks[cueSubjectEnd(toks, i)].lower()) {
			// "the local Arab News said the minister had ... when he said", and "The newspaper
			// said" itself: the body before
			continue
		}
		if len(run) == 1 && (stopword(run[0].lower()) || pluralRole(run[0].lower())) {
			return "" // "These", "They", "Officials": no body's name
		}
		if len(run) == 0 || len(run) > 5 || isPossessive(run[len(run)-1].s) {
			return "" // the last to speak is no body the story names
		}
		words := make([]string, len(run))
		for k, w := range run {
			words[k] = w.s
		}
		name := strings.Join(words, " ")
		full := p.fullOf(name)
		person := givenNamed(name) || givenNamed(full) || p.titled[name] != 0 || p.titled[full] != 0 ||
			titleGender(words) != 0 || slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return roles.HasLower(w) })
		if person && !orgWords.HasLower(words[len(words)-1]) {
			return "" // "John Smith said", "Mr Dixon said", "Chairman Sir Archy Kirkwood said": a person is no "it"
		}
		// Else the writer's "it" says it is no person, though its name reads like one
		// ("Deutsche Boerse said ... it said").
		return name
	}
	return ""
}

// authorOf returns who wrote the document (a statement, a letter) that a frame at offset at
// calls "the statement": in the last sentence before at, within 600 bytes, that names such a
// document, the subject of a reporting verb followed by "in a statement" ("Trump said in a
// statement released by his campaign"), or the one a "statement from" names ("a letter from
// Representative Peter Welch"). Anything else (a joint statement, a letter some people sent)
// stays unknown.
func (p *people) authorOf(noun string, at int) string {
	from := max(0, at-600)
	for _, st := range slices.Backward(text.Sentences(p.text[from:at])) {
		if !strings.Contains(strings.ToLower(p.text[from+st.Start:from+st.End]), noun) {
			continue
		}
		toks := tokenize(p.text, from+st.Start, from+st.End)
		introduced := false // "a statement": the document's first mention
		if k := issuesDocument(toks); k >= 0 && strings.Contains(strings.ToLower(p.text[toks[k].start:from+st.End]), noun) {
			// "President Obama released a statement Thursday night condemning ..."; not a joint
			// statement ("Pelosi and Schumer released a joint statement").
			if slices.ContainsFunc(toks[:k], func(t token) bool { return t.s == "and" }) {
				return ""
			}
			return nounPhraseBefore(toks[:k], p, toks[k].start)
		}
		for i, t := range toks {
			if t.lower() != noun {
				continue
			}
			if i+2 < len(toks) && toks[i+1].lower() == "from" {
				if sp := describedThenNamed(toks[i+2:], p, t.start); sp != "" {
					return sp // "a letter from her lawyer, William Taylor III,"
				}
				return nounPhraseAfter(toks[i+2:], p, t.start) // "a letter from Peter Welch"
			}
			if i >= 2 && p.knownWord(toks[i-1].s) && (toks[i-2].lower() == "an" || toks[i-2].lower() == "a") {
				return nounPhraseBefore(toks[i-1:i], p, t.start) // "An IAAF statement said"
			}
			if b := nameRunStart(toks, i, 0); b >= 1 && b < i && (toks[b-1].lower() == "an" || toks[b-1].lower() == "a") && i-b <= 4 {
				// "according to a World Bank report": the body named before the document
				if sp := resolvePhrase(toks[b:i], p, t.start); sp != "" && !p.isPerson(sp) {
					return sp
				}
			}
			// "said in a statement", "wrote in an open letter"
			for k := i - 1; k >= 0 && k >= i-4; k-- {
				if lw := toks[k].lower(); lw == "a" || lw == "an" {
					introduced = true
				}
				if toks[k].lower() != "in" {
					continue
				}
				if k > 0 && cueAt(toks, k-1) && !participle(toks[k-1].lower()) {
					return nounPhraseBefore(toks[:k-1], p, t.start)
				}
				break
			}
		}
		if introduced {
			return "" // brought in without an author the story names
		}
	}
	return ""
}

// describedThenNamed returns the person a short description in lower case at the start of toks
// is, when a name set off by commas follows it: "her lawyer, William Taylor III,"; else "".
func describedThenNamed(toks []token, p *people, at int) string {
	c := 0
	for c < len(toks) && c < 5 && toks[c].word() && !toks[c].capitalised() {
		c++
	}
	if c == 0 || c >= len(toks) || toks[c].s != "," {
		return ""
	}
	e := c + 1
	for e < len(toks) && toks[e].s != "," {
		e++
	}
	return appositiveName(toks[c:min(e+1, len(toks))], p, at) // the first appositive only
}

// bodyJoiners may stand inside a body's name: "Chambers of Commerce", "Marks & Spencer".
var bodyJoiners = set("of", "for", "and", "&")

// lesserRoles make a role word another role: a vice president is not "the president", nor a
// chief justice any justice.
var lesserRoles = set("vice", "deputy", "assistant", "associate", "shadow",
	"former", "chief")

// auxiliaries may stand between a subject and its verb: "Sony has said".
var auxiliaries = set("has", "have", "had", "also", "again", "later")

// commonSubject reports whether a clause opens with a subject in lower case and its verb
// before any name: a determiner, a noun or two, an adverb maybe, and a verb in -ed ("The
// image simply portrayed", "The report welcomed"). A word in -ed right after the determiner
// describes ("The embattled chairman John Smith said").
func commonSubject(toks []token) bool {
	if len(toks) < 3 || !determiner.Has(toks[0].lower()) {
		return false
	}
	for k := 1; k < len(toks) && k <= 5; k++ {
		t := toks[k]
		if !t.word() || t.capitalised() {
			return false
		}
		if k >= 2 && strings.HasSuffix(t.lower(), "ed") && !strings.HasSuffix(toks[k-1].lower(), "ly") && !isPossessive(toks[k-1].s) {
			return true // not "The rejection of the party's received wisdom"
		}
		if k >= 3 && strings.HasSuffix(t.lower(), "ed") && strings.HasSuffix(toks[k-1].lower(), "ly") && !strings.HasSuffix(toks[k-2].lower(), "ed") {
			return true // "The image simply portrayed"
		}
	}
	return false
}

// ageOrOriginSubject returns how many words a clause's subject takes when it describes a
// person by age or origin ("But the 25-year-old Dubliner underlined", "The Frenchman has
// endured"), the verb in lower case after it; else 0.
func ageOrOriginSubject(toks []token) int {
	k := 0
	if k < len(toks) && (toks[k].s == "But" || toks[k].s == "And") {
		k++
	}
	if k+2 >= len(toks) || toks[k].s != "the" && toks[k].s != "The" {
		return 0 // most sentences: no lower-casing, which allocates for a capital
	}
	k++
	described := false
	if strings.HasSuffix(toks[k].lower(), "-year-old") {
		described = true
		k++
	}
	if k < len(toks) && toks[k].capitalised() && (demonym(toks[k].s) || strings.HasSuffix(toks[k].s, "er") && !roles.Has(toks[k].lower())) {
		described = true // "the Frenchman", "the Dubliner"
		k++
	}
	f := k
	if f < len(toks) && toks[f].s == "former" {
		f++
	}
	if !described && f+2 < len(toks) && toks[f].capitalised() && toks[f+1].s == "international" {
		described = true // "the former Scotland international": a player by the country he played for
		k = f + 2
	}
	if k < len(toks) && !toks[k].capitalised() && personNoun(toks[k].lower()) {
		k++ // "the Swiss star", "the 25-year-old striker"
	}
	if !described || k >= len(toks) || !toks[k].word() || toks[k].capitalised() || stopword(toks[k].lower()) && !auxiliaries.Has(toks[k].lower()) && !beVerbs.Has(toks[k].lower()) {
		return 0
	}
	return k
}

// storySubject returns the first subject of the story, before offset at, that is a person by
// a given name: whom the story is about ("Allan Scott is confident ... The 22-year-old Scot
// finished fourth"); else "".
func (p *people) storySubject(at int) string {
	for _, m := range p.mentions {
		if m.at >= at {
			break
		}
		if m.subject && strings.Contains(m.name, " ") && gender(m.name) != 0 {
			return m.name
		}
	}
	return ""
}

// afterIndefinite reports whether the word at toks[i] follows "a" or "an" and at most two
// words in lower case: "a former Marine", "an American", "a lifelong Democrat".
func afterIndefinite(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		lw := toks[k].lower()
		if lw == "a" || lw == "an" {
			return true
		}
		if !toks[k].word() || toks[k].capitalised() || stopword(lw) {
			return false
		}
	}
	return false
}

// memberWord reports whether w, after "a" or "an", says what someone is a member or native
// of, and names no one: "Marine", "Democrat", "American", "Scot"; not "An angry Trump".
func memberWord(w string) bool {
	lw := strings.ToLower(w)
	return notPersonal.Has(lw) || roles.Has(lw) || demonym(w) || nationEnding(lw) || members.Has(lw)
}

// ownedByMany reports whether w is the possessive of a word for many people ("Women's",
// "People's"): what follows it in a name is a thing of theirs ("the Women's Open"), no person.
func ownedByMany(w string) bool {
	return isPossessive(w) && manyPeople.HasLower(trimPossessive(w))
}

// manyPeople are words for many people at once, whose possessive names their things.
var manyPeople = set("women", "men", "children", "people", "ladies", "boys", "girls")

// members are the capitalised words for a member of a service, a party or a faith that
// notPersonal does not already hold ("Democrat", "Muslim" are there).
var members = set("marine", "tory", "independent", "catholic", "protestant", "jew", "mormon", "socialist", "communist")

// pluralSubject reports whether a clause opens with people in the plural named by their role,
// after a word or two of capitals maybe, and then a verb: "Church ministers are trying to
// prevent rapper Nelly ..." is about the ministers, and the name after is no subject.
func pluralSubject(toks []token) bool {
	k := 0
	for k < len(toks) && k < 2 && toks[k].word() && toks[k].capitalised() && !isGivenName(toks[k].s) {
		k++
	}
	return k+1 < len(toks) && !toks[k].capitalised() && (pluralRole(toks[k].lower()) || pluralCollective(toks[k].lower())) && toks[k+1].word() && !toks[k+1].capitalised()
}

// pluralCollective reports whether lw names people in the plural who speak together but are
// no role: "protesters", "residents", "fans" (not "the government").
func pluralCollective(lw string) bool { return collectives.Has(lw) && strings.HasSuffix(lw, "s") }

// pronounSubject reports whether the sentence toks opens with a pronoun as its subject: "She
// will now meet Venus Williams" is about her, and a name after it is no subject.
func pronounSubject(toks []token) bool {
	if len(toks) > 0 && (toks[0].s == "But" || toks[0].s == "And") {
		toks = toks[1:]
	}
	if len(toks) > 1 {
		if pron, ok := contracted(toks[0].lower()); ok && (personalPronouns.Has(pron) || pron == "they") {
			return true // "She's a Sanders supporter": the pronoun is the subject, "Sanders" none
		}
	}
	return len(toks) > 1 && (personalPronouns.Has(toks[0].lower()) || toks[0].lower() == "they") && toks[1].word() && !toks[1].capitalised()
}

// describedSubject returns the person a sentence's subject describes by a role the story gave
// them ("The Tory leader argued", "The prime minister said"), or "".
func (p *people) describedSubject(toks []token) string {
	if len(toks) < 3 || toks[0].lower() != "the" {
		return ""
	}
	for k := 1; k < len(toks) && k <= 4; k++ {
		if !toks[k].word() {
			return ""
		}
		lw := toks[k].lower()
		if !roles.Has(lw) {
			continue
		}
		if k+1 >= len(toks) || !toks[k+1].word() || toks[k+1].capitalised() {
			return "" // "the Labour leader Ed Miliband": named here, or no verb follows
		}
		if k > 1 && lesserRoles.Has(toks[k-1].lower()) {
			lw = toks[k-1].lower() + " " + lw
		}
		// Only a role one person holds: "the Ohio governor" is no help in a story of governors.
		name := ""
		for _, m := range p.role[lw] {
			if m.at >= toks[0].start {
				break
			}
			if name != "" && m.name != name {
				return ""
			}
			name = m.name
		}
		return name
	}
	return ""
}

// byRole returns the person last named with this role before at.
func (p *people) byRole(role string, at int) string {
	ms := text.LowerGet(p.role, role)
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].at < at {
			return ms[i].name
		}
	}
	return ""
}

// byRoleWith returns the last person before at the story gave role, preferring one whose
// introduction holds one of mods, the capitalised words a description puts before the role:
// "the Arsenal boss" is the one introduced as "Arsenal boss Arsene Wenger", though "Chelsea
// boss Jose Mourinho" came later. With no such introduction (a club's nickname, another name
// of a school), the last one given the role.
func (p *people) byRoleWith(role string, mods []string, at int) string {
	ms := text.LowerGet(p.role, role)
	for i := len(ms) - 1; i >= 0 && len(mods) > 0; i-- {
		if ms[i].at < at && slices.ContainsFunc(p.introOf(ms[i].at), func(w string) bool { return slices.Contains(mods, w) }) {
			return ms[i].name
		}
	}
	return p.byRole(role, at)
}

// introOf returns the capitalised words, other than roles and titles, that stand in the
// phrase before the name at offset at: "Norfolk" of "Norfolk police chief Andy Hayman".
func (p *people) introOf(at int) []string {
	toks := tokenize(p.text, max(0, at-60), at)
	var out []string
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if !t.word() || stopword(t.lower()) || !t.capitalised() && len(out) > 0 {
			// "So it's no surprise that Wichita high school Principal": from "Wichita"; "Arsene
			// Wenger met Chelsea boss": from "Chelsea"
			break
		}
		if t.capitalised() && !roles.Has(t.lower()) && !courtesyTitle(t.s) && !lesserRoles.Has(t.lower()) {
			out = append(out, trimPossessive(t.s))
		}
	}
	return out
}

// speakingBodies are the place and body words that name, alone, a body that speaks: "the
// Kremlin said", "Labour says", "Google said".
var speakingBodies = set("kremlin", "pentagon", "nato", "fbi", "cia", "nasa", "un", "eu", "labour",
	"greens", "facebook", "twitter", "google", "apple", "microsoft", "amazon", "bbc", "abc", "nbc", "cbs")

// isSpeakerLike reports whether a single capitalised word can be a speaker: a body in capitals
// ("NASCAR"), a name the story knows, or one of speakingBodies; not a nation's adjective
// ("Chinese").
func (p *people) isSpeakerLike(w string) bool {
	lw := strings.ToLower(w)
	// "Another tweeted", "Critics say", "Clinton's emails": a word that opens or describes a
	// phrase, no name, even where the story's mentions took it for one.
	if openingWord(w) {
		return false
	}
	if _, ok := text.FoldGet(p.full, w); ok {
		return true
	}
	if notPersonal.Has(lw) && !speakingBodies.Has(lw) {
		return false
	}
	return !nationEnding(lw) // "Chinese", "Egyptian", "British": a nation's adjective
}
