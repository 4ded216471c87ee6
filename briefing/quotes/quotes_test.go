package quotes

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefing/text"
)

type want struct{ quote, speaker string }

func find(s string) []Quote { return Find(text.Parse(s, "")) }

// check asserts that every wanted quote is found (by its opening words) with its speaker.
func check(t *testing.T, got []Quote, wants []want) {
	t.Helper()
	for _, w := range wants {
		found := false
		for _, q := range got {
			if hasPart(q.Text, w.quote) {
				found = true
				if q.Speaker != w.speaker {
					t.Errorf("%q: speaker %q, want %q", w.quote, q.Speaker, w.speaker)
				}
			}
		}
		if !found {
			t.Errorf("quote %q not found in %+v", w.quote, got)
		}
	}
}

// hasPart reports whether quote text starts with prefix, or holds it where a part of a joined
// statement starts (after " … ", or after a sentence for a quotation carried over a paragraph
// break); a comma that ended a part is dropped where the parts join.
func hasPart(text, prefix string) bool {
	p := strings.TrimRight(prefix, ", ")
	return strings.HasPrefix(text, prefix) || strings.HasPrefix(text, p+" … ") ||
		strings.Contains(text, " … "+p) || strings.Contains(text, ". "+p)
}

func TestConventions(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"name then said after",
			`Mayor Anne Hidalgo opened the bridge. "It is a great day for Paris," Hidalgo said.`,
			[]want{{"It is a great day", "Anne Hidalgo"}}},
		{"said then name after",
			`"We will not give up," said Greta Thunberg, the activist.`,
			[]want{{"We will not give up", "Greta Thunberg"}}},
		{"name in a sentence that opens inside the quotation",
			// The quotation's second sentence starts inside it but names its speaker after it:
			// the sentence is read, so "Hale" later is the man named in full.
			`"The plan is ready. It will work," said Tom Hale, the harbour master. Later Hale added: "We start on Monday."`,
			[]want{{"The plan is ready", "Tom Hale"}, {"We start on Monday", "Tom Hale"}}},
		{"adverb opening the sentence before a surname",
			// "Later" and "Instead" open the sentence; they are no given names.
			`The ferry sailed late. Later Hale added: "We start on Monday." Instead Mora called the crew. "Not yet," she said.`,
			[]want{{"We start on Monday", "Hale"}, {"Not yet", "Mora"}}},
		{"adverb opening the sentence before a described speaker",
			`Tom Hale is on trial. Meanwhile Tom Hale's mother has said she is "100% certain" of his innocence.`,
			[]want{{"100% certain", "Tom Hale's mother"}}},
		{"colon before",
			`And US Secretary of State Antony Blinken told ABC News: "What we're seeing is no meaningful pullback."`,
			[]want{{"What we're seeing", "Antony Blinken"}}},
		{"participle before",
			`Kremlin spokesman Dmitry Peskov welcomed this, telling reporters: "It is positive."`,
			[]want{{"It is positive.", "Dmitry Peskov"}}},
		{"interrupted quote",
			"Chancellor Olaf Scholz arrived late.\n" + `"We are ready," he said. "We have always been ready."`,
			[]want{{"We are ready,", "Olaf Scholz"}, {"We have always been ready.", "Olaf Scholz"}}},
		{"continuation paragraph",
			"Jens Stoltenberg spoke in Brussels.\n" + `"So far we see no sign of de-escalation," he said. "No withdrawals.` + "\n" + `"Russia maintains a massive force."`,
			[]want{{"So far we see", "Jens Stoltenberg"}, {"No withdrawals.", "Jens Stoltenberg"}, {"Russia maintains", "Jens Stoltenberg"}}},
		{"pronoun is the last person",
			"Billionaire Rinat Akmetov, who was born in Donetsk, was in Mariupol.\n" + `"We continue to build," he said.`,
			[]want{{"We continue to build", "Rinat Akmetov"}}},
		{"surname alone is the full name",
			"The EU ambassador, Matti Maasikas, travelled east.\n" + `Maasikas said: "These are extraordinary times."`,
			[]want{{"These are extraordinary times.", "Matti Maasikas"}}},
		{"title alone is the person named with it",
			"Kremlin spokesman Dmitry Peskov spoke first.\nLater, officials met.\n" + `"There is no plan," the Kremlin spokesman said.`,
			[]want{{"There is no plan", "Dmitry Peskov"}}},
		{"organisation speaks",
			`"It cannot be excluded that the aggressor is resorting to dirty tricks," Ukraine's communications watchdog said.`,
			[]want{{"It cannot be excluded", "Ukraine's communications watchdog"}}},
		{"partial quote in reported speech",
			`German Defence Minister Christine Lambrecht, arriving at the talks, said reports of a pullback "are signals that at least give us hope."`,
			[]want{{"are signals that", "Christine Lambrecht"}}},
		{"according to",
			`"The road is closed until further notice," according to Sheriff Tom Brady.`,
			[]want{{"The road is closed", "Tom Brady"}}},
		{"curly marks",
			"“We will defend ourselves,” Volodymyr Zelensky said.",
			[]want{{"We will defend ourselves", "Volodymyr Zelensky"}}},
		{"appositive between quote and cue",
			`The chapter closed. "Livid, just extremely heartbroken," Jay Vinekar, a founder of the university's chapter, told CNN.`,
			[]want{{"Livid, just", "Jay Vinekar"}}},
		{"a person from a body: the person speaks",
			"Most people no longer learn numbers by heart.\n" + `"We are a nation of lazy dialers," Anna Reyes from Dialtone said.`,
			[]want{{"We are a nation", "Anna Reyes"}}},
		{"he after an inverted frame is its speaker, not the body before",
			"Harbourline did not want to sue, said Mr Tom Okafor. " + `"That would be fighting one wrong with another," he said.`,
			[]want{{"That would be fighting", "Tom Okafor"}}},
		{"he is not the person the quote names",
			"Coach Paul Bristow praised his side. Sean Lomax, Bristow's team-mate, has doubts about playing on. " +
				`"I think Sean's problem is the number of games," he said.`,
			[]want{{"I think Sean's problem", "Paul Bristow"}}},
		{"a name after the subject's own cue is no inverted subject",
			"Hull number eight Tom Vale says replacing Gary Banks as captain will be easy.\n" +
				`"You dream about playing for Hull, but never of leading it," he said.`,
			[]want{{"You dream about playing", "Tom Vale"}}},
		{"a name that reports speech is talked about, not the club before it",
			"Rovers have been linked with a move for Sam Orr, and Alan Pike said he would love him to come. " +
				`"He's a great player," he said.`,
			[]want{{"He's a great player", "Alan Pike"}}},
		{"a description after the cue is the person talked about",
			`Actor Tom Harker opened the film in London. "Christmas is a special time," added the two-time Academy Award winner.`,
			[]want{{"Christmas is a special time", "Tom Harker"}}},
		{"a speaker may name himself when he does not say I",
			"Author Ravi Menon quit writing in a post in January. " + `"Ravi Menon, the writer, is dead. He will live as a teacher," he said.`,
			[]want{{"Ravi Menon, the writer", "Ravi Menon"}}},
		{"she is the woman talked about, not the last man named",
			"Lawyer Lisa Green advises parents. Her client Conrad Roy was not charged.\n" + `"Pause and ask if you could call Mom and Dad," she said.`,
			[]want{{"Pause and ask", "Lisa Green"}}},
		{"a name after the cue that is also a word",
			"Lawyer Lisa Green spoke to CNN.\n" + `"Parents miss this all the time," said Green.`,
			[]want{{"Parents miss this", "Lisa Green"}}},
		{"the role alone is the person talked about",
			"Singer Cody Simpson visited the school on Monday.\n" + `"I want to share a message of happiness," the singer said.`,
			[]want{{"I want to share", "Cody Simpson"}}},
		{"question quote, frame in the next sentence",
			"Some residents are angry.\n" + `"Why is it that all the people in court are black?" Kimberly Hoskin said of the court.`,
			[]want{{"Why is it", "Kimberly Hoskin"}}},
		{"a short exclamation is speech",
			`The city manager wrote to the chief in an email: "Awesome! Thanks!" according to the report.`,
			[]want{{"Awesome! Thanks!", "The city manager"}}},
		{"nested quote closes before the outer mark",
			`Principal Sherman Padgett was puzzled. "She just said 'hold the bucket,' " the principal told KWCH.`,
			[]want{{"She just said 'hold the bucket,'", "Sherman Padgett"}}},
		{"missing space before an opening mark",
			`"It shows what it means to be an American," Hicks told WTKR."That flag says it all."`,
			[]want{{"That flag says it all.", "Hicks"}}},
		{"according to a news outlet: the subject speaks",
			`Deven Trafny described her as the love of his life, according to KUTV: "I'm going to miss her a lot."`,
			[]want{{"I'm going to miss her", "Deven Trafny"}}},
		{"the airline named earlier",
			"Gryphon Airlines did not hire him.\n" + `"He did not meet the qualifications," the airline said in a statement.`,
			[]want{{"He did not meet", "Gryphon Airlines"}}},
		{"a single name as a sentence subject",
			`These days, Fatiya is busy rebuilding her life. "I make my own way," she says.`,
			[]want{{"I make my own way", "Fatiya"}}},
		{"a surname spelt two ways",
			`A header from Aritz Aduriz won it. "We are very proud of how hard we worked," goalscorer Arduriz said.`,
			[]want{{"We are very proud", "Aritz Aduriz"}}},
		{"a description before the name after the cue",
			`"The distraction gets you off message," said Republican party boss Reince Priebus.`,
			[]want{{"The distraction", "Reince Priebus"}}},
		{"a frame that is its own sentence",
			`"I hope you're able to find the emails." Trump said. Clinton's campaign answered later.`,
			[]want{{"I hope you're able", "Trump"}}},
		{"a byline after a quote is not a frame", // the first-person words are the man the sentence before is about
			`Police chief Jon Belmar spoke. "We have a good idea where the shots came from." Sara Sidner reported from Ferguson.`,
			[]want{{"We have a good idea", "Jon Belmar"}}},
		{"a name and a colon",
			`Pollsters agree - Carl Bialik: "Keep on contacting voters as late as possible."`,
			[]want{{"Keep on contacting", "Carl Bialik"}}},
		{"a statement after a colon paragraph",
			"When Wallace died in 1998, President Bill Clinton released the following statement:\n" + `"Hillary and I offer our condolences to the family."`,
			[]want{{"Hillary and I offer", "Bill Clinton"}}},
		{"he is the person the sentence before introduced, not an acronym",
			"Call 1: 'The IRS is filing a lawsuit against you.' One of those victims was former NFL player Frank Garcia.\n" +
				`When he got the call, he panicked. "I'm going to jail," he recalled.`,
			[]want{{"I'm going to jail", "Frank Garcia"}}},
		{"a quote after a sentence that reports its speaker",
			`Lawyer Lisa Green spoke at length. Green stresses that teens must still be punished. "I am not advocating that kids be absolved," she added later.`,
			[]want{{"I am not advocating", "Lisa Green"}}},
		{"a quote paragraph after a reporting paragraph",
			"Senator Ted Cruz says the party must unite.\n" + `"The number one thing you must have to win is a united party."`,
			[]want{{"The number one thing", "Ted Cruz"}}},
		{"a place is not a person",
			`Mayor James Knowles spoke. In Ferguson, people are angry. Ferguson does what it wants. "There's going to be hostility," he said.`,
			[]want{{"There's going to be hostility", "James Knowles"}}},
		{"a cue after the quote that names nobody leaves the one before",
			`He rallies his supporters. Sanders had previously said, “We’ll see,” when asked whether he would raise money.`,
			[]want{{"We’ll see,", "Sanders"}}},
		{"as X put it",
			`As Vulture put it, “Hello, it’s the Biebs.”`,
			[]want{{"Hello, it’s the Biebs.", "Vulture"}}},
		{"a capitalised headline word is not a cue",
			`RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: “Gallup’s analysis shows a shift.”`,
			[]want{{"Gallup’s analysis", "Jeffrey M. Jones"}}},
		{"a headline in title case is not a name",
			`Trump Will Not Have A Good Relationship With David Cameron. “It looks like we’re not going to have a very good relationship,” Donald Trump said.`,
			[]want{{"It looks like", "Donald Trump"}}},
		{"a name set off by commas after a description",
			`Pakistan's interior minister Ali Khan spoke first. "It is very disappointing," the nation's home minister, Rajnath Singh, said in December.`,
			[]want{{"It is very disappointing", "Rajnath Singh"}}},
		{"his slogan",
			`Kyle Waring started shipping snow to warmer states. His business slogan: "Our nightmare is your dream!"`,
			[]want{{"Our nightmare is your dream!", "Kyle Waring"}}},
		{"a colon frame wins over a sentence after the quote",
			`Video shows Martese Johnson pinned to the ground, screaming: "How did this happen?" An officer can be heard telling the man to stop.`,
			[]want{{"How did this happen?", "Martese Johnson"}}},
		{"according to a description and a name",
			`According to the student's attorney, Daniel Watkins, "police took Martese to the ground."`,
			[]want{{"police took Martese", "Daniel Watkins"}}},
		{"reported speech after a quote is not its frame",
			`Timothy Camus leads the inquiry. Pastor Al Cadenhead lost money. "How do I know they aren't serious?" he said. "I was the perfect victim?" Camus said many people are afraid when they hear from the IRS.`,
			[]want{{"I was the perfect victim?", "Al Cadenhead"}}},
		{"It read: the statement of the body the sentence before was about",
			"London's Met Police, in a statement released Wednesday, said five men were due in court. It read: " + `"Summonses were served on five men."`,
			[]want{{"Summonses were served", "London's Met Police"}}},
		{"curly marks: a name after an exclamation",
			`“We won the vote tonight!” Harper said to reporters.`,
			[]want{{"We won the vote tonight!", "Harper"}}},
		{"party and state in parentheses after the name",
			`“The bill is dead on arrival,” Rep. Ann Kuster (D-N.H.) said.`,
			[]want{{"The bill is dead", "Ann Kuster"}}},
		{"an opening mark typed where the closing one belongs",
			`“It's unusual,“ said Larry Noble, a lawyer. “It rarely happens.”`,
			[]want{{"It's unusual,", "Larry Noble"}, {"It rarely happens.", "Larry Noble"}}},
		{"a frame whose subject is unknown does not borrow the last speaker",
			"\"The budget holds,\" Governor Ruth Adler said.\n\"We will see,\" someone in the hall said.",
			[]want{{"The budget holds", "Ruth Adler"}, {"We will see", ""}}},
		{"adding: the subject of the cue before it",
			`Omar Tahir left after prayers, Karim Nefzi said, adding, "He was not very religious."`,
			[]want{{"He was not very religious.", "Karim Nefzi"}}},
		{"and added: the subject of the first cue",
			`In an interview with reporter Dana Hill last year, Marcel Lazar said he welcomed the trial and added, "I will plead guilty."`,
			[]want{{"I will plead guilty.", "Marcel Lazar"}}},
		{"a participle after the quote names nobody after it",
			`Jan Boreing said the club would go on, but said, "It is time we change," promising the Friends of Abe a new start.`,
			[]want{{"It is time we change", "Jan Boreing"}}},
		{"the subject, not a name in an opening phrase",
			`In June 2009, after Clinton fell ill, Axelrod emailed her, telling her, "You are an all-star."`,
			[]want{{"You are an all-star.", "Axelrod"}}},
		{"a question, then the asker and the one asked",
			`Chuck Todd met the candidate. “Did you know it was Mussolini?” Todd asked the real estate mogul.`,
			[]want{{"Did you know", "Chuck Todd"}}},
		{"a quote signed in the line below",
			"\"We will fix the roads first.\"\n- Gwen Ortiz.",
			[]want{{"We will fix the roads first.", "Gwen Ortiz"}}},
		{"an acronym the story defined, through a spokesperson",
			`The case went to the English Football Association (FA) on Monday. "Reporting abuse is important," said an FA spokesperson.`,
			[]want{{"Reporting abuse", "English Football Association"}}},
		{"the top diplomat is the person the story is about",
			`Secretary of State John Kerry met his counterpart in Geneva. "We have to get the right deal," the top U.S. diplomat said.`,
			[]want{{"We have to get", "John Kerry"}}},
		{"shot back",
			`Jeb Bush attacked him over property. "Jeb wants to be a tough guy tonight," Trump shot back.`,
			[]want{{"Jeb wants to be", "Trump"}}},
		{"a cue right before the quote wins over a pronoun after it",
			"Hillary Clinton flew to Ohio.\nAsked about the emails, Sen. Dianne Feinstein said \"I don't know anything about them,\" she said.",
			[]want{{"I don't know anything", "Dianne Feinstein"}}},
		{"a capitalised common noun is no person",
			`Sources told the paper that Sen. Amy Novak had called. "I never called," she said. Other sources disagreed.`,
			[]want{{"I never called", "Amy Novak"}}},
		{"a frame that opens the next quote is not the last one's",
			`Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look cute.”`,
			[]want{{"Why now?", "Clinton"}, {"You look cute.", "Mills"}}},
		{"a name in quotes inside the frame",
			`“We’ve had better conventions,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said flatly.`,
			[]want{{"We’ve had better", "Bill Eastland"}}},
		{"a term in quotes inside the frame",
			`Judicial Watch President Tom Fitton called her claim of a "right of return" over the emails "significant and disturbing."`,
			[]want{{"significant and disturbing.", "Tom Fitton"}}},
		{"a name right before the participle",
			`Donald Trump spoke. At a rally in Birmingham, supporters punched a Black Lives Matter protester, with Trump reportedly yelling: “Get him the hell out of here!”`,
			[]want{{"Get him the hell", "Donald Trump"}}},
		{"a question, then said about",
			`"Why would you cozy up to Bush?" Allan Lichtman said about the campaign.`,
			[]want{{"Why would you", "Allan Lichtman"}}},
		{"a question inside the quote, then the frame",
			`"He stopped and said, 'How do we win Loudoun?'" Will Estrada, the county chairman, said of the meeting.`,
			[]want{{"He stopped and said", "Will Estrada"}}},
		{"a colon after a verb without a cue: the subject speaks",
			`Stephen Loomis wanted guns banned. Governor John Kasich resisted: "Governors do not have that power."`,
			[]want{{"Governors do not", "John Kasich"}}},
		{"a colon after a message to someone: the sender speaks",
			`Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Donald Trump: "It is time to quit attacking people."`,
			[]want{{"It is time to quit", "Mitch McConnell"}}},
		{"he is the sentence's subject, not a name later in it",
			"Mayor Marty Walsh had close ties to Vice President Joe Biden. But on Sunday he endorsed Clinton.\n\"We need someone who is battle tested,\" he said.",
			[]want{{"We need someone", "Marty Walsh"}}},
		{"a name in an opening aside is not the subject",
			"Newt Gingrich spoke in Iowa.\nIn his interview with the Chicago Tribune, Gingrich said social media helps. \"This is a culture of instant news,\" he said.",
			[]want{{"This is a culture", "Newt Gingrich"}}},
		{"a surname is the person of that name named just before",
			"George W. Bush campaigned for his brother.\nLater, Jeb Bush spoke in Columbia. Bush says he is \"excited where we stand.\"",
			[]want{{"excited where we stand.", "Jeb Bush"}}},
		{"Mr. is not the woman of that surname",
			"Donald Trump denied the claims. Ivana Trump recently backed away from them.\nMr. Trump said he was \"the perfect messenger.\"",
			[]want{{"the perfect messenger.", "Donald Trump"}}},
		{"an abbreviated title is the role spelt out",
			`Vermont Sen. Bernie Sanders spoke first. Hillary Clinton spoke next. "We will win," the Vermont senator said.`,
			[]want{{"We will win", "Bernie Sanders"}}},
		{"a title-case headline names no one",
			"Hillary Just Insulted The Benghazi Victims In The Absolute Worst Way.\nHillary Clinton spoke in Iowa. \"We didn't lose a single person,\" she said.",
			[]want{{"We didn't lose", "Hillary Clinton"}}},
		{"a movement is no person",
			"Thomas Burke leads a coalition. The group spent $2 million for the Stop Trump movement. \"We are within our rights,\" he said.",
			[]want{{"We are within", "Thomas Burke"}}},
		{"curly quotes signed with a dash at the end of their paragraph",
			"Latinos shared their thoughts.\n“He is ignorant of our culture.”― Pamela Padilla\n“I am so ashamed.” ― Carla Sanchez",
			[]want{{"He is ignorant", "Pamela Padilla"}, {"I am so ashamed.", "Carla Sanchez"}}},
		{"and added goes on with the sentence's first cue, not the one inside its clause",
			"Marcel Lehel Lazar hacked accounts.\nIn an interview with journalist Matei Rosca, Lazar said he welcomed extradition and added, \"I'll plead guilty, no problem.\"",
			[]want{{"I'll plead guilty", "Marcel Lehel Lazar"}}},
		{"a new clause after the quote is not its frame",
			`Donald Trump called the system "rigged" in a tweet Tuesday, and a few Republican lawmakers have called for a special prosecutor.`,
			[]want{{"rigged", "Donald Trump"}}},
		{"a role before a title and name",
			"Speaking on the radio, Labour leader Sir Keir Starmer said the government had lost control.\n\"It's chaos,\" the Labour leader added.",
			[]want{{"It's chaos", "Keir Starmer"}}},
		{"a nationality and a role: the person the story is about",
			"Volodymyr Zelenskyy has said Ukraine will never surrender.\n\"We are defending our land,\" the Ukrainian president said.",
			[]want{{"We are defending", "Volodymyr Zelenskyy"}}},
		{"the official brought in without a name stays unnamed",
			"Dmitry Peskov said the goals remain unchanged.\nA senior western official said heavy fighting was expected. Speaking on condition of anonymity, the official added that \"the next weeks are critical\".",
			[]want{{"the next weeks are critical", ""}}},
		{"a tweet signed with the author, handle and date",
			"Trump took to Twitter.\n“The Democrats are a disaster!” — Donald J. Trump (@realDonaldTrump) July 4, 2016",
			[]want{{"The Democrats are a disaster!", "Donald J. Trump"}}},
		{"May ends no name",
			`"We will leave on time," said Prime Minister Theresa May.`,
			[]want{{"We will leave on time", "Theresa May"}}},
		{"a surname before the full name",
			"The most telling promise Mrs. Clinton has made is that she will not overpromise. \"We don't need any more of that,\" she has said.\nHillary Rodham Clinton won the nomination.",
			[]want{{"We don't need any", "Hillary Rodham Clinton"}}},
		{"who said: the one before who, not the sentence's subject",
			`Bernie Sanders is disavowing remarks made by a campaign surrogate who said voters shouldn't "continue to elect corporate Democratic whores" at a rally.`,
			[]want{{"continue to elect", ""}}},
		{"who writes: the name the description is of",
			`He met Jim Braynard, a South Carolina native who writes fiction, including a story "where the loser becomes the main course."`,
			[]want{{"where the loser", "Jim Braynard"}}},
		{"a name in the possessive is a person",
			"Trump campaign chairman Paul Manafort's decision drew fire.\nAt the news conference, Manafort begged reporters to ask about something other than Melania Trump.\n\"We're just going to move on,\" he said.",
			[]want{{"We're just going to move on", "Paul Manafort"}}},
		{"a given name that is also a word",
			"One of them is Said Shemyon, who owns a store. Like most others, Shemyon was not keen to talk about Prime Minister Benjamin Netanyahu's speech. \"We just want peace,\" he said.",
			[]want{{"We just want peace", "Said Shemyon"}}},
		{"a verb that takes the quoted words as its object",
			`In an August speech, Donald Trump attacked "the hateful ideology of radical Islam and its oppression of women."`,
			[]want{{"the hateful ideology", "Donald Trump"}}},
		{"issued a statement, then the statement",
			`Immediately after the attacks, Donald Trump issued a statement, "Last night, our nation was attacked by a terrorist."`,
			[]want{{"Last night, our nation", "Donald Trump"}}},
		{"a weak verb names no one without a name right before it",
			`In the hours after 14 people were killed in San Bernardino, a familiar voice celebrated the attacks on Twitter: "California, we have already arrived with our soldiers."`,
			[]want{{"California, we have", ""}}},
		{"a British story quotes with single marks",
			"Prime Minister Keir Starmer visited the plant.\n‘We will not give in,’ he said. ‘The workers’ union is strong, and so are we.’",
			[]want{{"We will not give in,", "Keir Starmer"}, {"The workers’ union is strong, and so are we.", "Keir Starmer"}}},
		{"a partial quote that ends in s’",
			"Union leader Mick Lynch called the deal ‘a betrayal of the members’ and left. He said it was ‘a scandal’, adding: ‘We will strike.’",
			[]want{{"a betrayal of the members", "Mick Lynch"}, {"We will strike.", "Mick Lynch"}}},
		{"straight single marks and apostrophes",
			"'It's the '90s all over again,' said Jo Brand, the comedian. 'Nobody's laughing.'",
			[]want{{"It's the '90s all over again,", "Jo Brand"}, {"Nobody's laughing.", "Jo Brand"}}},
		{"double marks inside single ones",
			"‘He told me “go home” and I did,’ said Amir Khan. ‘It was over.’",
			[]want{{"He told me “go home” and I did,", "Amir Khan"}}},
		{"wire copy writes double marks as two apostrophes",
			"Senator Ruth Bigbee toured the plant. ''If I were in my 40s, I'd go back to school,'' she said.",
			[]want{{"If I were in my 40s", "Ruth Bigbee"}}},
		{"a group that speaks is said as the story says it",
			`The teenager has been missing since Friday. "Just come home, we are so worried about you," the family posted on Saturday.`,
			[]want{{"Just come home", "the family"}}},
		{"an unnamed role with its own noun is not the person the story is about",
			`Kimberly Hoskin lives in Ferguson. The city manager responded: "Awesome! Thanks!"`,
			[]want{{"Awesome! Thanks!", "The city manager"}}},
		{"a group right before the participle",
			`The video, shared widely, also showed the group of men chanting: "We will never give in."`,
			[]want{{"We will never give in.", "the group of men"}}},
		{"a group in object position does not speak",
			`Even before Bernie Sanders took the stage, his campaign sent out a text message to supporters saying: "With your help, we won."`,
			[]want{{"With your help", "Bernie Sanders"}}},
		{"the name after the role in an inverted frame",
			"Boris Johnson visited the port.\n\"We are ready,\" said the mayor, Anne Hidalgo. \"It was a mess,\" said one resident, Joan Baker, 71.",
			[]want{{"We are ready", "Anne Hidalgo"}, {"It was a mess", "Joan Baker"}}},
		{"a job before the name is no part of it",
			`Comedian Sarah Silverman took the stage. "You're being ridiculous," she said.`,
			[]want{{"You're being ridiculous", "Sarah Silverman"}}},
		{"no cue from an opening clause",
			`Sarah Silverman spoke. As the crowd began to chant, Silverman was joined on stage by Al Franken and joked, "You're being ridiculous."`,
			[]want{{"You're being ridiculous", "Sarah Silverman"}}},
		{"a closing mark typed where the opening one belongs",
			"Mayor Ann Reid spoke on Monday.\n\u202a”We are ready for the storm,” Reid said.",
			[]want{{"We are ready for the storm", "Ann Reid"}}},
		{"unknown stays unknown",
			`"Nobody knows what comes next," they said.`,
			[]want{{"Nobody knows", ""}}},
		{"someone unnamed is given as the story words them",
			`"Nobody knows what comes next," a resident said.`,
			[]want{{"Nobody knows", "a resident"}}},
		{"first person is unknown",
			`"I was scared," I said.`,
			[]want{{"I was scared", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			check(t, find(tc.text), tc.wants)
		})
	}
}

func TestSeed(t *testing.T) {
	b, err := os.ReadFile("../../seeds/000_6ca526304d51d5ce.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := Find(text.Parse(string(b), "Ukraine defies invasion threat, as NATO sees no Russian pullback"))
	check(t, got, []want{
		{"We are not afraid of forecasts, we are not afraid of anyone, of any enemies", "Volodymyr Zelensky"},
		{"We will defend ourselves.", "Volodymyr Zelensky"},
		{"The strength to protect us.", "Volodymyr Zelensky"},
		{"Moscow has made it clear", "Jens Stoltenberg"},
		{"Russia maintains a massive invasion force", "Jens Stoltenberg"},
		{"What we're seeing", "Antony Blinken"},
		{"It is positive", "Dmitry Peskov"},
		{"Not sure it's fully", "Matti Maasikas"},
		{"We continue to build", "Rinat Akmetov"},
	})
	for _, q := range got {
		if q.Text == "Day of Unity" {
			t.Errorf("scare quote taken as a quote: %+v", q)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add(`"A," he said. "B.` + "\n\"C\"")
	f.Add("‘A,’ he said. ‘The players’ union’ ''B'' ’90s 'C")
	f.Add("“unbalanced ” \" ” “ «x» \"")
	f.Add(`Mr. X said: "` + strings.Repeat("a ", 50))
	f.Add(`Singer Ann Lee won. "Q," the judge said. "R," the spokesman said.`)
	f.Add(`"said the firm. "We grow," the group said.`) // a mark right before the sentence's cue
	// A person and no one said it before a quote: the finder crashed.
	f.Add(`Mayor Ann Reid and the country's legal authorities said that the state has no say. "We don't want it.`)
	f.Fuzz(func(t *testing.T, s string) {
		d := text.Parse(s, "")
		for _, q := range Find(d) {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End {
				t.Fatalf("bad span %+v", q)
			}
			if q.Speaker == someone || strings.Contains(q.Speaker, "\x00") && !strings.Contains(s, "\x00") {
				t.Fatalf("speaker %q is the marker of someone unnamed", q.Speaker)
			}
			// A quote is its span's text; a statement joined from parts holds their words in
			// order, the last closing the span.
			span := strings.TrimSpace(s[q.Start:q.End])
			words, spanWords := text.Tokens(q.Text), text.Tokens(span)
			if !strings.Contains(q.Text, " … ") && !strings.ContainsAny(span, "\n\r") && q.Text != span {
				t.Fatalf("text %q does not match span %q", q.Text, span)
			}
			if len(words) > 0 && (len(spanWords) == 0 || words[len(words)-1] != spanWords[len(spanWords)-1]) {
				t.Fatalf("text %q does not close span %q", q.Text, span)
			}
			k := 0
			for _, w := range spanWords {
				if k < len(words) && w == words[k] {
					k++
				}
			}
			if k < len(words) {
				t.Fatalf("words of %q not in order in span %q", q.Text, span)
			}
		}
	})
}

// TestStatements: the parts of one statement, cut by its frame or carried into the next
// paragraph, are one quote; parts that something else stands between stay apart.
func TestStatements(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"cut by its frame",
			`"I was shaking my head," Eric Trump said. "It made no sense."`,
			[]string{"I was shaking my head … It made no sense."}},
		{"cut by an inverted frame",
			`"We are ready," said Olaf Scholz, the chancellor. "We have always been ready."`,
			[]string{"We are ready … We have always been ready."}},
		{"carried into the next paragraph",
			"\"We have strong armed forces,\" Ann Reid said. \"We have excellent diplomats.\n\"And the strength to protect us.\"",
			[]string{"We have strong armed forces … We have excellent diplomats. And the strength to protect us."}},
		{"an unnamed speaker",
			`"There was wrongdoing," said a former official. "But was it criminal?"`,
			[]string{"There was wrongdoing … But was it criminal?"}},
		{"closed, then a new paragraph",
			"\"We are ready,\" Ann Reid said.\n\"The port opens on Monday.\"",
			[]string{"We are ready,", "The port opens on Monday."}},
		{"two speakers",
			`"We are ready," Ann Reid said. "We are not," Tom Hale said.`,
			[]string{"We are ready,", "We are not,"}},
		{"narration between",
			`"We are ready," Ann Reid said on Monday. The ferry came in at nine. "It was late."`,
			[]string{"We are ready,", "It was late."}},
		{"a sentence about others with a cue late in it",
			`Mr Sukul said: "Hundreds of documents were scattered." The officers left the warehouse, but were later told to go back for them. "When the officers left, all the envelopes were scattered," Mr Sukul said.`,
			[]string{"Hundreds of documents were scattered.", "When the officers left, all the envelopes were scattered,"}},
		{"a frame of the speaker, its cue after an appositive, ending in a colon",
			`Ms Judd spoke on Monday: "I am pressing charges." The actor, who is also an advocate for women's rights, added: "The amount of violence is extraordinary."`,
			[]string{"I am pressing charges. … The amount of violence is extraordinary."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, q := range find(tc.text) {
				got = append(got, q.Text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("quotes %q, want %q", got, tc.want)
			}
		})
	}
}

// A cue before earlier terms in marks frames a short term only when the term ends the sentence
// as the cue's object: mid-sentence it is a term of the clause (see also "a term in quotes
// inside the frame" above).
func TestTermInsideClauseIsNoQuote(t *testing.T) {
	got := find(`What does it say to all those women to whom we say that, with a little "leaning in" or "playing big" they don't have to choose?`)
	for _, q := range got {
		if strings.HasPrefix(q.Text, "playing big") || strings.HasPrefix(q.Text, "leaning in") {
			t.Errorf("term %q taken for a quote (speaker %q)", q.Text, q.Speaker)
		}
	}
}

// "recently fired FBI Director James Comey" reports nothing: "tapes" before it is a term.
func TestFiredIsNoCue(t *testing.T) {
	for _, q := range find("Trump implied earlier this month that he had \u201ctapes\u201d of talks with recently fired FBI Director James Comey that would be damaging to Comey.") {
		t.Errorf("term taken for a quote: %q (speaker %q)", q.Text, q.Speaker)
	}
}

// A term before a frame that introduces the next quote with "to" has no frame of its own.
func TestFrameOfTheNextQuote(t *testing.T) {
	for _, q := range find("Rashida Tlaib was sworn in on Thursday. Asked for her reaction to Tlaib\u2019s \u201ccolorful language\u201d \u2015 the new Democratic congresswoman vowed to \u201cimpeach that motherfucker,\u201d referring to Trump \u2015 Pelosi said it was a free speech issue.") {
		if strings.HasPrefix(q.Text, "colorful") {
			t.Errorf("term %q taken for a quote of %q", q.Text, q.Speaker)
		}
	}
}

// TestVia: each quote tells which reading gave its speaker: its own frame by name, a frame
// whose subject is a pronoun or a description resolved to someone, the quote before, the one
// person an interview quotes; none without a speaker.
func TestVia(t *testing.T) {
	for _, tc := range []struct {
		text    string
		speaker []string
		via     []string
	}{
		{`"We will rebuild the bridge," said Olena Kovalenko, the city's engineer.`,
			[]string{"Olena Kovalenko"}, []string{"frame"}},
		{"Olena Kovalenko spoke at noon. \"We will rebuild the bridge,\" she said.",
			[]string{"Olena Kovalenko"}, []string{"frame-pronoun"}},
		{"Olena Kovalenko, the city's engineer, spoke at noon. \"We will rebuild the bridge,\" the engineer said.",
			[]string{"Olena Kovalenko"}, []string{"frame-description"}},
		{"\"We will rebuild the bridge,\" said Olena Kovalenko.\n\n\"It will take a year, and it will cost a lot of money.\"",
			[]string{"Olena Kovalenko", "Olena Kovalenko"}, []string{"frame", "goes-on"}},
		{"\"It will take a year, and it will cost a lot of money,\" someone shouted from the back.",
			[]string{""}, []string{""}},
	} {
		got := find(tc.text)
		var speakers, vias []string
		for _, q := range got {
			speakers, vias = append(speakers, q.Speaker), append(vias, q.Via)
		}
		if !slices.Equal(speakers, tc.speaker) || !slices.Equal(vias, tc.via) {
			t.Errorf("%q:\n got %q by %q\nwant %q by %q", tc.text, speakers, vias, tc.speaker, tc.via)
		}
	}
}

// TestFramesAreReadWithinBounds: a frame is read at most maxFrame bytes before and after its
// quotation, cut at a word boundary, and a text is read for at most maxQuotations pairs of
// marks: a "sentence" of thousands of quotations costs its length, not its square.
func TestFramesAreReadWithinBounds(t *testing.T) {
	s := strings.Repeat("word ", 2000) // 10,000 bytes
	tests := []struct {
		name           string
		got, want      int
		wordBoundaryAt bool // s[got-1] is the space before a word (back) or s[got] the space after one (forward)
	}{
		{"a sentence within the bound is read whole", frameFrom(s, 9000, 9500), 9000, false},
		{"back: cut to the first word that starts after the cut", frameFrom(s, 0, 9500), 9500 - maxFrame + 5, true},
		{"forward: within the bound", frameTo(s, 100, 900), 900, false},
		{"forward: cut after the last word in the next maxFrame bytes", frameTo(s, 100, 9000), 100 + maxFrame - 1, false},
		{"no space to cut at: nothing before", frameFrom(strings.Repeat("x", 5000), 0, 4000), 4000, false},
		{"no space to cut at: nothing after", frameTo(strings.Repeat("x", 5000), 100, 4000), 100, false},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, tc.got, tc.want)
		}
		if tc.wordBoundaryAt && s[tc.got-1] != ' ' {
			t.Errorf("%s: %d is inside a word", tc.name, tc.got)
		}
	}
	list := strings.Repeat(`"We will go to the pier." `, 3*maxQuotations)
	if n := len(Find(text.Parse(list, ""))); n == 0 || n > maxQuotations {
		t.Errorf("%d quotes found in %d pairs of marks, want some and at most %d", n, 3*maxQuotations, maxQuotations)
	}
}
