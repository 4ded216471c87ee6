// Package briefing is the heart of briefbot: the article and analysis types, and the pure
// analysis that turns an article's text into an extractive summary and attributed key quotes.
// It does no I/O: no SQL, no Discord, no network. Its sub-packages do one job each: text
// (paragraphs, sentences, words), summarize, quotes, ingest (bytes to articles) and render
// (briefings as Discord-sized text).
package briefing

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/fingerprint"
	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/stories"
	"github.com/briefbot/briefbot/briefing/summarize"
	"github.com/briefbot/briefbot/briefing/text"
)

// AnalyserVersion is stored with every analysis; raise it when Analyze changes what it
// produces so that stored articles are analysed again (`briefbot run` does so when it
// starts, `briefbot reanalyze` on demand). 2: quotes in single marks, signatures, surnames
// resolved to the person just named. 3: no summary sentence with half a quotation; the first
// 400 sentences analysed; fingerprints computed with the analysis. 4: the sentence splitter
// keeps quotations that go on, initials and lists whole; summary weights fitted by
// cross-validation; speakers of descriptions, frames and continuations read anew. 5: story
// profiles, so that articles stored before stories join one. 6: a statement cut by its frame
// (`"A," he said. "B."`) or carried into the next paragraph is one quote; typewritten and
// tokenised quote marks split sentences as quotes do; a first paragraph repeating the title is
// no sentence; the speakers of session 8's rules and of first-person words. 7: a title
// tells a known name's gender ("Mr. Obama" is no "she"); an indefinite pronoun ("Others",
// "None") is no speaker, nor a word the story writes in lower case ("Ultimately"); an
// "Institution" is a body; an adverb before the verb is no part of the subject ("Trump
// swiftly said"); first-person words after a sentence about someone who spoke before; "it"
// after a body whose name reads like a person's, or after its second verb ("said ... but said");
// a name before an appositive whose closing comma is missing; a place word ("West Ham") is
// no title; "the American said" is the person the story is about; "The Tory leader argued"
// mentions the one person the story gave that role; "The image simply portrayed Mr Howard"
// makes no subject of Howard. 8: a straight mark with space on both sides closes the quotation
// that is open (`a great year. " Hayes said:`); an opening phrase after "And" or "But" is one;
// an opening phrase has one subject, a pronoun too ("Though he did not mention Rubio or
// Kasich, he"); "Washington, Iowa," does not end an opening phrase; "the Tottenham striker"
// is the person the story is about (a body's "spokesman" still is not); a name after "in" with
// no given name is a place; a later quote of a paragraph, a sentence of its own, is the speaker's
// before it unless someone is named, speech reported or a colon frame given in between; a name
// the story writes after "the" ("The New Haven Register reported") is no "he" or "she"; "the
// 55-year-old Frenchman", "the New Zealander" are the person the story is about; "Housing and
// Urban Development Secretary Julián Castro" is read whole after a cue; words given in the
// passive ("was called "..." by the judge") are the agent's; "said the Democratic staffer," keeps
// its noun; "asserted" and "commented" report speech; "Senior White House officials warned" are
// the officials; "Simon Hart of the Countryside Alliance said" is Hart; a day or date before a
// name is no part of it; a subject of two ("Schumer and Pelosi made") is no "he" or "she"; a
// photograph's credit line ("Carlos Barria / Reuters.") is a credit anywhere, no sentence;
// "... gamers said Lindsay Schroth, an analyst" names the speaker though the comma is missing;
// "Another Slaughter email" names no one; "Wasserman Schultz" after "Debbie Wasserman Schultz"
// is her; "A spokesman for Tony Blair said" is the spokesman, not Blair. 9: a description is
// not the person a pronoun would be when it is a voice ("the spokesman"), a role word cut short
// ("The prime"), or a role the story gave that person none like ("the judge" after "singer Pete
// Doherty"): then it is whoever the story gave the role, or the phrase as written ("the judge");
// letters after a name ("Frank Field MP") are a role of the person, no part of the name; words
// a possessive's remark says ("Trump's call for "..."") are the possessor's; a name ending in a
// number ("the Guildford Four") is no person's; a quote that opens a sentence after a sentence
// of the story reporting someone else ("Chief constable Andy Hayman acknowledged ...") is not the
// quote before's speaker's, however near; a name after a pronoun subject ("She will now meet
// Venus Williams") is no subject; "said EEF chief economist, Steve Radley" is Radley; "and said
// Holder's visit" names no speaker ("says Waring's website" names Waring); "the prime minister",
// "the central defender" are the person the story is about, unless it gave them another office
// ("Home Secretary Charles Clarke"), as is "the presumptive Republican nominee"; "America Rising",
// "Christian Aid" are bodies, not "Rising" and "Aid"; a site's name in capitals ("Halo.Bungie.Org")
// ends no sentence; "the agency quoted Mr Khodorkovsky as saying" is Khodorkovsky; a sentence
// with a term in quotation marks ("a "shambles"") still reports who speaks after it; "it added"
// and "they said" after a named body's quote are the body's; "X, which said" is X when X is a
// body named in capitals, else no one ("a letter ..., which stated"); the subject of a sentence
// opening with a pronoun is the one it stands for ("But he has met with Ben Stiller"); "the
// senators said" speaks as the story says it, as "the family said" does. 10: a cue word after an
// article, a preposition or a possessive is a noun ("Clinton's emails"), a claim after a
// possessive is its owner's ("his claims that", "his claim that X is a "..."") and a term in
// marks hides no cue of its frame; given names men and women share ("Lindsey") tell no gender,
// gendered roles ("spokeswoman") do; a body's name holds "of", "for" and "and" ("the Department
// of Trade and Industry"), and a name after a body's kind ("company Scott Free") is the body's;
// a cue after "and" right after a quote is the subject's second verb; "said Willis has endured"
// reports what Willis did; a maxim is no one's; "it" is found past a passive verb; more -ing
// cues ("accusing"), "went on to call"; "According to X," before a quote paragraph, "according
// to a report by X"; "fired" only as "fired back"; "described in the document as"; an act with
// "to" inside reported words is no frame; "Strzok's attorney ... He added" and "a spokeswoman
// said. She added" are the unnamed voice; "vowed to "..."" frames its quote; roles joined by
// "and" before a name; "Added Gibbs:"; weekdays end no name; "Joseph diGenova" is a name.
// 11-12: the speaker rules of sessions 14 and 15. 13: a story that quotes one person gives
// them its frameless first-person sentences; "the statement said" is the author's the story
// named; "was asked:" and "told "..."" name no speaker; a clause of time or cause has no
// subject for "he"; "Labour" and "Apple" alone speak (see the git log for the rest). 14:
// summary weights fitted on CNN with BBC kept above its lead (quotes weigh against a line);
// the speaker rules of session 17 (see the git log). 15: "but said" after a quote, an
// unnamed voice before a name, "the mayor" the story gave no one, bodies named with "and".
// 16: a relative given in passing is no bare surname's person; a title's gender picks the
// full name; words calling their speaker "Secretary Kerry" are someone else's; spokesmen for
// a body are the body; appositives of role, body and origin before a cue (see the git log).
// 17: states and countries are no one's name; joint speakers ("Nancy Pelosi and Chuck
// Schumer"); a relative introduced as a subject is no bare surname's person (session 20; see
// the git log). 18: a sentence's opening word ("Meet", "Only") is no given name; "I'd" is
// the writer, no name (session 21). 19: descriptions ("the President", "the frustrated
// Swede"), unnamed people ("one man", "A former classmate"), family names written first ("Li"),
// documents of bodies ("the Navy report"), dialogue labels and names given ("known as the")
// read anew on the CNN held-out pool (session 22; see the git log). 20: link lines run into
// the text (" .") hold no sentence; relatives and professions the story gave no one name no
// one; unnamed people after a quote ("a witness said"); "they" after a body, "the paper" the
// outlet; possessives, faiths and holidays are no speakers (session 23; see the git log). 21: a
// role of several words ("executive director of") opens an appositive, so the name before it
// speaks, not a name in a second appositive after it; "didn't say" is read as "did not say",
// and a typographic apostrophe as a straight one (session 53). 22: an adverb that opens a
// sentence ("Later", "Meanwhile", "Instead") is no part of the name after it (session 60).
const AnalyserVersion = 22

// SummarySentences is how many sentences a stored summary has.
const SummarySentences = 3

// Article is one news article as it came in.
type Article struct {
	Title     string
	Body      string // paragraphs, one per line (agency copy) or separated by blank lines
	URL       string // where it came from, if anywhere
	Source    string // "seeds", a feed's title, "file:name.txt", "discord"
	Published time.Time
}

// Analysis is what briefbot learns from an article's body.
type Analysis struct {
	Version   int
	Sentences []Sentence // the story's sentences, in order
	Summary   []int      // indices into Sentences, in article order
	Quotes    []Quote    // in rank order: the key quote first

	Fingerprint fingerprint.Print // what tells a copy of the same story
	SearchText  string            // the body's words as a full-text index is given them (text.SearchText)
	Story       stories.Profile   // what tells an article of the same event (see package stories)

	// Err is the stage that failed on the article's text, if one did (see StageError): the
	// analysis holds what the others found.
	Err error
}

// StageError is a stage of the analysis that failed on an article's text: a bug in one of its
// heuristics, met on text no test had. The article is analysed all the same, without what that
// stage finds (its quotes, its summary), so that one article never stops an ingest or the bot;
// whoever stores it says so (with the stack) for a developer to mend.
type StageError struct {
	Stage string // "split", "fingerprint", "summary", "quotes" or "story"
	Panic any
	Stack string
}

func (e *StageError) Error() string {
	return fmt.Sprintf("analysis: the %s failed: %v", e.Stage, e.Panic)
}

// guard runs stage fn, and reports whether it ended without a panic; one it recovers becomes
// an's Err (the first one, if several).
func (an *Analysis) guard(stage string, fn func()) (ok bool) {
	defer func() {
		if p := recover(); p != nil {
			if an.Err == nil {
				an.Err = &StageError{Stage: stage, Panic: p, Stack: string(debug.Stack())}
			}
			ok = false
		}
	}()
	fn()
	return true
}

// Sentence is one sentence of the body; Start and End are byte offsets in Article.Body.
type Sentence struct {
	Text       string
	Para       int
	Start, End int
}

// Quote is a quotation with its speaker ("" when the story does not say who spoke).
type Quote struct {
	Text       string
	Speaker    string
	Start, End int // byte offsets of the quoted words in Article.Body
	Partial    bool
	Score      float64 // how well it stands as the article's key quote
}

// MaxAnalysedSentences bounds the work one article costs: the summary (which compares every
// sentence with every other) and the quotes (which look each name up across the text) read the
// first MaxAnalysedSentences sentences only; every sentence is still split and stored. A news
// story has 20 to 80; a text past this bound is a book or a dump, and one member pasting one
// must not stall the bot for everyone.
const MaxAnalysedSentences = 400

// workspace is what one analysis reuses from the ones before it: the lexicon, which keeps the
// words it has folded and stemmed, and the buffer of the body's folded words.
type workspace struct {
	lex   *text.Lexicon
	words []string // the body's folded words, for its fingerprint (which keeps none of them)
}

// workspaces keeps the workspaces of finished analyses for the next ones, one per core at
// work; not a sync.Pool, which a garbage collection empties.
var workspaces = make(chan *workspace, runtime.GOMAXPROCS(0))

// takeWorkspace returns a workspace from workspaces, or a new one.
func takeWorkspace() *workspace {
	select {
	case w := <-workspaces:
		w.lex.Reset()
		return w
	default:
		return &workspace{lex: text.NewLexicon(4 << 10)}
	}
}

// done keeps a workspace for the next analysis, if workspaces has room; a book's buffer of
// words goes (the words are the lexicon's copies, which it keeps anyway).
func (w *workspace) done() {
	if cap(w.words) > 1<<16 {
		w.words = nil
	}
	select {
	case workspaces <- w:
	default:
	}
}

// Analyze splits the article into sentences, summarizes it and finds its quotes.
func Analyze(a Article) Analysis { return AnalyzeYielding(a, nil) }

// AnalyzeYielding is Analyze that calls yield (unless nil) after each stage but the last, and,
// within the quotes (~200 µs; the other stages are ~90 µs long on average here), before each
// sentence read for the people it names and before each quotation attributed (see
// quotes.FindYielding). Ingest's workers do the storage writer's story work there
// (storage.DB.Assist): the writer offers the next article's match ~170 µs before it needs it,
// and workers that looked only between articles (~450 µs apart) were too late for 61-65% of
// them, which the writer then made itself; looking after each stage and midway through the
// quotes, for 4%. Looking at each sentence and quotation too, work waited 54-58 -> 28-30 µs
// to be begun, and the writer waited for it 0.89-1.01 -> 0.59-0.60 s of a 20,000-article
// ingest (`briefbot bench -n 20000`, instrumented, two runs alternated).
func AnalyzeYielding(a Article, yield func()) Analysis {
	if yield == nil {
		yield = func() {}
	}
	an := Analysis{Version: AnalyserVersion}
	// The split, and the head the other stages read (see MaxAnalysedSentences).
	var d, head text.Doc
	var sents, headSents []text.Sentence
	if !an.guard("split", func() {
		d = text.Parse(a.Body, a.Title)
		sents = d.Sentences()
		head = d
		if len(sents) > MaxAnalysedSentences {
			head = text.Parse(a.Body[:sents[MaxAnalysedSentences-1].End], a.Title)
		}
		headSents = head.Sentences()
	}) {
		// No sentences to read: the text is stored as one, and found by its words.
		an.Sentences = []Sentence{wholeText(a.Body)}
		an.guard("fingerprint", func() { an.Fingerprint = fingerprint.Of(a.Body) })
		return an
	}
	yield()
	an.Sentences = make([]Sentence, len(sents))
	index := make(map[int]int, len(sents)) // sentence start -> index
	for i, s := range sents {
		an.Sentences[i] = Sentence{Text: s.Of(d.Text), Para: s.Para, Start: s.Start, End: s.End}
		index[s.Start] = i
	}
	ws := takeWorkspace()
	// A stage that failed may have left the workspace half changed: it is not kept.
	defer func() {
		if an.Err == nil {
			ws.done()
		}
	}()
	lex := ws.lex // the article's words, folded and stemmed once for every reader
	if !an.guard("fingerprint", func() {
		ws.words = lex.AppendWords(ws.words[:0], a.Body)
		// The search text is read here once, not again by the one goroutine that stores.
		an.Fingerprint, an.SearchText = fingerprint.OfWordsJoined(ws.words)
	}) {
		return an // the other stages read the lexicon that failed
	}
	yield()
	if !an.guard("summary", func() {
		for _, i := range summarize.ExtractWith(head, a.Title, SummarySentences, lex) {
			// The head's sentences are the whole text's first ones; map by offset to be sure.
			if j, ok := index[headSents[i].Start]; ok {
				an.Summary = append(an.Summary, j)
			}
		}
	}) {
		an.Summary = nil
	}
	yield()
	if !an.guard("quotes", func() {
		an.Quotes = rankQuotes(findQuotes(head, yield), head.Text, a.Title, d.Text, an, lex)
	}) {
		an.Quotes = nil
	}
	yield()
	if !an.guard("story", func() {
		spans := make([]text.Span, len(headSents))
		for i, s := range headSents {
			spans[i] = s.Span
		}
		an.Story = stories.OfWith(lex, a.Title, head.Text, spans)
	}) {
		an.Story = nil
	}
	return an
}

// findQuotes is the quote finder: a variable, so that a test can have it fail.
var findQuotes = quotes.FindYielding

// wholeText is the body as one sentence, without the space around it.
func wholeText(body string) Sentence {
	start := len(body) - len(strings.TrimLeftFunc(body, unicode.IsSpace))
	end := len(strings.TrimRightFunc(body, unicode.IsSpace))
	end = max(end, start)
	return Sentence{Text: body[start:end], Start: start, End: end}
}

// SummaryText returns the summary's sentences.
func (an Analysis) SummaryText() []string {
	out := make([]string, 0, len(an.Summary))
	for _, i := range an.Summary {
		out = append(out, an.Sentences[i].Text)
	}
	return out
}

// KeyWorthy reports whether an article's best quote can be shown as its key quote: a word
// alone in quotation marks ("working", "classy") is the writer's emphasis, not a voice, and
// says nothing beside the summary. 10 of 1,743 articles with quotes (CNN, BBC, BASIL, PolNeAR)
// have such a best quote.
func KeyWorthy(quote string) bool { return len(text.Tokens(quote)) >= 2 }

// rankQuotes orders quotes so that the one that best stands for the article comes first: a
// named speaker, a full statement rather than a fragment, early in the story, on its subject.
// The quotes' offsets are in quoted, the analysis's sentences' in body; lex has read the body.
func rankQuotes(qs []quotes.Quote, quoted, title, body string, an Analysis, lex *text.Lexicon) []Quote {
	topic := map[int32]bool{} // the stems (StemID) of the title's and the summary's content words
	addTopic := func(w int32) {
		if !lex.Stop(w) {
			topic[lex.StemID(w)] = true
		}
	}
	lex.EachID(title, addTopic)
	for _, i := range an.Summary {
		s := an.Sentences[i]
		lex.EachIDIn(body, s.Start, s.End, addTopic)
	}
	times := map[string]int{} // quotes by speaker
	for _, q := range qs {
		if q.Speaker != "" {
			times[q.Speaker]++
		}
	}
	out := make([]Quote, 0, len(qs))
	var words []int32 // one quote's, one buffer for all
	addWord := func(w int32) { words = append(words, w) }
	for i, q := range qs {
		words = words[:0]
		if q.Start >= 0 && q.End <= len(quoted) && q.Start <= q.End && strings.TrimSpace(quoted[q.Start:q.End]) == q.Text {
			lex.EachIDIn(quoted, q.Start, q.End, addWord) // the words the lexicon read with the body
		} else {
			lex.EachID(q.Text, addWord) // a quote joined from parts: its own text
		}
		score := 0.0
		if q.Speaker != "" {
			score += 2
			if r, _ := utf8.DecodeRuneInString(q.Speaker); strings.Contains(q.Speaker, " ") && unicode.IsUpper(r) {
				score += 0.5 // a full name
			}
			score += 0.3 * float64(min(times[q.Speaker], 3))
		}
		switch n := len(words); {
		case n >= 8 && n <= 60:
			score += 1.5
		case n > 60:
			score += 1
		case n >= 4:
			score += 0.5
		}
		if q.Partial && len(words) < 8 {
			score -= 1
		}
		hits := 0
		for _, w := range words {
			if topic[lex.StemID(w)] {
				hits++
			}
		}
		if len(words) > 0 {
			score += 1.5 * float64(hits) / float64(len(words))
		}
		score -= 0.2 * float64(i) // the story puts its key voice early
		out = append(out, Quote{Text: q.Text, Speaker: q.Speaker, Start: q.Start, End: q.End, Partial: q.Partial, Score: score})
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	return out
}

// Item is one article as a briefing shows it.
type Item struct {
	Title   string
	URL     string // shown as a link when it is http(s)
	Source  string
	When    time.Time
	Summary []string
	Quote   string    // the key quote, "" when none
	Speaker string    // who said it, "" when unknown
	Outlets []Outlet  // who reported it, Source first; a story has several
	First   time.Time // when its story began; zero for a lone article
	Update  bool      // a story shown before that has something new
}

// Outlet is one source that reported a story, with its article's link.
type Outlet struct {
	Name string
	URL  string
}
