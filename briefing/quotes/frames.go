// Frames: the words of a quote's sentence outside its marks, read for a reporting cue and
// the one it names as the speaker.

package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hasCue reports whether s[from:to] holds a reporting cue.
func hasCue(s string, from, to int) bool {
	b := borrowTokens(s, from, to)
	defer giveBack(b)
	toks := *b
	for i := range toks {
		if cueAt(toks, i) {
			return true
		}
	}
	return false
}

// introducesNext reports whether the words after a cue are only a comma, a colon or "to" that
// opens the next quote: the frame stands before that quote, not after the one before
// (`Tlaib's "colorful language" ― the congresswoman vowed to "impeach ..."`).
func introducesNext(s string, toks, rest []token) bool {
	if len(rest) != 1 || rest[0].s != "," && rest[0].s != ":" && rest[0].s != "to" {
		return false
	}
	end := toks[len(toks)-1].end
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if r == '\n' {
			return false
		}
		if !unicode.IsSpace(r) {
			return r == '"' || r == '“' || r == '‘' || r == '\''
		}
		end += size
	}
	return false
}

// closesFrame reports whether the words after a cue end a frame rather than start reported speech.
func closesFrame(rest []token) bool {
	if len(rest) == 0 {
		return true
	}
	k := 0
	if lw := rest[0].lower(); (lw == "early" || lw == "late" || strings.HasSuffix(lw, "ly")) && len(rest) > 1 {
		k = 1 // "tweeted early Tuesday", "said angrily on Monday"
	}
	t := rest[k]
	if t.capitalised() && clauseVerb(rest, nameRunEnd(rest, k)) {
		return false // "said Downing Street had no comment": a clause it reports
	}
	return frameEnders.Has(t.lower()) || t.capitalised() && !personalPronouns.Has(t.lower()) && t.lower() != "the" && t.lower() != "it"
}

// cueAt reports whether toks[i] is a reporting cue, alone or with "back": `Trump shot back`.
func cueAt(toks []token, i int) bool {
	if i > 0 && passiveAux.Has(toks[i-1].lower()) && !participle(toks[i].lower()) && !strings.HasSuffix(toks[i].lower(), "s") {
		return false // "students who were told": its subject is told, and says nothing
	}
	if isCue(toks[i]) {
		if lw := toks[i].lower(); (lw == "continued" || lw == "continues") && i+1 < len(toks) && toks[i+1].word() && toks[i+1].lower() != "that" {
			return false // "The fight continued outside", "continued to rise": no speech
		}
		return !nounCue(toks, i)
	}
	if i > 2 && toks[i-1].lower() == "to" && infinitiveCues.Has(toks[i].s) && goesOn(toks[i-3], toks[i-2]) {
		return true // "Gowdy went on to call the situation "...""
	}
	if i > 0 && modals.Has(toks[i-1].lower()) && modalCues.Has(toks[i].s) {
		return true // "In his speech, he will promise to use American power "...""
	}
	switch toks[i].s {
	case "shot", "hit", "pushed", "lashed", "struck", "fired": // not "recently fired FBI Director James Comey"
		return i+1 < len(toks) && (toks[i+1].s == "back" || toks[i].s == "fired" && toks[i+1].s == "off")
	case "points": // "points out former Olympian Steve Cram", not "three points"
		return i+1 < len(toks) && toks[i+1].s == "out"
	case "went", "goes": // `He went on, "..."`, `"...," she went on.`; not "went on holiday"
		return i+1 < len(toks) && toks[i+1].s == "on" && (i+2 == len(toks) || toks[i+2].s == "," || toks[i+2].s == ":" || toks[i+2].s == ".")
	}
	return false
}

// infinitiveCues are reporting verbs in the form that follows "to" and that is also a noun
// elsewhere ("a call", "a claim"): cues only after "to".
var infinitiveCues = set("call", "suggest", "describe", "label", "brand", "warn", "predict", "argue", "claim",
	"accuse", "demand", "ask", "add", "urge", "deny", "declare", "reply", "respond", "note", "state", "dub",
	"praise", "criticize", "criticise", "blast", "slam", "dismiss", "reiterate", "stress", "emphasize", "assert")

// modalCues are reporting verbs in their plain form that report speech after a modal (speech
// to come or of a condition: "he will promise", "she would argue").
var modalCues = set("promise", "vow", "pledge", "argue", "insist", "warn", "declare", "announce", "explain", "urge")

// goesOn reports whether a, b are "went on" or "was quick" before "to": the subject's next
// words, not an act inside a clause ("for Ginsburg to criticize", "refusal to call").
func goesOn(a, b token) bool {
	switch b.lower() {
	case "on":
		switch a.lower() {
		case "went", "goes", "go", "going":
			return true
		}
	case "quick":
		switch a.lower() {
		case "was", "is", "were", "are":
			return true
		}
	}
	return false
}

// nounCue reports whether the cue toks[i] is a plural noun that no one speaks by: after an
// article, a quantifier, a preposition, a number or a possessive (`released the emails`, `a
// set of emails`, `two posts`, `new reports`, `Clinton's emails`). A claim after a possessive
// is its owner's: see ownerOfCue.
func nounCue(toks []token, i int) bool {
	if i == 0 || !pluralCueNouns.Has(toks[i].lower()) {
		return false
	}
	p := toks[i-1]
	if lp := p.lower(); len(lp) > 3 && strings.HasSuffix(lp, "ed") && !p.capitalised() && !cues.Has(lp) {
		return true // "required states to", "deleted tweets": the object of a verb, no verb itself
	}
	return nounDeterminers.Has(p.lower()) || p.s[0] >= '0' && p.s[0] <= '9' ||
		!speechActs.Has(toks[i].lower()) && (isPossessive(p.s) || p.lower() == "his" || p.lower() == "their")
}

// ownerOfCue returns whose words a claim after a possessive reports: `his recent claims that`
// is the one "he" is, `Trump's calls for` Trump. It is "" for anything else.
func ownerOfCue(toks []token, i int, people *people, at int) string {
	if !speechActs.Has(toks[i].lower()) {
		return ""
	}
	return possessorOf(toks, i, people, at) // "his recent claims", "Trump's repeated calls"
}

// possessorOf returns the person whose noun toks[i] is: the one "his" or "her" stands for, or
// the name with "'s", up to three describing words before the noun ("his on-camera claim");
// else "".
func possessorOf(toks []token, i int, people *people, at int) string {
	k := i - 1
	for k >= 0 && k >= i-3 && toks[k].word() && !toks[k].capitalised() && !stopword(toks[k].lower()) {
		k--
	}
	if k < 0 {
		return ""
	}
	switch p := toks[k]; {
	case p.lower() == "his":
		return people.pronoun("he", at)
	case p.lower() == "her":
		return people.pronoun("she", at)
	case isPossessive(p.s) && p.capitalised():
		start := k
		for start > 0 && toks[start-1].word() && toks[start-1].capitalised() && !isPossessive(toks[start-1].s) {
			start--
		}
		body := start > 0 && toks[start-1].lower() == "the" // "the Kremlin's claims": a body's, as "the" tells
		if sp := resolvePhrase(possessor(toks[start:k+1]), people, at); sp != "" && sp != someone && (people.isPerson(sp) || body && namedBodyOrPerson(sp, people)) {
			return sp
		}
	}
	return ""
}

// pluralCueNouns are the cues that are also plural nouns: "the emails", "his claims".
var pluralCueNouns = set("emails", "tweets", "posts", "claims", "calls", "reports", "notes", "states", "demands",
	"hopes", "vows", "texts", "reads", "urges", "replies")

// speechActs are the plural cue nouns that are someone's words: "his claims", not "his emails".
var speechActs = set("claims", "calls", "demands", "vows", "urges", "replies")

// nounDeterminers open a noun phrase, and prepositions one: a verb never follows them.
var nounDeterminers = set("the", "a", "an", "these", "those", "whose", "many", "several", "numerous", "recent",
	"earlier", "new", "repeated", "continuing", "of", "in", "with", "about", "amid", "despite", "over", "similar",
	"fresh", "such", "other", "renewed", "same", "certain", "some", "all", "both", "most", "few", "more", "member")

// isCue reports whether t is a reporting verb as written in running text: in lower case
// ("STATES" in a headline is not "states"), except "According" opening a sentence.
func isCue(t token) bool {
	lw := t.lower()
	return cues.Has(lw) && (t.s == lw || lw == "according" || lw == "said" && t.s == "Said")
}

// passiveCue reports whether toks hold a reporting cue in the passive: "was asked", "were
// told".
func passiveCue(toks []token) bool {
	for i := 1; i < len(toks); i++ {
		if passiveAux.Has(toks[i-1].lower()) && isCue(toks[i]) && !participle(toks[i].lower()) {
			return true
		}
	}
	return false
}

// passiveAux make the participle after them passive: "were told", "was asked".
var passiveAux = set("was", "were", "been", "being", "is", "are", "be")

var participle = func(w string) bool { return strings.HasSuffix(w, "ing") }

// attribute reads the frame of quote m, the words of its sentence outside the marks in
// s[before:m.open] and s[m.close:afterEnd], and returns the speaker it names and whether a
// reporting cue was found at all.
func attribute(s string, m mark, before, afterEnd int, people *people) (string, bool) {
	cue := false
	var pre []token // the sentence's words before the quote, read once
	if before < m.open {
		b := borrowTokens(s, before, m.open)
		defer giveBack(b)
		pre = *b
	}
	var afterBuf *[]token // and after it, read when first needed
	defer func() {
		if afterBuf != nil {
			giveBack(afterBuf)
		}
	}()
	tokensAfter := func() []token {
		if afterBuf == nil {
			afterBuf = borrowTokens(s, min(m.end(s), afterEnd), afterEnd)
		}
		return *afterBuf
	}
	// `Johnson pinned to the ground, screaming: "...`: a frame that introduces the quote with a
	// colon is the quote's own, whatever follows it.
	if before < m.open {
		// So is a cue right before the quote: `Feinstein said "I don't know," she said.`, `the
		// congresswoman vowed to "impeach him," ... Pelosi said`.
		n := len(pre)
		if n > 1 && pre[n-1].lower() == "told" {
			return "", true // `Mr. Stone told "senior Trump campaign officials"`, `he told "Today."`: whom, not what
		}
		if n > 1 && (pre[n-1].s == ":" || cueAt(pre, n-1) || (pre[n-1].s == "," || pre[n-1].s == "to") && cueAt(pre, n-2)) {
			if sp, _ := beforeFrame(pre, m.open, people); sp != "" {
				return sp, true
			}
		}
	}
	// `- Bolton boss Sam Allardyce "I am bitterly disappointed ..."`: a dash, a name and its
	// role, and the quote: a match report's line for each manager.
	if n := len(pre); n >= 3 && n <= 10 && (isDash(pre[0].s) || pre[0].s == "-") && wordsOnly(pre, 1) {
		if b := nameRunStart(pre, n, 1); b < n {
			if sp := resolvePhrase(pre[b:], people, m.open); sp != "" && people.isPerson(sp) {
				return sp, true
			}
		}
	}
	// `a bill which critics claim would allow euthanasia "..." were not a ploy, the lord
	// chancellor said`: a clause of people the story does not name, whose cue stands just
	// before the quote, holds it; the sentence's frame reports the clause.
	if before < m.open && m.close < afterEnd {
		for k := len(pre) - 1; k > 1 && k >= len(pre)-8; k-- {
			if !pre[k].word() {
				break
			}
			if (cueAt(pre, k) || infinitiveCues.Has(pre[k].s)) && !participle(pre[k].lower()) && !pre[k-1].capitalised() && crowdSubject(pre[:k]) && clauseOpeners.Has(pre[k-2].lower()) {
				return someone, true
			}
		}
	}
	// After the quote: `"...," Zelensky said.` `"...," said Jim Smith, a spokesman.`
	if m.close < afterEnd {
		after := tokensAfter()
		sp, ok := afterFrame(s, after, m, people)
		if sp == "" && len(pre) > 0 && len(after) > 2 && cueAt(after, 0) && !participle(after[0].lower()) && opensClause(after[1:]) {
			// `Mr. Manafort, citing "the unique magic of Trump," said the candidate could`: the
			// cue's subject stands before the quote.
			if subj := sentenceSubject(pre, people, m.open); subj != "" && people.isPerson(subj) {
				return subj, true
			}
		}
		if sp != "" {
			return sp, true
		}
		cue = ok
	}
	// Before it: `Blinken told ABC News: "...` `Peskov welcomed this, telling reporters: "...`
	// (also when a cue after it named nobody: `"We'll see," when asked`).
	if before < m.open {
		sp, ok := beforeFrame(pre, m.open, people)
		if sp != "" {
			return sp, true
		}
		cue = cue || ok
		// `Pollsters agree - Carl Bialik: "...`: a name and a colon, no verb; `Kasich resisted:
		// "...`, `McConnell delivered a blunt message to Trump: "...`: the clause's subject.
		if n := len(pre); (n == 3 || n == 4 && (pre[1].lower() == "then" || pre[1].lower() == "also")) && pre[n-1].s == ":" &&
			leadingConjunctions.Has(pre[0].lower()) && cueAt(pre, n-2) {
			// `Ms Jowell insisted: "..." And continued: "..."`: the verb's subject is the one
			// before, left out.
			if sp := people.pronoun("", m.open); sp != "" {
				return sp, true
			}
		}
		if n := len(pre); n >= 2 && pre[n-1].s == ":" {
			if sayings.Has(pre[n-2].lower()) {
				return someone, true // "the old maxim: "No pain, no gain."": everyone's words, no one's
			}
			clause := lastClause(pre[:n-1])
			if passiveCue(clause) {
				return "", true // "Kevin Donnellon was asked:": someone else's words to him
			}
			// "the question posed by Brighton nurse Marion Brown:": the agent of the words.
			for k := n - 3; k >= 1 && k >= n-8; k-- {
				if pre[k].lower() == "by" && strings.HasSuffix(pre[k-1].lower(), "ed") && pre[k+1].word() {
					if sp := nounPhraseBefore(pre[k+1:n-1], people, m.open); sp != "" && people.isPerson(sp) {
						return sp, true
					}
					break
				}
			}
			if c := clause[0]; c.word() && !c.capitalised() && !determiner.Has(c.s) && !personalPronouns.Has(c.s) {
				clause = pre[:n-1] // `McConnell, R-Ky., delivered a message to Trump:`: a predicate
			}
			if label := scriptLabel(s, pre[:n-1]); len(label) > 0 {
				// `Titus: "Yes." Lillian: "He got up ..."`: a script's line is its label's.
				if sp := resolvePhrase(label, people, m.open); sp != "" && sp != someone {
					return sp, true
				}
				return strings.Join(tokenTexts(label), " "), true
			}
			if sp := sentenceSubject(clause, people, m.open); sp != "" && people.isPerson(sp) &&
				!cues.Has(clause[0].lower()) {
				return sp, true
			}
			if sp := nounPhraseBefore(pre[:n-1], people, m.open); sp != "" && people.isPerson(sp) {
				return sp, true
			}
			// "His business slogan:": the person "his" stands for.
			for k := max(0, n-4); k < n-1; k++ {
				pron := map[string]string{"His": "he", "Her": "she"}[pre[k].s]
				if pron == "" {
					continue
				}
				if sp := people.pronoun(pron, m.open); sp != "" {
					return sp, true
				}
				break
			}
		}
	}
	// `"..." ― Martha Aguilar`: a dash and a name after the quote.
	if m.close < afterEnd {
		after := tokensAfter()
		if len(after) >= 2 && isDash(after[0].s) {
			if sp := nounPhraseAfter(after[1:], people, m.open); sp != "" && people.isPerson(sp) {
				return sp, true
			}
		}
	}
	return "", cue
}

// signs are things that carry words for whoever reads them: "a hat that said", "signs that read".
var signs = set("hat", "cap", "sign", "banner", "placard", "shirt", "t-shirt", "sticker", "button", "billboard", "mug",
	"tattoo", "plaque")

// quoteFollows reports whether a quotation opens right after toks, the words after a quote
// up to the next one in its sentence: the words are that next quote's frame.
func quoteFollows(s string, toks []token) bool {
	rest := strings.TrimLeft(s[toks[len(toks)-1].end:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return r == '"' || r == '“' || r == '\''
}

// secondVerb joins a second verb to the subject before it: `... and claimed`, `... but said`.
var secondVerb = set("and", "but")

// strandedPrepositions end a relative clause left without its "that": "the experts CNN spoke
// to", "the man she worked with".
var strandedPrepositions = set("to", "with")

// finiteCue reports whether a cue in lower case has a tense ("agreed", "says", "told"), as a
// clause's main verb has; not the plain form an infinitive takes ("to say").
func finiteCue(lw string) bool {
	return strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "s") || lw == "said" || lw == "told" || lw == "wrote"
}

func afterFrame(s string, toks []token, m mark, people *people) (string, bool) {
	// After a quote that ends its own sentence, the next sentence frames it only when its cue
	// ends the clause (`"...?" Camus said.`, `"...?" said Camus, a pastor`), not when it reports
	// something new (`"...?" Camus said many people are afraid.`).
	last := endPunct(m.content.Of(s))
	newSentence := last == '?' || last == '!' || last == '.'
	for i, t := range toks {
		if i > 40 { // room for an appositive: `," Jay Vinekar, a founder of the chapter, told CNN`
			break
		}
		lw := t.lower()
		if t.s == "." || t.s == ";" || t.s == "?" || t.s == "!" {
			break
		}
		if t.s == "," && i+1 < len(toks) && clauseJoiners.Has(toks[i+1].lower()) && (i > 0 || toks[i+1].lower() != "and" && toks[i+1].lower() != "but") {
			// `Trump called the system "rigged" in a tweet, and lawmakers have called ...`,
			// `Labour say a vote could "let the Tories in", while the Tories say ...`
			break
		}
		if i == 0 && lw == "but" && len(toks) > 1 && (toks[1].capitalised() || determiner.Has(toks[1].lower()) || personalPronouns.Has(toks[1].lower())) {
			break // `called it "intriguing," but Sen. Claire McCaskill said`: a new clause, someone else
		}
		if i == 0 && lw == "and" && len(toks) > 1 && toks[1].word() && (toks[1].capitalised() && !isCueWord(toks[1].s) || determiner.Has(toks[1].lower())) &&
			quoteFollows(s, toks) {
			// `China's foreign ministry called Lee "a uniquely influential Asian statesman," and
			// Australia's Prime Minister Tony Abbott said "..."`: a new clause with a quote of its
			// own, someone else's.
			break
		}
		if i == 0 && (lw == "when" || lw == "because") && len(toks) > 2 && personalPronouns.Has(toks[1].lower()) && cueAt(toks, 2) && !participle(toks[2].lower()) {
			break // `had "caused uproar" when he said his ministry ...`: a clause of time or cause, no frame
		}
		if i == 0 && subordinators.Has(lw) && lw != "as" && len(toks) > 2 && toks[1].capitalised() {
			break // `Trump saying, "That makes me smart," when Clinton blasted him`: nor with a name
		}
		if !cueAt(toks, i) {
			continue
		}
		if d := slices.IndexFunc(toks[:i], func(t token) bool { return isDash(t.s) }); d >= 0 &&
			slices.ContainsFunc(toks[d+1:i], func(t token) bool { return t.s == "that" || t.s == "which" }) {
			// `take on "revisionist" powers — an approach that some advisers say the president
			// never grasped`: a cue in a relative clause after a dash reports that clause.
			return "", false
		}
		if lw == "according" {
			if sp := nounPhraseAfter(toks[i+1:], people, m.open); sp != "" {
				return sp, true
			}
			if sp := documentBy(toks[i+1:], people, m.open); sp != "" && i <= 1 {
				return sp, true // `," according to a report by Analysys`, not a later clause's source
			}
			continue
		}
		if i == 1 && (lw == "and" || toks[0].lower() == "and") || i >= 2 && i <= 12 && secondVerb.Has(toks[i-1].lower()) && toks[0].word() {
			// `warned that a "debt crisis is coming" and claimed the president ...`, `He said he
			// "respects" Grassley and proclaimed`: a second verb of the subject before the
			// quote, which frames it there.
			return "", false
		}
		rest := toks[i+1:]
		if len(rest) > 0 && (rest[0].lower() == "back" || rest[0].lower() == "out" || rest[0].lower() == "on" && (lw == "went" || lw == "goes")) {
			rest = rest[1:] // "shot back", "points out", "went on"
		}
		if newSentence && i > 0 && !closesFrame(rest) && !takesObject.Has(lw) {
			return "", false
		}
		if n := nameRunEnd(rest, 0); (lw == "called" || lw == "calls") && n > 0 && n < len(rest) && determiner.Has(rest[n].lower()) {
			return "", false // `"..." Wood called Boyd the real hero`: a name given, no frame
		}
		if (newSentence || len(rest) == 1 && rest[0].s == "to") && introducesNext(s, toks, rest) {
			// `"Why now?" Mills then writes back, "You look cute."`: the frame of the next quote.
			return "", false
		}
		if participle(lw) && i >= 2 && i+1 < len(toks) && determiner.Has(toks[i-2].lower()) && plainWord(toks[i-1]) && plainWord(toks[i+1]) {
			continue // `to cut him out of the manifesto writing process`: a noun's modifier, no frame
		}
		if participle(lw) {
			// `"...," he was quoted as saying`; but `"...," promising the club will return`
			// names no one after the cue, and `to "challenge" Mr. Putin at the summit, adding`
			// goes on with the sentence: a name right after a quote that ends with no mark,
			// inside or out, is its object.
			if i > 0 && (unicode.IsPunct(last) || toks[0].s == "," || !toks[0].capitalised()) {
				// Not `"Cosmos," the TV series explaining the science`: a thing the quote names.
				if sp := nounPhraseAfter(toks[:i], people, m.open); sp != "" && !thingNoun(sp) {
					return sp, true
				}
			}
			continue
		}
		if lw == "quoted" {
			// `," the Interfax news agency quoted Mr Khodorkovsky as saying`: the one quoted.
			for k := 2; k < len(rest) && k <= 10; k++ { // not `"...," he is quoted as saying`
				if rest[k-1].lower() == "as" && participle(rest[k].lower()) {
					if sp := resolvePhrase(rest[:k-1], people, m.open); sp != "" {
						return sp, true
					}
					return someone, true // "quoted one trader as saying": not the agency's words
				}
			}
		}
		// `," Ruth Okafor, a farmer trying to unseat Dan Miles, a Democrat, said`: the name that
		// opens the frame, however many appositives stand between it and the cue.
		if i > 2 && (toks[i-1].s == "," || appositiveUnclosed(toks, i)) {
			if n := nameRunEnd(toks, 0); n > 0 && n < i-1 && toks[n].s == "," {
				if sp := resolvePhrase(toks[:n], people, m.open); sp != "" && people.isPerson(sp) {
					return sp, true
				}
			}
		}
		if i > 1 && toks[i-1].s == "," && len(rest) > 0 && rest[0].capitalised() && ownClause(toks[:i-1]) {
			// `"...," in its fight against Boko Haram, it is not winning, says Ayo Johnson, a
			// filmmaker`: a cue set off after a clause of its own is inverted; the name after it speaks.
			if sp := nounPhraseAfter(rest, people, m.open); sp != "" && people.isPerson(sp) {
				return sp, true
			}
		}
		if i >= 3 && strandedPrepositions.Has(toks[i-1].lower()) && toks[i-2].word() && !toks[i-2].capitalised() && !stopword(toks[i-2].lower()) &&
			finiteCue(lw) { // not `is expected to say`: "to" of an infinitive
			// `"...." Experts CNN spoke to agreed.`, `the people she worked with said`: a
			// subject whose relative clause ends in its preposition; its head noun, whom the
			// story does not name, speaks, not the relative clause's subject.
			return "", true
		}
		// subject before the cue: ", Zelensky said", ", he said", ", the Kremlin said"
		if i > 0 {
			if sp := nounPhraseBefore(toks[:i], people, m.open); sp != "" {
				return sp, true
			}
			if sp := unnamedSubject(toks, i); sp != "" {
				return sp, true // `"...," a witness said`: someone the story does not name
			}
		}
		// inverted: ", said Zelensky"; `, said the mayor, Anne Hidalgo`: the name after the role
		if len(rest) > 0 && (determiner.Has(rest[0].lower()) || !rest[0].capitalised() && rest[0].word()) {
			if sp := appositiveName(clauseOf(rest), people, m.open); sp != "" {
				return sp, true
			}
		}
		if sp := nounPhraseAfter(rest, people, m.open); sp != "" && len(rest) > 0 && rest[0].lower() != "to" && !objectCues.Has(lw) && !opensClause(rest) {
			return sp, true // not `promised to hail Labour's record`, not `called Trump's offer`
		}
		// the frame's own subject: `"...," he was quoted as saying`
		if i > 0 {
			if sp := nounPhraseAfter(toks[:i], people, m.open); sp != "" {
				return sp, true
			}
		}
		return "", true
	}
	return "", false
}

func beforeFrame(toks []token, quoteAt int, people *people) (string, bool) {
	// The cue nearest the quote decides; its subject stands before it.
	for i := len(toks) - 1; i >= 0; i-- {
		lw := toks[i].lower()
		if i > 0 && i+2 < len(toks) && passiveAux.Has(toks[i-1].lower()) && isCue(toks[i]) && toks[i+1].lower() == "by" {
			// "Sanders was asked by host Bill Maher, ... "...": the one the cue is done by.
			if sp := nounPhraseAfter(toks[i+2:], people, quoteAt); sp != "" && people.isPerson(sp) {
				return sp, true
			}
		}
		if sp := ownerOfCue(toks, i, people, quoteAt); sp != "" {
			return sp, true // "slammed Schiff for his claims in the media that there was"
		}
		if !cueAt(toks, i) {
			continue
		}
		if i+1 < len(toks) && toks[i+1].lower() == "to" && lw != "according" && reportedIn(toks, i) {
			// "Mr Straw said the US had agreed to release the four after "...": an act the
			// words report, not their frame; the cue before it frames the quote.
			continue
		}
		if passiveVerbs.Has(lw) && i+2 < len(toks) && (toks[i+1].lower() == "in" || toks[i+1].lower() == "by") &&
			slices.ContainsFunc(toks[max(i+2, len(toks)-3):], func(t token) bool { return t.lower() == "as" }) {
			// "the official described in the court document as": a passive, said of the
			// subject, by the one after "by" if anyone.
			if toks[i+1].lower() == "by" {
				if sp := nounPhraseAfter(toks[i+2:], people, quoteAt); sp != "" && people.isPerson(sp) {
					return sp, true
				}
			}
			return someone, true
		}
		if lw == "according" {
			if sp := appositiveName(toks[i+1:], people, quoteAt); sp != "" {
				return sp, true // "According to the student's attorney, Daniel Watkins,"
			}
			if sp := documentBy(toks[i+1:], people, quoteAt); sp != "" {
				return sp, true // "according to a report published by consultancy Analysys"
			}
			if sp := nounPhraseAfter(toks[i+1:], people, quoteAt); sp != "" {
				if isMedia(sp) {
					// "Trafny described her ..., according to KUTV:": the outlet reports, the subject speaks.
					if subj := sentenceSubject(toks[:i], people, quoteAt); subj != "" {
						return subj, true
					}
				}
				return sp, true
			}
			continue
		}
		if participle(lw) {
			// "The trouble began on the show, with Maria Hutchings marching up to him, saying":
			// the one the "with" phrase sets acting.
			for w := i - 2; w > 0 && w >= i-12 && toks[w].s != "." && toks[w].s != ";"; w-- {
				if toks[w].lower() != "with" || !toks[w+1].capitalised() {
					continue
				}
				if e := nameRunEnd(toks, w+1); e < i && participle(toks[e].lower()) {
					if sp := resolvePhrase(toks[w+1:e], people, quoteAt); sp != "" && people.isPerson(sp) {
						return sp, true
					}
				}
				break
			}
			if sp := reportedSubject(toks[:i], people, quoteAt); sp != "" {
				return sp, true
			}
			// "Nefzi said, adding:": the subject of the cue before it; not when a name stands
			// right before a participle close to the quote ("reported that he met the Russians
			// promising "dirt"").
			if prev := toks[i-1]; !prev.word() || !prev.capitalised() || personalPronouns.Has(prev.lower()) || len(toks)-i > 6 {
				if sp := earlierCueSubject(toks[:i], people, quoteAt); sp != "" {
					return sp, true
				}
			}
			// "with Donald Trump tweeting that ... and asking": the name before the first participle.
			if i > 1 && toks[i-1].lower() == "and" {
				for j := i - 2; j > 0 && toks[j].s != "." && toks[j].s != ";"; j-- {
					if participle(toks[j].lower()) && cueAt(toks, j) && toks[j-1].capitalised() {
						if sp := nounPhraseBefore(toks[:j], people, quoteAt); sp != "" && people.isPerson(sp) {
							return sp, true
						}
						break
					}
				}
			}
			// "former President Vicente Fox – who went on a tear declaring": the one the
			// relative clause is about.
			for w := i - 1; w > 1 && w >= i-8 && toks[w].s != "." && toks[w].s != ";"; w-- {
				if toks[w].lower() == "who" && (toks[w-1].s == "," || isDash(toks[w-1].s)) {
					if sp := nounPhraseBefore(toks[:w-1], people, quoteAt); sp != "" && people.isPerson(sp) {
						return sp, true
					}
					break
				}
			}
			// "Romney's comments at a fundraiser in which he talked about people, claiming": the
			// participle goes on from a relative clause, whose subject the pronoun hides.
			for w := i - 1; w > 0 && toks[w].s != "." && toks[w].s != ";"; w-- {
				if toks[w].lower() == "which" && objectMarkers.Has(toks[w-1].lower()) {
					return "", true
				}
			}
			// "footage of Trump saying", "Trump reportedly yelling": the name right before it.
			k := i - 1
			for k > 0 && adverb(toks[k]) {
				k--
			}
			if k > 0 && toks[k].capitalised() {
				if sp := nounPhraseBefore(toks[:i], people, quoteAt); sp != "" && people.isPerson(sp) {
					return sp, true
				} else if sp != "" && toks[k-1].lower() == "the" {
					// "he had corresponded with the Russians promising": the group, not the subject.
					return sp, true
				}
			}
			if k > 0 && documentFrom(toks[:k+1]) {
				// "released a statement from her doctor declaring": the document's author
				// speaks, and the story gives no name.
				return "", true
			}
			if k > 0 && collectives.Has(toks[k].lower()) {
				// "the video depicted the group of men chanting:": the group, as the story says it.
				for d := k - 1; d >= 0 && d >= k-4 && toks[d].word() && !objectMarkers.Has(toks[d].lower()); d-- {
					if determiner.Has(toks[d].lower()) {
						words := make([]string, 0, k-d+1)
						for _, t := range toks[d : k+1] {
							words = append(words, t.s)
						}
						return strings.Join(words, " "), true
					}
				}
			}
			if subjectless(toks[:i]) {
				// `... "a dangerous thing" and then took a swipe at CNN and MSNBC, saying`: the
				// frame goes on from words before it; their subject speaks, not "MSNBC".
				return "", true
			}
			// "Peskov welcomed this, telling reporters:" - the sentence's subject speaks.
			if sp := sentenceSubject(toks[:i], people, quoteAt); sp != "" {
				return sp, true
			}
			continue
		}
		if i > 1 && (toks[i-1].lower() == "that" || toks[i-1].lower() == "which") && signs.Has(strings.TrimSuffix(toks[i-2].lower(), "s")) {
			// "his goat, which was wearing a hat that said "I voted"": words written on a thing
			// are no one's the story names (a statement or an ad that says is its owner's).
			return someone, true
		}
		if i > 1 && toks[i-1].lower() == "who" {
			// "a campaign surrogate who said": the one before "who", named or not.
			end := i - 1
			if toks[end-1].s == "," {
				end--
			}
			// "Braynard, a South Carolina native who writes", "Ms. Lauten — a former aide who
			// describes herself": the name the description is of.
			for c := end - 1; c > 0 && c >= end-9; c-- {
				if (toks[c].s == "," || isDash(toks[c].s)) && toks[c-1].capitalised() {
					if sp := nounPhraseBefore(toks[:c], people, quoteAt); sp != "" && people.isPerson(sp) {
						return sp, true
					}
					break
				}
			}
			return nounPhraseBefore(toks[:end], people, quoteAt), true
		}
		if i > 2 && toks[i-1].lower() == "which" && toks[i-2].s == "," {
			// `a letter signed by all 42 Senate Republicans, which stated`, `the Log Cabin
			// Republicans, a gay group, which said`: the body or document before "which", not
			// the sentence's subject. A body named in capitals speaks; anything else is no one
			// the quote can be given to.
			end := i - 2
			for c := end - 1; c > 0 && c >= end-8; c-- {
				if toks[c].s == "," && toks[c-1].capitalised() {
					end = c // past an appositive: "the Log Cabin Republicans, a gay group,"
					break
				}
			}
			if sp := nounPhraseBefore(toks[:end], people, quoteAt); sp != "" && (namedBodyOrPerson(sp, people)) {
				return sp, true
			}
			return someone, true
		}
		if sp := unclosedAppositive(toks[:i], people, quoteAt); sp != "" {
			return sp, true
		}
		if sp := nounPhraseBefore(toks[:i], people, quoteAt); sp != "" {
			return sp, true
		}
		if crowdSubject(toks[:i]) {
			// "posters, which critics claimed were": people the story does not name, not the
			// sentence's subject.
			return someone, true
		}
		if i > 0 && (toks[i-1].lower() == "and" || toks[i-1].lower() == "but") {
			// "Lazar said he welcomed it and added:": the subject of the first cue.
			if sp := earlierCueSubject(toks[:i-1], people, quoteAt); sp != "" {
				return sp, true
			}
		}
		if sp := nounPhraseAfter(toks[i+1:], people, quoteAt); sp != "" && i+1 < len(toks) && toks[i+1].capitalised() &&
			(inversionCues.Has(lw) || lw == "according") && !clauseVerb(toks, nameRunEnd(toks, i+1)) {
			return sp, true // "said Zelensky:", not "told BBC Radio 4's Today programme"
		}
		if k := cueSubjectEnd(toks, i); k >= 1 && unnamedVoices.Has(toks[k].lower()) && (toks[k-1].lower() == "a" || toks[k-1].lower() == "an") {
			// "Speaking ahead of the Army Board meeting, a spokesman said:": someone the story
			// does not name, not a body in the opening phrase.
			return "", true
		}
		if k := unnamedBefore(toks, i); k >= 0 {
			// "people kept calling him names and one man said:": someone the story does not
			// name, not the sentence's subject; said as the story says it.
			return describedAs(toks, k, i), true
		}
		if sp := sentenceSubject(toks[:i], people, quoteAt); sp != "" {
			return sp, true
		}
		return "", true
	}
	return "", false
}

// unnamedBefore returns where the words right before toks[i] begin when they are someone the
// story does not name ("one man", "another elderly woman", "a passer-by", "her mother"), or
// -1.
func unnamedBefore(toks []token, i int) int {
	if i < 2 || toks[i-1].capitalised() {
		return -1
	}
	if lw := toks[i-1].lower(); !personNoun(lw) && !peopleNouns.Has(lw) {
		return -1
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		switch lw := toks[k].lower(); {
		case lw == "one" || lw == "another" || lw == "a" || lw == "an" || lw == "his" || lw == "her" || lw == "their":
			return k // and "Williams said her mother said": a relative the story does not name here
		case !toks[k].word() || toks[k].capitalised() || !epithets.Has(lw) && !adjectival(lw) && !strings.Contains(lw, "-"):
			return -1
		}
	}
	return -1
}

// unnamedSubject returns the words for someone the story does not name who are the whole
// subject of the cue toks[i] ("a witness", "one man" of `"...," a witness said`, `Nobody came,
// a witness said.`), as describedAs gives them; or "". A voice ("a spokesman") is left to the
// readers of voices, who give the body it speaks for.
func unnamedSubject(toks []token, i int) string {
	k := unnamedBefore(toks, i)
	if k < 0 || k > 0 && toks[k-1].s != "," && !isMarkToken(toks[k-1].s) || unnamedVoices.Has(toks[i-1].lower()) {
		return "" // not "a spokesman", who speaks for someone the story may name
	}
	return describedAs(toks, k, i)
}

// describedAs returns toks[k:i], the words the story writes for a speaker it does not name:
// "one man", "A former classmate". But someone's relative ("her mother", "his father") is no
// one, since stories name them elsewhere more often than not, and so is a description set off
// after a name ("Jim Jordan, Republican of Ohio, a founder of the Freedom Caucus, said": his
// words, not a founder's).
func describedAs(toks []token, k, i int) string {
	if possessives.Has(toks[k].lower()) || k >= 2 && toks[k-1].s == "," && toks[k-2].capitalised() {
		return someone
	}
	return strings.Join(tokenTexts(toks[k:i]), " ")
}

// reportedSubject returns the subject of a clause a cue reports, when a participle after a
// comma goes on from that clause (toks end before the participle): `Sullivan has said that Mr
// Ebbers ordered adjustments, telling him to "hit our books"` is Ebbers. Else "".
func reportedSubject(toks []token, people *people, at int) string {
	n := len(toks)
	if n < 5 || toks[n-1].s != "," {
		return ""
	}
	for t := n - 2; t > 0; t-- {
		if s := toks[t].s; s == "." || s == ";" || s == ":" || s == "," {
			return "" // one clause only: not `that Mr. Obama lacked sympathy, Mr. Santorum did not back down,`
		}
		if toks[t].s != "that" || !cueAt(toks, t-1) {
			continue
		}
		e := nameRunEnd(toks, t+1)
		if e == t+1 || e >= n-1 || !toks[e].word() || toks[e].capitalised() || beVerbs.Has(toks[e].s) {
			return "" // not `complained that Cruz is too principled, suggesting`: a verdict, its speaker's
		}
		if sp := resolvePhrase(toks[t+1:e], people, at); sp != "" && people.isPerson(sp) {
			return sp
		}
		return ""
	}
	return ""
}

// documentBy returns who wrote the document that toks, the words after "according", name: "to
// a report published by research consultancy Analysys", "to a study from Gartner"; else "".
func documentBy(toks []token, people *people, at int) string {
	if len(toks) < 4 || toks[0].lower() != "to" || !determiner.Has(toks[1].lower()) {
		return ""
	}
	for k := 2; k < len(toks) && k <= 4; k++ {
		if !documents.Has(toks[k].lower()) && !studies.Has(toks[k].lower()) {
			continue
		}
		j := k + 1
		if j < len(toks) && (toks[j].lower() == "published" || toks[j].lower() == "released" || toks[j].lower() == "issued") {
			j++
		}
		if j+1 < len(toks) && (toks[j].lower() == "by" || toks[j].lower() == "from") {
			if sp := nounPhraseAfter(toks[j+1:], people, at); sp != "" && namedBodyOrPerson(sp, people) {
				return sp
			}
		}
		return ""
	}
	return ""
}

// documentFrom reports whether toks end with a document and the one it comes from, in a few
// lower-case words: "a statement from her doctor", "a letter from his lawyers".
func documentFrom(toks []token) bool {
	for w := len(toks) - 1; w > 0 && w >= len(toks)-4 && toks[w].word(); w-- {
		if toks[w].lower() == "from" {
			return documents.Has(toks[w-1].lower())
		}
	}
	return false
}

// studies are documents that report findings: "according to a report by".
var studies = set("report", "study", "survey", "poll", "analysis", "review", "paper", "audit", "investigation")

// isDash reports whether s is a dash that sets words off.
func isDash(s string) bool { return s == "—" || s == "―" || s == "–" || s == "--" }

// reportedIn reports whether the cue toks[i] stands in the words another cue of its clause
// reports: "Mr Straw said the US had agreed to", not "critics said could allow it, Gov. Mike
// Pence vowed to".
func reportedIn(toks []token, i int) bool {
	for k := i - 2; k >= 0; k-- {
		switch toks[k].s {
		case ",", ";", ":", ".":
			return false
		}
		if cueAt(toks, k) && toks[k].lower() != "according" {
			return true
		}
	}
	return false
}

// subjectless reports whether a frame's words, right after a quotation earlier in the
// sentence, open with a verb joined to it (`"a dangerous thing" and then took a swipe at`):
// the clause's subject stands before that quotation, outside the frame.
func subjectless(toks []token) bool {
	if len(toks) == 0 || !isMarkToken(toks[0].s) {
		return false
	}
	for len(toks) > 0 && isMarkToken(toks[0].s) {
		toks = toks[1:] // the close of the quotation before
	}
	k := 0
	for k < len(toks) && (toks[k].lower() == "and" || toks[k].lower() == "but" || toks[k].lower() == "then") {
		k++
	}
	return k > 0 && k < len(toks) && toks[k].word() && !toks[k].capitalised() && !determiner.Has(toks[k].lower()) &&
		!personalPronouns.Has(toks[k].lower()) && !stopword(toks[k].lower())
}

// appositiveUnclosed reports whether the frame words before a cue at toks[i] are a name, a
// comma and a description in lower case that runs into the cue with no closing comma:
// `," Will Davies, senior research fellow at the IPPR told the BBC`.
func appositiveUnclosed(toks []token, i int) bool {
	n := nameRunEnd(toks, 0)
	if n == 0 || n+2 >= i || toks[n].s != "," || !toks[n+1].word() || toks[n+1].capitalised() {
		return false
	}
	for k := n + 1; k < i; k++ {
		if !toks[k].word() || cueAt(toks, k) {
			return false
		}
	}
	return true
}

// opensClause reports whether the words after a cue are the subject of a clause it reports
// ("predicted the judge would get"), not a speaker set after the cue: a determiner and up to
// three words, then a verb that opens a clause.
func opensClause(toks []token) bool {
	if len(toks) < 3 || !determiner.Has(toks[0].lower()) {
		return false
	}
	for k := 1; k < len(toks) && k <= 4; k++ {
		if !toks[k].word() {
			return false
		}
		if k >= 2 && clauseVerb(toks, k) {
			return true
		}
	}
	return false
}

// plainWord reports whether t is a lower-case word that is no stop word ("manifesto").
func plainWord(t token) bool {
	return t.word() && !t.capitalised() && !stopword(t.lower())
}

// wordsOnly reports whether toks from k on are words and none of them a reporting cue.
func wordsOnly(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		if !toks[k].word() || cueAt(toks, k) {
			return false
		}
	}
	return true
}

// unclosedAppositive returns the person named before a comma when a role's description runs
// from it to the cue that ends toks with no comma of its own: "Christoph Caselitz, president of
// the mobile networks division at the firm says" is Caselitz, not "the firm". Else "".
func unclosedAppositive(toks []token, people *people, at int) string {
	for c := len(toks) - 2; c > 0 && c >= len(toks)-12; c-- {
		t := toks[c]
		if t.s != "," {
			if !t.word() && t.s != "&" && t.s != "-" || cueAt(toks, c) {
				return ""
			}
			continue
		}
		if toks[c+1].capitalised() || !roles.Has(toks[c+1].lower()) {
			return ""
		}
		start := nameRunStart(toks, c, 0)
		if start == c {
			return ""
		}
		if b := nameRunStart(toks, len(toks), c+1); b < len(toks) {
			if sp := resolvePhrase(toks[b:], people, at); sp != "" && people.isPerson(sp) {
				return "" // "Hillary Clinton, former president Bill Clinton said": the name before the cue
			}
		}
		if sp := resolvePhrase(toks[start:c], people, at); sp != "" && people.isPerson(sp) {
			return sp
		}
		return ""
	}
	return ""
}

// participleGoesOn reports whether a frame's words, right after a quotation earlier in the
// sentence, reach a participle cue set off by a comma with no cue before it (`to "challenge"
// Mr. Putin at the summit, adding`): the participle goes on from the sentence's main clause,
// whose subject spoke that quotation; the names between are its objects.
func participleGoesOn(toks []token) bool {
	if len(toks) == 0 || !isMarkToken(toks[0].s) {
		return false
	}
	for i := 1; i < len(toks); i++ {
		if cueAt(toks, i) {
			return participle(toks[i].lower()) && toks[i-1].s == "," && i > 2
		}
	}
	return false
}

// sayings are words that everyone says: no one in the story is their speaker.
var sayings = set("maxim", "adage", "proverb", "motto", "mantra", "catchphrase", "cliche", "cliché", "axiom")

// clauseVerb reports whether toks[j], after a name, is a verb of the name's own clause: "said
// Willis has endured" reports what Willis did; "said Zelensky in a statement" is inverted.
func clauseVerb(toks []token, j int) bool {
	if j >= len(toks) || !toks[j].word() || toks[j].capitalised() {
		return false
	}
	lw := toks[j].lower()
	return beVerbs.Has(lw) || auxiliaries.Has(lw) && lw != "also" && lw != "again" && lw != "later" || modals.Has(lw)
}

// modals are the verbs that open a verb phrase: "said Trump would".
var modals = set("will", "would", "can", "could", "should", "must", "may", "might", "shall")

// weakFrame names the subject of a weak cue a few words before a long quote.
func weakFrame(toks []token, people *people, at int) string {
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-5; k-- {
		if !weakCues.Has(toks[k].s) {
			continue
		}
		if k > 0 && passiveAux.Has(toks[k-1].lower()) {
			return "" // "Im was hailed for his "...": the words of whoever hailed him
		}
		if sp := nounPhraseBefore(toks[:k], people, at); sp != "" && people.isPerson(sp) {
			return sp
		}
		return ""
	}
	return ""
}

// earlierCueSubject returns the subject of the first reporting verb of the sentence in toks:
// the speaker that a following "adding" or "and added" goes on with ("Lazar said he welcomed
// it and added" is Lazar, not the "he" of "welcomed").
func earlierCueSubject(toks []token, people *people, at int) string {
	from := 0
	for j := len(toks) - 1; j >= 0; j-- {
		if s := toks[j].s; s == "." || s == "?" || s == "!" || s == ":" || s == ";" {
			from = j + 1
			break
		}
	}
	// `A day before Stone emailed, Donald Trump Jr. wrote to them and asked`: the clause the
	// verb is joined to, after the last comma, has its own subject.
	for c := len(toks) - 1; c > from; c-- {
		if toks[c].s != "," {
			continue
		}
		seg := toks[c+1:]
		if n := nameRunEnd(seg, 0); n > 0 && n < len(seg) && seg[n].word() && !seg[n].capitalised() && !cues.Has(seg[n].s) &&
			!personNoun(seg[n].s) && !stopword(seg[n].s) { // a verb: not `Lib Dem chairman Matthew Taylor`
			if sp := resolvePhrase(seg[:n], people, at); sp != "" && people.isPerson(sp) {
				return sp
			}
		}
		break
	}
	// "US Customs claimed ... but his lawyer, Antony Townsden, told the BBC ... and added": the
	// clause after the last "but" that has a cue of its own.
	for b := len(toks) - 2; b > from; b-- {
		if toks[b].s != "but" {
			continue
		}
		for j := b + 2; j < len(toks); j++ {
			if cueAt(toks, j) && !participle(toks[j].lower()) && toks[j].lower() != "according" {
				if sp := nounPhraseBefore(toks[b+1:j], people, at); sp != "" {
					return sp
				}
				break
			}
		}
		break
	}
	// Not a cue in an opening clause: "As the crowd began to chant, Silverman joked".
	opening, _ := openingPhrase(toks[from:])
	for j := from + opening + 1; j < len(toks); j++ {
		if cueAt(toks, j) && !participle(toks[j].lower()) && toks[j].lower() != "according" {
			return nounPhraseBefore(toks[:j], people, at)
		}
	}
	return ""
}

// ownedBy returns the person whose words a quote is said to be when it is what their remark,
// named by a possessive, says, with no verb between: `inspired by Trump's comments about Megyn
// Kelly having "..."`, `denounced Donald Trump's call for "..."`, `Clinton's call earlier in the
// night to "..."`. Not `said Steele's comments were "..."` nor `called Mr. Trump's remarks
// about a judge "racist"`: there the quote is the sentence's subject's verdict on them.
func ownedBy(toks []token, people *people, at int) string {
	if n := len(toks); n == 0 || !remarkLinks.Has(toks[n-1].lower()) && !strings.HasSuffix(toks[n-1].s, "ing") {
		return "" // `called Mr. Trump's remarks about a judge "racist"`: the subject's verdict
	}
	for k := len(toks) - 1; k > 0 && k >= len(toks)-14; k-- {
		t := toks[k]
		lw := t.lower()
		if !t.word() && t.s != "-" && t.s != "—" || cues.Has(lw) || beVerbs.Has(lw) || auxiliaries.Has(lw) {
			return "" // a clause of its own, a verb: "were", "said"
		}
		if !remarks.Has(lw) || !isPossessive(toks[k-1].s) {
			continue
		}
		return possessorOf(toks, k, people, at)
	}
	return ""
}

// remarkFrom returns whose remark a quote is when a remark noun opens the words before it and
// "from" and a name follow it: `despite a call for him to "pause for thought" from Charles
// Kennedy`. The name must be a person or a named body; else "".
func remarkFrom(s string, before int, m mark, afterEnd int, people *people) string {
	rest := strings.TrimLeft(s[min(m.end(s), afterEnd):afterEnd], " ,")
	if !strings.HasPrefix(rest, "from ") || before >= m.open {
		return "" // most quotes: read no further
	}
	pre, post := tokenize(s, before, m.open), tokenize(s, m.end(s), afterEnd)
	at := m.open
	if n := len(pre); n == 0 || !remarkLinks.Has(pre[n-1].lower()) {
		return ""
	}
	k := 0
	for k < len(post) && !post[k].word() {
		k++ // a comma
	}
	if k+1 >= len(post) || post[k].lower() != "from" || !post[k+1].capitalised() {
		return ""
	}
	for j := len(pre) - 1; j > 0 && j >= len(pre)-8; j-- {
		t := pre[j]
		lw := t.lower()
		if !t.word() || cues.Has(lw) || beVerbs.Has(lw) || auxiliaries.Has(lw) {
			return ""
		}
		if remarks.Has(lw) && determiner.Has(pre[j-1].lower()) {
			if sp := nounPhraseAfter(post[k+1:], people, at); sp != "" && namedBodyOrPerson(sp, people) {
				return sp
			}
			return ""
		}
	}
	return ""
}

// remarks are what a person's words are called when the story quotes them as theirs.
var remarks = set("comment", "comments", "remark", "remarks", "words", "call", "calls", "suggestion", "description",
	"promise", "pledge", "vow", "insistence", "assertion", "warning", "characterization", "characterisation", "claim")

// claimOwner returns whose claim a quote is when it stands in the clause after "his claim
// that" or "Steele's assertion that" (`his on-camera claim that Afghanistan is a "war of
// Obama's choosing"`, `Mr Brown's insistence he was not "gloating"`), with no other cue
// between; else "".
func claimOwner(toks []token, people *people, at int) string {
	for k := len(toks) - 2; k > 0 && k >= len(toks)-25; k-- {
		t := toks[k]
		if s := t.s; s == "." || s == ";" || s == ":" || cueAt(toks, k) {
			return ""
		}
		if next := toks[k+1].lower(); !remarks.Has(t.lower()) || next != "that" && !(subjectPronoun(next) && k+2 < len(toks) && toks[k+2].word()) {
			continue // "that" may be left out before a pronoun: "Mr Brown's insistence he was not"
		}
		return possessorOf(toks, k, people, at) // "his on-camera claim"
	}
	return ""
}

// remarkLinks join a remark to the words it says: "call for", "a pledge to", "a warning that".
var remarkLinks = set("for", "to", "about", "that")

// beVerbs make a clause of the words before a quote: `Steele's comments were "..."`.
var beVerbs = set("is", "are", "was", "were", "be", "been", "being", "am")

// thingNoun reports whether a phrase ends in a noun in lower case that names no one: "the TV
// series", "the new album" (not "the spokesman", "the family", "the company").
func thingNoun(sp string) bool {
	ws := fields(sp)
	last := ws[len(ws)-1]
	lw := strings.ToLower(last)
	return len(ws) > 1 && !capital(last) && !firms.Has(lw) && !voices.Has(lw) && !collectives.Has(lw) && !pluralRole(lw) &&
		!personNoun(lw) && !peopleNouns.Has(lw) && !agentNoun(lw)
}

// namedBodyOrPerson reports whether sp names a person or a body in capitals ("the Log Cabin
// Republicans"), not a thing described in lower case ("a letter").
func namedBodyOrPerson(sp string, people *people) bool {
	if people.isPerson(sp) {
		return true
	}
	for w := range strings.FieldsSeq(sp) {
		if capital(w) && !determiner.HasLower(w) {
			return true
		}
	}
	return false
}

// scriptLabel returns the name that labels a line of dialogue before its colon, as a script or
// a transcript prints it ("Lillian", "Lady Violet", "Lady Violet (to Cora)"): one to three
// capitalised words that stand alone after a sentence's end, a dash or a list number, the
// first of them a given name or a title, or a word that labels more lines of the story s. Else
// nil.
func scriptLabel(s string, toks []token) []token {
	e := len(toks)
	if e > 0 && toks[e-1].s == ")" { // "(to Cora)": whom the line is said to
		for e--; e > 0 && toks[e].s != "("; e-- {
		}
	}
	b := e
	for b > 0 && e-b < 4 && toks[b-1].word() && toks[b-1].capitalised() {
		b--
	}
	if b == e || e-b > 3 || b > 0 && !isDash(toks[b-1].s) && toks[b-1].s != "." && toks[b-1].s != "-" {
		return nil
	}
	if first := toks[b].s; !isGivenName(first) && !courtesyTitle(strings.ToLower(first)) && !givenNameTitles.HasLower(first) &&
		(e-b > 1 || strings.Count(s, first+`: "`)+strings.Count(s, first+": \u201c") < 2) {
		return nil // but "Titus" labels more than one line
	}
	return toks[b:e]
}

// ownClause reports whether toks hold a clause with a pronoun for its subject ("it is not
// winning the war"): words a cue after them reports, not the cue's subject.
func ownClause(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		lw := toks[k].lower()
		if lw == "it's" || lw == "it’s" {
			return true // "it's not winning"
		}
		if (lw == "it" || subjectPronoun(lw)) && toks[k+1].word() && !toks[k+1].capitalised() {
			return true
		}
	}
	return false
}
