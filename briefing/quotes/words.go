// Word lists: the cues, joiners, roles and kinds of words the frame reader knows, as data.

package quotes

// modifiers before a short quote make it a term the writer uses, not words someone said:
// a "least weasel", this whole "worst-case scenario" thing, technological "progress".
var modifiers = set("a", "an", "the", "this", "that", "these", "those", "whole", "other", "so-called",
	"his", "her", "its", "their", "our", "my", "your", "dubbed", "called", "named", "nicknamed",
	"term", "word", "phrase", "label", "slogan", "hashtag", "technological", "little", "big", "new",
	"based", "type", "kind", "sort", "like", "as", "titled", "entitled", "headlined", "book", "film",
	"song", "novel", "show", "series", "album", "movie", "documentary", "play", "poem", "article")

// titlers introduce a title, whatever its words.
var titlers = set("titled", "entitled", "headlined", "subtitled", "captioned")

// works are what titles name; with a title in capitals after them, the quote is the title.
var works = set("book", "film", "song", "novel", "show", "series", "album", "movie", "documentary",
	"play", "poem", "article", "column", "essay", "report", "memoir", "podcast", "programme", "program",
	"episode", "called", "named", "dubbed", "nicknamed", "musical", "opera", "painting", "exhibition",
	"video", "clip", "website", "blog", "channel")

// namers give a work its title after its noun, "a video called "..."" (titlers do so whatever
// comes before them).
var namers = set("called", "named", "dubbed")

// inversionCues are reporting verbs that can come before their subject: "said Jim Smith".
var inversionCues = set("said", "says", "added", "adds", "explained", "explains", "noted", "notes",
	"wrote", "writes", "warned", "warns", "argued", "argues", "insisted", "insists", "continued",
	"continues", "stressed", "recalled", "recalls", "replied", "replies", "declared", "stated",
	"admitted", "conceded", "confirmed", "cautioned", "observed", "concluded", "countered")

// objectCues are reporting verbs whose object, not subject, a name after them is: "told BBC
// News", "called Trump's offer", "urged Congress".
var objectCues = set("told", "tells", "tell", "called", "calls", "urged", "urges", "accused",
	"accuses", "praised", "criticized", "criticised", "slammed", "blasted", "welcomed", "described",
	"describes", "labeled", "labelled", "branded", "dubbed", "begged", "mocked",
	"questioned", "texted", "emailed", "instructed", "implored")

// cues are the words that report speech. Participles report the sentence subject's words.
var cues = set("said", "says", "say", "told", "tells", "tell", "added", "adds", "warned", "warns",
	"insisted", "insists", "explained", "explains", "stated", "states", "declared", "declares",
	"wrote", "writes", "asked", "asks", "replied", "replies", "answered", "announced",
	"announces", "noted", "notes", "argued", "argues", "claimed", "claims", "continued",
	"continues", "recalled", "recalls", "remarked", "acknowledged", "admitted", "admits",
	"conceded", "confirmed", "confirms", "cautioned", "stressed", "stresses", "tweeted",
	"posted", "shouted", "yelled", "screamed", "whispered", "joked", "quipped", "urged",
	"urges", "vowed", "vows", "pledged", "promised", "predicted", "suggested", "suggests",
	"complained", "testified", "responded", "responds", "observed", "agreed", "agrees",
	"described", "describes", "called", "calls", "according", "reported", "reports", "read",
	"reads", "texted", "emailed", "pleaded", "begged", "demanded", "demands", "boasted",
	"lamented", "recounted", "exclaimed", "mused", "conceded", "countered", "retorted",
	"interjected", "concluded", "concludes", "opined", "charged", "alleged", "alleges",
	"denied", "denies", "maintained", "maintains", "contended", "contends", "believes",
	"believed", "thinks", "thought", "feels", "felt", "hopes", "hoped", "welcomed", "praised",
	"criticized", "criticised", "slammed", "blasted", "accused", "accuses", "insist",
	"put", "puts", "assured", "assures", "proclaimed", "proclaims", "reiterated", "reiterates",
	"emphasized", "emphasizes", "emphasised", "reacted", "exhorted", "labeling", "labelling", "questioned", "wondered", "wonders", "affirms", "affirmed", "reads", "barked", "boomed", "snapped", "mocked", "cracked", "scoffed", "sneered", "thundered",
	"roared", "bellowed", "murmured", "sighed", "deadpanned", "marveled", "marvelled", "gushed",
	"tweets", "posts", "emails", "labeled", "labelled", "branded", "dubbed", "confided", "vowing",
	"began", "quoted", "screaming", "shouting", "chanting", "yelling", "pointed",
	"telling", "saying", "adding", "writing", "noting", "warning", "explaining", "insisting",
	"describing", "calling", "asking", "declaring", "arguing", "stressing", "urging",
	"promising", "vowing", "claiming", "tweeting", "posting", "acknowledging", "admitting", "reminding",
	"asserted", "asserts", "commented", "apologized", "apologised", "apologizes", "apologises",
	"instructed", "implored", "muttered", "mumbled", "surmised", "surmises",
	// the -ing forms of the verbs above, as participle frames: "lashed out at Trump, accusing
	// the billionaire of "..."".
	"accusing", "complaining", "suggesting", "predicting", "recalling", "praising", "blasting", "slamming",
	"mocking", "lamenting", "boasting", "joking", "quipping", "conceding", "countering", "denying", "pledging",
	"demanding", "stating", "confirming", "cautioning", "responding", "replying", "answering", "announcing",
	"remarking", "observing", "testifying", "reiterating", "emphasizing", "emphasising", "asserting",
	"commenting", "proclaiming", "criticizing", "criticising", "questioning", "wondering", "retorting",
	"concluding", "maintaining", "contending", "alleging", "pleading", "exclaiming", "assuring", "confiding",
	"texting", "emailing", "whispering", "deadpanning", "scoffing")

// frameEnders may follow the cue of a frame: the clause ends, or a time, a place, a manner or
// an inverted name follows ("said on Tuesday", "said in a statement", "said Camus").
var frameEnders = set(".", ",", ";", "!", "?", "in", "on", "at", "during", "after", "before", "to", "of", "about",
	"from", "with", "as", "then", "later", "today", "yesterday", "tonight", "afterward", "afterwards",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "earlier",
	"last", "this", "—", "–", "-", "(", "\"", "”", "“", "by", "via", "when", "while", "quietly", "softly")

// clauseJoiners open a new clause after a comma.
var clauseJoiners = set("and", "but", "while", "whereas", "although", "though", "yet")

// coordinators join clauses and open sentences ("But Edu was"); no name begins with one.
var coordinators = set("and", "but", "yet", "or", "so")

// openingAdverbs open a sentence before its subject with no comma ("Later Hale added") and end
// in no "-ly": words of time and of linking. No name begins with one.
var openingAdverbs = set("later", "earlier", "meanwhile", "afterwards", "afterward", "yesterday", "today",
	"tonight", "tomorrow", "overnight", "instead", "hence", "thus", "therefore", "however", "nevertheless",
	"nonetheless", "moreover", "furthermore", "elsewhere", "otherwise", "indeed", "perhaps", "already")

// leads open a sentence before its subject: a sentence's words begin after one.
var leads = union(coordinators, openingAdverbs)

// takesObject are cues that a person they address may follow: `"...?" Todd asked the mogul.`
var takesObject = set("asked", "asks", "told", "tells", "urged", "reminded", "assured")

// weakCues take quoted words as their object without always reporting speech ("attacked the
// deal" is no quote); they name a speaker only for a quote of four words or more, when the
// name stands right before them: `Trump attacked "...`, `Mr. Obama decried the "...`, and
// `Trump issued a statement, "...`.
var weakCues = set("attacked", "attacks", "condemned", "condemns", "condemning", "hailed", "hails",
	"decried", "decries", "dismissed", "dismisses", "defended", "defends", "blamed", "blames",
	"lauded", "celebrated", "derided", "denounced", "denounces", "rejected", "rejects", "issued",
	"released")

// skippable words may stand between a subject and its cue: "Maasikas also said".
var skippable = set("also", "later", "then", "previously", "again", "further", "earlier",
	"recently", "has", "had", "have", "was", "is", "would", "will", "once", "simply", "just",
	"reportedly", "only", "repeatedly", "publicly", "privately", "quickly", "finally", "flatly",
	"angrily", "firmly", "bluntly", "told", "separately", "has", "had", "did", "does", "not",
	"never", "openly", "still", "often", "has since", "since", "afterwards", "initially", "first",
	"meanwhile", "nevertheless", "too", "however",
	// An auxiliary's negation before a cue: "Jay Carney wouldn't say", "didn’t comment" (a
	// token's lower case has a straight apostrophe).
	"didn't", "doesn't", "don't", "wouldn't", "won't", "couldn't", "can't", "hasn't", "haven't",
	"hadn't", "wasn't", "isn't", "shouldn't", "mustn't")

// lyNouns are the nouns in -ly that stand as a speaker's last word.
var lyNouns = set("family", "ally", "rally", "assembly", "daily", "weekly", "monthly", "quarterly", "supply",
	"bully", "ply", "fly", "anomaly")

// calendar words end a name: "Donald J. Trump (@realDonaldTrump) July 4, 2016" (not "May":
// Theresa May).
var calendar = set("january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec")

// timePrepositions open a phrase of time: "On Tuesday", "By March 3".
var timePrepositions = set("on", "in", "at", "by", "since", "until", "during", "last", "next", "this", "early", "late")

// bodies speak under one capitalised word.
var bodies = set("kremlin", "pentagon", "nato", "fbi", "cia", "nasa", "un", "eu", "vatican", "downing", "elysee", "whitehall")

var determiner = set("the", "a", "an")

var mediaWords = set("news", "times", "post", "journal", "tv", "radio", "agency", "television", "magazine",
	"newspaper", "reuters", "ap", "afp", "cnn", "bbc", "abc", "nbc", "cbs", "telegraph", "guardian", "herald")

// voices speak for the body named before them: "an FA spokesperson", "a club official".
var voices = set("spokesman", "spokeswoman", "spokesperson", "representative", "official", "statement")

// epithets describe a person without naming another role.
var epithets = set("top", "former", "senior", "veteran", "embattled", "outgoing", "incoming", "new",
	"longtime", "retired", "late", "then", "current", "acting", "interim", "beleaguered", "young", "elderly")

// collectives are groups and bodies that speak together; a story that quotes "the family" says
// who spoke, though it names no one. They are kept as the story words them, like "the city
// manager", and never merged across stories.
var collectives = set("family", "families", "parents", "relatives", "group", "crowd", "fans", "supporters",
	"men", "women", "teenagers", "onlookers", "voters", "passengers", "mourners",
	"protesters", "protestors", "demonstrators", "students", "residents", "neighbors", "neighbours",
	"villagers", "workers", "union", "organizers", "organisers", "campaigners", "activists", "witnesses",
	"company", "firm", "club", "team", "campaign", "committee", "council", "board", "school", "university",
	"hospital", "police", "agency", "ministry", "department", "government", "administration", "airline")

var possessives = set("his", "her", "their", "its")

// objectMarkers put the words after them in object position: "a text message to supporters
// saying" is no group speaking.
var objectMarkers = set("to", "for", "with", "from", "by", "at", "on", "in", "into", "toward", "towards", "among")

// roleAbbrev spells out abbreviated titles, so that "the Vermont senator" finds "Sen. Bernie Sanders".
var roleAbbrev = map[string]string{"sen": "senator", "rep": "congressman", "gov": "governor", "gen": "general",
	"lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "prof": "professor",
	"dr": "doctor", "rev": "reverend", "supt": "superintendent", "det": "detective"}

var asides = set("in", "on", "at", "after", "before", "during", "like", "unlike", "despite", "following",
	"with", "without", "from", "by", "under", "over", "among", "amid", "upon", "across", "through",
	"throughout", "within", "beyond", "besides", "since")

var subordinators = set("while", "when", "although", "though", "if", "because", "as", "whereas", "once", "until", "unless")

// subjectVerbs follow a name that is the subject of its sentence.
var subjectVerbs = set("is", "was", "has", "had", "says", "said", "told", "added", "lives", "lived",
	"works", "worked", "says", "explains", "recalls", "believes", "thinks", "wants", "wanted", "hopes",
	"knows", "knew", "will", "would", "can", "could", "did", "does", "went", "came", "left", "began")

// relatives open clauses whose names are not what the sentence is about.
var relatives = set("who", "whom", "whose", "which", "that", "against", "than")

// relativesOrCues is relatives and cues in one set: the subject finder asks of every lower-case
// word whether it is either, and most words are neither (one lookup instead of two).
var relativesOrCues = union(relatives, cues)
