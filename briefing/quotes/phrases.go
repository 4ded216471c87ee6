// Noun phrases: who a frame names (a name, a role, a body, a description, a pronoun) and
// whom that stands for.

package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/text"
)

// adverb reports whether t stands between a subject and its verb without being part of the
// subject: a word of skippable, or a lower-case word in -ly ("Trump swiftly said", "Conti
// immediately adds") that is no noun ("the family said", "a close ally").
func adverb(t token) bool {
	lw := t.lower()
	return !t.capitalised() && (skippable.Has(lw) || strings.HasSuffix(lw, "ly") && !lyNouns.Has(lw))
}

// nounPhraseBefore reads the subject that ends the token list: "Zelensky", "he", "the Kremlin
// spokesman", "Ukraine's communications watchdog", "Christine Lambrecht, arriving at the talks,".
func nounPhraseBefore(toks []token, people *people, at int) string {
	end := len(toks)
	for end > 0 && (adverb(toks[end-1]) || isMarkToken(toks[end-1].s)) {
		end-- // `Township," told`: a stray mark
	}
	if end > 1 && toks[end-2].s == "," && partyTag(strings.TrimSuffix(toks[end-1].s, ".")) {
		end -= 2 // `Sen. Cory Gardner, R-Colo.` after an appositive that follows it
	}
	// "Mark Serwotka, the leader of the Public and Commercial Services Union said": an
	// appositive whose closing comma the writer left out; the name before it speaks.
	if sp := openAppositive(toks[:end], people, at); sp != "" {
		return sp
	}
	// Skip one appositive or participial clause set off by commas.
	if end > 0 && toks[end-1].s == "," {
		j := end - 2
		for j >= 0 && toks[j].s != "," {
			j-- // past marks too: `Bill Eastland, wearing "Ted Cruz" pins, said`
		}
		// A place and its state: `Bishop Daniel Jenky, of Peoria, Ill., said` is one appositive,
		// and so is a role there: `Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said`.
		if j >= 2 && (j+2 == end-1 || j+3 == end-1 && toks[j+2].s == ".") && toks[j+1].capitalised() && toks[j-1].capitalised() {
			k := j - 1
			for k >= 0 && toks[k].s != "," {
				k--
			}
			placed := func(t token) bool { lw := t.lower(); return lw == "of" || lw == "from" || lw == "in" }
			if k >= 0 && k+1 < j && (placed(toks[k+1]) || // "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said"
				k+2 < j && roles.Has(toks[k+1].lower()) && (placed(toks[k+2]) || toks[k+2].lower() == "for")) {
				j = k
			}
		}
		// A relative clause with commas of its own: `The actor, whose films include Schindler's
		// List, Michael Collins and Star Wars, said`.
		for k := j - 1; k > 0 && k >= j-25; k-- {
			if s := toks[k].s; s == "." || s == ";" || s == ":" {
				break
			}
			if lw := toks[k].lower(); (lw == "who" || lw == "whose" || lw == "which") && toks[k-1].s == "," {
				j = k - 1
				break
			}
		}
		if j >= 0 && toks[j].s == "," {
			// "the nation's home minister, Rajnath Singh, said": a name set off by commas after
			// a description is the speaker.
			inner := resolvePhrase(toks[j+1:end-1], people, at)
			if inner != "" && people.isPerson(inner) && isNameRun(toks[j+1:end-1]) {
				return inner
			}
			if j+2 < end-1 && toks[j+1].lower() == "by" && j > 0 && documents.Has(toks[j-1].lower()) {
				// "the report, by White House Counsel Robert Bauer, concluded": its author.
				if by := resolvePhrase(toks[j+2:end-1], people, at); by != "" && by != someone {
					return by
				}
			}
			if sp := nounPhraseBefore(toks[:j], people, at); sp != "" {
				return sp
			}
			// "Smith, a spokesman,": the phrase inside may be all there is, when it is a noun
			// phrase (not `, who has 14,000 followers on Twitter,`).
			first := toks[j+1]
			if clauseJoiners.Has(first.lower()) && j+2 < end-1 {
				first = toks[j+2] // `, and Sen. John McCain (R-Ariz.), said`
			}
			if !determiner.Has(first.lower()) && !first.capitalised() {
				return ""
			}
			return inner
		}
		return ""
	}
	start := end
	lower := 0
	for start > 0 {
		t := toks[start-1]
		lw := t.lower()
		if !t.word() {
			break
		}
		if subjectPronoun(lw) {
			if start == end {
				start--
			}
			break
		}
		if !t.capitalised() {
			if (lw == "and" || lw == "&" || lw == "for") && start < end && bodyJoin(tokenTexts(toks[:end]), start-1) {
				start-- // "the Department of Trade and Industry", "the Institute for Health and Care"
				continue
			}
			if (affiliation.Has(lw) || lw == "for" || lw == "in") && start < end && start >= 2 &&
				(toks[start-2].capitalised() && lw != "in" || personNoun(toks[start-2].lower()) ||
					lw == "in" && toks[start-2].word() && !toks[start-2].capitalised() && !stopword(toks[start-2].lower())) {
				start-- // "Kevin Pho of KevinMD.com", "David Noone from Intervoice", "the MP for Leeds", "a rescuer in Lindholm"
				continue
			}
			if (lw == "his" || lw == "her") && start < end && documents.Has(toks[end-1].lower()) {
				start-- // "her statement said"
				break
			}
			// An unnamed voice keeps its article: "a spokesman", "a spokeswoman for St Mary Hospital".
			if stopword(lw) && lw != "the" && !epithets.Has(lw) && !((lw == "a" || lw == "an") && (voices.Has(toks[end-1].lower()) || start < end && voices.Has(toks[start].lower()))) {
				break
			}
			lower++
			if lower > 4 {
				break
			}
		}
		start--
		if lw == "the" && start >= 2 && start < end-1 && toks[start+1].capitalised() && toks[start-2].capitalised() &&
			(toks[start-1].lower() == "of" || toks[start-1].lower() == "for" && orgWords.Has(toks[start-2].lower())) {
			continue // "A Top of the Pops spokesperson", "The Institute for the Study of War": "the" inside a name
		}
		if lw == "the" || lw == "a" || lw == "an" {
			break
		}
	}
	if start == end {
		return ""
	}
	if start >= 2 && (toks[start-1].lower() == "in" || toks[start-1].lower() == "from") && placeOnly(toks[start:end]) {
		// "Neil Macdonald from Widnes in the United Kingdom wrote": where the speaker is from,
		// said after them.
		return nounPhraseBefore(toks[:start-1], people, at)
	}
	if sp := jointSpeakers(toks, start, end, people, at); sp != "" {
		return sp // "Nancy Pelosi and Chuck Schumer said in a joint statement"
	}
	if start >= 2 && toks[start].lower() == "the" && partitives.Has(toks[start-2].lower()) &&
		(toks[start-1].lower() == "in" || toks[start-1].lower() == "of" || toks[start-1].lower() == "among") {
		// "no-one in the committee felt", "none of the players said": some of them, whom the
		// story does not name; not the body.
		return ""
	}
	if start >= 2 && (placedBy.Has(toks[start-1].lower()) || toks[start-1].lower() == "for") && documents.Has(toks[start-2].lower()) {
		// "United's statement to the stock exchange said", "the FAA guidance for AMEs states":
		// the document's owner, not where it went or whom it is for; where it stands when that
		// names whose it is ("a statement on her website said").
		if sp := nounPhraseBefore(toks[:start-1], people, at); sp != "" {
			return sp
		}
	}
	if start >= 3 && toks[start-1].lower() == "to" && strings.HasSuffix(toks[start-2].lower(), "ed") && documents.Has(toks[start-3].lower()) {
		// "the letter addressed to Chairman Darrell Issa reads": its author, not whom it went to.
		if sp := nounPhraseBefore(toks[:start-2], people, at); sp != "" {
			return sp
		}
		return someone
	}
	if k := start - 2; k >= 0 && toks[start].lower() == "the" && (toks[k+1].lower() == "in" || affiliation.Has(toks[k+1].lower())) &&
		toks[k].word() && toks[k].capitalised() {
		// "Maggie Haberman in the New York Times explains": the person, not the paper.
		for k > 0 && toks[k-1].word() && toks[k-1].capitalised() {
			k--
		}
		if sp := resolvePhrase(toks[k:start-1], people, at); sp != "" && people.isPerson(sp) {
			return sp
		}
	}
	if start >= 2 && (toks[start-1].lower() == "of" || toks[start-1].lower() == "from") {
		if k := unnamedBefore(toks, start-1); k >= 0 {
			// "A former classmate of Bilardi's from Melbourne's Craigieburn Secondary College
			// described": someone the story does not name, not whom they are related to.
			return describedAs(toks, k, start-1)
		}
	}
	return resolvePhrase(toks[start:end], people, at)
}

// jointSpeakers returns "A and B" when toks[start:end], the subject before a cue, is a person
// named after "and" and another person's name stands right before it: two people who spoke
// together, as annotators name them. Not the last two of a list ("A, B and C"), nor a given
// name sharing the surname after it ("Hillary and Bill Clinton").
func jointSpeakers(toks []token, start, end int, people *people, at int) string {
	if start < 2 || start >= end || toks[start-1].lower() != "and" || !toks[start-2].capitalised() {
		return ""
	}
	b, e := nameRunStart(toks, start-1, 0), start-1
	if b >= 2 && b < e && toks[b-1].lower() == "of" && toks[b-2].capitalised() {
		b, e = nameRunStart(toks, b-1, 0), b-1 // "Nancy Pelosi of California and Senator Chuck Schumer"
	}
	if b == e || b > 0 && (toks[b-1].s == "," || toks[b-1].word() && toks[b-1].capitalised()) || e-b < 2 {
		return ""
	}
	second := resolvePhrase(toks[start:end], people, at)
	first := resolvePhrase(toks[b:e], people, at)
	given := func(name string) bool {
		w := fields(name)
		if len(w) < 2 {
			return false // one word, or no one: "the country's legal authorities"
		}
		g, _, _ := strings.Cut(w[0], "-") // "Edward-Isaac Dovere"
		return personName(w) && isGivenName(g)
	}
	if first == second || !given(first) || !given(second) {
		return "" // two people's full names: not "Only Fools and Horses star David Jason"
	}
	return first + " and " + second
}

// partitives name some of a group: "none of the players", "many in the party".
var partitives = set("no-one", "noone", "nobody", "none", "some", "many", "most", "all", "both", "several",
	"few", "one", "any", "anyone", "everyone", "each", "neither", "either", "half", "others")

// tokenTexts returns the tokens' texts, index for index.
func tokenTexts(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.s
	}
	return out
}

// bodyJoin reports whether words[i], "and", "&" or "for", joins two parts of a body's name: "for"
// after a body's word ("the Department for Transport", "the Institute for Fiscal Studies", and
// "for the" with its "the": "the Institute for the Study of War"), "and" after capitalised
// words that follow such a word and "of" or "for" ("the Department of Trade and Industry");
// not a person's name ("Smith and Jones", "the MP for Leeds").
func bodyJoin(words []string, i int) bool {
	body := func(w string) bool { return capital(w) && orgWords.HasLower(w) }
	if i >= 1 && i+2 < len(words) && words[i] == "for" && words[i+1] == "the" && capital(words[i+2]) {
		return body(words[i-1]) // "the Institute for the Study of War"
	}
	if i < 1 || i+1 >= len(words) || !capital(words[i+1]) {
		return false
	}
	switch strings.ToLower(words[i]) {
	case "the":
		return i >= 2 && words[i-1] == "for" && body(words[i-2]) // its "the"
	case "for":
		return body(words[i-1]) || campaignFor(words, i)
	case "and", "&":
		k := i - 1
		for k >= 0 && k >= i-3 && capital(words[k]) {
			k--
		}
		// "the Department of Trade and Industry"; "the MP for Sittingbourne and Sheppey"
		if k < i-1 && k >= 1 && (words[k] == "of" || words[k] == "for") && (body(words[k-1]) || personNoun(strings.ToLower(words[k-1]))) {
			return true
		}
		// "the Qualifications and Curriculum Authority": a body's name whose last word says so
		e := i + 1
		for e < len(words) && capital(words[e]) {
			e++
		}
		return k < i-1 && e-i >= 3 && body(words[e-1]) && !isGivenName(words[i-1])
	}
	return false
}

// campaignFor reports whether words[i], "for", joins a campaign's name: one or two capitalised
// words that are no person's ("Democracy for America", "Americans for Prosperity"), then a
// capitalised word that is no article.
func campaignFor(words []string, i int) bool {
	k := i - 1
	for k > 0 && k > i-2 && capital(words[k-1]) {
		k--
	}
	if k > 0 && capital(words[k-1]) || isGivenName(words[k]) || courtesyTitle(words[k]) {
		return false
	}
	for _, w := range words[k:i] {
		if lw := strings.ToLower(w); !capital(w) || roles.Has(lw) || lesserRoles.Has(lw) || stopword(lw) {
			return false // "the Minister for Europe", "The MP for Leeds"
		}
	}
	return !determiner.HasLower(words[i+1])
}

// rolesJoined reports whether the "and" at toks[j] joins two roles of one person: "Nortel
// president and chief executive Bill Owens".
func rolesJoined(toks []token, j int) bool {
	if toks[j].s != "and" || j == 0 || j+1 >= len(toks) || !personNoun(toks[j-1].lower()) {
		return false
	}
	next := toks[j+1].lower()
	return roles.Has(next) || lesserRoles.Has(next) || modifierRoles.Has(next)
}

// ownerJoined reports whether the "and" or "&" at toks[j] joins the words of a firm's name
// that owns the name after it: "Ernst and Young's Sanjay Mehta" (not "Smith and Jones").
func ownerJoined(toks []token, j int) bool {
	if s := toks[j].s; s != "and" && s != "&" {
		return false
	}
	k := j + 1
	for k < len(toks) && k <= j+3 && toks[k].word() && toks[k].capitalised() {
		if isPossessive(toks[k].s) {
			return true
		}
		k++
	}
	return false
}

// dateWord reports whether words open with a day or month: a whole name ("Thursday", "June")
// or an abbreviation before a number ("Jan 5"), not a name that is spelt like one ("Ai Jun").
func dateWord(words []string) bool {
	w := strings.ToLower(strings.TrimSuffix(words[0], "."))
	return calendar.Has(w) && (len(w) > 4 || len(words) > 1 && unicode.IsDigit(rune(words[1][0])))
}

// roleOfAt reports whether toks[i:] opens with a role of a body: a role word, after at most two
// words in lower case that qualify it ("executive director", "deputy chief"), then "of" or "at".
func roleOfAt(toks []token, i int) bool {
	for k := i; k < len(toks)-1 && k <= i+2; k++ {
		if lw := toks[k].lower(); (roles.Has(lw) || lesserRoles.Has(lw)) && (toks[k+1].lower() == "of" || toks[k+1].lower() == "at") {
			return true
		}
		if !toks[k].word() || toks[k].capitalised() || stopword(toks[k].lower()) {
			return false
		}
	}
	return false
}

// openAppositive returns the person named before ", the <description>", ", <role> of <body>" or
// ", <body's name>" that runs up to the end of toks with no comma closing it ("Adam Hume, the BBC
// Broadcast's futurologist told"), or "".
func openAppositive(toks []token, people *people, at int) string {
	for c := len(toks) - 3; c > 0 && c >= len(toks)-20; c-- {
		switch toks[c].s {
		case ",":
		case ".", ";", ":", "\"", "“", "”":
			return ""
		default:
			continue
		}
		// ", the <description>", or a role of a body: ", president of the Children's Defense Fund",
		// ", executive director of National Nurses United".
		roleOf := roleOfAt(toks, c+1)
		// or a body's name right before the verb: "Colin Asplin, Blackpool Hotel Association said".
		bodyName := c+2 < len(toks) && orgWords.Has(toks[len(toks)-1].lower()) && !slices.ContainsFunc(toks[c+1:], func(t token) bool { return !t.word() || !t.capitalised() })
		// or where they are from: "Dr Erel Avineri, of the Centre for Transport ... in Bristol said".
		from := c+2 < len(toks) && (toks[c+1].lower() == "of" || toks[c+1].lower() == "from") && (toks[c+2].lower() == "the" || toks[c+2].capitalised())
		if !determiner.Has(toks[c+1].lower()) && !roleOf && !bodyName && !from || !toks[c-1].capitalised() {
			return ""
		}
		for _, t := range toks[c+2:] {
			if !t.word() && !isPossessive(t.s) || cues.Has(t.lower()) {
				return "" // a description runs to the verb: words only
			}
		}
		// The name opens its clause: not `Writing in the Northern Echo, the Bishop said`.
		b := c - 1
		for b > 0 && toks[b-1].word() && (toks[b-1].capitalised() || nameParticles.Has(toks[b-1].lower())) {
			b--
		}
		opens := b == 0 || !toks[b-1].word() ||
			b == 1 && (toks[0].lower() == "but" || toks[0].lower() == "and") // "But Tom Fitton, the president of Judicial Watch"
		if !opens {
			return "" // not `In an interview with hosts Joe Scarborough and Mika Brzezinski, the candidate said`
		}
		for _, t := range toks[b:c] {
			if calendar.Has(t.lower()) {
				return "" // "in Hudson, New Hampshire Monday, the supporter said"
			}
		}
		if sp := nounPhraseBefore(toks[:c], people, at); sp != "" && people.isPerson(sp) {
			return sp
		}
		return ""
	}
	return ""
}

// nounPhraseAfter reads a subject that starts the token list: ", said Jim Smith, a spokesman".
func nounPhraseAfter(toks []token, people *people, at int) string {
	i := 0
	if i < len(toks) && toks[i].lower() == "to" {
		i++
	}
	// "said harbour worker Anna Zed": descriptive words before the name; a longer run when it
	// is roles: "said chairman and chief executive officer Bill Ford".
	roleRun := true
	for k := i; k < len(toks) && k < i+7 && toks[k].word() && !toks[k].capitalised() &&
		(!stopword(toks[k].lower()) || roleRun && toks[k].lower() == "and"); k++ {
		roleRun = roleRun && (roles.Has(toks[k].lower()) || toks[k].lower() == "and")
		if k >= i+3 && !roleRun {
			break
		}
		if k+1 < len(toks) && toks[k+1].word() && toks[k+1].capitalised() {
			i = k + 1
			break
		}
	}
	if i < len(toks) && toks[i].word() && !toks[i].capitalised() && !stopword(toks[i].lower()) {
		// "according to media and PR strategist Glen Yearwood": a description with "and" or an
		// acronym in it, up to a role and the name after it.
		for k := i + 1; k < len(toks)-1 && k < i+7 && toks[k].word() && (!toks[k].capitalised() || allCaps(toks[k].s)); k++ {
			if personNoun(toks[k].lower()) && toks[k+1].word() && toks[k+1].capitalised() && !allCaps(toks[k+1].s) {
				i = k + 1
				break
			}
		}
	}
	if k := describedName(toks, i); k > i {
		i = k // "said Tory shadow local government secretary Caroline Spelman"
	}
	if i+1 < len(toks) && (toks[i].lower() == "his" || toks[i].lower() == "her") && documents.Has(toks[i+1].lower()) {
		return resolvePhrase(toks[i:i+2], people, at) // "said her statement"
	}
	if i >= len(toks) || !toks[i].word() || !toks[i].capitalised() && !determiner.Has(toks[i].lower()) &&
		!personalPronouns.Has(toks[i].lower()) && !roles.Has(toks[i].lower()) {
		return ""
	}
	j := i
	for j < len(toks) && (toks[j].word() || toks[j].s == "&") && (toks[j].capitalised() || j == i || nameParticles.Has(toks[j].lower()) || personNoun(toks[j].lower()) ||
		j > i && ownerJoined(toks, j) || j > i && rolesJoined(toks, j) || j > i && toks[j].s == "for" && campaignFor(tokenTexts(toks[i:]), j-i) ||
		j > i && voiceFor(toks, j) || j > i+1 && toks[j].s == "the" && voiceFor(toks, j-1) ||
		j > i && toks[j].s == "of" && toks[j-1].capitalised() && orgWords.Has(toks[j-1].lower()) && j+1 < len(toks) && toks[j+1].capitalised() || // "the Department of Health"
		j > i && toks[j].s == "and" && bodyJoin(tokenTexts(toks), j) || // "the National Oceanic and Atmospheric Administration"
		descriptorBeforeName(toks, j) || descriptorBeforeRole(toks, j) || joinsOffice(toks, j) ||
		determiner.Has(toks[i].lower()) && (pluralRole(toks[j].lower()) || collectives.Has(toks[j].lower())) ||
		j == i+1 && determiner.Has(toks[i].lower()) && documents.Has(toks[j].lower())) && (j == i || !calendar.Has(toks[j].lower())) &&
		(j == i || toks[j].s != "The" && toks[j].s != "A" && toks[j].s != "An") { // "analyst Vadim Mitroshin The dispute": a stop left out
		j++
		if j-i > 8 {
			break
		}
	}
	if j == i {
		return ""
	}
	if sp := ownerOfShow(toks[i:], j-i, people, at); sp != "" {
		return sp
	}
	if j == i+1 && i+1 < len(toks) && determiner.Has(toks[i].lower()) && studies.Has(toks[i+1].lower()) {
		// `according to a World Bank report. ... "..." said the report`: its author, if the
		// story named one.
		if sp := people.authorOf(toks[i+1].lower(), at); sp != "" {
			return sp
		}
	}
	if r := j + 1; j < len(toks) && (toks[j].s == "'" || toks[j].s == "’") && toks[j].start == toks[j-1].end && strings.HasSuffix(toks[j-1].s, "s") &&
		r < len(toks) && toks[r].word() && toks[r].capitalised() {
		// "said Sky Networks' Sophie Turner Laing": the one the owner's name comes before.
		if sp := nounPhraseAfter(toks[r:], people, at); sp != "" {
			return sp
		}
	}
	if isPossessive(toks[j-1].s) {
		if j == len(toks) || documents.Has(toks[j].lower()) {
			// "says Waring's website", "according to E. J. Fleming's "...": the owner's words.
			return resolvePhrase(possessor(toks[i:j]), people, at)
		}
		if j+2 < len(toks) && toks[j].word() && !toks[j].capitalised() && !stopword(toks[j].lower()) && toks[j+1].s == "," {
			// "exhorted Clinton's introducer, actress Jamie Lee Curtis": the one named after
			// the owner's role.
			if sp := nounPhraseAfter(toks[j+2:], people, at); sp != "" && people.isPerson(sp) {
				return sp
			}
		}
		return "" // "and said Holder's visit had": the name is the visit's, no subject
	}
	if personNoun(toks[j-1].lower()) && j < len(toks) && toks[j].s == "," {
		// "said EEF chief economist, Steve Radley": the role, then the name it is given.
		if sp := appositiveName(toks[j:], people, at); sp != "" {
			return sp
		}
	}
	if determiner.Has(toks[i].lower()) && j > i+1 && j < len(toks) && toks[j].word() && !toks[j].capitalised() &&
		!stopword(toks[j].lower()) && (j+1 == len(toks) || !toks[j+1].word()) {
		j++ // "said the Democratic staffer, noting": the noun the capitalised words modify
	}
	return resolvePhrase(toks[i:j], people, at)
}

// voiceFor reports whether toks[j], "for", joins an unnamed voice to the body it speaks for:
// "said a spokesman for Ofcom", "a spokeswoman for the Department of Health".
func voiceFor(toks []token, j int) bool {
	if toks[j].s != "for" || j+1 >= len(toks) || !unnamedVoices.Has(toks[j-1].lower()) {
		return false
	}
	next := toks[j+1]
	if next.lower() == "the" && j+2 < len(toks) {
		next = toks[j+2]
	}
	return next.word() && next.capitalised()
}

// joinsOffice reports whether toks[j] ("and", "of") joins the capitalised words of an office
// that a role word ends: "former Housing and Urban Development Secretary Julián Castro".
func joinsOffice(toks []token, j int) bool {
	if lw := toks[j].lower(); j == 0 || lw != "and" && lw != "of" || !toks[j-1].capitalised() {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+5 && toks[k].word() && toks[k].capitalised(); k++ {
		if roles.Has(toks[k].lower()) {
			return true
		}
	}
	return false
}

// appositiveName finds a person's name set off by commas in toks: "to the attorney, Daniel Watkins,".
func appositiveName(toks []token, people *people, at int) string {
	for i := 0; i < len(toks); i++ {
		if toks[i].s != "," {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].word() && (toks[j].capitalised() || nameParticles.Has(toks[j].lower())) {
			j++
		}
		if j > i+1 && (j == len(toks) || toks[j].s == "," || toks[j].s == "." || toks[j].s == ";") {
			if sp := resolvePhrase(toks[i+1:j], people, at); sp != "" && people.isPerson(sp) {
				return sp
			}
		}
	}
	return ""
}

// clauseOf returns toks up to the end of their sentence.
func clauseOf(toks []token) []token {
	for k, t := range toks {
		if t.s == "." || t.s == "?" || t.s == "!" || t.s == ";" {
			return toks[:k+1]
		}
	}
	return toks
}

// isNameRun reports whether toks are only a name: capitalised words, initials and particles.
func isNameRun(toks []token) bool {
	for _, t := range toks {
		if !t.word() || !t.capitalised() && !nameParticles.Has(t.lower()) {
			return false
		}
	}
	return len(toks) > 0
}

// descriptorBeforeName reports whether toks[j] is a lower-case word of a description that a
// capitalised name follows within two words: "Republican party boss Reince Priebus".
func descriptorBeforeName(toks []token, j int) bool {
	if stopword(toks[j].lower()) || toks[j].capitalised() {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+2; k++ {
		if !toks[k].word() {
			return false
		}
		if toks[k].capitalised() {
			return true
		}
	}
	return false
}

// descriptorBeforeRole reports whether toks[j] is a lower-case word that describes the person
// noun after it: "the veteran goalkeeper", "the soft-spoken engineer".
func descriptorBeforeRole(toks []token, j int) bool {
	if stopword(toks[j].lower()) || toks[j].capitalised() {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+2 && toks[k].word() && !toks[k].capitalised(); k++ {
		if personNoun(toks[k].lower()) {
			return true
		}
	}
	return false
}

// sentenceSubject returns the first person or body named in the clause, for participle cues.
func sentenceSubject(toks []token, people *people, at int) string {
	if pronounSubject(toks) {
		// "But he has met with Ben Stiller": the sentence is about "he", not Stiller.
		k := 0
		if toks[0].s == "But" || toks[0].s == "And" {
			k = 1
		}
		return resolvePhrase(toks[k:k+1], people, at)
	}
	start := 0
	for { // past every opening phrase: "In June 2009, after Clinton fell ill, Axelrod ..."
		end, _ := openingPhrase(toks[start:])
		if end == 0 {
			break
		}
		start += end
	}
	if k := start; k < len(toks) {
		if w := toks[k].lower(); (w == "but" || w == "and") && k+1 < len(toks) {
			k++
		}
		if indefinite.Has(toks[k].lower()) || pluralSubject(toks[k:]) || unnamedOne(toks[k:]) {
			// "Others, reacting to the Van Dyke shooting, shouted", "Church ministers are trying
			// to prevent rapper Nelly ..., saying", "One Facebook user ... posted": people it
			// does not name
			return ""
		}
	}
	for _, from := range []int{start, 0} {
		for i := from; i < len(toks); i++ {
			if !toks[i].word() || !toks[i].capitalised() && !personalPronouns.Has(toks[i].lower()) {
				continue
			}
			j := i
			for j < len(toks) && toks[j].word() && (toks[j].capitalised() || nameParticles.Has(toks[j].lower()) || roles.Has(toks[j].lower()) && !looseModifier(toks, j) || personalPronouns.Has(toks[j].lower()) && j == i) {
				j++
				if personalPronouns.Has(toks[j-1].lower()) {
					break
				}
			}
			verbNext := j < len(toks) && (subjectVerbs.Has(toks[j].lower()) || cues.Has(toks[j].lower()) ||
				i == from && j > i && !toks[j].capitalised() && strings.HasSuffix(toks[j].s, "ed"))
			if j-i == 1 && !personalPronouns.Has(toks[i].lower()) && !people.knownWord(toks[i].s) && !verbNext {
				i = j // a lone capitalised word far from a cue: "Wait,", "Dec."
				continue
			}
			if j < len(toks) && toks[i].lower() == "the" && toks[j].word() && !toks[j].capitalised() && orgWords.Has(toks[j].lower()) &&
				(j+1 == len(toks) || !roles.Has(toks[j+1].lower()) && !voices.Has(toks[j+1].lower())) {
				j++ // "The Obama administration tried ..., arguing": the body, not the man
			}
			if j < len(toks) && toks[j].word() && !toks[j].capitalised() && strings.HasSuffix(toks[j].lower(), "s") &&
				(voices.Has(strings.TrimSuffix(toks[j].lower(), "s")) || roles.Has(strings.TrimSuffix(toks[j].lower(), "s"))) {
				j++ // "Senior White House officials warned": people the story does not name, not the body
			}
			if sp := resolvePhrase(toks[i:j], people, at); sp != "" {
				// "Another candidate, Doug Ducey, the state treasurer, said": the name set off
				// after a description.
				if k := nameRunEnd(toks, j+1); !people.isPerson(sp) && j+1 < k && k < len(toks) && toks[j].s == "," && toks[k].s == "," {
					if name := resolvePhrase(toks[j+1:k], people, at); name != "" && people.isPerson(name) {
						return name
					}
				}
				return sp
			}
			i = j - 1 // the loop steps to the word that ended the run: "On Tuesday he"
		}
	}
	return ""
}

// looseModifier reports whether toks[j] is "then" with no role or name after it, the adverb
// and not the "then" of "then-President": "Smith then takes up the story" is Smith, not "Smith
// then".
func looseModifier(toks []token, j int) bool {
	return toks[j].lower() == "then" && (j+1 >= len(toks) || !toks[j+1].capitalised() && !roles.Has(toks[j+1].lower()))
}

// describedName returns where a name starts after a description at toks[i:]: a word or two
// in capitals that name no one (a party, a nation, a body), lower-case words that end in a role,
// then the name ("Tory shadow local government secretary Caroline Spelman", "shadow local
// government secretary Caroline Spelman"); else i.
func describedName(toks []token, i int) int {
	k := i
	for k < len(toks) && k < i+2 && toks[k].word() && toks[k].capitalised() && !isGivenName(toks[k].s) && !isPossessive(toks[k].s) {
		k++
	}
	start := k
	for k < len(toks) && k < start+6 && toks[k].word() && !toks[k].capitalised() && !stopword(toks[k].lower()) {
		k++
	}
	if k == start || k >= len(toks) || !toks[k].word() || !toks[k].capitalised() || !roles.Has(toks[k-1].lower()) || k-start < 2 {
		return i
	}
	return k
}

// ownerOfShow returns the person named after a role when toks, whose first n words are a
// name, go on with "and", another name and that role: "Richard and Judy executive producer
// Amanda Ross" is Amanda Ross, not Richard. Else "".
func ownerOfShow(toks []token, n int, people *people, at int) string {
	if n >= len(toks)-3 || toks[n].s != "and" || !toks[n+1].capitalised() {
		return ""
	}
	k := nameRunEnd(toks, n+1)
	r := k
	for r < len(toks) && toks[r].word() && !toks[r].capitalised() && (roles.Has(toks[r].s) || lesserRoles.Has(toks[r].s)) {
		r++
	}
	e := nameRunEnd(toks, r)
	if r == k || e == r {
		return ""
	}
	if sp := resolvePhrase(toks[r:e], people, at); sp != "" && people.isPerson(sp) {
		return sp
	}
	return ""
}

// unnamedOne reports whether a clause opens with "One" or "Another" and a noun the story
// names no one by ("One Facebook user who lives near Austin posted"); not "One fiction judge,
// Stewart O'Nan," whose name follows.
func unnamedOne(toks []token) bool {
	if len(toks) < 3 || toks[0].lower() != "one" && toks[0].lower() != "another" {
		return false
	}
	for k := 1; k < len(toks) && k <= 4; k++ {
		if !toks[k].word() || toks[k].lower() == "of" {
			return false
		}
		if !toks[k].capitalised() {
			lw := toks[k].lower()
			return k+1 < len(toks) && toks[k+1].s != "," && (personNoun(lw) || peopleNouns.Has(lw) || lw == "voter" || lw == "reader" || lw == "viewer")
		}
	}
	return false
}

// lastClause returns the tokens after the last clause break (a comma, a dash, a semicolon, or
// "and"/"but"): "When Wallace died, President Clinton released the following statement".
func lastClause(toks []token) []token {
	for i := len(toks) - 1; i > 0; i-- {
		switch toks[i].lower() {
		case ",", "—", "–", ";", "and", "but":
			if i+1 < len(toks) {
				return toks[i+1:]
			}
		}
	}
	return toks
}

// isMedia reports whether a source is a news outlet rather than a speaker: a US call sign
// ("KUTV", "WTKR") or a name ending in a media word.
func isMedia(name string) bool {
	ws := fields(name)
	last := strings.ToLower(ws[len(ws)-1])
	if mediaWords.Has(last) {
		return true
	}
	w := ws[len(ws)-1]
	return len(ws) == 1 && len(w) >= 3 && len(w) <= 5 && strings.ToUpper(w) == w && (w[0] == 'K' || w[0] == 'W')
}

func isMarkToken(s string) bool {
	return s == "\"" || s == "”" || s == "“" || s == "‘" || s == "’" || s == "'"
}

func stopword(w string) bool { return text.IsStopword(w) }

// affiliation joins a person to the body they speak for: "Kevin Pho of KevinMD.com".
var affiliation = set("of", "from", "at")

// resolvePhrase turns a subject phrase into a speaker: the person it names (by full name,
// surname or role), the person a pronoun stands for, or the body it names.
func resolvePhrase(toks []token, people *people, at int) string {
	if len(toks) == 0 {
		return ""
	}
	if len(toks) == 1 {
		lw := toks[0].lower()
		if personalPronouns.Has(lw) {
			return people.pronoun(lw, at)
		}
		if lw == "it" {
			if body := people.bodyBefore(at); body != "" {
				return body
			}
			if body := people.bodySpokeBefore(at); body != "" {
				return body
			}
			return people.firmBefore(at, true)
		}
		if lw == "they" {
			if body := people.bodySpokeBefore(at); body != "" {
				return body // the body, or the group, that spoke before
			}
			return people.bodyBefore(at) // "DC Comics said in a statement ... "..." they said"
		}
		if lw == "i" || lw == "we" || lw == "you" {
			return ""
		}
		if pron, ok := contracted(lw); ok {
			return resolvePhrase(tokensOf(pron), people, at) // "I'd tell friends", "she'd said"
		}
	}
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.word() {
			words = append(words, t.s)
		}
	}
	if len(words) > 1 && timePrepositions.HasLower(words[0]) && dateWord(words[1:]) {
		words = words[1:] // "On Tuesday he repeated": the day, then the speaker
	}
	for len(words) > 0 && dateWord(words) {
		words = words[1:] // "on Thursday Mr Blair is saying"; "on June 25, 2012, reported" is no one
		for len(words) > 0 && unicode.IsDigit(rune(words[0][0])) {
			words = words[1:] // the date's day and year, not "50 Cent"
		}
	}
	for len(words) > 1 && (subordinators.HasLower(words[0]) || clauseJoiners.HasLower(words[0]) || openingAdverbs.HasLower(words[0])) {
		// "When I began to speak": the clause's subject, not "When I"; "And America Rising,
		// a conservative committee, called": the body, not "And America" before "Rising";
		// "Later Hale added": Hale.
		words = words[1:]
	}
	if len(words) > 1 && isCueWord(words[0]) && capital(words[1]) {
		words = words[1:] // "Added Gibbs:": the cue opening the sentence, then the speaker
	}
	if len(words) == 1 && len(toks) > 1 && subjectPronoun(strings.ToLower(words[0])) {
		return resolvePhrase(tokensOf(words[0]), people, at) // what was left of "When I"
	}
	if len(words) == 0 || len(words) == 1 && openingWord(words[0]) {
		return "" // "Critics say", "Another tweeted"
	}
	if n := len(words); n >= 2 && n <= 4 && strings.EqualFold(words[0], "the") && namesNoOne(words[1:n-1], "", people) &&
		(demonym(words[n-1]) || n >= 3 && (words[n-1] == "man" || words[n-1] == "woman") && capital(words[n-2]) || // "the Waterford man"
			n == 2 && len(words[1]) > 4 && strings.HasPrefix(words[1], "ex-") && capital(words[1][3:])) { // "the ex-Wallaby"
		// "the Kiwi said", "the Dutchman added", "the 24-year-old Swiss", "the New Zealander",
		// "the ex-Wallaby added": the person the story is about, as for "the singer", unless
		// the story gave them another origin ("The Chilean refused ...").
		who := people.pronoun("", at)
		if who != "" && !people.fitsOrigin(who, toks) {
			return ""
		}
		return who
	}
	// "Dr. Kevin Pho of KevinMD.com", "David Noone from Intervoice": the person before "of",
	// when there is one.
	for i, w := range words {
		if affiliation.Has(w) && i > 0 {
			if full := people.known(words[:i], at); full != "" {
				return full
			}
			if personName(words[:i]) || i == 2 && courtesyTitle(words[0]) && capital(words[1]) {
				return strings.Join(words[:i], " ") // "Lord Nicholls of Birkenhead"
			}
			break
		}
	}
	// "her statement said", "Reyes's statement said": the words of the person it belongs to;
	// "Reyes's husband said": someone the story does not name.
	if n := len(words); n >= 3 && n <= 4 && documents.HasLower(words[n-1]) && isPossessive(words[n-2]) &&
		(hasCapital(words[:n-1]) || n == 3 && strings.EqualFold(words[0], "the") && orgWords.HasLower(trimPossessive(words[1]))) {
		// "the council's ruling said": the council the story named
		// "Mr. Braley's apology noted", "Sen. Ann Holt's statement said": the owner's words.
		owner := strings.Join(append(words[:n-2:n-2], trimPossessive(words[n-2])), " ")
		if sp := resolvePhrase(tokensOf(owner), people, at); sp != "" {
			return sp
		}
	}
	// "Big Brother's spokeswoman said", "Labour's spokesman said": the body the voice speaks
	// for; a person's spokesman ("Blair's spokesman") stays as written, not the person's words.
	if n := len(words); n >= 2 && n <= 5 && unnamedVoices.HasLower(words[n-1]) && isPossessive(words[n-2]) && allCapital(words[:n-1]) {
		owner := strings.Join(append(words[:n-2:n-2], trimPossessive(words[n-2])), " ")
		if ow := fields(owner); !people.knownPerson(ow, at) && !people.isPerson(owner) && titleGender(ow) == 0 && !roles.HasLower(ow[0]) {
			if sp := resolvePhrase(tokensOf(owner), people, at); sp != "" && sp != someone && !people.isPerson(sp) {
				return sp
			}
		}
	}
	// "One Strzok text in particular vowed", "Another Slaughter email": a name's message; its
	// owner's words.
	if d := messageOf(words); d > 0 {
		if sp := resolvePhrase(tokensOf(strings.Join(words[1:d], " ")), people, at); sp != "" && people.isPerson(sp) {
			return sp
		}
		return someone
	}
	if n := len(words); n == 3 && determiner.HasLower(words[0]) && platforms.HasLower(words[1]) && (documents.Has(words[2]) || reports.Has(words[2])) {
		return someone // "the Instagram caption": whoever posted it, not Instagram, nor the caption
	}
	if n := len(words); n >= 2 && n <= 4 && (strings.EqualFold(words[0], "a") || strings.EqualFold(words[0], "an")) && documents.Has(words[n-1]) &&
		!slices.ContainsFunc(words[1:n-1], func(w string) bool { return !epithets.Has(w) && !adjectival(w) && !docQualifiers.Has(w) }) {
		return "" // "A document on the campaign's website states", "A report said": whose, the words around may say (not "an agency statement")
	}
	if owner := ownerOfDocument(words); len(owner) > 0 {
		// "the Justice Department report", "a recent New York Times article", "the ISIS
		// message": the body whose document it is.
		if len(owner) == 1 {
			if full := people.known(owner, at); full != "" {
				return full // "the Kok report": Wim Kok's
			}
			return owner[0] // "ISIS", "Navy": the body as the story names it
		}
		if sp := resolvePhrase(tokensOf(strings.Join(owner, " ")), people, at); sp != "" && sp != someone {
			return sp
		}
		return someone
	}
	if len(words) == 2 || len(words) == 3 && !capital(words[1]) {
		owner, noun := words[0], strings.ToLower(words[len(words)-1])
		lo := strings.ToLower(owner)
		switch {
		case documents.Has(noun) && (lo == "his" || lo == "her"):
			return people.pronoun(map[string]string{"his": "he", "her": "she"}[lo], at)
		case documents.Has(noun) && capital(owner) && isPossessive(owner):
			if sp := resolvePhrase(tokensOf(trimPossessive(owner)), people, at); sp != "" {
				return sp
			}
			return someone // "United's statement said": its owner, whom no name here gives
		case personNoun(noun) && capital(owner) && isPossessive(owner) && !voices.Has(noun):
			return ""
		case documents.Has(noun) && lo == "the":
			// `Trump said in a statement. "..." the statement continued`: its author.
			return people.authorOf(noun, at)
		}
	}
	// "A spokesman for Tony Blair said": the spokesman, whom the story does not name, speaks for
	// the person; the words are not the person's own. For a body the body speaks: "a
	// spokeswoman for the Department of Health", "a spokesman for UKIP" (below).
	for i := 1; i+1 < len(words); i++ {
		if words[i] != "for" || !voices.HasLower(words[i-1]) {
			continue
		}
		owner := words[i+1:]
		if len(owner) > 1 && strings.EqualFold(owner[0], "the") {
			owner = owner[1:]
		}
		if !capital(owner[0]) {
			break
		}
		if people.knownPerson(owner, at) && capital(words[i+1]) {
			return strings.Join(words, " ") // a person, as a given name or a title says
		}
		if name := strings.Join(owner, " "); i == 2 && determiner.HasLower(words[0]) && unnamedVoices.HasLower(words[1]) &&
			capital(owner[len(owner)-1]) && !people.knownPerson(owner, at) && !people.isPerson(name) && !personName(owner) {
			return name
		}
		break
	}
	// "the Labour MP for Birkenhead", "the senator from Ohio": a described person's place
	// or body is no speaker; the description is.
	// cut: the description was cut before its place or body ("of" in "The CEO of Lufthansa"),
	// here or where the frame reader's phrase ended.
	end := toks[len(toks)-1].end
	cut := end > 0 && end < len(people.text) && ofBody(people.text[end:])
	if len(words) >= 3 && (determiner.HasLower(words[0]) || !capital(words[0])) {
		for i := 1; i < len(words)-1; i++ { // "a nurse in Halifax", "rescuer in Lindholm"
			lp := strings.ToLower(words[i-1])
			described := !voices.Has(lp) && (personNoun(lp) || words[i] == "in" && !capital(words[i-1]) && !stopword(lp))
			if (words[i] == "for" || words[i] == "from" || words[i] == "of" || words[i] == "in") && described && capital(words[i+1]) {
				words, cut = words[:i], true
				break
			}
		}
	}
	// The longest capitalised run that ends the phrase is the name, if it is one.
	runEnd := len(words)
	for runEnd > 0 && !capital(words[runEnd-1]) {
		runEnd--
	}
	runStart := runEnd
	for runStart > 0 && (capital(words[runStart-1]) || nameParticles.HasLower(words[runStart-1]) || bodyJoin(words, runStart-1) ||
		words[runStart-1] == "of" && runStart > 1 && capital(words[runStart-2])) { // "British Chambers of Commerce"
		runStart--
	}
	if runEnd == len(words) && runEnd > runStart {
		for i := runStart + 1; i < runEnd-1; i++ {
			if bodyJoin(words, i) && !personName(words[runEnd-min(2, runEnd-i-1):runEnd]) {
				// "the Department of Trade and Industry": a body's whole name, not "Industry"
				// (but "the National Organization for Women President Terry O'Neill" is O'Neill).
				if runStart > 0 && strings.EqualFold(words[runStart-1], "the") {
					runStart--
				}
				return strings.Join(words[runStart:runEnd], " ")
			}
		}
		if n := runEnd - runStart; n > 2 && isGivenName(words[runEnd-2]) && personName(words[runEnd-2:runEnd]) &&
			slices.Contains(words[runStart:runEnd-2], "of") {
			// "the District of Columbia Joseph diGenova": a place's name, then the person's.
			runStart = runEnd - 2
		}
		if runEnd-runStart >= 3 && slices.ContainsFunc(words[runStart+1:runEnd-1], func(w string) bool { return titledPrepositions.Has(w) }) {
			// "Doctors Without Borders", "Mothers Against Drunk Driving": a preposition written
			// with a capital inside the run makes it a body's name, never a person's.
			return strings.Join(words[runStart:runEnd], " ")
		}
		// A name the story gave in full earlier wins over any reading of its words ("Green").
		if full := people.known(words[runStart:runEnd], at); full != "" {
			return full
		}
		name, role := splitName(words[runStart:runEnd])
		if len(name) == 1 && runStart == 0 {
			if full := people.givenOnly(name[0], role); full != "" {
				return full // "Serena said", "Sir John said"
			}
		}
		if full := people.resolve(name, at); full != "" {
			return full
		}
		if len(name) == 1 && (runStart > 0 || len(role) > 0) && !notPersonal.HasLower(name[0]) && !slices.Contains(role, "of") {
			// "goalscorer Arduriz": a surname after a role; the story may spell it otherwise.
			if full := people.near(name[0]); full != "" {
				return full
			}
			lead := role
			if len(lead) > 1 && determiner.HasLower(lead[0]) {
				lead = lead[1:] // "The Democratic National Convention"
			}
			if (orgWords.HasLower(name[0]) || !slices.ContainsFunc(lead, func(w string) bool { return !bodyWord(w) })) &&
				(runStart == 0 || !roles.HasLower(words[runStart-1])) {
				// "America Rising", "Royal Mail", "Democratic National Convention", "Agence
				// France Presse", "the Tea Party Coalition": a body's name, not a surname.
				return strings.Join(words[runStart:runEnd], " ")
			}
			return name[0]
		}
		if len(name) == 0 && len(role) > 0 {
			if full := people.byRole(role[len(role)-1], at); full != "" {
				return full
			}
			if last := strings.ToLower(words[len(words)-1]); runStart <= 1 && strings.EqualFold(words[0], "the") && personNoun(last) && !voices.Has(last) && roleWordsOnly(words[1:]) {
				// "the President said", "The Prime Minister": a role as a title, the person
				// the story is about, as "the president" is (not "the Salford MP" nor "the
				// Scottish Executive": a place's); but "The CEO of Lufthansa" is whoever
				// holds that body's role, whom the story has not named there.
				if cut {
					return someone // "The MP for Sittingbourne and Sheppey", "The Bishop of Durham"
				}
				desc := make([]string, 0, len(words)-1)
				for _, w := range words[1:] {
					desc = append(desc, strings.ToLower(w))
				}
				if !people.unnamed(last, at) {
					return people.describedBy(desc, strings.Join(words, " "), at)
				}
			}
		}
	}
	if body := bodyVoice(words, people, at); body != "" {
		return body
	}
	if runEnd < len(words) {
		// "the Kremlin spokesman": a role word ends the phrase.
		last := strings.ToLower(words[len(words)-1])
		if org, ok := people.orgBefore(last, at); ok && strings.EqualFold(words[0], "the") {
			return org // "the airline said": the airline named earlier
		}
		if (len(words) == 2 || len(words) == 3 && !capital(words[1])) && strings.EqualFold(words[0], "the") && firms.Has(last) {
			// "Next has said its profit will fall. "..." the company said": the body the
			// sentence before reports speaking; "the paper" is the outlet named before, not
			// another body the story has spoken of since.
			if outletKinds.Has(last) && len(words) == 2 {
				if outlet := people.outletBefore(at); outlet != "" {
					return outlet // "according to Vatican paper L'Osservatore Romano. "..." the paper wrote"
				}
			}
			if body := people.bodyBefore(at); body != "" {
				return body
			}
			if firm := people.firmBefore(at, false); firm != "" && (len(words) == 2 || last == "giant" || last == "manufacturer" || strings.HasSuffix(last, "maker")) {
				// "the tech giant", "the aircraft manufacturer"; not "the supporters club": another
				// body than the one named
				return firm
			}
			if !collectives.Has(last) && !personNoun(last) {
				return "" // a business the story named, but not just before: not "the company" as a name
			}
		}
		if personNoun(last) {
			role := last
			if n := len(words); n >= 3 && lesserRoles.HasLower(words[n-2]) {
				role = strings.ToLower(words[n-2]) + " " + last // "the vice president", "the chief justice"
			}
			var mods []string // "the Arsenal boss": the holder must be Arsenal's
			for _, w := range words[min(1, len(words)-1) : len(words)-1] {
				if capital(w) && !roles.HasLower(w) {
					mods = append(mods, w)
				}
			}
			if full := people.byRoleWith(role, mods, at); full != "" {
				return full
			}
			if len(words) == 2 && strings.EqualFold(words[0], "the") && unnamedVoices.Has(last) {
				// "A Bayern spokesman said ... "..." the spokesman said": the body that voice
				// speaks for.
				if body := people.voiceBefore(at); body != "" {
					return body
				}
			}
			if len(words) <= 6 && strings.EqualFold(words[0], "the") && !orgWords.Has(last) &&
				namesNoOne(words[1:len(words)-1], last, people) && !people.unnamed(last, at) {
				// "the singer said", "the top U.S. diplomat", "the Ukrainian president": the
				// person the story is about, as for "he" or "she"; but not "the official" after
				// "a senior western official" the story does not name.
				return people.describedBy(words[1:], strings.Join(words, " "), at)
			}
			if len(words) <= 5 && strings.EqualFold(words[0], "the") && !orgWords.Has(last) && !voices.Has(last) && !people.unnamed(last, at) {
				// "The pop star said" after "Singer George Michael", "the giant winger" after
				// "All Black star Jonah Lomu": a description with a noun of its own ("pop")
				// is the person the story is about when the story gave them that role.
				if who := people.roleHolder(last, at); who != "" {
					return who
				}
			}
			if len(words) > 2 && strings.EqualFold(words[0], "the") && !hasCapital(words[1:]) {
				// "the city manager": someone the story does not name; say it as it does ("a
				// senior official" is someone it says it does not name).
				return strings.Join(words, " ")
			}
		}
	}
	// A body or an unnamed source: keep the words as the story has them.
	if first := strings.ToLower(words[0]); (first == "a" || first == "an") && len(words) > 1 {
		// "A Grapevine Police statement said": the body's name, without the article; "A
		// former member", "A Russian": someone the story does not name ("a New Hampshire
		// Republican" stays as written).
		switch rest := words[1:]; {
		case len(rest) == 1 && (epithets.HasLower(rest[0]) || nationalAdjective(rest[0])):
			return someone // the phrase cut before its noun
		case len(rest) > 1 && allCapital(rest) && orgWords.HasLower(rest[len(rest)-1]) && !personName(rest):
			return strings.Join(rest, " ")
		}
	}
	phrase := strings.Join(words, " ")
	if len(words) > 1 && capital(words[0]) && !hasCapital(words[1:]) && !isPossessive(words[0]) && !possessives.HasLower(words[0]) &&
		(determiner.HasLower(words[0]) || !isGivenName(words[0]) && !people.isPerson(words[0]) && !capitalisedInside(people.text, words[0])) &&
		!someoneWord(words[len(words)-1]) && !slices.Contains(words, "user") { // not "Twitter user itsleah"
		// "The jihadist movement has called", "The law states", "Social media posts indicate":
		// words opening a sentence, so capitalised, that name no one; no other reading of the
		// frame names anyone either.
		return someone
	}
	if !hasCapital(words) {
		if last := strings.ToLower(words[len(words)-1]); len(words) >= 2 && len(words) <= 4 &&
			(collectives.Has(last) || pluralRole(last)) && (determiner.HasLower(words[0]) || possessives.HasLower(words[0])) {
			return phrase // "the family posted", "his parents said", "the senators said": who spoke, as the story says it
		}
		return ""
	}
	if len(words) == 1 && !people.isSpeakerLike(words[0]) {
		return ""
	}
	if len(words) > 1 && (strings.EqualFold(words[0], "a") || strings.EqualFold(words[0], "an")) && allCapital(words[1:]) &&
		(orgWords.HasLower(words[len(words)-1]) || !slices.ContainsFunc(words[1:], func(w string) bool { return strings.ToUpper(w) != w })) {
		// "according to an FBI wanted poster": the FBI; but "a New Hampshire Republican" is
		// someone the story does not name, as written.
		return strings.Join(words[1:], " ")
	}
	return phrase
}

// placeOnly reports whether toks name a place and nothing else: "the United Kingdom",
// "Michigan" (words that never name a person, an article aside).
func placeOnly(toks []token) bool {
	n := 0
	for _, t := range toks {
		lw := t.lower()
		if lw == "the" {
			continue
		}
		if !t.capitalised() || !placeNames.Has(lw) && !placeWords.Has(lw) {
			return false
		}
		n++
	}
	return n > 0
}

// placeWords are the words of countries' names that are in notPersonal for other reasons.
var placeWords = set("united", "states", "kingdom", "north", "south", "east", "west", "new", "republic")

// someoneWord reports whether w, a lower-case word of a phrase, says the phrase is about
// people: "The narrator", "One attendee", "The authorities", "Twitter user itsleah".
func someoneWord(w string) bool {
	lw := strings.ToLower(w)
	return voices.Has(lw) || collectives.Has(lw) || pluralRole(lw) || personNoun(lw) || peopleNouns.Has(lw) || agentNoun(lw) ||
		strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && len(lw) > 3 // "The scholars"
}

// agentNoun reports whether lw reads as a noun for someone who does something: "narrator",
// "cameraman", "staffer", "strategist", "source" (not "aircraft", "movement", "law").
func agentNoun(lw string) bool {
	lw = strings.TrimSuffix(lw, "s")
	for _, suf := range []string{"er", "or", "ist", "man", "woman", "ian", "ic", "ee"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return lw == "source"
}

// knownPerson reports whether run names someone the story knows as a person, by a given name or
// a title that tells a gender: the one a voice "for Tony Blair" or "a Ryan spokesman" speaks for.
func (p *people) knownPerson(run []string, at int) bool {
	sp := p.known(run, at)
	return sp != "" && (gender(sp) != 0 || p.titled[sp] != 0)
}

// bodyVoice returns the body that "an FA spokesperson" or "a club spokesman" speaks for, when
// the phrase names no person: the acronym's full name if the story defined it ("the English
// Football Association (FA)"), the body named earlier for "club", or the words as written.
func bodyVoice(words []string, people *people, at int) string {
	n := len(words)
	first := strings.ToLower(words[0])
	if n < 2 || n > 8 || !voices.HasLower(words[n-1]) || !determiner.Has(first) ||
		first != "a" && first != "an" && people.byRole(words[n-1], at) != "" {
		return "" // "the Kremlin spokesman" named earlier; "an Apple spokesman" is someone else
	}
	body := words[1 : n-1]
	if len(body) == 0 {
		if first == "a" && unnamedVoices.HasLower(words[n-1]) {
			// `Next said its profit would fall. "...," a spokesman said`: the body the sentence
			// before has speaking.
			return people.bodyBefore(at)
		}
		return ""
	}
	if len(body) == 1 {
		if people.knownPerson(body, at) {
			// "a Ryan spokesman": someone who speaks for a person, not the person's own words.
			return strings.Join(words, " ")
		}
		if full, ok := people.acronym[body[0]]; ok {
			return full
		}
		if org, ok := people.orgBefore(strings.ToLower(body[0]), at); ok {
			return org
		}
		if nationalAdjective(body[0]) {
			return someone // "a Chinese official", "an Israeli official": no body, and no name
		}
	}
	for i, w := range body {
		if !capital(w) && (i == 0 || i == len(body)-1 && !(orgWords.Has(w) && capital(body[i-1])) || i < len(body)-1 && w != "the" && !bodyJoiners.Has(w)) {
			// but "a Top of the Pops spokesperson", "a Department for Education and Skills
			// spokeswoman", "an All England club spokesperson"
			return ""
		}
	}
	return strings.Join(body, " ")
}

// namesNoOne reports whether the words before a role only describe the person the story is
// about: epithets ("top", "former"), acronyms and initials ("U.S."), nationalities and places
// ("Ukrainian"), and a club, place or other capitalised word ("the Tottenham striker", "the
// Oscar-nominated actor"), unless the role is a voice ("the Kremlin spokesman" speaks for
// someone else). A lower-case noun makes another role, someone the story may not name: "the
// city manager". It reads the words between "the" and a demonym too, with no role: "the
// 55-year-old Frenchman", "the New Zealander".
func namesNoOne(words []string, role string, people *people) bool {
	for _, w := range words {
		lw := strings.ToLower(w)
		if !capital(w) && !epithets.Has(lw) && !strings.Contains(lw, "-") && !modifierRoles.Has(lw) && !officeWords.Has(lw) && !rankWords.Has(lw) && !adjectival(lw) &&
			!(isPossessive(w) && firms.Has(trimPossessive(lw))) {
			return false // "two-time", "soft-spoken", "prime", "the charity's" describe; "city" in "the city manager" does not
		}
		if capital(w) && strings.ToUpper(w) != w && !notPersonal.Has(lw) && !nationality(lw) &&
			(isGivenName(w) || len(words) < 2 && voices.Has(role)) {
			return false
		}
		if _, ok := text.FoldGet(people.full, w); ok {
			return false
		}
	}
	return true
}

// bodyWord reports whether w, opening a name of two words, makes it a body's or a place's name
// ("America Rising", "Royal Mail", "US Customs"): a place or body word, and no role, title or
// word that opens sentences ("But Cairn", "While Mueller").
func bodyWord(w string) bool {
	lw := strings.ToLower(w)
	return notPersonal.Has(lw) && !roles.Has(lw) && !stopword(lw) && !indefinite.Has(lw) && !quantifiers.Has(lw) && !determiner.Has(lw)
}

// pluralRole reports whether lw names people by a role, in the plural: "senators", "officials".
func pluralRole(lw string) bool {
	return len(lw) > 4 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && roles.Has(strings.TrimSuffix(lw, "s"))
}

// adjectival reports whether a lower-case word reads as an adjective by its ending, one that
// says what kind of person a role's holder is ("presumptive", "presidential", "frustrated"), not
// another role's noun ("city" of "the city manager").
func adjectival(lw string) bool {
	for _, suf := range []string{"ial", "ive", "ous", "ic", "ful", "less", "ent", "ant", "ed"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+3 {
			return true
		}
	}
	return false
}

// placedBy are the prepositions that say where a document went or stands: "a statement to
// the stock exchange", "a post on Facebook".
var placedBy = set("to", "on", "in")

// messageOf returns the index of the message noun in "One Strzok text (in particular)",
// "Another Slaughter email": an article or "one", names, and the noun; else 0.
func messageOf(words []string) int {
	if len(words) < 3 || !messageOpeners.HasLower(words[0]) {
		return 0
	}
	d := 1
	for d < len(words) && capital(words[d]) {
		d++
	}
	if d == 1 || d >= len(words) || !messages.HasLower(words[d]) {
		return 0
	}
	if rest := words[d+1:]; len(rest) > 0 && !(len(rest) == 2 && rest[0] == "in" && rest[1] == "particular") {
		return 0
	}
	return d
}

// messageOpeners open a message named by its sender ("One Strzok text"), and messages are
// the nouns for it.
var (
	messageOpeners = set("one", "another", "a", "an")
	messages       = set("text", "texts", "email", "e-mail", "emails", "message", "messages", "tweet", "tweets", "letter", "memo", "note")
)

// documents are what a person's words are in: "her statement said".
var documents = set("statement", "letter", "tweet", "post",
	"note", "message", "email", "e-mail", "blog", "memo",
	"memoir", "website", "account", "speech", "testimony",
	"apology", "remarks", "comments", "lawsuit", "filing", "brief", "ruling", "resolution",
	"response", "affidavit", "complaint", "caption", "report", "document", "newsletter",
	"study", "survey", "submission", "guidance", "guidelines")

// firms are what a story calls a business it has named: "the company", "the retailer".
var firms = set("company", "firm", "group", "retailer", "bank",
	"airline", "carrier", "chain", "insurer", "lender", "broadcaster",
	"club", "maker", "giant", "operator", "publisher", "network",
	"organisation", "organization", "charity", "agency", "watchdog", "regulator",
	"station", "magazine", "newspaper", "paper", "monopoly", "fraternity", "sorority",
	"manufacturer", "automaker", "carmaker", "planemaker", "drugmaker", "conglomerate",
	"band")

// contracted returns the pronoun of a person's subject pronoun joined to its verb ("I'd",
// "she'll", "we're"): the pronoun is the subject, and no name. Not "it's", which opens "it's
// said that" more often than it stands for a body that spoke.
func contracted(lw string) (string, bool) {
	pron, verb, ok := strings.Cut(lw, "'") // a token's lower case: its apostrophes are straight
	switch verb {
	case "d", "ll", "s", "re", "ve", "m":
		return pron, ok && pron != "it" && (subjectPronoun(pron) || pron == "you")
	}
	return "", false
}

// courtesyTitle reports whether w is a title said before a surname: "Mr", "Dr.", "Lord", "Dame".
func courtesyTitle(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "prof", "rev":
		return true
	}
	return false
}

// possessor is a name run that ends in a possessive, the possessive taken away: "Mr.
// Waring's" -> "Mr. Waring".
func possessor(run []token) []token {
	out := slices.Clone(run)
	out[len(out)-1] = newToken(trimPossessive(out[len(out)-1].s), 0, 0)
	return out
}

func isPossessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// possessedAt returns the index of the token after a name's possessive ending (the name's
// words end before toks[j]): j after "Blair's", j+1 after "Edwards" and its apostrophe; -1
// when the name is no possessive.
func possessedAt(toks []token, j int, words []string) int {
	last := words[len(words)-1]
	switch {
	case isPossessive(last):
		return j
	case j < len(toks) && (toks[j].s == "'" || toks[j].s == "’") && toks[j].start == toks[j-1].end && strings.HasSuffix(last, "s"):
		return j + 1
	}
	return -1
}

func trimPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// ownerOfDocument returns the body named before a document that words end with, with its
// article ("the Navy report", "a recent New York Times article" -> "New York Times"), or nil:
// an article, lower-case words that describe, capitalised words that are no person's, and the
// document.
func ownerOfDocument(words []string) []string {
	n := len(words)
	if n < 3 || !determiner.HasLower(words[0]) {
		return nil
	}
	if noun := words[n-1]; capital(noun) || !documents.Has(noun) && !reports.Has(noun) {
		return nil // not "The Washington Post"
	}
	b := 1
	for b < n-1 && !capital(words[b]) && (epithets.HasLower(words[b]) || adjectival(strings.ToLower(words[b])) || strings.ToLower(words[b]) == "recent") {
		b++
	}
	e := b
	for e < n-1 && capital(words[e]) {
		e++
	}
	if e == b || e != n-1 || personName(words[b:e]) || isGivenName(words[b]) || isPossessive(words[e-1]) || platforms.HasLower(words[e-1]) {
		return nil // "the statement"; "the Instagram caption" is its poster's, not Instagram's
	}
	if strings.EqualFold(words[0], "the") && b == 1 && e-b > 1 {
		return words[:e] // "the Justice Department"
	}
	return words[b:e]
}

// docQualifiers say what kind of document it is, not whose: "an early tweet", "a leaked memo".
var docQualifiers = set("early", "recent", "internal", "leaked", "joint", "written", "brief", "short", "long", "draft", "final")

// platforms carry what others post: "the Instagram caption" is no word of Instagram's.
var platforms = set("instagram", "twitter", "facebook", "youtube", "tiktok", "snapchat", "reddit", "linkedin", "weibo")

// outletKinds are the words a story calls a news outlet by once it has named it: "the paper".
var outletKinds = set("paper", "newspaper", "magazine", "tabloid", "daily", "broadcaster")

// reports are more documents a body puts out, read only after its name: "a recent New York Times
// article", "an FBI wanted poster" (the documents above are read with their owner too).
var reports = set("article", "poster", "analysis", "editorial", "release")

// roleWordsOnly reports whether every word is a role's: "Prime Minister", "Chief Executive";
// not "Salford MP".
func roleWordsOnly(words []string) bool {
	for _, w := range words {
		if lw := strings.ToLower(w); !roles.Has(lw) && !officeWords.Has(lw) && !modifierRoles.Has(lw) {
			return false
		}
	}
	return true
}

// ofBody reports whether rest, the text after a phrase, goes on with "of" and a capitalised
// word: "The CEO" of "The CEO of Lufthansa".
func ofBody(rest string) bool {
	rest, ok := strings.CutPrefix(rest, " of ")
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && unicode.IsUpper(r)
}

// tokensOf makes word tokens of the words of s, for phrases rebuilt from words.
func tokensOf(s string) []token {
	var out []token
	for w := range strings.FieldsSeq(s) {
		out = append(out, newToken(w, 0, 0))
	}
	return out
}

// personNoun reports whether a lower-case word heads a description of a person: a role
// ("the singer"), or an age ("the 34-year-old").
func personNoun(lw string) bool { return roles.Has(lw) || strings.HasSuffix(lw, "-year-old") }

// demonym reports whether w names a person by where they are from: "Kiwi", "Dutchman",
// "Scot", "Texan", "Australian".
func demonym(w string) bool {
	lw := strings.ToLower(w)
	return capital(w) && (demonyms.Has(lw) || strings.HasSuffix(lw, "an") && !strings.HasSuffix(lw, "man") && !roles.Has(lw) && nationality(lw))
}

// demonyms are the names for people of a place that no suffix tells.
var demonyms = set("kiwi", "aussie", "scot", "briton", "spaniard", "swede", "dane", "finn", "pole", "czech", "swiss",
	"frenchman", "frenchwoman", "dutchman", "irishman", "welshman", "englishman", "scotsman", "pom", "brit", "german",
	"argentine", "zealander", "icelander", "filipino", "thai", "greek", "turk", "dutchwoman", "irishwoman", "welshwoman",
	"englishwoman", "scotswoman")

// subjectPronoun reports whether lw is a pronoun that stands as a subject: "he", "she", "I",
// "we", "they", "it".
func subjectPronoun(lw string) bool {
	return personalPronouns.Has(lw) || lw == "they" || lw == "i" || lw == "we" || lw == "it"
}

// openingWord reports whether w, alone, opens or describes a phrase and names no one: "Another",
// "Critics", "Prosecutors", "Clinton's".
func openingWord(w string) bool {
	lw := strings.ToLower(w)
	return quantifiers.Has(lw) || indefinite.Has(lw) || isPossessive(w) || crowds.Has(lw) || pluralRole(lw)
}

// nationalAdjective reports whether w is a nation's adjective by its ending ("Chinese",
// "Egyptian", "British", "Israeli"), or a demonym.
func nationalAdjective(w string) bool {
	lw := strings.ToLower(w)
	return capital(w) && (nationEnding(lw) || strings.HasSuffix(lw, "i") && len(lw) > 3) || demonym(w)
}

// nationEnding reports whether lw ends as a nation's adjective does and a name seldom does
// ("Chinese", "Egyptian", "British"; not "Ghani").
func nationEnding(lw string) bool {
	for _, suf := range []string{"ian", "ese", "ish", "ean"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nationality reports whether w reads as an adjective of nation or place: "Ukrainian",
// "Vietnamese", "Kenyan", "Scottish".
func nationality(w string) bool {
	for _, suf := range []string{"ian", "ese", "ish", "ean", "an", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

func capital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || text.PrefixedSurname(w)
}

// allCapital reports whether every word is in capitals.
func allCapital(words []string) bool {
	for _, w := range words {
		if !capital(w) {
			return false
		}
	}
	return true
}

func hasCapital(words []string) bool {
	for _, w := range words {
		if capital(w) && !notPersonal.HasLower(w) || capital(w) && strings.ToUpper(w) == w {
			return true
		}
	}
	for _, w := range words {
		if capital(w) {
			return true
		}
	}
	return false
}

// crowdSubject reports whether toks end with a clause's subject that is a crowd the story does
// not name: "which critics", "when many commentators", "officials" (not "the interviews with
// chief executives", "his supporters").
func crowdSubject(toks []token) bool {
	n := len(toks)
	if n == 0 || !pluralRole(toks[n-1].lower()) && !crowds.Has(toks[n-1].lower()) {
		return false
	}
	if toks[n-1].capitalised() {
		return n == 1 || n == 2 && leadingConjunctions.Has(toks[0].lower()) // "Prosecutors said", "But critics say"
	}
	k := n - 1
	for k > 0 && k >= n-3 && toks[k-1].word() && !toks[k-1].capitalised() && (!stopword(toks[k-1].lower()) || indefinite.Has(toks[k-1].lower())) {
		k-- // "many commentators", "senior officials"
	}
	return k == 0 || toks[k-1].s == "," || clauseOpeners.Has(toks[k-1].lower())
}

// clauseOpeners open a clause whose subject follows them.
var clauseOpeners = set("which", "that", "when", "while", "as", "and", "but", "where", "because", "after",
	"before", "since", "although", "though", "if")

// crowds are plural nouns for people a story does not name, beyond the plurals of roles.
var crowds = set("critics", "opponents", "supporters", "observers", "residents", "experts", "witnesses",
	"protesters", "fans", "voters", "people", "sources", "insiders", "campaigners", "activists",
	"commentators", "friends", "neighbours", "neighbors", "colleagues", "aides", "allies", "rivals", "locals")

// indefinite are the pronouns that make a sentence's subject people it does not name.
var indefinite = set("others", "several", "some", "many", "most", "none", "few", "all", "both", "everyone",
	"everybody", "someone", "somebody", "anyone", "anybody", "nobody")

// titledPrepositions are prepositions that a name capitalises only inside a body's or a work's
// title ("Doctors Without Borders", "Mothers Against Drunk Driving"); a person's name holds
// none of them, nor a role ("Under Secretary" is one, so "Under" is not here).
var titledPrepositions = set("Without", "Against", "Beyond", "Across", "Within", "Into", "Through", "Among")
