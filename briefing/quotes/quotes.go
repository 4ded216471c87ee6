// Package quotes finds the direct and partial quotes of a news story and names who said each.
//
// It works in three passes over a text.Doc. First it pairs quotation marks paragraph by
// paragraph: straight and curly double marks, or single marks in a story that quotes with them
// as British papers do, and two apostrophes as wire copy writes a double mark. A paragraph that
// opens a quote without closing it carries it into the next paragraph that opens with a mark;
// scare quotes and names ("Day of Unity", so-called "woke") are dropped. Then it collects the
// people the story mentions outside quotes, with their full names, surnames and roles
// ("Kremlin spokesman Dmitry Peskov"), which of them each sentence is about (its subject, not
// a name in an opening aside or after the verb), and the acronyms the story defines. Last it
// reads the frame of each quote, the words of its sentence outside the marks, for a reporting
// cue (said, told, added, according to, ...) and its subject: a name, a surname or role that
// stands for a full name given earlier (the person of that surname just named, else the one
// named most), a pronoun that stands for the person last talked about (or for the unnamed
// spokesman brought in since, as the body he speaks for), "it" for the body the sentence
// before reports speaking, a document for its author, an organisation, or the body a
// spokesperson speaks for. Whom a speaker tells or names ("told BBC News", "called Trump's
// offer") is no speaker. A quote with no frame keeps the speaker of the quote before it when
// it continues it (interrupted quotes, continuation paragraphs, one mark per paragraph of a
// long quotation), or takes the name signed below it ("- Bernie Sanders."). Unknown stays
// "": unknown is better than wrong.
package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/text"
)

// Quote is one quotation in a story.
type Quote struct {
	text.Span        // the quoted words, without the marks, in Doc.Text
	Text      string // the quoted words
	Speaker   string // the speaker's fullest name in the story, or "" when the story does not say
	Para      int    // the paragraph the quote starts in
	Partial   bool   // a fragment inside reported speech rather than a full statement
	// Via names the reading that gave the speaker (for evaluation: which readings go wrong
	// where): "frame" (the quote's own cue, by name), "frame-pronoun" and
	// "frame-description" (a cue whose subject stood for someone), "goes-on" (the speaker of
	// the quote before), "sole" (the one person an interview quotes), and others; "" with no
	// speaker.
	Via string
}

// Find returns the quotes of d in text order, each with its speaker.
func Find(d text.Doc) []Quote { return findQuotes(d, nil, nil) }

// FindYielding is Find that calls yield before each sentence it reads for the people named
// and before each quotation it attributes: points a sentence's or a quotation's work apart,
// where another job may be taken up (see briefing.AnalyzeYielding).
func FindYielding(d text.Doc, yield func()) []Quote { return findQuotes(d, nil, yield) }

// maxQuotations bounds the pairs of quotation marks a text is read for, as MaxAnalysedSentences
// in package briefing bounds its sentences: the most quotes a story of the 100,000 real-sentence
// files has is 19, and no text of the eval sets holds more than 300 quotation marks and
// apostrophes together.
const maxQuotations = 500

// maxFrame bounds, in bytes, how far before and after a quotation its sentence is read: twice
// the longest sentence of the eval sets' 94,989 (1,098 bytes), so that a "sentence" of thousands
// of quotation marks and no stop (`"a" "a" "a" ...`, pasted or fed) costs time in proportion to
// its length, not to its square: 40,000 of them took 2.5 minutes.
const maxFrame = 2200

// frameFrom is where a frame read back from a quotation that opens at open begins, in a
// sentence that begins at from: from, or the first word boundary of the maxFrame bytes before
// open.
func frameFrom(s string, from, open int) int { return backTo(s, from, open, maxFrame) }

// backTo is from, or, when s[from:to] is longer than limit bytes, the first word boundary of
// its last limit bytes.
func backTo(s string, from, to, limit int) int {
	if to-from <= limit {
		return from
	}
	cut := to - limit
	if i := strings.IndexByte(s[cut:to], ' '); i >= 0 {
		return cut + i + 1
	}
	return to
}

// frameTo is frameFrom after a quotation that closes at close, in a sentence that ends at to:
// to, or the last word boundary of the maxFrame bytes after close.
func frameTo(s string, close, to int) int {
	if to-close <= maxFrame {
		return to
	}
	cut := close + maxFrame
	if i := strings.LastIndexByte(s[close:cut], ' '); i >= 0 {
		return close + i
	}
	return close
}

// findQuotes is Find, telling resolved, when not nil, of every pronoun it resolves, and
// calling yield, when not nil, as FindYielding does.
func findQuotes(d text.Doc, resolved func(Resolution), yield func()) []Quote {
	spans := pairMarks(d)
	if len(spans) == 0 {
		return []Quote{} // no quotation marks, no quote: the people named need not be read
	}
	if len(spans) > maxQuotations {
		spans = spans[:maxQuotations] // a list or a dump past them, not a story
	}
	people := collectPeople(d, spans, yield)
	people.resolved = resolved
	out := make([]Quote, 0, len(spans))
	kept := make([]mark, 0, len(spans)) // the marks of out
	var unframed []int                  // quotes of out with no frame nor speaker
	var prev *Quote
	var pre []token // the current quote's sentence before it (from before), one buffer for all
	prevEnd := -1   // where the last quote kept ends
	lastEnd := -1   // where the last pair of marks ends, quote or not
	for i, sp := range spans {
		if yield != nil {
			yield()
		}
		content := strings.TrimSpace(sp.content.Of(d.Text))
		if !strings.ContainsFunc(content, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue // no words: `"#`, `"..."`
		}
		if strings.HasPrefix(content, "(") && strings.HasSuffix(strings.TrimRight(content, "."), ")") && !strings.Contains(content[1:], "(") {
			continue // a transcript's stage direction: `"(CROSSTALK.)`, `"(LAUGHTER)`
		}
		q := Quote{Span: sp.content, Text: content, Para: sp.para}
		sentStart, sentEnd := sentenceAround(d, sp)
		sentStart, sentEnd = frameFrom(d.Text, sentStart, sp.open), frameTo(d.Text, sp.close, sentEnd)
		before := max(sentStart, lastEnd)
		lastEnd = sp.close
		// A frame belongs to one quote: the after-frame ends where the next quote opens.
		// A name in quotes inside the frame (`Bill Eastland, wearing "Ted Cruz" pins, said`) is
		// part of the frame.
		next := i + 1
		for next < len(spans) && spans[next].open < sentEnd && isName(strings.TrimSpace(spans[next].content.Of(d.Text))) {
			next++
		}
		afterEnd := sentEnd
		if next < len(spans) {
			afterEnd = min(afterEnd, spans[next].open)
		}
		people.quoted = content
		if q := askedBefore(d, sp); q != "" {
			people.reported = q // `Governor Christie? "Strong," he said.`: "he" is not the one asked about
		}
		people.resolvedBy = ""
		speaker, cue := attribute(d.Text, sp, before, afterEnd, people)
		via := framedVia(speaker, people)
		people.reported = ""
		if prev != nil && prev.Speaker != "" && prevEnd > sentStart && prevEnd == before &&
			participleGoesOn(tokenize(d.Text, prevEnd, sp.open)) {
			speaker, cue, via = prev.Speaker, true, "participle"
		}
		if agent, ok := passiveAgent(d.Text, sp, before, afterEnd, people); ok {
			speaker, cue, via = agent, true, "passive"
		}
		pre = tokenizeInto(pre[:0], d.Text, before, sp.open)
		if owner := ownedBy(pre, people, sp.open); owner != "" {
			speaker, cue, via = owner, true, "owner" // `inspired by Trump's comments about Kelly having "..."`
		} else if from := remarkFrom(d.Text, before, sp, afterEnd, people); from != "" {
			speaker, cue, via = from, true, "remark"
		} else if speaker == "" {
			if owner := claimOwner(pre, people, sp.open); owner != "" {
				speaker, cue, via = owner, true, "claim" // `his on-camera claim that Afghanistan is a "..."`
			}
		}
		if speaker == "" && max(sentStart, prevEnd) < before {
			// Marks that are no quote ("a "claim of right"") stand inside this quote's frame:
			// `Fitton called her assertion of a "claim of right" "significant and disturbing."`
			// That cue frames a short term only when the term ends the sentence, as the cue's
			// object: not `with a little "leaning in" or "playing big" they don't have to`.
			var wide bool
			people.resolvedBy = ""
			speaker, wide = attribute(d.Text, sp, max(sentStart, prevEnd), afterEnd, people)
			cue = cue || wide && endsSentence(d.Text, sp, sentEnd)
			via = framedVia(speaker, people)
		}
		// `"A," he said. "B."`: B is speech however short, the frame between says so.
		// The second part opens after a stop, comma or colon: `he said. "B."`, not `known as a
		// "least weasel"`.
		interrupted := prev != nil && prev.Para == sp.para && prevEnd >= 0 && sp.open-prevEnd < 80 &&
			hasCue(d.Text, prevEnd, sp.open) && opensAfterPunct(d.Text, sp.open)
		if isName(content) || !cue && !interrupted && isScare(sp, content) ||
			!interrupted && modifies(d.Text, sp, content) {
			continue
		}
		if speaker == "" && cue && prev != nil && prevEnd > sentStart &&
			(sharesSubject(d.Text, prevEnd, sp.open) || subjectless(tokenize(d.Text, prevEnd, sp.open))) {
			// `Lind said the plan was "deeply flawed" and said "we will fight it"`: a second
			// verb of the same subject, after a quote of that sentence.
			speaker, via = prev.Speaker, "second-verb"
		}
		if speaker == "" && !cue && wordsOver(content, 3) && before < sp.open {
			// `Trump attacked "the hateful ideology of radical Islam"`, `Trump issued a
			// statement, "Last night ..."`: verbs that take words as their object.
			speaker, via = weakFrame(pre, people, sp.open), "weak-frame"
		}
		if speaker == "" && sp.openPara {
			// A quote paragraph signed below or at its end: "- Bernie Sanders."
			speaker, via = signedBelow(d, sp, people), "signed-below"
		}
		if speaker == "" && !cue {
			// A quotation whose last line signs it: `"... real problems for her here.
			// S.C. Rep. Jim Clyburn."`
			speaker, via = signedInside(d, sp, people), "signed-inside"
		}
		if speaker == "" {
			// `"He's made some outrageous comments, Graham said. "He's getting ...`: the frame
			// inside marks the writer left open.
			speaker, via = frameInside(d.Text, sp, people), "frame-inside"
		}
		apart := speaker == "" && !cue && framedApart(d.Text, sp, content, sentEnd)
		if apart {
			// `"...," Bozell points out.`: a reporting verb we do not list; its subject speaks.
			speaker, via = sentenceSubject(tokenize(d.Text, sp.close+1, sentEnd), people, sp.open), "subject-after"
		}
		switch {
		case speaker != "":
		case prev != nil && (!cue || sp.carried) && !apart && continues(d, prev, kept[len(kept)-1], sp, people):
			speaker, via = prev.Speaker, "goes-on"
		case sp.openPara && sp.para > 0 && strings.HasSuffix(d.Paragraphs[sp.para-1].Of(d.Text), ":"):
			// "Clinton released the following statement:" then the statement.
			pp := d.Paragraphs[sp.para-1]
			toks := tokenize(d.Text, pp.Start, pp.End)
			if speaker = sentenceSubject(lastClause(toks), people, sp.open); speaker == "" {
				speaker = sentenceSubject(toks, people, sp.open)
			}
			via = "colon-paragraph"
		case itReads(d.Text, before, sp.open):
			// `The police, in a statement, said five men were charged. It read: "..."`: the
			// statement's author is the one the sentence before was about.
			speaker, via = subjectBefore(d, sp, people), "it-reads"
		case !cue && before >= sp.open-1:
			// `Green stresses that bad behaviour must be punished. "I am not advocating..."`:
			// a quote that is its own sentence, after a sentence that reports someone.
			speaker, via = reportedBefore(d, sp, people, true), "reported-before"
		}
		people.quoted = ""
		if speaker == someone || commonWord(d.Text, speaker) || titledIn(content, speaker) || isPossessive(speaker) || ownedAdjective(speaker) {
			// A possessive is a thing of someone's ("the official No campaign's allegiances",
			// "His Catholic faith"), not who speaks.
			speaker = ""
		}
		who, labelled := transcriptLabel(content, people, sp.open)
		if labelled {
			// `"PENCE: Well, the question really should be ..."`: a transcript's line is its
			// label's, and someone the story does not name in full is no one else.
			speaker, via = who, "transcript"
		}
		q.Speaker = speaker
		if speaker != "" {
			q.Via = via
			people.spoke(speaker, sp.open)
		} else if !cue && !interrupted && !labelled && before >= sp.open-1 && (sp.runsOn || endsSentence(d.Text, sp, sentEnd)) {
			unframed = append(unframed, len(out)) // a sentence of its own
		}
		q.Partial = !sp.openPara || !wordsOver(content, 5)
		out = append(out, q)
		kept = append(kept, sp)
		prev = &out[len(out)-1]
		prevEnd = sp.close
	}
	// `"It was hard. "We won," Smith said.`: a quote cut where the next one opens, as papers
	// print a paragraph break inside one quotation, has the speaker of the part that follows.
	for k := len(out) - 2; k >= 0; k-- {
		if out[k].Speaker == "" && kept[k].runsOn && kept[k].close == kept[k+1].open && out[k].Para == out[k+1].Para {
			out[k].Speaker, out[k].Via = out[k+1].Speaker, out[k+1].Via
		}
	}
	soleSpeaker(out, unframed, people)
	return statements(d, out, kept)
}

// framedVia is Quote.Via for a speaker the quote's frame gave: by name, or by a pronoun or
// description resolved to someone.
func framedVia(speaker string, people *people) string {
	switch {
	case speaker == "":
		return ""
	case people.resolvedBy != "":
		return "frame-" + people.resolvedBy
	}
	return "frame"
}

// soleSpeaker gives the quotes at unframed, which have no frame, to the one person the story
// quotes, when it quotes one person only and they speak in the first person: an interview's
// words between its framed quotes.
func soleSpeaker(out []Quote, unframed []int, people *people) {
	if len(unframed) == 0 {
		return
	}
	sole, n := "", 0
	for _, q := range out {
		if q.Speaker == "" {
			continue
		}
		if sole != "" && q.Speaker != sole {
			return
		}
		sole = q.Speaker
		n++
	}
	if n < 2 || !people.isPerson(sole) {
		return
	}
	goesOn := false // the quote before is the words of someone unnamed, or goes on from them
	for k, i := range unframed {
		// Not the words that go on from a framed quote of someone unnamed or a document
		// ("reads a telephone memo"), nor a paragraph that names the person.
		chained := k > 0 && unframed[k-1] == i-1
		if i > 0 && out[i-1].Speaker == "" && out[i-1].Para >= out[i].Para-1 && (!chained || goesOn) {
			goesOn = true
			continue
		}
		goesOn = false
		// A quotation right after theirs, nothing but marks between (`... for the job." "If
		// you grow up ..."`), goes on in their voice, first person or not.
		next := chained && out[i-1].Speaker == sole && out[i-1].Para == out[i].Para &&
			strings.Trim(people.text[out[i-1].End:out[i].Start], " \"“”") == ""
		if (next || firstPerson(out[i].Text)) && !namesIn(out, unframed, out[i].Para, sole) {
			out[i].Speaker, out[i].Via = sole, "sole"
		}
	}
}

// ownedAdjective reports whether a speaker is a possessive word and a capitalised one, the
// start of a thing of someone's read as a name: "His Catholic" (faith).
func ownedAdjective(speaker string) bool {
	ws := fields(speaker)
	return len(ws) == 2 && possessives.HasLower(ws[0]) && capital(ws[1])
}

// namesIn reports whether any quote at unframed in paragraph para names the person name.
func namesIn(out []Quote, unframed []int, para int, name string) bool {
	for _, i := range unframed {
		if out[i].Para == para && (namesWord(out[i].Text, name) || strings.Contains(out[i].Text, name)) {
			return true
		}
	}
	return false
}

// askedBefore returns the words before quote m in its paragraph when they are a short question
// that opens the paragraph, as an interview's list of names puts them (`Governor Christie?
// "Strong," he said.`); else "".
func askedBefore(d text.Doc, m mark) string {
	p := d.Paragraphs[m.para]
	if m.open-p.Start > 80 || m.open <= p.Start {
		return ""
	}
	q := strings.TrimSpace(d.Text[p.Start:m.open])
	if !strings.HasSuffix(q, "?") || fieldCount(q) > 8 {
		return ""
	}
	return q
}

// endsSentence reports whether only punctuation stands between mark m and the sentence's end.
func endsSentence(s string, m mark, sentEnd int) bool {
	for _, r := range s[min(m.end(s), sentEnd):sentEnd] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// commonWord reports whether a speaker is one word that the story also writes in lower case
// ("Ultimately", "Agreement", "Music"): no one's name. Acronyms and names with a capital inside
// ("WikiLeaks", whose address is wikileaks.org) are names.
func commonWord(s, speaker string) bool {
	if speaker == "" || strings.Contains(speaker, " ") || allCaps(speaker) {
		return false
	}
	for _, r := range speaker[1:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return usedLower(s, speaker)
}

// titledIn reports whether quote speaks of speaker by a title and their surname ("the full
// attention of Secretary Kerry", "Mr Yushchenko can go to the public"): no one titles themselves,
// so the words are someone else's, and unknown is better than wrong. A title and surname before
// a reporting verb ("Mr. Rother said") is the story's frame caught inside marks left open, and
// does not count.
func titledIn(quote, speaker string) bool {
	surname := speaker[strings.LastIndexByte(speaker, ' ')+1:] // "Durst" too: `said, "Mr. Durst?"`
	if surname == "" {
		return false
	}
	for i := 0; ; {
		k := strings.Index(quote[i:], surname)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(surname)
		after, _ := utf8.DecodeRuneInString(quote[i:])
		if i < len(quote) && (unicode.IsLetter(after) && !strings.HasPrefix(quote[i:], "'s") && !strings.HasPrefix(quote[i:], "’s") || unicode.IsDigit(after)) {
			continue // "Rothschild" for "Roth"
		}
		before := strings.TrimRight(quote[:k], " ")
		if len(before) == k {
			continue // no space before: part of a longer word
		}
		title := before[strings.LastIndexByte(before, ' ')+1:]
		if !capital(title) || !courtesyTitle(title) && !roles.HasLower(strings.TrimSuffix(title, ".")) {
			continue
		}
		next := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(quote[i:], "'s"), "’s"), " ")
		if e := strings.IndexAny(next, " ,.;:"); e >= 0 {
			next = next[:e]
		}
		if cues.HasLower(next) {
			continue // "Mr. Rother said": the story's frame, caught inside marks left open
		}
		return true
	}
}

// transcriptLabel reads the label of a quoted transcript's line, a name in capitals before a
// colon ("PENCE: Well, ...", "WALLACE: But, Governor ..."): whether there is one, and the
// person it names when the story names them in full.
func transcriptLabel(quote string, people *people, at int) (string, bool) {
	if strings.HasPrefix(quote, "(") {
		if e := strings.IndexByte(quote, ')'); e > 0 {
			quote = strings.TrimLeftFunc(quote[e+1:], func(r rune) bool { return unicode.IsSpace(r) || r == '.' || r == '"' }) // "(CROSSTALK.) WALLACE: If I may"
		}
	}
	colon := strings.IndexByte(quote, ':')
	if colon < 3 || colon > 24 {
		return "", false
	}
	label := quote[:colon]
	for _, r := range label {
		if !unicode.IsUpper(r) && r != ' ' && r != '\'' && r != '-' {
			return "", false
		}
	}
	if full := people.resolve(fields(label), at); full != "" && strings.Contains(full, " ") && people.isPerson(full) {
		return full, true
	}
	return "", true
}

// maxStatement bounds the length of a statement joined from parts (see statements), in bytes
// of the story: a speech quoted over many paragraphs is several quotes, each of a readable size.
const maxStatement = 1200

// statements joins the parts of one statement that its frame or a paragraph break cut apart:
// `"I was shaking my head," Eric Trump said. "It made no sense."`, and a quotation that goes on
// in the next paragraph. A reader takes such parts as one statement, and so do annotators
// (PolNeAR joins them with an ellipsis): the joined quote spans both parts; in its text an
// ellipsis ("… ") stands for the frame between them, a space for a paragraph break inside the
// quotation. Parts join only when they have the same speaker (an unnamed one too: `"A," said
// a former official. "B."`) and nothing but a frame of one sentence, or a paragraph break
// inside the quotation, stands between them.
func statements(d text.Doc, qs []Quote, kept []mark) []Quote {
	out := qs[:0]
	start := 0 // the first quote of the statement being built, in kept
	for k := range qs {
		if k > start && qs[k].Speaker == out[len(out)-1].Speaker &&
			kept[k].content.End-kept[start].content.Start <= maxStatement && continuesStatement(d, kept[k-1], kept[k], qs[k].Speaker) {
			j := &out[len(out)-1]
			j.End = qs[k].End
			if kept[k].carried {
				j.Text += " " + qs[k].Text // one quotation over a paragraph break: nothing left out
			} else {
				j.Text = strings.TrimRight(j.Text, ", ") + " … " + qs[k].Text
			}
			j.Partial = !kept[start].openPara || !wordsOver(j.Text, 5)
			continue
		}
		out = append(out, qs[k])
		start = k
	}
	return out
}

// continuesStatement reports whether quote b goes on with quote a's statement: a quotation left
// open at the end of a's paragraph and carried on in b's, or b in a's paragraph after a frame
// of one sentence (`," he said. "`). A quote paragraph after one whose quotation closed stays
// apart: the writer closed it (PolNeAR's annotators join even those; the parts above give
// nearly all of what joining brings there, 0.902 of its direct quotes found against 0.911).
func continuesStatement(d text.Doc, a, b mark, speaker string) bool {
	if b.carried && a.runsOn {
		return true
	}
	aEnd := a.end(d.Text)
	if b.para != a.para || b.open <= aEnd || !frameOnly(d.Text[aEnd:b.open]) || !opensAfterPunct(d.Text, b.open) {
		return false
	}
	// After a quote that ends its own sentence, a sentence between the parts is a frame when
	// it speaks of the speaker (`"...." Todaka said the team had called. "`, `Pressed on it,
	// he replied: "`), its cue comes first, after a subject (`"...." The Man Utd boss
	// continued: "`), or it ends in its cue and a colon. One about others whose cue comes late
	// ("The officers left the warehouse, but were later told to go back.") tells more of the
	// story, and the parts are two statements.
	if p := endPunct(a.content.Of(d.Text)); p == '.' || p == '?' || p == '!' {
		toks := tokenize(d.Text, aEnd, b.open)
		cue := slices.IndexFunc(toks, isCue)
		n := len(toks)
		introduces := n >= 2 && toks[n-1].s == ":" && isCue(toks[n-2]) // `The actor, an advocate for women, added: "`
		return cue >= 0 && cue <= maxSubject || introduces || speaksOf(toks, speaker)
	}
	return true
}

// maxSubject bounds the tokens (words and marks) before the cue of a frame that stands alone
// between two parts of a statement: "The Holland international said", "But an executive
// spokeswoman insisted".
const maxSubject = 6

// speaksOf reports whether toks, a sentence between two quotes, name speaker (by the last word
// of the name) or hold a personal pronoun that may stand for them.
func speaksOf(toks []token, speaker string) bool {
	last := speaker[strings.LastIndexByte(speaker, ' ')+1:]
	return slices.ContainsFunc(toks, func(t token) bool {
		return personalPronouns.Has(t.lower()) || t.lower() == "they" || last != "" && t.s == last
	})
}

// frameOnly reports whether the words between two quotes are a frame and nothing else: one
// sentence, or the end of one, that holds a reporting cue and no quotation marks.
func frameOnly(gap string) bool {
	gap = strings.TrimSpace(gap)
	if gap == "" || len(gap) > 250 || strings.ContainsAny(gap, "\"“”«»") {
		return false
	}
	body := strings.TrimRight(gap, ".!?:, ")
	return len(text.Sentences(body)) == 1 && hasCue(gap, 0, len(gap))
}

// sharesSubject reports whether s[from:to], the words between two quotes of one sentence, is a
// reporting verb joined to the sentence's first by "and" or "but" with no subject of its own:
// `" and said "`, `," but added that "`.
func sharesSubject(s string, from, to int) bool {
	toks := tokenize(s, from, to)
	joined := false
	for i, t := range toks {
		switch {
		case t.lower() == "and" || t.lower() == "but":
			joined = true
		case cueAt(toks, i):
			return joined && !participle(t.lower())
		case t.word() && (t.capitalised() || personalPronouns.Has(t.lower()) || t.lower() == "they"):
			return false // a subject of its own
		}
	}
	return false
}

// signedInside returns the person a quotation's own last line names, a signature of
// capitalised words and maybe a body after a comma ("S.C. Rep. Jim Clyburn.", "Dean Baker,
// Center for Economic and Policy Research."), in the quotation's last paragraph; or "".
func signedInside(d text.Doc, m mark, people *people) string {
	if !m.runsOn || m.para+1 >= len(d.Paragraphs) {
		return ""
	}
	next := d.Paragraphs[m.para+1]
	line := strings.TrimSpace(d.Text[next.Start:next.End])
	if !strings.HasSuffix(line, "\"") && !strings.HasSuffix(line, "”") {
		return "" // the quotation closes in the signature's line
	}
	toks := tokenize(d.Text, next.Start, next.End)
	for len(toks) > 0 && !toks[len(toks)-1].word() {
		toks = toks[:len(toks)-1] // the signature's full stop and closing mark
	}
	for len(toks) > 0 && !toks[0].word() {
		toks = toks[1:] // the mark that carries the quotation on
	}
	if len(toks) < 2 || len(toks) > 14 || !toks[0].capitalised() {
		return ""
	}
	end := len(toks)
	for k, t := range toks {
		if t.s == "," {
			end = k // "Dean Baker, Center for Economic and Policy Research"
			break
		}
		if !t.word() && t.s != "." || t.word() && !t.capitalised() && !nameParticles.Has(t.lower()) {
			return "" // a sentence, not a signature
		}
	}
	if sp := resolvePhrase(toks[:end], people, m.open); sp != "" && strings.Contains(sp, " ") && (people.isPerson(sp) || personName(fields(sp))) {
		return sp
	}
	return ""
}

// frameInside returns the speaker of a frame that ends a quotation's own words, `, Graham
// said.` left inside marks the writer did not close before it; or "".
func frameInside(s string, m mark, people *people) string {
	body := strings.TrimRight(m.content.Of(s), ".!? ")
	if !cues.Has(body[strings.LastIndexByte(body, ' ')+1:]) {
		return "" // most quotes: not ending in a cue, nothing to read
	}
	toks := tokenize(s, m.content.Start, m.content.End)
	n := len(toks)
	for n > 0 && !toks[n-1].word() && toks[n-1].s != "," {
		n-- // the frame's full stop
	}
	if n < 4 || !cues.Has(toks[n-1].s) || participle(toks[n-1].s) {
		return ""
	}
	b := nameRunStart(toks, n-1, 0)
	if b == n-1 || b == 0 || toks[b-1].s != "," {
		return ""
	}
	if sp := resolvePhrase(toks[b:n-1], people, m.open); sp != "" && people.isPerson(sp) {
		return sp
	}
	return ""
}

// signedBelow returns the person named in a signature after a paragraph that is one quote, in
// the line below ("- Bernie Sanders." or "—Michelle Marks, Philadelphia.") or closing it.
func signedBelow(d text.Doc, m mark, people *people) string {
	p := d.Paragraphs[m.para]
	from, to := 0, 0
	switch {
	case m.close+4 < p.End:
		// `"..." ― Sonya Herridge` closing the paragraph.
		from, to = min(m.end(d.Text), p.End), p.End
	case m.para+1 < len(d.Paragraphs):
		next := d.Paragraphs[m.para+1]
		from, to = next.Start, next.End
	}
	switch firstRune(d.Text[from:to]) {
	case '-', '—', '–', '―', '(': // a signature's dash, or an aside before one (dropped below)
	default:
		return "" // most text: tokenized for nothing
	}
	toks := tokenize(d.Text, from, to)
	if len(toks) < 2 || len(toks) > 16 {
		return ""
	}
	switch toks[0].s {
	case "-", "—", "–", "―":
	default:
		return ""
	}
	if sp := nounPhraseAfter(toks[1:], people, m.open); sp != "" && people.isPerson(sp) {
		return sp
	}
	return ""
}

// subjectBefore returns the subject of the sentence before the quote's sentence.
func subjectBefore(d text.Doc, m mark, people *people) string {
	var prev *text.Sentence
	for _, st := range d.Sentences() {
		if st.End > m.open {
			break
		}
		if st.End <= m.open-5 {
			st := st
			prev = &st
		}
	}
	if prev == nil {
		return ""
	}
	return sentenceSubject(tokenize(d.Text, prev.Start, prev.End), people, m.open)
}

// quotesWords reports whether s quotes words of someone's: a quotation of more than three
// words, or one left open.
func quotesWords(s string) bool {
	if !strings.ContainsAny(s, "\"“”‘") {
		return false
	}
	open := -1
	for i, r := range s {
		if r != '"' && r != '“' && r != '”' && r != '‘' {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		if fieldCount(s[open:i]) > 3 {
			return true
		}
		open = -1
	}
	return open >= 0
}

// reportedBefore returns the subject of the sentence before the quote's when that sentence
// reports speech (has a cue) and quotes nothing itself; with about, for a quote in the first
// person, the subject of that sentence of the story when it is a person by a given name or has
// spoken before.
func reportedBefore(d text.Doc, m mark, people *people, about bool) string {
	p := d.Paragraphs[m.para]
	for k, st := range p.Sentences {
		if st.Start < m.open-1 || st.Start > m.open+1 {
			continue
		}
		var prev text.Span
		story := true // prev is a sentence of the story, not a headline
		switch {
		case k > 0:
			prev = p.Sentences[k-1]
		case m.para > 0 && len(d.Paragraphs[m.para-1].Sentences) > 0:
			// A paragraph that is a quote, after one that reports who speaks.
			ps := d.Paragraphs[m.para-1].Sentences
			prev = ps[len(ps)-1]
			story = d.Paragraphs[m.para-1].Kind == text.Body
		default:
			return ""
		}
		body := d.Text[prev.Start:prev.End]
		if quotesWords(body) {
			return "" // it quotes someone itself; a term in quotation marks ("passing off") is the story's
		}
		if strings.HasSuffix(strings.TrimSpace(body), "?") {
			return "" // a question put to someone: `So is its job to destroy the Tories, as Kilroy-Silk declared? "No. ..."`
		}
		toks := tokenize(d.Text, prev.Start, prev.End)
		for i, t := range toks {
			if t.lower() == "according" && i+2 < len(toks) && toks[i+1].lower() == "to" {
				// `According to Peter Keating at Vanity Fair, $1.1 million is the cost.` then
				// his words.
				if sp := nounPhraseAfter(toks[i+1:], people, m.open); sp != "" && people.isPerson(sp) {
					return sp
				}
				continue
			}
			if cueAt(toks, i) && !participle(t.lower()) && i > 0 && toks[i-1].lower() != "the" { // not "the hopes for"
				people.reported = reportedClause(toks, i) // "Mr Blair has failed, he claimed": "he" is not Blair
				sp := nounPhraseBefore(toks[:i], people, m.open)
				if sp == "" && i+1 < len(toks) && toks[i+1].capitalised() && toks[i-1].s == "," {
					// "Then, says Mr Kotamaraja, the blogging world found out." and "The defense
					// could win, said Jackson." then his words: the name after the cue, before
					// the subject of the clause the cue follows.
					if name := nounPhraseAfter(toks[i+1:], people, m.open); name != "" && people.isPerson(name) {
						sp = name
					}
				}
				if sp == "" {
					sp = unnamedSubject(toks, i) // "No one came, a witness said." then their words
				}
				if sp == "" {
					sp = sentenceSubject(toks[:i], people, m.open)
				}
				people.reported = ""
				if content := d.Text[m.content.Start:m.content.End]; sp != "" && people.isPerson(sp) && strings.Contains(content, sp) {
					return "" // `Richard Williams said ..., Bill Dwyre told Open Court. "Richard Williams had said ..."`: not his words
				}
				return sp
			}
		}
		if k := issuesDocument(toks); k >= 0 {
			// `the DNC issued a statement apologizing to Sanders.` then the statement.
			return nounPhraseBefore(toks[:k], people, m.open)
		}
		if content := d.Text[m.content.Start:m.content.End]; about && story && firstPerson(content) && !opensWithThirdPerson(content) {
			// `But Redford knows this and started a TV channel. "When you look at the films
			// here, what we are presenting ..."`: words in the first person, after a sentence
			// about someone, are that person's; not words that open on "he" or "she", the
			// subject seen by someone else (`Hernandez approached her. "He walked by me ..."`).
			if sp := sentenceSubject(toks, people, m.open); givenNamed(sp) || people.spokeBefore(sp, m.open) {
				return sp // "Mauresmo spent five weeks at number one", after "said Mauresmo"
			}
		}
	}
	return ""
}

// opensWithThirdPerson reports whether quoted words open with "he" or "she": about someone,
// not by them.
func opensWithThirdPerson(content string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(content, " \"'“‘"), " ")
	return w == "He" || w == "She"
}

// reportedClause returns the words a sentence reports before its cue at i, when the cue is a
// pronoun's set off after them with nothing of its own to report ("Mr Blair has failed to
// tackle these problems, he claimed."), or "". The pronoun is not anyone those words name. Not
// after a clause of another kind ("When Nega helped found the movement, he explained that"), or
// one with a cue of its own ("Mook acknowledged they had split, which is an outcome, he said").
func reportedClause(toks []token, i int) string {
	if i < 3 || toks[i-2].s != "," || toks[i-1].lower() != "he" && toks[i-1].lower() != "she" {
		return ""
	}
	if i+1 < len(toks) && toks[i+1].s != "," && toks[i+1].s != "." && !participle(toks[i+1].lower()) {
		return ""
	}
	k := 0
	if leadingConjunctions.Has(toks[0].lower()) {
		k = 1
	}
	if clauseOpeners.Has(toks[k].lower()) {
		return ""
	}
	words := make([]string, 0, i-2)
	for j, t := range toks[:i-2] {
		if cueAt(toks, j) {
			return ""
		}
		words = append(words, t.s)
	}
	return strings.Join(words, " ")
}

// issuesDocument returns where toks say that someone issued, released or adopted a document
// ("issued a statement", "released a short letter", "adopted a resolution"): the verb's index,
// or -1.
func issuesDocument(toks []token) int {
	for k := 1; k+2 < len(toks); k++ {
		if lw := toks[k].lower(); lw != "issued" && lw != "released" && lw != "adopted" || !determiner.Has(toks[k+1].lower()) {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+3; j++ {
			if documents.Has(toks[j].lower()) {
				return k
			}
		}
	}
	return -1
}

// spokeBefore reports whether name is the speaker of a quote before offset at: a person, or
// a body the story quotes.
func (p *people) spokeBefore(name string, at int) bool {
	for _, m := range p.mentions {
		if m.at >= at {
			break
		}
		if m.spoke && m.name == name {
			return true
		}
	}
	return false
}

// givenNamed reports whether name is a person's by its first word, a given name ("Robert
// Redford"): a weak frame gives its words to nobody less certainly a person.
func givenNamed(name string) bool {
	ws := fields(name)
	return len(ws) >= 2 && isGivenName(ws[0])
}

// isBareFrame reports whether a sentence is only a frame: a name or pronoun and a reporting
// verb, "Trump said." or "said Mr. Smith, a lawyer.", with nothing else of substance.
func isBareFrame(sent string) bool {
	if !strings.Contains(sent, "(") && wordsOver(sent, 12) {
		// Each field holds a token at least, and only an aside's marks drop tokens: most
		// sentences are longer, and need no tokens to tell.
		return false
	}
	b := borrowTokens(sent, 0, len(sent))
	defer giveBack(b)
	toks := *b
	if len(toks) > 12 {
		return false
	}
	for i := range toks {
		if cueAt(toks, i) && i <= 4 {
			// "Sara Sidner reported from Ferguson." is a credit, not a frame.
			return i+1 >= len(toks) || toks[i+1].lower() != "from" && toks[i+1].lower() != "for"
		}
	}
	return false
}

// passiveAgent reads who said words the sentence gives them in the passive: `Buhecha was
// called "one of the biggest pirates" by the sentencing judge`, `the plans have been branded
// "deeply irresponsible" by the Liberal Democrats`. ok says the sentence has that shape; the
// speaker is the agent, or "" when the story does not name it, never the subject.
func passiveAgent(s string, sp mark, before, after int, people *people) (string, bool) {
	if rest := strings.TrimLeft(s[min(sp.end(s), after):after], " ,"); !strings.HasPrefix(rest, "by ") {
		return "", false // most quotes: no agent after them, nothing to read
	}
	toks := tokenize(s, before, sp.open)
	k := len(toks) - 1
	if k >= 0 && determiner.Has(toks[k].lower()) {
		k-- // "was called the "fifth child""
	}
	if k < 1 || !passiveVerbs.Has(toks[k].lower()) && !(toks[k].lower() == "as" && k >= 2 && passiveVerbs.Has(toks[k-1].lower())) {
		return "", false
	}
	if toks[k].lower() == "as" {
		k--
	}
	if aux := toks[k-1].lower(); aux != "was" && aux != "were" && aux != "been" && aux != "being" && aux != "is" && aux != "are" {
		return "", false
	}
	rest := tokenize(s, sp.end(s), after)
	if len(rest) > 0 && rest[0].s == "," {
		rest = rest[1:]
	}
	return nounPhraseAfter(rest[1:], people, sp.open), true // past "by", which opens rest
}

// passiveVerbs give someone's words as what a thing or person was called: "was branded", "were
// described as".
var passiveVerbs = set("called", "described", "labelled", "labeled", "branded", "dubbed", "hailed", "condemned",
	"criticised", "criticized", "praised", "denounced")

// continues reports whether the quote sp goes on from prev, the quote before it (its marks
// last; not a scare term's between them): the next part of an interrupted quote in the same
// paragraph, or a paragraph that opens with a quote right after a paragraph that ended quoting.
func continues(d text.Doc, prev *Quote, last mark, sp mark, people *people) bool {
	if sp.carried {
		return true
	}
	if prev.Para == sp.para {
		// `"A," he said. "B."`: only a frame stands between the two parts, however long.
		between := strings.TrimSpace(d.Text[min(last.end(d.Text), sp.open):sp.open])
		goesOn := strings.HasSuffix(strings.TrimSpace(last.content.Of(d.Text)), ",")
		if sp.open-last.close < 150 || frameTail(between, goesOn) {
			// Unless a sentence of its own reports someone else right before it: `"...," Oaten
			// said. Chief constable Mr Hayman acknowledged that it did cause problems. "If ..."`
			end := endPunct(last.content.Of(d.Text))
			if fieldCount(between) < 4 || end != '.' && end != '?' && end != '!' && len(text.Sentences(between)) < 2 {
				return true // `"A. "B.`: a quotation that goes on; `"A," Bush told CNN. "B."`: its frame
			}
			other := reportedBefore(d, sp, people, false)
			return other == "" || other == prev.Speaker
		}
		// A later quote of the paragraph that is a sentence of its own: the same speaker,
		// unless the story named someone or reported speech in between ("... the group.
		// Switzerland and Ireland are tied on five points. "In Basel we ..."") or a sentence
		// of its own brings it in ("Asked about it, she confesses: "...").
		if prev.Speaker == "" || !opensSentence(d.Text, last.close+1, sp.open) || strings.HasSuffix(between, ":") {
			return false
		}
		// Past the sentence of the quote before, frame and all: `"...," said Steve Finn.`
		_, from := sentenceAround(d, mark{open: prev.Start, close: prev.End, content: prev.Span, para: prev.Para})
		from = max(from, prev.End)
		return !people.mentionedIn(from, sp.open) && !hasCue(d.Text, from, sp.open)
	}
	if sp.para != prev.Para+1 || !sp.openPara {
		return false
	}
	// The previous paragraph must end inside, or right after, its last quote.
	pp := d.Paragraphs[prev.Para]
	tail := strings.TrimSpace(d.Text[min(last.end(d.Text), pp.End):pp.End])
	// `"...," White House spokesman Tom Reed said.`: a quote that ends with a comma goes on
	// into its frame, whatever word opens it.
	goesOn := strings.HasSuffix(strings.TrimSpace(last.content.Of(d.Text)), ",")
	return last.runsOn || utf8.RuneCountInString(tail) < 40 || frameTail(tail, goesOn)
}

// framedApart reports whether a quote that ends with a comma goes on, in its sentence, with a
// short frame of its own that no cue we know marks (`"...," the federal investigation
// found.`, `"...," Bozell points out.`): its speaker is that frame's subject, if it names one,
// and not the one of the quote before.
func framedApart(s string, m mark, content string, sentEnd int) bool {
	if !strings.HasSuffix(content, ",") || m.close+1 >= sentEnd {
		return false
	}
	rest := fields(strings.TrimSpace(s[min(m.close+1, sentEnd):sentEnd]))
	// Not `"...," and welcomed Trump to visit the city.`: a second verb of the sentence's subject.
	and := strings.HasPrefix(strings.TrimSpace(s[min(m.end(s), sentEnd):sentEnd]), "and ")
	return len(rest) >= 2 && len(rest) <= 8 && !and
}

// frameTail reports whether what follows a paragraph's last quote is only that quote's frame,
// however long the speaker's description: `" stated Joaquim Sahundi, head of tracing in
// Wambo.` A second sentence there ("... in Wambo. Aid is slow.") is the story going on.
// goesOn says the quote ended with a comma, so that its sentence goes on after it.
func frameTail(tail string, goesOn bool) bool {
	r, _ := utf8.DecodeRuneInString(tail)
	if len(tail) > 250 || r != ',' && !unicode.IsLower(r) && !goesOn {
		return false
	}
	body := strings.TrimRight(tail, ".!? ")
	if len(text.Sentences(body)) != 1 {
		return false
	}
	return hasCue(tail, 0, len(tail))
}
