package quotes

import "testing"

// TestErrorKinds holds one short made-up paragraph for each kind of attribution error found on
// news the code was not written on (see the issue on speakers for unseen news).
func TestErrorKinds(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"frame-less paragraph after an attributed one",
			"\"The delay is not new,\" says Anna Reyes, a nurse in Halifax.\n\"We are only starting to count it.\"",
			[]want{{"The delay is not new", "Anna Reyes"}, {"We are only starting", "Anna Reyes"}}},
		{"frame-less paragraph after a long frame",
			"\"It's very difficult - there are many displaced,\" stated Jo Sahundi, head of tracing for the Red Cross in Wambo.\n\n\"As they try to go back, others relocate.\"",
			[]want{{"As they try to go back", "Jo Sahundi"}}},
		{"a paragraph that goes on after the frame is no lead-in",
			"\"It's very difficult,\" stated Jo Sahundi, head of tracing in Wambo. Aid workers arrived on Monday.\n\n\"Roads to the villages are closed and nobody is clearing them.\"",
			[]want{{"Roads to the villages", ""}}},
		{"a frame with a verb we do not list is not the quote before's",
			`The city manager wrote in an email: "Awesome! Thanks!" according to the report. Judges were pressed too. ` +
				`"The city has made revenue a priority in court operations," the federal investigation found.`,
			[]want{{"The city has made revenue", ""}}},
		{"a frame with a verb we do not list names its subject",
			"Activist Brent Bozell spoke on Monday.\n\n" + `"There were some of us who thought we might work with them," Bozell points out.`,
			[]want{{"There were some of us", "Brent Bozell"}}},
		{"second quote later in the same paragraph",
			"\"The delay is not new,\" says Anna Reyes, a nurse in Halifax. The ward has lost six staff since May. \"We are only starting to count it.\"",
			[]want{{"We are only starting", "Anna Reyes"}}},
		{"someone named in between takes the next quote",
			"\"The delay is not new,\" says Anna Reyes, a nurse in Halifax.\nHealth minister Paul Dube disagreed. \"The numbers are falling,\" he said.",
			[]want{{"The numbers are falling", "Paul Dube"}}},
		{"a role word after a title names no one",
			"The First Daughters join their father at the ceremony every year. \"It is puzzling that I do this,\" the president remarked.",
			[]want{{"It is puzzling", "the president"}}},
		{"a description by another origin than the story's person gave them is not them",
			"Manuel Pellegrini's team lost at home. \"We must fight,\" said Pellegrini. The Chilean refused to blame the referee. " +
				"Arsenal won 3-0 at home on Saturday. \"We have to believe,\" the Frenchman said.",
			[]want{{"We must fight", "Manuel Pellegrini"}, {"We have to believe", ""}}},
		{"a relative the story brings in by a name no list holds",
			"Geraldine Martin, 59, has lived in Selma all her life. Her mother had just welcomed a little sister, Belinda, to the world. " +
				"\"We need incentives,\" said Geraldine. Belinda shook her head. \"I don't see how Selma will move forward,\" said Belinda. " +
				"People here are angry. \"I want to ask white people why,\" she said.",
			[]want{{"We need incentives", "Geraldine Martin"}, {"I want to ask", "Belinda"}}},
		{"description before the cue",
			"Engineer Maria Lopes designed the bridge in 2019. \"It will stand for a century,\" the soft-spoken engineer said.",
			[]want{{"It will stand", "Maria Lopes"}}},
		{"description after the cue",
			"Goalkeeper Petr Novak kept a clean sheet on Sunday. \"We defended as a team,\" said the veteran goalkeeper.",
			[]want{{"We defended as a team", "Petr Novak"}}},
		{"age as a description",
			"Runner Amy Chen finished first in Boston. \"I felt strong all the way,\" the 34-year-old told reporters.",
			[]want{{"I felt strong", "Amy Chen"}}},
		{"her statement said",
			"Senator Joan Ward left the party on Monday. \"I can no longer serve it,\" her statement said.",
			[]want{{"I can no longer serve it", "Joan Ward"}}},
		{"his lawyer speaks for him, not as him",
			"Actor Ben Cole was charged on Friday. \"He denies every charge,\" his lawyer said in a statement.",
			[]want{{"He denies every charge", ""}}},
		{"a spokesperson for a body",
			"\"We are reviewing the report,\" a spokesperson for Northline Rail said.",
			[]want{{"We are reviewing", "Northline Rail"}}},
		{"participle frame: writing",
			"Mayor Lena Holt answered her critics online, writing \"The budget is balanced and it stays balanced.\"",
			[]want{{"The budget is balanced", "Lena Holt"}}},
		{"participle frame: telling reporters",
			"Coach Ivan Petrov defended his team, telling reporters \"We will be back next season.\"",
			[]want{{"We will be back", "Ivan Petrov"}}},
		{"participle frame: tweeting",
			"Governor Rosa Diaz mocked the plan on Tuesday, tweeting \"This bill is dead on arrival.\"",
			[]want{{"This bill is dead", "Rosa Diaz"}}},
		{"appositive with a firm's name",
			"\"Rates will fall by spring,\" Tom Jones, chief economist at Marsh & Hale + Partners Ltd., said.",
			[]want{{"Rates will fall", "Tom Jones"}}},
		{"a possessive is no speaker",
			"Anna Reyes's shop was closed for a week. \"We lost everything,\" Reyes's husband said.",
			[]want{{"We lost everything", ""}}},
		{"a place is no speaker",
			"Rescue teams reached the village of Lindholm at dawn. \"We have found nobody alive,\" a rescuer in Lindholm said.",
			[]want{{"We have found nobody", ""}}},
		{"an adjective is no speaker",
			"Protesters marched through the city on Sunday. \"Enough is enough,\" Black residents said.",
			[]want{{"Enough is enough", "Black residents"}}},
		{"a party and state tag after the name",
			"Lawmakers argued late into the night. \"This is a hard day for me,\" Rep. Alan Price Jr., D-Ore., said on the floor.",
			[]want{{"This is a hard day", "Alan Price Jr."}}},
		{"a long appositive between name and cue",
			"\"The river is our water,\" Ruth Okafor, a farmer trying to unseat Representative Dan K. Miles II, a Democrat, in the state's Second District, said in a statement.",
			[]want{{"The river is our water", "Ruth Okafor"}}},
		{"a second quote after the speaker's frame sentence",
			"Critics pressed him for an answer. \"Why would they wait until June?\" Senator Ray Cobb, R-Ohio, asked on Tuesday. \"If they will not vote, the seat stays empty.\"",
			[]want{{"Why would they wait", "Ray Cobb"}, {"If they will not vote", "Ray Cobb"}}},
		{"a second quote after a long frame sentence",
			"\"They always put the party first,\" said Representative Lena Ortiz of Idaho, one of the loudest voices for farm workers, complaining that growers got short shrift. \"It is the one word they know: tomorrow.\"",
			[]want{{"It is the one word", "Lena Ortiz"}}},
		{"a paragraph of quote after a frame that opens with a name",
			"\"Her campaign inspired millions of families,\" White House spokesman Tom Reed said in a statement.\n\n\"The president thanked the senator for the work she did.\"",
			[]want{{"The president thanked", "Tom Reed"}}},
		{"a speaker's second cue after a partial quote",
			"Governor Ada Lind said the plan was \"deeply flawed\" and said \"we will fight it in every court of this country.\"",
			[]want{{"we will fight it", "Ada Lind"}}},
		{"a person whose surname is also a network",
			"Former president Vicente Fox spoke to reporters on Monday. \"He is not welcome in our country,\" Fox told CNN.",
			[]want{{"He is not welcome", "Vicente Fox"}}},
		{"a new clause after a quote names someone else",
			"Lawmakers met on Monday. Some senators called the plan \"bold and intriguing,\" but Sen. Ann Holt, D-Mo., said it was a mistake.",
			[]want{{"bold and intriguing", "Some senators"}}},
		{"a verb joined to the subject before the quote",
			"Mr Blair said he would not answer \"gossip in new books\" and promised to hail Labour's record \"from now until polling day\".",
			[]want{{"gossip in new books", "Blair"}, {"from now until polling day", "Blair"}}},
		{"a titled name's document",
			"Rep. Tom Braley apologised on Friday. Mr. Braley's apology noted his own years \"doing farm jobs and working a grain elevator.\"",
			[]want{{"doing farm jobs", "Tom Braley"}}},
		{"a surname that is also a role word",
			"Rep. Peter King, R-N.Y., who opposes the plan, said Monday that the city had heard \"pushback\" from others.\n\n\"Everyone knows they have the right to build,\" he told reporters.",
			[]want{{"Everyone knows", "Peter King"}}},
		{"a second quote after a very long frame sentence",
			"\"I will fight for you,\" Mayor Tom Hale told hundreds of thousands of rain-soaked admirers and onlookers in a forceful 16-minute address from the steps of the old town hall on Friday. \"We will start winning again.\"",
			[]want{{"I will fight for you", "Tom Hale"}, {"We will start winning", "Tom Hale"}}},
		{"whom a speaker tells is no speaker",
			"The political reform group's general secretary told BBC Radio 4's Today Programme there were some \"very out-dated features\" in the law.",
			[]want{{"very out-dated features", ""}}},
		{"a peer's title names a place",
			"The law lords ruled on Thursday. Lord Nicholls of Birkenhead, in his ruling, said: \"Indefinite imprisonment without charge is anathema in any free country.\"",
			[]want{{"Indefinite imprisonment", "Lord Nicholls"}}},
		{"a quotation printed with a mark for each paragraph",
			"Flanker Johnny O'Connor won his third cap on Saturday.\n\n\"Missing the game was hard, but you can't dwell on these things. \"Denis has been playing really well,\" O'Connor said.",
			[]want{{"Missing the game was hard", "Johnny O'Connor"}, {"Denis has been playing", "Johnny O'Connor"}}},
		{"it: the body the sentence before reports",
			"The builders Hollins & Sons said the housing market had proved \"challenging\" last year. \"By late summer the market had slowed across the country,\" it added.",
			[]want{{"By late summer", "Hollins & Sons"}}},
		{"it: a body named after its verb",
			"\"It is the kind of storage people want,\" said Seagate. \"It is all about style.\" \"It is the first time a drive is small enough for a pocket,\" it said.",
			[]want{{"It is the first time", "Seagate"}}},
		{"it: never a person",
			"Mayor Ann Cole said the budget was \"tight\" this year. \"The city will borrow less than it did in the last ten years,\" it said.",
			[]want{{"The city will borrow", ""}}},
		{"what a verb that takes an object names is no speaker",
			"Senator Chris Coons of Delaware slammed the leader for refusing \"to negotiate with Senate Democrats in good faith,\" but also called Ann Lee's offer \"a first step toward a compromise that should be welcomed.\"",
			[]want{{"to negotiate with Senate Democrats", "Chris Coons"}, {"a first step toward", "Chris Coons"}}},
		{"a vice president is not the president",
			"President Donald Trump met the senators. Vice President Mike Pence pressed them for a deal. \"The country needs a wall that works,\" the president said during a cabinet meeting.",
			[]want{{"The country needs a wall", "Donald Trump"}}},
		{"whom a frame after the quote tells is no speaker",
			"\"We did not know it was the minister coming,\" Rev. John Hopping of St Anne's Church, told HuffPost.",
			[]want{{"We did not know", "John Hopping"}}},
		{"a surname before a generational suffix",
			"Among the critics was George T. Conway III, a lawyer and the husband of Kellyanne Conway. \"If he knows he will lose,\" Mr. Conway wrote on Twitter, \"he knows he is breaking the law.\"",
			[]want{{"If he knows he will lose", "George T. Conway III"}}},
		{"a verb joined to the clause after an opening one",
			"A day before Mr. Stone and Mr. Bannon emailed about the leak, Donald Trump Jr. exchanged messages with the account and asked, \"What is behind this Wednesday leak I keep reading about?\"",
			[]want{{"What is behind", "Donald Trump Jr."}}},
		{"a plain surname far from a namesake with a suffix",
			"President Trump reversed the decision on Friday. His son Donald Trump Jr. is a keen hunter. " +
				"The ban had been announced by the agency earlier in the week and defended by its staff. Groups that protect elephants had protested for days. " +
				"Officials had said the change was based on new counts of the herds in two countries. Those counts were not published. " +
				"Hunters had welcomed the change when it was first announced. " +
				"\"Put the decision on hold until I review all the facts,\" Mr. Trump tweeted.",
			[]want{{"Put the decision on hold", "Trump"}}},
		{"a relative clause with commas of its own",
			"Actor Liam Neeson held a dinner in New York. The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars, said: \"The theatre is too important to crumble.\"",
			[]want{{"The theatre is too important", "Liam Neeson"}}},
		{"a relative clause is no speaker",
			"Elizabeth Lauten, who has more than 14,000 followers on Twitter and was a spokeswoman for a congressman, wrote a letter, saying the girls should \"try showing a little class\" at events.",
			[]want{{"try showing a little class", "Elizabeth Lauten"}}},
		{"an unnamed spokesman speaks for the body",
			"Apple spokesman Tim Ward said sales rose. \"The Mac Mini brings the Mac to more people than ever before,\" an Acme spokesman said.",
			[]want{{"The Mac Mini brings", "Acme"}}},
		{"a body's name with of in it",
			"The British Chambers of Commerce said it was \"concerned by the clamour for early interest rate increases\" this year.",
			[]want{{"concerned by the clamour", "The British Chambers of Commerce"}}},
		{"a paper called The Something is no person",
			"Senator Ann Cole criticised the plan for its secrecy, according to The Hill. \"We know about the secret meetings and the lobbyists,\" she said.",
			[]want{{"We know about the secret", "Ann Cole"}}},
		{"a frame with a time after its verb",
			"\"Her aide has been accused of breaking the rules. Jail!\" Trump tweeted early Tuesday. \"The department must finally act on this.\"",
			[]want{{"Her aide has been", "Trump"}, {"The department must", "Trump"}}},
		{"the statement is its author's",
			"\"He should step down,\" Governor Ann Cole said in a statement released by her campaign.\n\n\"If we do not get tough, we will not have a country,\" the statement continued.",
			[]want{{"If we do not get tough", "Ann Cole"}}},
		{"a statement no one is said to have made stays unknown",
			"The law changed last year. The statement said the department \"will review every case in the coming weeks.\"",
			[]want{{"will review every case", ""}}},
		{"the company the sentence before reports",
			"Hollins Group has said its annual profit will be lower than expected.\n\n\"Sales in our winter season have been below our hopes,\" the company said.",
			[]want{{"Sales in our winter season", "Hollins Group"}}},
		{"a run of roles before the name",
			"Sales of the new models rose in the second half. \"In 2004, our company gained ground in every market,\" said chairman and chief executive officer Bill Ford.",
			[]want{{"In 2004, our company", "Bill Ford"}}},
		{"a phrase that describes the opening one",
			"Mayor Tom Cole and his adviser Jim Reed have been close for years. On Friday, the day that Mr. Reed stood on the courthouse steps and pledged his loyalty to the mayor, Mr. Cole attacked the inquiry. \"It is a witch hunt and nothing more,\" he wrote.",
			[]want{{"It is a witch hunt", "Tom Cole"}}},
		{"he after an unnamed spokesman is the spokesman's body",
			"Minister Paul Dube announced the scheme on Monday. A spokesman for the Harbour Trust said the plan was welcome. \"We have waited a long time for this decision,\" he said.",
			[]want{{"We have waited", "the Harbour Trust"}}},
		{"she after an unnamed spokeswoman is nobody named",
			"Minister Anne Dube announced the scheme on Monday. But an executive spokeswoman insisted the plan was for adults. \"It was simply a recognition of how people live,\" she said.",
			[]want{{"It was simply a recognition", ""}}},
		{"a title tells a single name's gender",
			"Lord Falconer and Lord Woolf agreed about the reform, a ministry spokeswoman said. \"Their disagreement is about the detail of the rules,\" she said.",
			[]want{{"Their disagreement", ""}}},
		{"a title tells a known name's gender",
			"Kamau Ossai and Wanjiru Voss ran the bank's Asia desk. Mr. Ossai, a former official at the bank, said Ms. Voss had earned respect abroad. \"She never raised her voice, so people listened to her,\" he said.",
			[]want{{"She never raised her voice", "Kamau Ossai"}}},
		{"an indefinite pronoun is nobody named",
			"Protests followed in the city. Others, angered by the delay in the Ortega case, shouted, \"Release the tape now!\"",
			[]want{{"Release the tape now", ""}}},
		{"an indefinite pronoun is no person for he or she",
			"It is the first time a candidate has made dementia an issue, said Robert Egge, who leads a charity. None has offered plans. \"It makes this a national conversation,\" he said.",
			[]want{{"It makes this a national", "Robert Egge"}}},
		{"he or she is no body",
			"Ms Voss visited Baghdad in May. The Harbour Institution published her report on Monday. \"It is seen as a selling off of the country's assets,\" she says.",
			[]want{{"It is seen as a selling", "Voss"}}},
		{"an adverb between the subject and its verb is no part of the name",
			"Senator Ted Cruz spoke in Iowa on Monday. Cruz gingerly called it \"an assessment the voters are going to make in the end.\"",
			[]want{{"an assessment the voters", "Ted Cruz"}}},
		{"a noun in -ly stays the speaker's last word",
			"Rescuers found the boy on Sunday. \"We are grateful to everyone who searched the hills for him,\" the boy's family said.",
			[]want{{"We are grateful to everyone", "the boy's family"}}},
		{"first-person words after a sentence about someone who spoke before",
			"\"Everyone at the club has been waiting for this game,\" said Chidi Okonkwo.\n\nSpeaking on his plans, Okonkwo signalled his intent to move abroad. \"I'm 30 now and in five years' time I won't be in this country.\"",
			[]want{{"I'm 30 now", "Chidi Okonkwo"}}},
		{"it after a body whose name reads like a person's",
			"Deutsche Boerse said the hedge fund's opposition would not change its approach. \"The acquisition is in the best interests of our shareholders,\" it said.",
			[]want{{"The acquisition is in the best", "Deutsche Boerse"}}},
		{"it after a person is nobody",
			"Mr Dixon said the carrier would cut jobs. \"The cuts are needed to stay in the market,\" it said.",
			[]want{{"The cuts are needed", ""}}},
		{"the group after a body whose second verb has no subject of its own",
			"The Student Council said media would not be allowed in but said the event would be streamed. \"This is a student space for the questions students feel are most pressing,\" the group said on Facebook.",
			[]want{{"This is a student space", "Student Council"}}},
		{"an appositive whose closing comma is missing",
			"The chancellor announced the cuts on Monday. Mark Serwotka, the leader of the Public and Commercial Services Union said: \"This is the day of the long knives for civil servants.\"",
			[]want{{"This is the day", "Mark Serwotka"}}},
		{"an appositive that describes without a role word",
			"Pay TV is spreading fast. Adam Hume, the BBC Broadcast's futurologist told the BBC: \"What happens here today, we will see in nine months in the UK.\"",
			[]want{{"What happens here today", "Adam Hume"}}},
		{"names in an opening phrase are no appositive",
			"Hillary Clinton spoke about Donald Trump on Tuesday. In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential candidate stated that his remarks were \"divisive and mean-spirited.\"",
			[]want{{"divisive and mean", "Hillary Clinton"}}},
		{"a comma after an opening phrase is no appositive",
			"Writing his Christmas message in the Northern Echo, the Bishop said: \"Conspiracy theories are always fun to invent and to read.\"",
			[]want{{"Conspiracy theories", "the Bishop"}}},
		{"a place word before a name is no title",
			"Trevor Phillips said parties might reserve seats for under-represented groups. For example in West Ham, this might allow only women to stand. \"If minorities are not represented after the election, we cannot go on the same way,\" he said.",
			[]want{{"If minorities are not", "Trevor Phillips"}}},
		{"a demonym for the person the story is about",
			"Andre Agassi beat Nicolas Massu in his first match for two months. \"I felt pretty good about the way the match played out,\" said the American.",
			[]want{{"I felt pretty good", "Andre Agassi"}}},
		{"a role the story gave one person is that person, as a sentence's subject",
			"Michael Cockerell filmed Tory leader Michael Howard for a documentary. Cockerell asked about immigration. The Tory leader was asked about his parents' arrival.\n\nHe replies: \"What is the inference of that question about my family?\"",
			[]want{{"What is the inference", "Michael Howard"}}},
		{"a name after a subject in lower case and its verb is no subject",
			"Labour spokesman Fraser Kemp said the poster had been misunderstood. The image simply portrayed Mr Howard as a hypnotist, he argued. \"Concern has been expressed and we have to take those views on board.\"",
			[]want{{"Concern has been expressed", "Fraser Kemp"}}},
		{"a deputy is not the one he deputises for",
			"The dinner was hosted by Deputy Prime Minister John Prescott. According to a new book, the prime minister said: \"Help me to get through the year and I will then stand down.\"",
			[]want{{"Help me to get through", "the prime minister"}}},
		{"a band's frontman",
			"Franz Ferdinand frontman Alex Kapranos has called for more help for musicians. \"For any cultural output to thrive, it needs support,\" he said.",
			[]want{{"For any cultural output", "Alex Kapranos"}}},
		{"first-person words after a sentence about someone",
			"But Robert Redford knows this and started a TV channel to reach a wider audience. \"When you look at the films here, what we are presenting is very much egalitarian.\"",
			[]want{{"When you look at the films", "Robert Redford"}}},
		{"first-person words after a sentence about a product",
			"The Assistive Mouse Adapter is the brainchild of researcher Jim Levine. \"I knew that there must be a way to improve the situation for him.\"",
			[]want{{"I knew that there must", ""}}},
		{"a compound that ends in a lower-case word is no part of a name",
			`"I requested that my pay be withheld," Representative-elect Mikie Sherrill said.`,
			[]want{{"I requested that my pay", "Mikie Sherrill"}}},
		{"a name set off after a description",
			"Another candidate, Doug Ducey, the state treasurer, qualified his view, saying that he would veto the bill but then \"bring together all the interested parties to talk.\"",
			[]want{{"bring together all", "Doug Ducey"}}},
		{"a closing mark typed after a space leaves the next frame outside",
			"\"It is such an honour,\" said Tom Gale. \"It is a great end to a great year. \" Ann Hale said: \"Knowing the people who won it, I feel pride.\"",
			[]want{{"It is such an honour", "Tom Gale"}, {"Knowing the people", "Ann Hale"}}},
		{"an opening phrase after a conjunction is not the subject",
			"The festival is young. Director Paul Rand runs it. Lisbon is a recent addition to the calendar. And while it has yet to match the festivals of Hong Kong and Busan, Mr Rand predicts it will. \"It has grown fast,\" he concedes.",
			[]want{{"It has grown fast", "Paul Rand"}}},
		{"an opening phrase has one subject",
			"Tom Carr quoted the rule. But if Carr implied that he would not criticise Ned Cole, he did not follow it.\n\nHe said it was an \"insult to the volunteers\" of his campaign.",
			[]want{{"insult to the volunteers", "Tom Carr"}}},
		{"a pronoun is an opening phrase's subject",
			"Ted Cole wants rivals out.\n\nThough he did not mention Mark Rudd or John Kane by name, he made it clear.\n\nHe asked them \"to consider\" their campaigns.",
			[]want{{"to consider", "Ted Cole"}}},
		{"a place and its state inside an opening phrase",
			"Ben Sand spoke to voters. Iowa will decide the race. But as Mr. Sand campaigned on Friday in Washington, Iowa, he stuck to his message. \"I like this town,\" he said.",
			[]want{{"I like this town", "Ben Sand"}}},
		{"a description with a club's name is the person the story is about",
			"Robbie Keane scored the winner on Saturday. Keane praised his team-mates. \"It was great play from Damien,\" said the Tottenham striker.",
			[]want{{"It was great play", "Robbie Keane"}}},
		{"a description with a capitalised compound is the person the story is about",
			"Liam Neeson backed the theatre appeal. The Oscar-nominated actor said: \"The Lyric is too important to fall apart.\"",
			[]want{{"The Lyric is too important", "Liam Neeson"}}},
		{"a body's spokesman is not the person the story is about",
			"President Ivan Petrov met the envoy on Monday. \"The talks were useful,\" the Kremlin spokesman said.",
			[]want{{"The talks were useful", "Kremlin"}}},
		{"a name after 'in' with no given name is a place",
			"The nominee spoke on Friday. Mike Pence was speaking in Fort Wayne, Indiana. The Indiana governor said: \"They are to blame.\"",
			[]want{{"They are to blame", "Mike Pence"}}},
		{"a later quote of the paragraph after a long sentence that names no one",
			"\"We can win the group,\" said Steve Finn. France and Israel are all now tied on five points from three matches, although the Republic look to have a slight edge after two away draws and a home win over the Faroe Islands. \"In the last game we did not play great football.\"",
			[]want{{"In the last game", "Steve Finn"}}},
		{"a later quote of the paragraph brought in by a sentence of its own",
			"\"We can win the group,\" said Steve Finn. The film shows his private side, at home with his wife or playing table tennis in the garden of the house they bought in the spring of last year. Asked if she enjoys the game, she confesses: \"It would be more enjoyable if I could win.\"",
			[]want{{"It would be more enjoyable", ""}}},
		{"a publication that spoke is no 'he'",
			"Richard Blumenthal spoke at the memorial. The New Haven Register reported that Mr. Blumenthal \"served in the Marines\" there.\n\nIn the interview, he said he was not certain. He added that he \"can't possibly know what is reported\" about him.",
			[]want{{"can't possibly know", "Richard Blumenthal"}}},
		{"a person after a capitalised title is no publication",
			"The Senate Majority Leader Tovo Kell spoke on Monday. Senators from both parties backed the deal.\n\nHe added that he \"would not wait for the House\" to act.",
			[]want{{"would not wait for the House", "Tovo Kell"}}},
		{"a demonym after an age is a description, not a name",
			"Arsene Wenger signed a new deal on Friday. The 55-year-old Frenchman told the club's website: \"These are exciting times.\"",
			[]want{{"These are exciting times", "Arsene Wenger"}}},
		{"a demonym after a place is the person the story is about",
			"Peter Jackson spoke in Sydney on Monday. \"We want to make it,\" said the New Zealander.",
			[]want{{"We want to make it", "Peter Jackson"}}},
		{"an office of several capitalised words joined by 'and' before the name",
			"Democrats want the report. \"Release it now,\" tweeted former Housing and Urban Development Secretary Julian Cass.",
			[]want{{"Release it now", "Julian Cass"}}},
		{"two people joined by 'and' after the cue: the first",
			"\"We will win,\" said Tom Smith and Ann Jones.",
			[]want{{"We will win", "Tom Smith"}}},
		{"words given in the passive are the agent's, not the subject's",
			"Jay Buhecha from Cambridge was found guilty. Buhecha was called \"one of the biggest Bollywood pirates in the UK\" by the sentencing judge.",
			[]want{{"one of the biggest", "the sentencing judge"}}},
		{"a passive with a named agent",
			"Johnny Depp starred in the film. He was called the \"fifth child of the group\" by the film's director Marc Forster.",
			[]want{{"fifth child of the group", "Marc Forster"}}},
		{"a description after a cue keeps its noun",
			"Harry Reid spoke on the floor on Tuesday. \"We already have things on the calendar,\" said the Democratic staffer, noting that the rules allow it.",
			[]want{{"We already have things", "the Democratic staffer"}}},
		{"'asserted' reports speech",
			"The shutdown ended on Friday. In January, Don Trent asserted that he had \"the absolute right to declare a national emergency.\"",
			[]want{{"the absolute right", "Don Trent"}}},
		{"a body's officials as a subject are the officials, not the body",
			"Senior White House officials raised the stakes on Wednesday, warning that inaction would \"significantly increase the risk\" of a recession.",
			[]want{{"significantly increase the risk", "Senior White House officials"}}},
		{"a person of a body named with 'the' is the person",
			"Police will watch the hunts. But Simon Hart of the Countryside Alliance said that the rules were \"far too vague to enforce\" in the field.",
			[]want{{"far too vague", "Simon Hart"}}},
		{"a person in a paper, today",
			"Chris Christie is down. Maggie Haberman in the New York Times today explains why, \"More than any other candidate, he has a path.\"",
			[]want{{"More than any other candidate", "Maggie Haberman"}}},
		{"a day before the name is no part of it; a date alone is no one",
			"Tony Blair spoke. And on Thursday Mr Blair is saying: \"I want to talk about prosperity.\"\n\nAnother review, on June 25, 2012, reported a spike in violence with \"foreigners being targeted\".",
			[]want{{"I want to talk", "Tony Blair"}, {"foreigners being targeted", ""}}},
		{"a subject of two is no 'he'",
			"The shutdown went on. Senate leader Chuck Schumer and Speaker Nancy Pelosi made their first visit since their meeting with Donald Trump, when he said he would be \"proud\" to shut the government.",
			[]want{{"proud", "Donald Trump"}}},
		{"a name after 'said' with the comma left out, then a description",
			"Mark Hale, the firm's chief, said demand would grow. Traffic will matter if providers are to hold on to gamers said Lindsay Scott, an analyst with research firm The Yankee Group. \"Operators need to differentiate their services,\" she said.",
			[]want{{"Operators need to differentiate", "Lindsay Scott"}}},
		{"a sentence opening with a quantifier names no one",
			"Anne-Marie Slaughter wrote to Clinton often. Another Slaughter email reflects early frustration on the team.\n\n\"More and more I am hearing things about the White House,\" she wrote.",
			[]want{{"More and more I am hearing", "Anne-Marie Slaughter"}}},
		{"the end of a double surname is the person the story named in full",
			"Party chair Debbie Wasserman Schultz opened the hearing.\n\nWasserman Schultz said that drafting the platform \"is an open process\" for all.",
			[]want{{"is an open process", "Debbie Wasserman Schultz"}}},
		{"a person's spokesman speaks for the person, in words that are not the person's own",
			"Tony Blair was away on Monday. A spokesman for Tony Blair said the plan was \"on track and fully funded\" as promised.",
			[]want{{"on track and fully funded", "A spokesman for Tony Blair"}}},
		{"a description of a role the story gave someone else is not that person",
			"Singer Pete Doherty was in court on Monday. Doherty, 25, has to be home by midnight. On Monday the judge said requests to change his bail terms must be \"not too regular an occurrence\".",
			[]want{{"not too regular an occurrence", "the judge"}}},
		{"a description of a role the story gave someone is that one",
			"Film star Marlon Brando turned down the part. The actor's friend Budd Schulberg told Vanity Fair that an assistant suggested he read the novel. The actor refused, throwing the book at her and saying: \"I won't glorify the mafia.\"",
			[]want{{"I won't glorify the mafia", "Marlon Brando"}}},
		{"the spokesman is not the person the story is about",
			"Prime Minister David Cameron will work with whoever is elected, the prime minister's spokesman said. \"If one is proposed we will consider it,\" the spokesman said.",
			[]want{{"If one is proposed", "the spokesman"}}},
		{"letters after a name are a role of the person",
			"Former welfare minister Frank Field MP criticised the rivalry on Sunday. \"What sort of model does it give to the nation?\" the Labour MP for Birkenhead asked.",
			[]want{{"What sort of model", "Frank Field"}}},
		{"words a possessive's remark says are the possessor's; a verdict on them is the subject's",
			"Kathy Griffin defended the photo on Tuesday. Griffin claims the image was inspired by Trump's comments about the anchor Megyn Kelly having \"blood coming out of her eyes\" in a debate.\n\n" +
				"Speaker Paul Ryan called Donald Trump's remarks about a Latino judge \"racist\" on Tuesday.",
			[]want{{"blood coming out of her eyes", "Donald Trump"}, {"racist", "Paul Ryan"}}},
		{"a name ending in a number is a group's, no person's",
			"Tony Blair apologised to the families on Wednesday. However, one of the so-called Guildford Four, Gerry Conlon, who was wrongly convicted, said the families were delighted. He said Mr Blair had spoken with \"such sincerity\" at the meeting.",
			[]want{{"such sincerity", "Gerry Conlon"}}},
		{"a sentence reporting someone else between two quotes of a paragraph brings in a new speaker",
			"Lib Dem spokesman Mark Oaten said: \"It would clearly be prudent to wait.\" Chief constable Andy Hayman acknowledged that binge drinking did cause problems. \"If you come to Norwich on a Saturday night you will see things. \"There is no way we cannot police it.\"",
			[]want{{"It would clearly be prudent", "Mark Oaten"}, {"If you come to Norwich", "Andy Hayman"}, {"There is no way", "Andy Hayman"}}},
		{"a name after a pronoun subject is no subject",
			"Alicia Molik won in straight sets on Monday. She will now meet Venus Williams in the fourth round. \"Bring it on,\" said the 23-year-old.",
			[]want{{"Bring it on", "Alicia Molik"}}},
		{"a role after the cue, then the name it is given",
			"Rates will stay on hold. \"Manufacturing is in recession,\" said EEF chief economist, Steve Radley.",
			[]want{{"Manufacturing is in recession", "Steve Radley"}}},
		{"a name's possessive after the cue is no subject, but a website's owner speaks",
			"Capt. Ron Johnson said there were six arrests. He called it \"a very good night,\" and said Holder's visit had let people know they were heard.\n\n" +
				"Kyle Waring will ship you snow. \"We will not ship snow to the northeast!\" says Waring's website.",
			[]want{{"a very good night", "Ron Johnson"}, {"We will not ship snow", "Kyle Waring"}}},
		{"a description with the rank of its role is the person the story is about",
			"Rio Ferdinand is in talks over a new contract at Manchester United. \"I would like to see the situation resolved,\" said the central defender.",
			[]want{{"I would like to see", "Rio Ferdinand"}}},
		{"a description with adjectives is the person the story is about",
			"Donald Trump spoke in Iowa on Monday. \"We have to really increase the bombings,\" said the presumptive Republican nominee.",
			[]want{{"We have to really increase", "Donald Trump"}}},
		{"an office is not another office of the same word",
			"Tony Blair met the families on Monday. Home Secretary Charles Clarke said the law would change. \"We will act on this,\" the prime minister said.",
			[]want{{"We will act on this", "the prime minister"}}},
		{"a place or body word and one word more is a body's name, not a surname",
			"America Rising, a pro-Republican research group, took aim at the candidate, saying he made \"brazen and incorrect claims on the trail.\"\n\n" +
				"The charity Christian Aid said rich nations must not \"cut and run\" from Iraq.",
			[]want{{"brazen and incorrect claims", "America Rising"}, {"cut and run", "Christian Aid"}}},
		{"the organisation is the body the sentence before reports speaking",
			"Reporters Without Borders said the sentence was harsh. \"The authorities are trying to make an example of him,\" the organisation said in a statement.",
			[]want{{"The authorities are trying", "Reporters Without Borders"}}},
		{"a given name that is also a faith's adjective begins a person's name",
			"Andrew Bud, head of the forum, praised the code. \"It's all about transparency,\" he said. Christian Harris, a manager at Zed, said the rules were essential. \"The rules must be applied across the industry,\" he said.\n\n" +
				"\"The main factor is height,\" fire service spokesman Christian Wegner told The Guardian.",
			[]want{{"The rules must be applied", "Christian Harris"}, {"The main factor is height", "Christian Wegner"}}},
		{"a surname the story uses for a person is no place for having followed 'that' or 'in' as a possessive",
			"A man named Najibullah Zazi was the first witness in Naseer's trial. Prosecutors noted that Naseer had dropped out of classes. " +
				"Naseer, who has been representing himself, denied all charges. \"Did anyone take the stand?\" Naseer asked the jury. \"We all know the answer,\" he said.",
			[]want{{"We all know the answer", "Naseer"}}},
		{"a contracted pronoun opening a sentence is its subject, not the name after it",
			"Sanders has to win the state. \"It's according to age groups,\" said Mattie Thomas, a retired worker. She's a Sanders supporter but concedes that her peers love the Clintons.\n\n" +
				"\"They have a perception of the Clintons,\" she said.",
			[]want{{"They have a perception", "Mattie Thomas"}}},
		{"a body's relative clause does not hide it from the sentence's verb",
			"The Covenant Network of Presbyterians, which says it wants \"a fully inclusive church,\" welcomed the news. \"The change is long overdue,\" the group said.\n\n" +
				"A spokesman for the Student Union, which represents 9,000 students, called the rule harsh. \"It punishes the wrong people,\" the union said.",
			[]want{{"The change is long overdue", "Covenant Network of Presbyterians"}, {"It punishes the wrong people", "Student Union"}}},
		{"the one an agency quoted as saying speaks, not the agency",
			"Mikhail Khodorkovsky founded Yukos. \"The unit has been sold off,\" the Interfax news agency quoted Mr Khodorkovsky as saying.\n\n" +
				"Traders were sceptical. \"It was a surprise,\" Reuters quoted one trader as saying.",
			[]want{{"The unit has been sold off", "Mikhail Khodorkovsky"}, {"It was a surprise", ""}}},
		{"a sentence with a term in quotation marks still reports who speaks next",
			"The bill was changed again. But shadow culture secretary John Whittingdale said the way the government had handled it was a \"shambles\". \"This announcement is a further humiliating retreat by the government.\"",
			[]want{{"This announcement is a further", "John Whittingdale"}}},
		{"'it' after a body's quote is the body",
			"Auction site Gun Broker Inc said it had pulled the listing on Thursday. \"No one at the website has any relationship with Zimmerman,\" the company wrote in its statement.\n\nIt added, \"We want no part in the listing on our web site.\"",
			[]want{{"We want no part", "Gun Broker Inc"}}},
		{"which said: the body or the document before it, not the sentence's subject",
			"Rick Perry ran a new ad. The ad was denounced by the Log Cabin Republicans, a gay rights group, which said it was \"wrong for Governor Perry to assume\" so much.\n\n" +
				"On Wednesday Senate leader Harry Reid received a letter from the party's leaders, which stated, \"We will not agree to invoke cloture.\"",
			[]want{{"wrong for Governor Perry", "the Log Cabin Republicans"}, {"We will not agree", ""}}},
		{"a sentence opening with a pronoun is about the one it stands for, not a name after it",
			"Ricky Gervais admitted he was cautious about revealing who would be taking part. But he has met with Ben Stiller and they enjoyed the scripts.\n\n\"I didn't want to start revealing names until it was all sorted.\"",
			[]want{{"I didn't want to start", "Ricky Gervais"}}},
		{"a day before the subject is not a name",
			"Rick Perry was widely criticized. On Tuesday he repeated his apology for that comment, calling it \u201cvery inappropriate,\u201d in a debate.",
			[]want{{"very inappropriate", "Rick Perry"}}},
		{"a document's owner speaks, not the place it went to",
			"Chancellor Gordon Brown will deliver the Budget on 16 March. Sir Digby Jones said stability was all important. His message to the chancellor was: \"Please don't give it away.\"\n\n" +
				"Tesco bid for the chain on Monday. A Tesco statement to the Competition Commission said: \"The board has noted the speculation.\"",
			[]want{{"Please don't give it away", "Digby Jones"}, {"The board has noted", "Tesco"}}},
		{"a crowd the story does not name is no one, not the sentence's subject",
			"Tony Blair spoke to the Jewish Chronicle. Mr Blair also distanced himself from the posters, which critics claimed were \"anti-Semitic\".\n\n" +
				"Mr Telford agreed, but added it was hard to answer when people asked \"What has Labour done for the North East?\"\n\n" +
				"Mr DiPiazza said the interviews with chief executives suggested that companies had \"adjusted\" to the dollar.",
			[]want{{"anti-Semitic", ""}, {"What has Labour done", ""}, {"adjusted", "DiPiazza"}}},
		{"a cue word after 'the' is a noun, and the sentence's real cue reports the speaker",
			"Michael Howard gave his New Year message. The catastrophe was overshadowing the hopes for the future, Mr Howard said.\n\n" +
				"\"We watched the scenes of destruction with a sense of disbelief.\"",
			[]want{{"We watched the scenes", "Michael Howard"}}},
		{"a quote paragraph after a sentence saying who issued a statement is the statement",
			"Donna Brazile will lead the party. At her direction, the DNC issued a statement apologizing to Sanders.\n\n" +
				"\"On behalf of everyone at the DNC, we want to offer a deep and sincere apology.\"",
			[]want{{"On behalf of everyone", "DNC"}}},
		{"the pronoun of a cue set off after what it reports is not who those words name",
			"Michael Howard has said Tony Blair failed. \"Who can be trusted?\" Mr Howard asked.\n\n" +
				"Mr Blair has failed to tackle these problems, he claimed.\n\n" +
				"\"The result is big government and higher taxes eroding incentives.\"\n\n" +
				"When Mr Blair met the unions, he explained that the plan would work.\n\n\"We are ready to govern.\"",
			[]want{{"Who can be trusted?", "Michael Howard"}, {"The result is big government", "Michael Howard"}, {"We are ready to govern.", "Tony Blair"}}},
		{"a firm's name joined by 'and' or '&' owns the name after it, and stays one word",
			"Analysts welcomed the decision. \"The relaxation could ignite interest,\" added Ernst and Young's Sanjay Mehta.\n\n" +
				"Stuart Rose, head of M&S, said its prices were too high. \"We are bringing in ranges at new price points,\" said M&S.",
			[]want{{"The relaxation could ignite", "Sanjay Mehta"}, {"We are bringing in ranges", "M&S"}}},
		{"the subject of a passive cue says nothing",
			"Michael Howard attacked Labour. For the Lib Dems, Simon Hughes said many pensioners are means tested for the money they needed and students who were told there would be no tuition fees \"have been given exactly the opposite\".\n\n" +
				"Donald Trump spoke to the magazine. In the interview, Trump was asked, \"What's the most dangerous place you have been to?\"",
			[]want{{"have been given exactly", "Simon Hughes"}, {"What's the most dangerous", ""}}},
		{"a role word that is never a title does not make a name of the word after it",
			"The final Star Wars movie may be dark, film-maker George Lucas has said.\n\n\"I would not take a child to this,\" he said.",
			[]want{{"I would not take a child", "George Lucas"}}},
		{"a police rank's abbreviation is a title, not a given name",
			"The head of the unit, Detective Chief Superintendent Mick Deats, said: \"This investigation has disrupted criminals.\"\n\n" +
				"Chief Supt Deats went on to warn: \"The internet offers huge benefits.\"",
			[]want{{"This investigation has", "Mick Deats"}, {"The internet offers", "Mick Deats"}}},
		{"initials joined by full stops and a delegate's title open a name",
			"Twitter shut the accounts. \"Twitter has ramped up its response,\" said J.M. Berger, a fellow.\n\n" +
				"\"This is a waste of time,\" Del. Stacey Plaskett said.",
			[]want{{"Twitter has ramped up", "J.M. Berger"}, {"This is a waste of time", "Stacey Plaskett"}}},
		{"a word that opens or describes a phrase is no speaker",
			"David Waters replied on Twitter. Another tweeted, \"Clinton thinks she is above the rules.\"\n\n" +
				"Japan spoke on Friday. A Chinese official responded by saying Japan should be careful \"not to interfere and stir up problems\" in the waterway.\n\n" +
				"Duncan Hunter denied wrongdoing. Prosecutors said Hunter and his wife \"mischaracterized\" the spending.",
			[]want{{"Clinton thinks she is above", ""}, {"not to interfere", ""}, {"mischaracterized", ""}}},
		{"a body's name of several words is kept whole",
			"Trump spoke in the city. The Democratic National Convention released a statement on Wednesday, saying his comments are \u201canother example of his dangerous rhetoric.\u201d\n\n" +
				"Mr McLetchie stood down. Commenting on his decision, a Scottish Labour Party spokesman said: \"This should mean he does not breach the rules.\"",
			[]want{{"another example", "The Democratic National Convention"}, {"This should mean", "Scottish Labour Party"}}},
		{"the one a passive cue is done by speaks",
			"Bernie Sanders was on the show. Sanders was asked by host Bill Maher, who supports Sanders, \u201cNow, you famously said the emails did not matter.\u201d\n\n" +
				"Apple showed the Mac mini. The machine was described by Steve Jobs as \"the most affordable Mac ever\".",
			[]want{{"Now, you famously said", "Bill Maher"}, {"the most affordable Mac", "Steve Jobs"}}},
		{"a subordinator opening the subject's clause is no part of the name",
			"The hearing began on Monday. When I began to speak I saw his surprise. \u201cExplain to me why you are here.\u201d",
			[]want{{"Explain to me why", ""}}},
		{"a role at the body the story named is the person the story is about",
			"\"As rich countries get richer, they are giving less,\" Oxfam's Barbara Stocking said.\n\n" +
				"\"2005 offers the chance for a breakthrough,\" the charity's director added.",
			[]want{{"2005 offers the chance", "Barbara Stocking"}}},
		{"a group named by its role speaks as the story says it",
			"Three Republican state senators wrote to Governor Jan Brewer on Monday. \"Our intent was to create a shield,\" the senators said in a letter to Ms. Brewer, adding that the matter was \"causing our state harm.\"\n\n" +
				"Andrea Levy won the prize. \"It is hard to think of anybody not enjoying it,\" wrote the judges.",
			[]want{{"Our intent was to create", "the senators"}, {"causing our state harm", "the senators"}, {"It is hard to think", "the judges"}}},
		{"a role word cut short names no one",
			"Bernie Sanders spoke twice on Thursday. The first interruption came during a speech at the State University of New York, when protesters shouted \"she wins, we lose!\" at the stage.",
			[]want{{"she wins, we lose!", ""}}},
		{"a cue word after an article, a possessive or an adjective is a noun",
			"Bernie Sanders was on the show. Sanders was asked by host Bill Maher, who has dismissed the story about Clinton\u2019s emails, \u201cDo you regret saying that?\u201d\n\n" +
				"Khizr Khan spoke at the convention. Khan also decried Trump\u2019s repeated calls to ban all Muslims from entering the U.S., noting he has \u201csacrificed nothing\u201d for the country.",
			[]want{{"Do you regret", "Bill Maher"}, {"sacrificed nothing", "Khizr Khan"}}},
		{"a brief is its owner's document",
			"Ivana Trump filed papers in court. However, Ivana Trump's brief said that was not her view and dismissed those reports as \"previous misinterpreted statements and allegations\" by others.",
			[]want{{"previous misinterpreted", "Ivana Trump"}}},
		{"a given name that men and women share tells no gender",
			"Ted Cruz won the endorsement. \"I am proud,\" Cruz said. Sen. Lindsey Graham backed him.\n\nGraham says he will tell the bigots to \"shut up now and forever.\"",
			[]want{{"shut up now", "Lindsey Graham"}}},
		{"a gendered role tells the gender",
			"Governor Tom Moore signed the bill on Monday. Spokeswoman Kelly Banks announced it. \"It is a good day for the state,\" he said.",
			[]want{{"It is a good day", "Tom Moore"}}},
		{"a body's name holds 'for' and 'and'",
			"In a statement, the Department of Trade and Industry said the new policy meant a \"sixfold reduction in the number of waste shipments\".\n\n" +
				"A spokeswoman for the Department for International Development said: \"The government made a clear commitment.\"\n\n" +
				"The National Organization for Women President Terry O'Neill said that the cover was \"sexist and an insult to every woman\".",
			[]want{{"sixfold reduction", "the Department of Trade and Industry"}, {"The government made", "the Department for International Development"},
				{"sexist and an insult", "Terry O'Neill"}}},
		{"a second verb after a quote is the subject's before it",
			"Paul Ryan and Joe Biden met in the debate. Biden spoke first.\n\n" +
				"Ryan, toward the end of the debate, warned that a \"debt crisis is coming\" and claimed the sitting president offers little more than speeches.\n\n" +
				"Donald Trump spoke about Ferguson on Tuesday.\n\nThe town released a statement Wednesday saying Trump\u2019s comments \u201care based on his opinion, not actual facts,\u201d and welcomed Trump to visit the city.",
			[]want{{"debt crisis is coming", "Paul Ryan"}, {"are based on his opinion", ""}}},
		{"the shadow chancellor is not the chancellor",
			"Chancellor Gordon Brown presented the budget. But Oliver Letwin, for the Tories, attacked government red tape and debt.\n\n" +
				"The shadow chancellor said the plan had \"turned to dross in his hands\" and said he was borrowing to spend.",
			[]want{{"turned to dross", "Oliver Letwin"}}},
		{"the words after a body's 'of' are no person",
			"Head of genetics at the National Institute of Medical Research, Professor Robin Badge, said he had witnessed the confusion in the US. He said: \"We will end up with a schizophrenic system.\"",
			[]want{{"We will end up", "Robin Badge"}}},
		{"a name after a cue with a verb of its own is the reported clause's subject, no inverted speaker",
			"Bruce Willis plays a commander. The lawsuit said Willis has endured \"extreme mental, physical and emotional pain and suffering.\"\n\n" +
				"House Republican Thomas Massie used to support Rand Paul, but now said Trump had \u201cthe opportunity and the obligation to bring us together.\u201d",
			[]want{{"extreme mental", ""}, {"the opportunity and the obligation", "Thomas Massie"}}},
		{"a saying is no one's",
			"Tony Blair will take part in phone-ins. Mr Blair recalls how Bill Clinton once advised him: \"Always remember that what people see of you in the news is how they think you spend your day.\" His hope must be that voters watching him on the rack will bear out for Labour the old maxim: \"No pain, no gain.\"\n\n" +
				"Tory leader Michael Howard sent Mr Bush his \"warmest congratulations\", saying: \"We look to the president to be a unifying force.\"",
			[]want{{"No pain, no gain.", ""}, {"We look to the president", "Michael Howard"}}},
		{"'it' after a body that spoke, past a passive verb",
			"The Ugandan Media Council said the performance would not be put on. It said the production could go ahead if the organisers \"expunge all the offending parts\".",
			[]want{{"expunge all the offending", "Ugandan Media Council"}}},
		{"participle frames of more reporting verbs",
			"Sen. Ted Cruz (R-Texas) on Friday lashed out at Donald Trump, accusing the billionaire of enlisting \"his friends at the National Enquirer and his political henchmen.\"\n\n" +
				"But Sen. Pat Toomey (R-Pa.) refused to entertain the possibility of campaigning alongside Cruz, responding that he\u2019s \u201cnot going to go into what my campaign is doing.\u201d",
			[]want{{"his friends at the National", "Ted Cruz"}, {"not going to go into", "Pat Toomey"}}},
		{"a quote paragraph after 'According to X' is X's",
			"The GOP plans to read the Constitution.\n\nAccording to Peter Keating at Vanity Fair, $1.1 million is the estimated cost of GOP plans to read the document on the House floor.\n\n" +
				"\"The amount I get is nearly $1.1 million, though of course this is more back-of-the-envelope than exact.\"",
			[]want{{"The amount I get", "Peter Keating"}}},
		{"'fired' is a cue only as 'fired back' or 'fired off'",
			"Trump implied earlier this month that he had \u201ctapes\u201d of talks with recently fired FBI Director James Comey that would be damaging to Comey.\n\n" +
				"In a matter of hours, the St. Louis group fired off to the NAACP the statement demanding the organization withdraw its \"bigoted, false and inflammatory\" resolution.",
			[]want{{"bigoted, false and inflammatory", "the St. Louis group"}}},
		{"what a thing is described as by someone is that someone's words",
			"In October, Mr. Stone exchanged emails with Stephen K. Bannon, then the chief executive of the campaign. Mr. Bannon appears to be the official described in the court document as \"the high-ranking Trump Campaign official,\" based on previous disclosures.\n\n" +
				"Mr Brown also announced plans to merge 35 agencies into nine - described by one civil service union as a \"bonfire of the quangos\".",
			[]want{{"the high-ranking Trump", ""}, {"bonfire of the quangos", ""}}},
		{"a frame that goes on after a quotation has that sentence's subject",
			"President Donald Trump on Saturday accused social media sites of bias.\n\n" +
				"He went on to call censorship \u201ca dangerous thing\u201d and then took a swipe at CNN and MSNBC, saying that while they are \u201cfake,\u201d he does not demand that offending content be taken off air.",
			[]want{{"fake", "Donald Trump"}}},
		{"an act inside reported words is no frame",
			"Foreign Secretary Jack Straw spoke on Tuesday. Mr Straw said the US had agreed to release the four after \"intensive and complex discussions\" over security.\n\n" +
				"But when Indiana passed a version which critics said could allow discrimination, Gov. Mike Pence later vowed to \"clarify the law\".",
			[]want{{"intensive and complex", "Jack Straw"}, {"clarify the law", "Mike Pence"}}},
		{"according to a report by someone is that someone's",
			"\"HSDPA will be vital for profitable services like mobile internet browsing,\" according to a report published by UK-based research consultancy Analysys.\n\n" +
				"According to a report from Gartner, \"the market will grow by a fifth next year.\"",
			[]want{{"HSDPA will be vital", "Analysys"}, {"the market will grow", "Gartner"}}},
		{"'he' after a named person's unnamed voice is that voice",
			"\"His conduct should deeply concern every American,\" House Freedom Caucus Chairman Mark Meadows said in a statement.\n\n" +
				"Strzok's attorney, meanwhile, blasted the bureau on Monday, saying the deputy director \"reversed the decision of the career FBI official.\"\n\n" +
				"He added, \"A lengthy investigation failed to produce a shred of evidence.\"",
			[]want{{"A lengthy investigation", ""}}},
		{"a cue with 'to' right before a quote frames it, and not the one before",
			"Rashida Tlaib was sworn in on Thursday. Asked for her reaction to Tlaib\u2019s \u201ccolorful language\u201d \u2015 the new Democratic congresswoman vowed to \u201cimpeach that motherfucker,\u201d referring to Trump \u2015 Pelosi said it was a free speech issue.",
			[]want{{"impeach that", "Rashida Tlaib"}}},
		{"an epithet stays in the description",
			"Rashida Tlaib was sworn in on Thursday. \"We will fight,\" the new congresswoman said.\n\n" +
				"Elizabeth Lauten apologized. Enter Ms. Lauten \u2014 a former Republican National Committee new media aide who describes herself on Twitter as loving God, cats and \u201call things pink, green and pearls!\u201d",
			[]want{{"We will fight", "Rashida Tlaib"}, {"all things pink", "Elizabeth Lauten"}}},
		{"roles joined by 'and' before a name",
			"Nortel issued new figures. \"With the completion of our restatements we have a solid foundation,\" said Nortel president and chief executive Bill Owens.",
			[]want{{"With the completion", "Bill Owens"}}},
		{"a cue opening a sentence is no part of the name after it; a weekday ends a name",
			"Robert Gibbs spoke on Monday. Added Gibbs: \"I think you would really have to ask somebody who says that.\"\n\n" +
				"Republican senators kept up pressure on party Chairman Michael Steele Sunday to better explain his on-camera claim that Afghanistan is a \"war of Obama's choosing\" and may not be winnable.",
			[]want{{"I think you would", "Robert Gibbs"}, {"war of Obama's choosing", "Michael Steele"}}},
		{"'she' after an unnamed voice's frame is that voice, and so the body it speaks for, not the people before it",
			"Presenters Johnny Vaughan and Denise Van Outen will not return, the BBC has said.\n\n" +
				"\"There are currently no plans for another series,\" a spokeswoman said. She added the pair \"brought a real warmth to Saturday night, but we had done enough with the show\".",
			[]want{{"There are currently no plans", "BBC"}, {"brought a real warmth", "BBC"}}},
		{"a surname whose particle is in lower case",
			"Former U.S. Attorney for the District of Columbia Joseph diGenova blasted the tactic as \"outrageous and an abuse of power.\"",
			[]want{{"outrageous and an abuse", "Joseph diGenova"}}},
		{"a name after a body's kind is the body's",
			"A British author has sold the film rights to her bestseller, with Ridley Scott set to direct.\n\n" +
				"Film studio Fox has bought the rights for Scott's company Scott Free to develop. The director said he was \"thrilled\" with the project. \"Wolf Brother is an enchanting book,\" he said.",
			[]want{{"Wolf Brother is an enchanting", "Ridley Scott"}}},
		{"'went on to call' frames a quote",
			"Rep. Trey Gowdy wrote to the lawyer. Gowdy went on to call the situation \"highly unusual, if not unprecedented.\"\n\n" +
				"Mr Kennedy went on to suggest the re-election of a Labour government would amount to a \"massive vote of no confidence\".\n\n" +
				"The Supreme Court criticised him. McConnell said that it was \"totally inappropriate\" for Ginsburg to criticize Trump.",
			[]want{{"highly unusual", "Trey Gowdy"}, {"massive vote of no", "Kennedy"}, {"totally inappropriate", "McConnell"}}},
		{"a claim after a possessive is its owner's",
			"Adam Schiff spoke to CNN on Sunday. In a letter, obtained by Fox News and signed by every Republican on the committee, the lawmakers slammed Schiff for his claims in the media that there was \u201cmore than circumstantial evidence\u201d of collusion.",
			[]want{{"more than circumstantial", "Adam Schiff"}}},
		{"a subordinator opening a sentence is no part of a name",
			"Kyle Waring began shipping snow in boxes this week.\n\nWhether Waring can sustain his venture remains to be seen. But he has no shortage of product. \"At this rate, it's going to be July until the snow melts,\" he said.",
			[]want{{"At this rate", "Kyle Waring"}}},
		{"a name the story gives after a body's kind is a body wherever it stands",
			"Search start-up Quillo has released new software.\n\nSince Quillo launched it has faced rivals. \"Rivals have validated the problem we tackle,\" said Asha Verma, co-founder of Quillo. " +
				"What users do with Quillo shows they are promiscuous. \"Quillo users do not stop using other search systems,\" he said.",
			[]want{{"Rivals have validated", "Asha Verma"}, {"Quillo users do not stop", "Asha Verma"}}},
		{"a nation's adjective opens no name",
			"Maria Keller lost to Anna Holt in Belgium on Sunday.\n\nThe Belgian faces a tough Australian Open title defence next month. " +
				"\"Physically, it's obvious that I hit rock bottom,\" said the 22-year-old.\n\n" +
				"The Times said Australian Lynton Crosby told the party leader to focus. But Mr Crosby said in a statement: \"I have never had any such conversation.\"",
			[]want{{"Physically, it's obvious", "Maria Keller"}, {"I have never had", "Lynton Crosby"}}},
		{"a name right after a quote that ends with no mark is its object, not the participle's subject",
			"Vladimir Putin met Ed Royce in May.\n\nBut Mr. Royce, of California, called Friday for Mr. Trump to \u201cuse today\u2019s indictments to challenge\u201d Mr. Putin at the summit, adding, \u201cWe can\u2019t afford to give an inch of ground.\u201d",
			[]want{{"use today", "Ed Royce"}, {"We can\u2019t afford", "Ed Royce"}}},
		{"sport's and age's nouns for a person are roles",
			"Meanwhile, Perpignan centre Jean-Paul Garnier is delighted with his first call-up. \"It's incredible,\" the youngster said.\n\n" +
				"Beach Boys veteran Brian Walsh was another first-time winner. \"It represents triumph and achievement in music,\" he said.",
			[]want{{"It's incredible", "Jean-Paul Garnier"}, {"It represents triumph", "Brian Walsh"}}},
		{"a surname far from its full names is the one the story has referred to most, or named first",
			"President Donald Trump and first lady Melania Trump visited the hospital on Wednesday night. " + farApart +
				"Lawmakers expressed sympathy. Trump said that he was \"deeply saddened\" by the news.\n\n" +
				"The search has begun with the help of the brother of Simon Cowell. Writer Tony Cowell is among the judges. \"I'm not going to be the Mr Nasty of books,\" said Cowell, 54. " + farApart +
				"\"It's very, very hard to find an agent,\" said Cowell.",
			[]want{{"deeply saddened", "Donald Trump"}, {"It's very, very hard", "Tony Cowell"}}},
		{"a name opening a clause of its own after ', and' is a subject",
			"Mike Huckabee ran for president in 2008.\n\nBut Sen. John McCain won most of the primaries, and Huckabee withdrew from the race that March.\n\n" +
				"His religion has played a prominent role. He wrote in his memoir that his work as a pastor helps him.\n\n" +
				"\"My experience dealing every day with real people gave me a deep understanding,\" he wrote.",
			[]want{{"My experience dealing", "Mike Huckabee"}}},
		{"a person's spokesman speaks for the person, in words that are not the person's own",
			"Paul Ryan will speak at Georgetown on Thursday. \"Chairman Ryan remains grateful for the invitation,\" a Ryan spokesman said.\n\n" +
				"\"The club is working on it,\" a Chelsea spokesman said.",
			[]want{{"Chairman Ryan remains", "a Ryan spokesman"}, {"The club is working", "Chelsea"}}},
		{"an appositive the cue follows with no closing comma",
			"The think-tank asks if ID cards could help. \"What we are proposing is a civic commons,\" Will Davies, senior research fellow at the IPPR told the BBC News website.",
			[]want{{"What we are proposing", "Will Davies"}}},
		{"a place and its state set off by commas are one appositive",
			"This month, Bishop Daniel Jenky, of Peoria, Ill., said in a homily that the plan was \u201cfollowing a similar path\u201d as before.\n\n" +
				"Johnnie Wilson, 71, of Springfield, Va., said he had fought in Vietnam \"for the nation's rights, knowing that back home we had none.\"",
			[]want{{"following a similar path", "Daniel Jenky"}, {"for the nation's rights", "Johnnie Wilson"}}},
		{"a speaker in a clause inside another is not the sentence's subject",
			"Tim Renner said the industry was in trouble.\n\nHowever, Peter Zombic, the head of the federation, said he did not feel the situation was as \"dramatic\" as Mr Renner believed. " +
				"\"It's quite true that we have severe problems in Germany,\" he argued.",
			[]want{{"It's quite true", "Peter Zombic"}}},
		{"a name after a role may end in a colour; a lab co-operative is a body",
			"Banned American sprinter Kelli White says she took steroids given to her by Bay Area Lab Co-Operative (Balco) president Victor Conte.\n\n" +
				"Conte faces a trial next year, and White said at first he tried to cover up what he was doing. \"He's the one who told me that it wasn't what he said it was,\" White said. " +
				"But she added: \"It was my decision to go to him, not anybody else's.\"",
			[]want{{"He's the one who told", "Kelli White"}, {"It was my decision", "Kelli White"}}},
		{"a subject that names a body by its head is the body",
			"WASHINGTON \u2014 The Obama administration tried Saturday to marshal new evidence in defense of its collection of data, arguing that a secret program is simply an \u201cinternal government computer system\u201d designed to sort data.",
			[]want{{"internal government computer system", "The Obama administration"}}},
		{"a quote after a sentence whose cue comes before its speaker",
			"Ramdhan Kotamaraja set up an online payment system. Then, says Mr Kotamaraja, the blogging world found out. \"All my blogger friends started linking up my site.\"",
			[]want{{"All my blogger friends", "Ramdhan Kotamaraja"}}},
		{"a relative clause after a dash says who speaks; a whip is a role",
			"Even before Donald Trump landed in Mexico, he found himself in a war with former Mexican President Vicente Fox \u2013 who went on a tear declaring the nominee \u201cnot welcome\u201d in the country.\n\n" +
				"\u201cThere\u2019s going to be a review of what funds can be used,\u201d said House Minority Whip Steny Hoyer.",
			[]want{{"not welcome", "Vicente Fox"}, {"There\u2019s going to be a review", "Steny Hoyer"}}},
		{"a single name with an appositive is the subject; a plural role opening a sentence is no one",
			"Ministers would not rule out scrapping the agency, Secretary Alan Johnson has warned. But he said it would be \"the nuclear option\".\n\n" +
				"Michelle, a mother of twins, said she had not received a penny. \"I have to chase them all the time,\" she said.\n\n" +
				"Officials would not comment. Fatiya, 34, said she had waited a year. \"Nobody calls us back,\" she said.",
			[]want{{"the nuclear option", "Alan Johnson"}, {"I have to chase them", "Michelle"}, {"Nobody calls us back", "Fatiya"}}},
		{"a participle after a document from someone unnamed is not the subject's",
			"Dana Miles's campaign on Friday released a statement from her doctor declaring she is in \"excellent physical condition and fit to serve\", along with tax returns.",
			[]want{{"excellent physical condition", ""}}},
		{"a rugby position is a role a description names",
			"Adam Jones says the Wales forwards are determined to dominate the France pack in Paris.\n\nThe prop said: \"If we get stuffed in the front five our backs have had it.\"",
			[]want{{"If we get stuffed", "Adam Jones"}}},
		{"a remark from someone named after the quote is theirs",
			"Home Secretary Charles Clarke has vowed to go on with ID cards despite a call for him to \"pause for thought\" from Charles Kennedy. " +
				"Mr Smith said the money was \"taken away from us\" from the start.",
			[]want{{"pause for thought", "Charles Kennedy"}, {"taken away from us", "Smith"}}},
		{"a sentence after a quote that reports a clause about a name is no frame",
			"Cardinal Cormac Murphy-O'Connor will ask them to pray. \"It is possible, it is real,\" he will say. " +
				"\"I also wish you peace in your homes because peace is the beginning.\" A spokesman said Downing Street had no comment to make.",
			[]want{{"I also wish you peace", "Cormac Murphy-O'Connor"}}},
		{"a plural possessive inside a body's name is part of it, not before a person's",
			"The stance is endorsed by the Music Managers' Forum (MMF), who say British artists face \"an uphill struggle\" in the US. " +
				"Instead, Reuters' Luciana Lopez argued that the plan was \"a kind of childish naivete about the budget\".",
			[]want{{"an uphill struggle", "the Music Managers' Forum"}, {"a kind of childish naivete", "Luciana Lopez"}}},
		{"a given name alone is the one person the story named with it",
			"Serena Williams has rejected claims that she and Venus are declining. But Serena denied it, saying: \"That is not fair at all to us.\"\n\n" +
				"Auditor Sir John Bourn reported on Monday. Sir John said the scheme was \"substantial progress for the farmers\".\n\n" +
				"Howard Flight was sacked on Friday. Mr Howard said: \"We do not say one thing in private and another in public.\"\n\n" +
				"Bill Clinton met Bill Gates on Monday. Bill said: \"We talked about the foundation and its work in Africa.\"",
			[]want{{"That is not fair", "Serena Williams"}, {"substantial progress", "John Bourn"}, {"We do not say one thing", "Howard"},
				{"We talked about the foundation", "Bill"}}},
		{"a letter's author is named after its description; whom it is addressed to does not speak",
			"Lerner announced her plans in a letter from her lawyer, William Taylor III, to the committee. " +
				"\"She has not committed any crime or made any misrepresentation,\" the letter addressed to Chairman Darrell Issa (R-Calif.) reads.",
			[]want{{"She has not committed any crime", "William Taylor III"}}},
		{"a given name joined to a full name shares its surname",
			"Hillary and Bill Clinton earned roughly $141 million, according to tax returns released Friday. " + farApart +
				"\"We have come a long way from my days going door to door,\" Clinton said in a statement.",
			[]want{{"We have come a long way", "Hillary Clinton"}}},
		{"a body's statement whose owner names no one is nobody's we know, not the clause's subject",
			"Malcolm Glazer wants to buy the club. Glazer, currently owns a 28.1% stake in the club, and United's statement to the stock exchange said: " +
				"\"The board has noted the recent press speculation on this subject.\"",
			[]want{{"The board has noted", ""}}},
		{"a cue in a relative clause after a dash frames no quote before it; the writer before does",
			"Mr. Mattis wrote a strategy whose goal was to take on \u201crevisionist powers in the world\u201d \u2014 an approach that some of Mr. Trump\u2019s former advisers say the president never fully comprehended.",
			[]want{{"revisionist powers", "Mattis"}}},
		{"a participle after a relative clause is not the sentence subject's",
			"Biden did another thing Obama did not. He raised the issue of Romney's comments at a fundraiser in May in which he talked disparagingly about people who receive benefits, " +
				"claiming that he could \"never convince them they should take personal responsibility\".",
			[]want{{"never convince them", ""}}},
		{"a participle right after a name before the quote is that name's, not the earlier cue's subject",
			"Asked about his criticisms of Trump, Christie said that was natural, no different, he said, from George H.W. Bush calling Ronald Reagan's policies \"voodoo economics\".\n\n" +
				"The Times reported that he had corresponded with the Russians promising \"dirt on the Clinton campaign\" in June.",
			[]want{{"voodoo economics", "George H.W. Bush"}, {"dirt on the Clinton campaign", "Russians"}}},
		{"a capitalised word between a lesser role and a role noun is no name",
			"Ana Ivanovic won the title in Canberra on Saturday. A junior Wimbledon finalist last year, she added: \"It is my first WTA title, and it has given me more energy.\"\n\n" +
				"Felipe Calderon spoke on CNBC on Saturday. But the former Mexican president did not stop there. \"The first loser of such a policy would be the United States,\" he said.",
			[]want{{"It is my first WTA title", "Ana Ivanovic"}, {"The first loser of such a policy", "Felipe Calderon"}}},
		{"MEP and MSP are roles before a name and letters after it",
			"London UKIP MEP Gerard Batten said: \"Robert has made a variety of comments about UKIP.\" " +
				"Finance minister Tom McCabe MSP said: \"That is a 5.5% increase for the councils.\"",
			[]want{{"Robert has made a variety", "Gerard Batten"}, {"That is a 5.5% increase", "Tom McCabe"}}},
		{"a participle after a reported clause is that clause's subject's",
			"Bernard Ebbers ran WorldCom for years. Scott Sullivan has said that Mr Ebbers ordered accounting adjustments at the firm, telling him to \"hit our books for the quarter\".\n\n" +
				"Mark Cuban spoke on Friday. Cuban also complained that Cruz is too principled, suggesting the senator sees issues as \"absolutely black and white\".",
			[]want{{"hit our books", "Bernard Ebbers"}, {"absolutely black and white", "Mark Cuban"}}},
		{"a quote after a question is its answer, not the words of one the question names",
			"Nigel Farage spoke in London on Monday.\n\nSo is UKIP's job to destroy the Tories, as former member Robert Kilroy-Silk once declared? " +
				"\"No. The aim of UKIP is to withdraw from the EU and to stiffen the Tories' spine.\"",
			[]want{{"No. The aim of UKIP", ""}}},
		{"a name joined to another before a role is the show's, not the speaker's",
			"\"There is no doubt that this year is the best yet,\" said Richard Madeley. " +
				"\"It was very hard to follow last year, but we think this year will do even better,\" said Richard and Judy executive producer Amanda Ross.",
			[]want{{"There is no doubt", "Richard Madeley"}, {"It was very hard to follow", "Amanda Ross"}}},
		{"a surname within one letter of two people's is neither's",
			"Tom Clark met Joe Clarkes in Leeds on Monday. " + farApart + "Clarke said the talks would go on. \"We have agreed nothing yet about the merger,\" he said.",
			[]want{{"We have agreed nothing yet", "Clarke"}}},
		{"a demonym opening a sentence is its subject, and the name after it an object",
			"Everton manager David Moyes will discipline striker James Beattie for his headbutt on William Gallas. " +
				"The Scot initially defended Beattie, saying Gallas overreacted. But he has had a rethink after looking at the video again. " +
				"He said: \"I believe that I should set the record straight.\"",
			[]want{{"I believe that I should set the record straight", "David Moyes"}}},
		{"a role word after a role and a name is a surname",
			"Labour MP Oona King has represented the constituency since 1997. Her rival spoke on Monday. She said: \"I'm delighted I've been given the chance.\" " +
				"Judge Dean said the case was closed.",
			[]want{{"I'm delighted", "Oona King"}}},
		{"words of their own in a story that quotes one person are that person's",
			"Arsenal vice-chairman David Dein said the game was strong. \"We are fine,\" Mr Dein said.\n\n" +
				"Premiership clubs have seen their income from television soar. \"Television has been the driving force, but we must improve. " +
				"\"We must monitor the quality of the product.\"\n\n\"It is a good product,\" he added.",
			[]want{{"Television has been", "David Dein"}, {"We must monitor", "David Dein"}}},
		{"but not the words that go on from a document's",
			"Jeremy Thorpe met Edward Heath twice. \"He was encountering a problem with his colleagues,\" reads a memo for Mr Heath.\n\n" +
				"\"They feel they could not agree. \"Asked if this was his own view he said no, I am very close to Ted.\"\n\n" +
				"\"We tried,\" Mr Thorpe said later. \"It did not work,\" he added.",
			[]want{{"They feel", ""}, {"Asked if this was", ""}}},
		{"nor a paragraph that names that person",
			"Graham scored late for the home side.\n\n\"I felt we did enough to win. \"But for Dean Kiely, who made three saves, we could have scored five.\"\n\n" +
				"\"It feels like a defeat,\" admitted Dean Kiely. \"We were winning,\" he said.",
			[]want{{"I felt we did enough", ""}, {"But for Dean Kiely", ""}}},
		{"the subject of a clause of time or cause is not what the sentence is about",
			"Paul Ryan met Jake Tapper on Sunday. Ryan also did not exude confidence when Tapper asked whether Republicans would hold the House. " +
				"\"The one thing I think you can predict of this year is that it is unpredictable,\" he said.",
			[]want{{"The one thing I think", "Paul Ryan"}}},
		{"the statement someone released is theirs, a joint one no one's",
			"In Washington, President Obama released a statement Thursday night condemning the attack. He said he had called French officials.\n\n" +
				"\"We stand in solidarity with France, our oldest ally,\" the statement said.\n\n" +
				"Nancy Pelosi and Chuck Schumer released a joint statement. Both want the report.\n\n\"The Attorney General must not give the White House a sneak preview,\" the statement said.",
			[]want{{"We stand in solidarity", "Obama"}, {"The Attorney General must not", ""}}},
		{"the statement a body's name describes is the body's",
			"The IAAF has suspended both athletes. An IAAF statement said the board had met. Segas said the appeal was expected. \"Both athletes' cases will be referred to arbitration,\" the statement continued.",
			[]want{{"Both athletes' cases", "IAAF"}}},
		{"the paper that the sentence before has speaking",
			"And Spanish daily ABC accuses English reporters of launching a witch-hunt. \"Perhaps it was because their team had played so poorly,\" the paper says.\n\n" +
				"In a scathing opinion piece, The Wall Street Journal called on Trump to get his act together. \"He needs to stop blaming everyone else,\" the conservative-leaning newspaper wrote.",
			[]want{{"Perhaps it was because", "ABC"}, {"He needs to stop", "Wall Street Journal"}}},
		{"one who was asked or told something before a colon is not its speaker",
			"The former Sun editor dispensed insults. Wheelchair user Kevin Donnellon was asked: \"Why on earth do you want our elected representatives to be disabled?\"",
			[]want{{"Why on earth", ""}}},
		{"capitalised words after 'their' that describe a thing are no person",
			"Ireland fly-half Ronan O'Gara hailed the win. The Munster number 10 kicked 14 points to help keep alive their Grand Slam hopes. " +
				"He told BBC Sport: \"We made hard work of it but it's still special to beat England.\"",
			[]want{{"We made hard work", "Ronan O'Gara"}}},
		{"people named by a role in the plural are a sentence's subject, the name after them an object",
			"Church ministers are trying to prevent rapper Nelly performing in Arkansas, saying they do not want his \"vile and filthy lyrics\" in their town.",
			[]want{{"vile and filthy lyrics", ""}}},
		{"words right after 'told' are whom someone told, not what",
			"According to the indictment, between June and July 2016, Mr. Stone told \"senior Trump campaign officials\" about the stolen emails in WikiLeaks' possession.",
			[]want{{"senior Trump campaign officials", ""}}},
		{"a party, then a long lower-case role, then the name after an inverted cue",
			"The Conservatives claimed the plans would amount to an extra tax. \"This is typical of Lib Dem hypocrisy,\" said Tory shadow local government secretary Caroline Spelman.",
			[]want{{"This is typical", "Caroline Spelman"}}},
		{"'continued' before a word other than 'that' reports no speech",
			"At the time, police said a brawl broke out. The fight continued outside, where \"one of the officers was kicked in the chest with full force by the singer\", they said.\n\n" +
				"\"It is more of the same,\" says a narrator. The narrator continues that the middle class get \"crushed by the taxes and the spending of Washington\".",
			[]want{{"one of the officers", ""}, {"crushed by the taxes", "The narrator"}}},
		{"a name, then a role's description that runs into the cue with no comma",
			"Siemens has plans, but Christoph Caselitz, president of the mobile networks division at the firm says that: \"By 2015 the need for capacity will rise.\"\n\n" +
				"Howard Archer, economist at Global Insight said the MPC \"may well consider that the balance of risks has changed\".\n\n" +
				"While on the trail for his wife Hillary Clinton, former president Bill Clinton said she was qualified because \"the world is in tough shape\".",
			[]want{{"By 2015 the need", "Christoph Caselitz"}, {"may well consider", "Howard Archer"}, {"the world is in tough shape", "Bill Clinton"}}},
		{"a clause after ', while' frames nothing before it",
			"Labour say a Lib Dem vote could \"let the Tories in\", while the Tories say the Lib Dems would mean \"higher taxes, soft crime laws, more power to Europe\".",
			[]want{{"let the Tories in", "Labour"}, {"higher taxes", "Tories"}}},
		{"a party or a firm named by one common word speaks",
			"The poster shows two men's faces on winged pigs. Labour said the poster was \"not anti-Jewish, but anti-Tory\".\n\n" +
				"In a statement, Apple said of the lawsuit: \"Apple has filed a civil complaint against unnamed individuals.\"",
			[]want{{"not anti-Jewish", "Labour"}, {"Apple has filed", "Apple"}}},
		{"a broadcaster named by its initials speaks for itself",
			"The US network is not part of the claim. \"We respect our partners' right to protect their property,\" said ABC in a statement.",
			[]want{{"We respect our partners", "ABC"}}},
		{"words inside a clause whose cue is of people the story does not name are not the sentence frame's",
			"Concessions on a bill which critics claim would allow euthanasia \"through the back door\" were not a political ploy, the lord chancellor has said.",
			[]want{{"through the back door", ""}}},
		{"a role with a club's or a party's name is the one introduced with it",
			"Arsenal boss Arsene Wenger met Chelsea boss Jose Mourinho on Friday. \"We are ready for the title race,\" the Arsenal boss said.\n\n" +
				"Democratic vice presidential nominee Tim Kaine spoke first. Republican nominee Donald Trump spoke later. The Republican nominee also vowed to punish \"those who violate classification rules.\"",
			[]want{{"We are ready", "Arsene Wenger"}, {"those who violate", "Donald Trump"}}},
		{"the one named after a possessor's role is the subject, not the possessor",
			"Culture Secretary Tessa Jowell announced the limit. Shares in casino operators Rank Group and Stanley Leisure, who had hoped for more, fell by 25%. " +
				"Ms Jowell's deputy, Richard Caborn, said the government had adopted a cautious approach. \"Limiting the number of regional casinos to eight is a cautious move,\" he said.",
			[]want{{"Limiting the number", "Richard Caborn"}}},
		{"'a former Marine' names no one; 'an angry Trump' does",
			"Duncan Hunter was indicted.\n\nA former Marine in Iraq and Afghanistan, Mr. Hunter was first elected in 2008. He was considered for defense secretary, " +
				"and told a newspaper that he wanted to restore \"a warrior culture, a warrior mentality\" to the government.\n\n" +
				"Donald Trump met Ted Cruz on Monday. Cruz spoke first. An angry Trump lashed out at Cruz on Twitter. \"Be careful, or I will spill the beans,\" he wrote.",
			[]want{{"a warrior culture", "Duncan Hunter"}, {"Be careful", "Donald Trump"}}},
		{"a constituency of two places after a role is no speaker",
			"Tory MP Derek Wyatt spoke on Monday. The MP for Sittingbourne and Sheppey said Tony Blair had been \"trying very hard\" to improve his standing.",
			[]want{{"trying very hard", "Derek Wyatt"}}},
		{"a subject described by age or origin is the one the story is about, not the last subject",
			"Manchester City defender Richard Dunne is happy at the club.\n\nNewcastle boss Graeme Souness is said to have been impressed by Dunne's form. " +
				"But the 25-year-old Dubliner underlined his intention to stay. He added: \"I really enjoy it at City and I want to keep that going.\"",
			[]want{{"I really enjoy it", "Richard Dunne"}}},
		{"the one a short question asks about is not the 'he' who answers it",
			"Donald Trump spoke on Tuesday. He said he was considering Chris Christie. Asked for thoughts on each candidate, Mr. Trump played along.\n\n" +
				"Governor Christie? \"Strong,\" he said.",
			[]want{{"Strong", "Donald Trump"}}},
		{"a surname with a particle in lower case is a name ('Leonardo diCaprio')",
			"Hollywood stars Leonardo diCaprio and Richard Gere are in the audience. DiCaprio faces competition from Jamie Foxx and Johnny Depp. " +
				"The crowd screamed when he arrived. \"It's unlike anything I've ever encountered,\" he told the BBC.",
			[]want{{"It's unlike anything", "Leonardo diCaprio"}}},
		{"a match report's dash line names the manager whose words follow",
			"Dyer reacted first to smash the ball home.\n\n- Bolton boss Sam Allardyce \"I am bitterly disappointed with the result. \"We allowed them to heap too much pressure on us.\"\n" +
				" - Newcastle boss Graeme Souness \"We deserved the win. We had a really good second half.\"",
			[]want{{"I am bitterly disappointed", "Sam Allardyce"}, {"We allowed them", "Sam Allardyce"}, {"We deserved the win", "Graeme Souness"}}},
		{"'The company added' is the firm that spoke just before; 'The newspaper' is the outlet named before it",
			"\"We are saddened by the development,\" Marsh said in a statement. The company added it would be \"committed to resolving the company's legal issues as quickly as possible\".\n\n" +
				"Earlier this week, the local Arab News said the minister had \"caused uproar\" when he said women wanted segregated offices. " +
				"The newspaper said many women found his explanation \"a pitiful excuse for not employing women\".",
			[]want{{"committed to resolving", "Marsh"}, {"a pitiful excuse", "Arab News"}}},
		{"'when he said' after a quote is a clause of its own, no frame of it",
			"Last year, Crown Prince Abdullah told departments to employ women.\n\n" +
				"Earlier this week, Arab News said Labour Minister Ghazi Gosaibi had \"caused uproar\" when he said his ministry was having difficulty hiring women.",
			[]want{{"caused uproar", "Arab News"}}},
		{"'said Mr Owen' ending a sentence with no comma before it is Owen speaking",
			"Futurelab's Martin Owen runs the project. Dr Carl Gavin thinks the game works. " +
				"Already there are games on the market, such as Civilisation, that have educational elements said Mr Owen. \"Even in Grand Theft Auto it is not just the violence that engages people,\" he said.",
			[]want{{"Even in Grand Theft Auto", "Martin Owen"}}},
		{"'and' inside a body's name whose last word says it is a body",
			"The Qualifications and Curriculum Authority (QCA) has also told the government not to \"compromise on standards in any way\".",
			[]want{{"compromise on standards", "The Qualifications and Curriculum Authority"}}},
		{"'Edwards' sister Rachel makes' has Rachel as its subject, not her brother's surname",
			"Graham and Sherry Edwards flew to Spain after reports of a sighting.\n\n" +
				"Edwards' sister Rachel makes an emotional TV appeal. \"We do love him very much,\" she said.",
			[]want{{"We do love him", "Rachel"}}},
		{"'no-one in the committee felt' is none of the committee's words; the sentence's speaker reports them",
			"Pedro Ruiz, who chairs the league's disciplinary committee, said no-one in the committee felt the coach had \"acted in a racist way\".\n\n" +
				"Some of the players said privately that the coach \"has lost the dressing room and cannot win it back\".",
			[]want{{"acted in a racist way", "Pedro Ruiz"}, {"has lost the dressing room", ""}}},
		{"'the hospital said' is the hospital named before, not one the story comes to later",
			"Scalise underwent surgery at the MedStar Washington Hospital Center. In a statement, the hospital said he sustained \"a single rifle shot to the left hip\".\n\n" +
				"A spokeswoman for George Washington University Hospital said another victim was stable.",
			[]want{{"a single rifle shot", "MedStar Washington Hospital Center"}}},
		{"a reporting verb after 'will' reports speech to come",
			"Senator Ana Ortiz sits on the foreign relations committee.\n\n" +
				"In her speech, she will promise to use the navy \"to keep the sea lanes open to every nation that trades\".",
			[]want{{"to keep the sea lanes open", "Ana Ortiz"}}},
		{"a name after a clause's pronoun subject is no subject, up to a dash",
			"Arsenal midfielder Edu has hit out at the club.\n\n" +
				"Edu's deal expires next summer and he has been linked with Spanish trio Real Madrid, Barcelona and Valencia. He told BBC Sport: \"I'm not sure if I want to stay.\"\n\n" +
				"Boca re-signed Martin Palermo. And off the pitch he gave the press plenty to report - Atletico Madrid gave up on him after declaring his private life to be \"completely disorganized\".",
			[]want{{"I'm not sure if I want", "Edu"}, {"completely disorganized", "Atletico Madrid"}}},
		{"a participle between a noun and its noun is no frame ('the manifesto writing process')",
			"Political editor Andrew Marr said that the article was \"a warning shot\" to Mr Blair not to try and cut him out of the manifesto writing process.",
			[]want{{"a warning shot", "Andrew Marr"}}},
		{"'the company' is the body in capitals that last opened a sentence, when it is no person and no word capitalised only there",
			"Skyward made savings of $245m in the first half, and Skyward expects more.\n\n" +
				"Last month, the company warned it could no longer afford to remain \"a purely domestic carrier\".\n\n" +
				"Rival airlines have pleaded with the regulator. Earlier, the company said it was \"not for sale at any price\".",
			[]want{{"a purely domestic carrier", "Skyward"}, {"not for sale at any price", "the company"}}},
		{"'One Strzok text in particular vowed' is the words of the one whose message it is",
			"Agent Peter Strzok was fired on Friday.\n\nOne Strzok text in particular vowed to \"stop him from ever becoming president\".",
			[]want{{"stop him from ever", "Peter Strzok"}}},
		{"'apologized' reports the words of the one who apologised",
			"Representative Bruce Braley is running for Senate.\n\nMr. Braley apologized to Senator Grassley and \"anyone I may have offended in the room\" after the video emerged.",
			[]want{{"anyone I may have offended", "Bruce Braley"}}},
		{"'the spokesman said' after 'A Bayern spokesman said ... Hashemian' is the body it speaks for",
			"Striker Vahid Hashemian will not travel to Israel.\n\n" +
				"A Bayern spokesman said on Monday that the decision not to take Hashemian had been motivated by his condition. \"He has got back pain and he could not train,\" the spokesman said.",
			[]want{{"He has got back pain", "Bayern"}}},
		{"a colon frame ending 'posed by' a name is that name's words",
			"Can you imagine even Jeremy Paxman putting the question posed by Leeds nurse Maria Brown: \"Would you work a night shift for five pounds?\"",
			[]want{{"Would you work a night shift", "Maria Brown"}}},
		{"a second opening phrase ('On Wednesday, in anticipation of Mr. Obama's announcement,') holds no subject",
			"Both Mr. Romney and Mr. Obama have taken the favored position of their base.\n\n" +
				"On Wednesday, in anticipation of Mr. Obama's announcement, Mr. Romney laid out his belief, even as he acknowledged that it was \"a very tender and sensitive topic\".",
			[]want{{"a very tender and sensitive", "Romney"}}},
		{"'Big Brother's spokeswoman said' is the body; 'Mr Blair's spokesman' is no one's own words",
			"Big Brother's spokeswoman said: \"Only a handful of senior executives are privy to it.\"\n\n" +
				"Mr Blair's spokesman said: \"The prime minister has full confidence in him.\"",
			[]want{{"Only a handful", "Big Brother"}, {"The prime minister has full", "Mr Blair's spokesman"}}},
		{"'And continued:' with no subject is the one before's",
			"Culture secretary Tessa Jowell insisted that the record was good. And continued: \"We can be proud of one of the lowest rates in the world.\"",
			[]want{{"We can be proud", "Tessa Jowell"}}},
		{"'with X marching up to him, saying' is X's words, not the sentence subject's",
			"The trouble began on the morning show, with Maria Hollins marching up to him, saying \"Tony, that is rubbish and you know it\".",
			[]want{{"Tony, that is rubbish", "Maria Hollins"}}},
		{"a long 'Asked whether ...,' opening still leaves the sentence its subject",
			"Economist Larry Summers backed the deal on Sunday.\n\n" +
				"Asked whether the country would find itself dipping towards the economic doldrums if Congress waited a month or two to get a tax cut package passed, Rob Shapiro, a former commerce official, offered more sober analysis.\n\n" +
				"\"The wait would not cause a double dip,\" he said.",
			[]want{{"The wait would not cause", "Rob Shapiro"}}},
		{"'points out' reports speech, inverted too; 'three points' does not",
			"\"It is a lot easier being the champion than training to be at the top,\" points out BBC pundit Steve Cram.\n\n" +
				"Our system is not perfect, but as Churchill points out it is \"better than all the others that have been tried\".",
			[]want{{"It is a lot easier", "Steve Cram"}, {"better than all the others", "Churchill"}}},
		{"'a spokesman said:' after an opening phrase naming a body is no one the story names",
			"Campaigners were angered by the plan.\n\nSpeaking ahead of the expected Army Board meeting, a spokesman said: \"The government has spent four months attempting to trick serving soldiers.\"",
			[]want{{"The government has spent", ""}}},
		{"'The former Scotland international added' is the one the story is about, not the last subject",
			"Former Southampton manager Gordon Strachan has turned down the job.\n\n" +
				"\"It is a fantastic job for anybody else,\" Strachan told the BBC. Club director Terry Brady held initial talks with Strachan on Saturday. " +
				"The former Scotland international added that joining would not be wise. \"I have got too many memories of the other side,\" he said.",
			[]want{{"I have got too many memories", "Gordon Strachan"}}},
		{"a phrase after a cue that opens a clause ('predicted the judge would get') is no speaker",
			"Senator John Thune backed Judge Neil Gorsuch on Wednesday.\n\n" +
				"Thune, who chairs the conference, added that Democrats \"have not laid a glove on him\" in the hearings and predicted the judge would get a vote.\n\n" +
				"Mr. Manafort, citing \"the unique magic of the candidate,\" said the campaign could win in Pennsylvania.",
			[]want{{"have not laid a glove", "John Thune"}, {"the unique magic", "Manafort"}}},
		{"'He said he \"respects\" Grassley and proclaimed' is the subject's: the second verb is his too",
			"Representative Bruce Braley mocked Senator Chuck Grassley in a video.\n\n" +
				"Braley apologized for the remarks on Tuesday. He said he \"respects and admires\" Grassley and proclaimed his support for farmers.",
			[]want{{"respects and admires", "Bruce Braley"}}},
		{"'told the paper Mr Campbell would \"...\" the campaign but said' is the unnamed source's: 'but said' is its second verb",
			"Alastair Campbell will return to the campaign.\n\n" +
				"A Labour source told the Sunday Times Mr Campbell would \"effectively front\" the election media campaign but said he would be given no formal title.",
			[]want{{"effectively front", "A Labour source"}}},
		{"'she said' after 'A ... spokeswoman confirmed Mr Smith was' is the voice's, not a body named earlier; 'A spokesman for Toho said' and an appositive name stay",
			"The action was criticised by both Tory and Lib Dem leaders. A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post. " +
				"\"No date was ever given for his departure,\" she said.\n\n" +
				"A spokesman for DLF Builders, Dr Vancheshwar, told the BBC this will mean \"better offerings\" for consumers. He said the firm will benefit from \"world class partnerships\".",
			[]want{{"No date was ever given", "Department for Work and Pensions"}, {"better offerings", "Vancheshwar"}, {"world class partnerships", "Vancheshwar"}}},
		{"'On that day's programme Mr Johnson was asked why Mr Smith ... He replied' is Johnson's: 'that' after a preposition is no relative",
			"Doug Smith, the agency's chief, quit in November. Mr Smith said he had done his job.\n\n" +
				"On that day's Today programme Mr Johnson was asked why Mr Smith had been allowed to resign. He replied: \"The chief executive decided it was time to move on.\"",
			[]want{{"The chief executive decided", "Johnson"}}},
		{"a body's name goes on past 'and' when it ends with a body's word ('the Finance and Economy Ministry said')",
			"\"Conditions will stay weak,\" the Finance and Economy Ministry said in a statement. The government voiced concern about jobs. \"Given the spill over, we will act early,\" the ministry said.",
			[]want{{"Conditions will stay weak", "the Finance and Economy Ministry"}, {"Given the spill over", "Finance and Economy Ministry"}}},
		{"'the mayor' or 'the judge' in a story that gave no one that office is someone it does not name, not the person it is about",
			"Chris Johnson sees a double standard. \"He said the same thing,\" Johnson told Fox News.\n\n" +
				"After the mayors of Chicago and Boston heaped scorn upon the company, the mayor of Washington suggested it was peddling \"hate chicken.\"\n\n" +
				"Mayor Jim Kenney spoke on Friday. The mayor said the city would \"stand with its workers\".",
			[]want{{"hate chicken", "the mayor"}, {"stand with its workers", "Jim Kenney"}}},
		{"a name after an inverted cue ends before 'The' of a sentence whose stop was left out",
			"\"The litigation risks are real,\" said Credit Suisse analyst Vadim Mitrov The dispute with the authorities is public.",
			[]want{{"The litigation risks", "Vadim Mitrov"}}},
		{"'he added' after 'Our correspondent said' is the outlet's own unnamed voice",
			"Deputy Prime Minister John Prescott held a private meeting on Thursday. Our correspondent said that he understood no deal had been offered. " +
				"There was \"some possibility\" of the strike being avoided, he added.",
			[]want{{"some possibility", ""}}},
		{"a body after 'at' or 'of' before a cue is the affiliation, not the subject ('manager at Snappy Snaps believes')",
			"Ann Simpson, marketing manager at Snappy Snaps believes printing in shops will go on. \"Some people will want to do their own thing,\" she said.\n\n" +
				"Capt. Ronald S. Johnson of the Missouri State Highway Patrol said he believed they had reached \"a turning point in the protests\".",
			[]want{{"Some people will want", "Ann Simpson"}, {"a turning point", "Ronald S. Johnson"}}},
		{"'made similar demands' is a noun, no cue whose subject runs 'Gillibrand made similar'",
			"Senator Kirsten Gillibrand spoke on Friday.\n\nMs. Gillibrand made similar demands and retweeted the news along with three words: \"See you Sunday.\"",
			[]want{{"See you Sunday", "Kirsten Gillibrand"}}},
		{"'One Facebook user who ... posted:' names no one; 'One fiction judge, Stewart Nolan,' does",
			"One Facebook user who lives near Austin posted this status update:\n\n\"It has been really disconcerting how many of my friends supported this.\"\n\n" +
				"One fiction judge, Stewart Nolan, carried a note written on a napkin that said: \"I would hope that we are a friend of books.\"",
			[]want{{"It has been really disconcerting", ""}, {"I would hope that we", "Stewart Nolan"}}},
		{"'the bank said' is not a bank its own words name",
			"JP Morgan apologised for the role that Citizens Bank and Canal Bank played in slavery.\n\n" +
				"JP Morgan said that it was setting up a scholarship. The bank said that it is a \"very different company than the Citizens and Canal Banks of the 1800s\".",
			[]want{{"very different company", "JP Morgan"}}},
		{"'it said' with no body speaking before is the body in capitals that opened a sentence just before; not past a thing or a pair",
			"The Ministry of Defence has been criticised over costs. A Fair Audit Office report on the biggest projects says costs have risen. It says there is \"little evidence\" of savings.\n\n" +
				"The Tories and Lib Dems have jointly tabled a motion. It argues the plan \"wrongly infringes the right to liberty\".\n\n" +
				"The Yangtze Power Project Corp could now face a fine of 200,000 yuan. Last week, it denied that its projects broke rules. " +
				"\"We have built our projects in accordance with the law,\" it said.",
			[]want{{"little evidence", ""}, {"wrongly infringes", ""}, {"We have built our projects", "Yangtze Power Project Corp"}}},
		{"'reminding reporters that' reports speech, and a cue after it and a dash goes on with its subject",
			"But Williams suggested he would feel \"safer\" with a gun, reminding reporters that he is \"a big Second Amendment guy\" -- and said " +
				"\"we probably ought to take a look at our security in big groups.\"",
			[]want{{"safer", "Williams"}, {"a big Second Amendment guy", "Williams"}, {"we probably ought", "Williams"}}},
		{"'went on,' reports speech, before the quote and after it; 'went on holiday' does not",
			"Expanding on tough races, Boehner said, \"We have 50 of our members in tough races.\"\n\nHe went on, \"You take 18 of them and those districts are hard.\"\n\n" +
				"Kelly smiled. \"You know, it happens, right?\" Trump went on, as if he did not hear her.\n\n" +
				"Smith went on holiday with \"a small group of old friends from the army\" in May.",
			[]want{{"We have 50", "Boehner"}, {"You take 18", "Boehner"}, {"You know, it happens", "Trump"}, {"a small group of old friends", ""}}},
		{"'she added' after an unnamed voice of a body is that body, when no one is named before either; a body's name may run to six words",
			"A Department for Education and Skills spokeswoman said the venture had been \"ambitious and ground-breaking\". " +
				"She added: \"UK e-Universities was not the only organisation to have lost out.\"\n\n" +
				"An Investment Ministry official has told the Reuters news agency that the bank will be sold. The official said the method is open. " +
				"\"The most important thing to decide now is the method,\" he said.",
			[]want{{"ambitious and ground-breaking", "Department for Education and Skills"}, {"UK e-Universities", "Department for Education and Skills"},
				{"The most important thing", "Investment Ministry"}}},
		{"a name, its role of a body and a second appositive with no closing comma: the name speaks, not the body",
			"Dana Keller, president of the Harbour Defense Fund, an advocacy group here, criticized the plan as \"a waste of money\".\n\n" +
				"Omar Quint, chairman of the board of Lake Partners, the firm's funding arm, said it would only join \"if the terms change\".",
			[]want{{"a waste of money", "Dana Keller"}, {"if the terms change", "Omar Quint"}}},
		{"'And' or 'But' opening the sentence is no part of the body's name after it",
			"And Ohio Rising, a conservative action committee, called the mayor \"a walking liability\" for the party.",
			[]want{{"a walking liability", "Ohio Rising"}}},
		{"a campaign's name joined by 'for' is whole, after the cue and before it; a role's 'for' is not",
			"\"It was a stunning display of cowardice,\" said Liberty for Miners, one of several groups.\n\n" +
				"Veterans for Peace said the rule was \"long overdue\".\n\n" +
				"The Minister for Europe, Anna Reyes, said the talks were \"going well\".",
			[]want{{"It was a stunning display", "Liberty for Miners"}, {"long overdue", "Veterans for Peace"}, {"going well", "Anna Reyes"}}},
		{"a run cut after a party's name that ends in a body's word is the body, not a surname",
			"The Ohio Tea Party Coalition issued a resolution, accusing the group of acting as a \"partisan political attack dog\" and more.",
			[]want{{"partisan political attack dog", "The Ohio Tea Party Coalition"}}},
		{"a one-word name after a club's possessive or after 'But' is the subject, not a name after it",
			"Chelsea's Tiago has lifted the lid on the scenes after the match.\n\n" +
				"The Portuguese confirmed tempers had flared but saw nothing thrown at Arsenal boss Arsene Wenger. \"I saw people being pulled apart,\" he told the club's website.\n\n" +
				"But Tiago was highly critical of some challenges on Frank Lampard. \"I think we were a lot fairer in the tackles,\" he said.",
			[]want{{"I saw people", "Tiago"}, {"I think we were", "Tiago"}}},
		{"words that call the speaker by title and surname are someone else's; a frame caught in open marks is not such words",
			"Officials agreed with the findings. \"The issues have the full attention of Secretary Moreau and her staff,\" said spokesman Tom Hale, referring to the new minister, Anne Moreau.\n\n" +
				"Alan Pike, the party's co-ordinator, was scathing. In reference to the rally, Mr Pike said: \"It was a stunt. \"The voters will see through it.\"",
			[]want{{"The issues have the full attention", ""}, {"The voters will see through it", "Alan Pike"}}},
		{"a relative named in passing is not who the bare surname means; a relative the story has speak is",
			"Former Rep. Carl Dorsey Jr. pleaded guilty on Wednesday. The former representative, who wrote a book with his father, Rev. Carl Dorsey, " +
				"was accused of spending campaign funds on himself.\n\nDorsey said he had \"no interest in wasting the court's time\" and left.\n\n" +
				"Former Governor Ann Pryce spoke at a rally for her husband Tom Pryce on Monday. \"The plan does not make any sense at all,\" Pryce said.\n\n" +
				"Gov. Asa Holm has a son, Seth Holm, who organises workers. \"I love my dad, but we disagree,\" Seth Holm said. " +
				"\"It is always a lively conversation at home,\" Mr. Holm said.",
			[]want{{"no interest in wasting", "Carl Dorsey Jr."}, {"The plan does not make", "Ann Pryce"}, {"It is always a lively", "Seth Holm"}}},
		{"'the culture secretary' is the person the story is about when no one else holds an office",
			"The Secretary of State for Culture, Ruth Keane, has hit out at critics of the bill.\n\n" +
				"Ms Keane complained of the media. The culture secretary said the consultation showed the need to \"protect children and the vulnerable\" in the sector.",
			[]want{{"protect children", "Ruth Keane"}}},
		{"'a spokesman said' with no body named is the body the sentence before has speaking, also after 'but said'",
			"Telnova backed the price cuts but said regulation was still needed. \"This is a reminder to the regulator that rules matter,\" a spokesman said.\n\n" +
				"Officials have confirmed the talks took place. The issue was one the minister \"wanted to take forward\" next year, said a spokesman.",
			[]want{{"This is a reminder", "Telnova"}, {"wanted to take forward", ""}}},
		{"the person after a body's plural possessive speaks, and so does a name before ', <body's name> said'",
			"\"We are honoured to have won the rights,\" said Arc Networks' Maria Delane.\n\n" +
				"Colin Asby, Seaview Hotel Association said: \"We have tried very hard to make sure they come back.\"",
			[]want{{"We are honoured", "Maria Delane"}, {"We have tried very hard", "Colin Asby"}}},
		{"'the council's ruling said' is the council the story named",
			"The Harbour Licensing Council said the show would not go on. Its organisers say it raises awareness.\n\n" +
				"\"The play promotes acts that are banned here, and it is hereby banned,\" the council's ruling said.",
			[]want{{"The play promotes acts", "The Harbour Licensing Council"}}},
		{"'it added' after an opening phrase is the body the sentence before has speaking",
			"Zentro said the recall affects almost three quarters of all consoles sold. In a statement, it added: \"We are taking this step as a precaution for our customers.\"",
			[]want{{"We are taking this step", "Zentro"}}},
		{"a spokesman for a body is the body, after the cue too; a body's name runs on past 'of'; a person's spokesman is not the person",
			"Use of the chips is only allowed under a strict scheme. \"We are seeking opinion from industry,\" said a spokesman for Radcom.\n\n" +
				"A spokeswoman for the Department of Rail said: \"The timetable will change in May.\"\n\n" +
				"\"I see a low risk of the economy falling into serious recession,\" said Bank of Japan chief Taro Fukuda.\n\n" +
				"Ann Lee spoke on Monday. \"She will not be standing again,\" said a spokesman for Ann Lee.",
			[]want{{"We are seeking opinion", "Radcom"}, {"The timetable will change", "the Department of Rail"},
				{"I see a low risk", "Taro Fukuda"}, {"She will not be standing", "a spokesman for Ann Lee"}}},
		{"a description with 'and' or an acronym before a role and a name after the cue: the name speaks",
			"\"The industry will work with the artists,\" according to media and PR strategist Glen Yardley, who represents the labels.",
			[]want{{"The industry will work", "Glen Yardley"}}},
		{"'the spokesman added' after 'said a Home Office spokesman' is the body; a spokesman named after a comma is the person",
			"\"It represents a move away from the old approach,\" said a Rail Office spokesman. The spokesman highlighted issues that affect particular towns.\n\n" +
				"\"It is about drilling down into these problems,\" the spokesman added.\n\n" +
				"\"The e-mails have been read out selectively,\" said a Harbour Board spokesman, Eric Shaw. By releasing them, he said, the board had shown it was \"focused on providing the facts as we knew them\".",
			[]want{{"It is about drilling down", "Rail Office"}, {"focused on providing the facts", "Eric Shaw"}}},
		{"a name, then ', of <a long body's name and place>' with no closing comma before the cue: the name speaks",
			"Dr Erel Avery, of the Centre for Transport and Society at the University of the West of England in Bristol said: \"You have to ask whether these vehicles will appeal to older people.\"",
			[]want{{"You have to ask", "Erel Avery"}}},
		{"'and added' after 'X claimed ... but Y told ...' is Y's",
			"Port officials claimed Mr Grant was one of the gang's leaders but his lawyer, Anton Lisle, told the BBC it was a laughable suggestion and added: \"He was living on welfare and had an old computer.\"",
			[]want{{"He was living on welfare", "Anton Lisle"}}},
		{"'of the' inside a body's name before its spokesperson",
			"A Best of the Week spokesperson said: \"It is a very special show as it is the 1,000th.\"",
			[]want{{"It is a very special show", "Best of the Week"}}},
		{"'Mr. Varga' is not the story's only full name of that surname when the words before it make her a woman",
			"President Varga assailed a comedian on Wednesday.\n\nIn a statement, the first lady, Ilona Varga, questioned the comedian's judgment.\n\n" +
				"Mr. Varga also lashed out at the opposition. Shortly after a segment reporting on the inquiry, Mr. Varga wrote that it was all part of a \"witch hunt\" against him.\n\n" +
				"\"So now it is reported that the opposition does not want him to testify,\" he wrote.",
			[]want{{"So now it is reported", "Varga"}}},
		{"a scare term in the sentence that reports someone else does not make the next quote go on from the quote before",
			"Lib Dem spokesman Mark Oates said: \"This has all the signs of a U-turn.\" The new chairman of the Bar Council, Guy Mansell QC warned there was a real risk " +
				"that people on the \"margins of society\" would be driven into the hands of extremists. \"What is going to happen to young men? They are going to be stopped.\"",
			[]want{{"What is going to happen", "Guy Mansell QC"}}},
		{"a quoted transcript's line is its label's; a label the story does not name in full is no one else's; a stage direction is no quote",
			"Governor Mark Pelton spoke to the host on Sunday.\n\n" +
				"\"HOST: Why would the senator do that? Will she be there tomorrow night?\n\n" +
				"\"PELTON: Well, look, the other side apparently thinks this is an episode of a reality show.\n\n" +
				"\"(CROSSTALK.)\n\n" +
				"\"HOST: If I may, sir, because we have got limited time, will she be there?\n\n" +
				"\"PELTON: She will not be attending the debate tomorrow night.\"",
			[]want{{"HOST: Why would", ""}, {"PELTON: Well, look", "Mark Pelton"}, {"HOST: If I may", ""}, {"PELTON: She will not", "Mark Pelton"}}},
		{"a quotation whose last line is a signature is the signer's; a sentence there is no signature",
			"Winning the first state could unlock support.\n\n\"The reality is, if she loses both states, that could create real problems for her here.\nS.C. Rep. Jim Clayburn.\"\n\n" +
				"\"We are going to enter the next recession without that consensus.\nJosh Biven, Economic Policy Institute.\"\n\n" +
				"\"We are going to win this one in the end.\nNobody believed it then.\"",
			[]want{{"The reality is", "Jim Clayburn"}, {"We are going to enter", "Josh Biven"}, {"We are going to win", ""}}},
		{"after a cue, an owner's description then ', <description> <name>' is the one named",
			"\"It is about time that we had a woman running this country,\" exhorted Lane's introducer, actress Jamie Lee Curran.",
			[]want{{"It is about time", "Jamie Lee Curran"}}},
		{"'said the report' after 'according to a World Bank report' is the bank's",
			"The divide between rich and poor nations is narrowing fast, according to a Harbour Trust report.\n\n" +
				"The trust questioned a campaign to increase access to technology. \"People in poorer nations are getting more access at an incredible rate,\" said the report.",
			[]want{{"People in poorer nations", "Harbour Trust"}}},
		{"a body's word written in lower case ends its name before a spokesperson",
			"An All Kent club spokesperson denied the chairman made the remark, insisting: \"He definitely did not say it at the dinner.\"",
			[]want{{"He definitely did not say it", "All Kent club"}}},
		{"'the Waterford man' is the person the story is about, as 'the Kiwi' is",
			"Walker Jamie Costa recalls the car accident nine days before the race. \"I was in a lot of pain and I guessed that one of my toes was broken,\" says the Waterford man.",
			[]want{{"I was in a lot of pain", "Jamie Costa"}}},
		{"a frame left inside marks the writer did not close is the quotation's speaker, and the next part goes on with it",
			"Sen. Lindsay Gray of Ohio also lambasted the chairman on Thursday.\n\n" +
				"\"He's made some pretty outrageous comments that nobody could verify, Gray said. \"He's getting into conspiracy land and that is not helpful to him.\"",
			[]want{{"He's made some pretty outrageous", "Lindsay Gray"}, {"He's getting into conspiracy land", "Lindsay Gray"}}},
		{"a name with a relative clause that reports speech is what 'he said' after it refers to; not one of two",
			"Mark Holland spoke in Brighton. The speech had been introduced by his son Nick Holland, a trainee vicar, who praised his father's honesty. " +
				"\"I always know where I am with him because all his life he has meant what he said,\" he said.\n\n" +
				"Paul Reyes refrained from attacking Govs. Jeb Bash and Chris Crane, who say he lacks experience. He dismissed the critique, saying: \"It was our greatest fundraising night.\"",
			[]want{{"I always know where I am", "Nick Holland"}, {"It was our greatest", "Paul Reyes"}}},
		{"a clause of time after a quote that names someone frames nothing before it",
			"Sims say he was \"kind of riding the fence for weeks\" until Hale said she was backing the senator.\n\n" +
				"Trask said during the debate, \"That makes me smart and everyone knows it,\" when Colton blasted him for not paying income tax.",
			[]want{{"kind of riding the fence", "Sims"}, {"That makes me smart", "Trask"}}},
		{"a state is no person: 'he' after it is the person before",
			"Attorney General Bill Shute said the judges were wrong. Nevada was only doing what 40 states already do, he told the court in his filing.\n\n" +
				"\"Having voters cast a vote for their chosen candidate is the law,\" he wrote.",
			[]want{{"Having voters cast a vote", "Bill Shute"}}},
		{"a name after the possessive of many people is a thing's: 'the Women's Open' is no one 'she' stands for",
			"Anna Kovac has said that she might return to tennis.\n\n" +
				"The former world number one will play at the Riviera Women's Open in Split next month. \"The tournament is a test,\" she said.",
			[]want{{"The tournament is a test", "Anna Kovac"}}},
		{"a word the story writes only after 'the' names a thing, no one 'she' stands for",
			"Folk star Nina Hale will curate the Harbour festival in June.\n\n" +
				"The 60-year-old singer of Under the Lighthouse told reporters the festival would answer these times. \"We should salute the best art there is,\" she said.",
			[]want{{"We should salute the best art", "Nina Hale"}}},
		{"a spokeswoman for a body, named before the cue after the quote, is the body",
			"Two guards were hurt. One man's condition was upgraded from \"critical\" to \"serious but stable\" on Thursday, a spokeswoman for St Luke Hospital told reporters.",
			[]want{{"serious but stable", "St Luke Hospital"}}},
		{"a resolution speaks for the body that adopted it",
			"The Harbour Workers Union adopted a resolution on Monday condemning the port's new rules. The resolution said the union would \"fight every change that cuts a single job\" at the docks.",
			[]want{{"fight every change", "The Harbour Workers Union"}}},
		{"a claim's owner speaks when 'that' is left out before a pronoun",
			"Finance minister Alan Pryce presented the budget on Monday. Mr Pryce's insistence he was not \"gloating\" was a pointed rebuttal of his critics.",
			[]want{{"gloating", "Alan Pryce"}}},
		{"a role for a place and its county set off by commas is one appositive",
			"Tory Ben Carver attacked the mayor on Monday. Mr Carver, MP for Thornbury-on-Wye, Gloucestershire, said the mayor was acting \"out of sheer spite towards the city\".",
			[]want{{"out of sheer spite", "Ben Carver"}}},
		{"'the ex-<team>' is the person the story is about, as 'the Kiwi' is",
			"Former winger Tom Keane has criticised the coach. \"He is making a mistake,\" Keane said. The team face Italy on 12 March. And the ex-Wallaby added: \"They have to be brave and run the ball.\"",
			[]want{{"They have to be brave", "Tom Keane"}}},
		{"two people named before a cue speak together, as annotators name them; a show and its star are no two people",
			"\"This is plainly a power grab,\" Speaker Nancy Pelosi of California and Senator Chuck Schumer of New York, the Democratic leader, said in a joint statement.\n\n" +
				"\"Far too safe,\" Only Fools and Horses star David Jason said of the show.",
			[]want{{"This is plainly a power grab", "Nancy Pelosi and Chuck Schumer"}, {"Far too safe", "David Jason"}}},
		{"a role of several words ('executive director of', 'marketing manager at') opens an appositive: the name before it speaks",
			"Moira Kerr, executive director of Harbour Workers United, a union that has endorsed Mr. Carver, said: \"We will strike.\"\n\n" +
				"Ann Simpson, marketing manager at Quick Prints believes the shop will last. \"People still want prints,\" she said.\n\n" +
				"Tom Hale, chief executive of Brightwave, a Glasgow company, said the sites were online. \"We took them down.\"",
			[]want{{"We will strike", "Moira Kerr"}, {"People still want prints", "Ann Simpson"}, {"We took them down", "Tom Hale"}}},
		{"a contracted negation before a cue ('didn’t say', 'hasn't said') is read as 'did not': no part of the name",
			"Spokesman Tom Hale didn’t say whether the vote would go ahead: \"We will see what the members want.\"\n\n" +
				"Singer Ann Lee hasn't said whether she will tour. \"The fans will hear first,\" she said later.\n\n" +
				"Moira Kerr wouldn't say how many crews had walked out. \"It is enough to stop the ferries.\"",
			[]want{{"We will see what the members want", "Tom Hale"}, {"The fans will hear first", "Ann Lee"}, {"It is enough to stop", "Moira Kerr"}}},
		{"a person and a group named before a cue are no two people; the quote that follows is the person's",
			// It crashed the analysis (of `briefbot ingest` and of the bot's feed polls): the
			// authorities resolve to no one, whose name was read as a person's.
			"Mayor Ann Reid and the country's legal authorities have repeatedly said that the state has no say over the pier. \"We don't want to be policed.\"",
			[]want{{"We don't want to be policed", "Ann Reid"}}},
		{"a relative introduced as a sentence's subject is still no bare surname's person",
			"Former Rep. Carl Brandt pleaded guilty on Wednesday.\n\nHis wife, Linda Brandt, is expected to plead guilty too.\n\nIn a statement, Brandt said he had \"no excuses\" for his conduct.",
			[]want{{"no excuses", "Carl Brandt"}}},
		{"a newspaper's name ends in its kind: 'The New Haven Register' keeps its 'New'",
			"The mayor spoke often of his service. The New Haven Register on July 20, 2006, described him as \"a veteran of the Vietnam War,\" and it was wrong.",
			[]want{{"a veteran of the Vietnam War", "The New Haven Register"}}},
		{"a word that opens the sentence is no given name: a headline's imperative, a function word",
			"Meet Dana Okafor, the engineer who guards the payments of a billion users.\n\n" +
				"\"Every bug we find first is one a thief never sells,\" Okafor said.\n\n" +
				"Only Okafor can sign off a fix. \"I read each one twice,\" she said.",
			[]want{{"Every bug we find first", "Dana Okafor"}, {"I read each one twice", "Dana Okafor"}}},
		{"a pronoun joined to its verb ('I'd') is the writer speaking, no name",
			"Not one character in particular. \"Just any excuse to put on a wig and a cape,\" I'd tell friends.",
			[]want{{"Just any excuse", ""}}},
		{"a lone surname before a reporting verb in the past tense is someone a description may stand for",
			"Lavrov is among the optimists. \"Prospects are good,\" Lavrov said. But in comments Monday, a more cautious Okonjo conceded there was \"a little more light there today.\" " +
				"\"There still remain some difficult issues,\" the top U.S. diplomat said.",
			[]want{{"a little more light", "Okonjo"}, {"There still remain", "Okonjo"}}},
		{"a role capitalised as a title is the person the story is about; one of a body or a place names no one",
			"Russian President Vladimir Putin spoke in Red Square. \"Friends!\" the President said.\n\n" +
				"Co-pilot Andreas Lubitz had been trained in Arizona. The CEO of Lufthansa said Lubitz had been \"fit to fly.\"\n\n" +
				"Mr Wyatt predicted a late start. The MP for Sittingbourne and Sheppey said Mr Blair had been \"trying very hard\".",
			[]want{{"Friends!", "Vladimir Putin"}, {"fit to fly", ""}, {"trying very hard", ""}}},
		{"a description with a past participle ('the frustrated Swede') describes; a former role goes with a current one",
			"Henrik Stenson finished third at Bay Hill. But the frustrated 38-year-old Swede said he \"could not see the point\" of being timed.\n\n" +
				"Opposition leader Boris Nemtsov was shot on Friday. The former deputy prime minister had accused Putin of \"Goebbels-style propaganda\".",
			[]want{{"could not see the point", "Henrik Stenson"}, {"Goebbels-style propaganda", "Boris Nemtsov"}}},
		{"someone who speaks by a given name alone is who 'she' stands for, not a body before",
			"Universal said on Wednesday it had bought the label.\n\"I was shocked,\" said Maria, who asked that her surname not be used. She hoped it would \"move the company on\", she added.",
			[]want{{"I was shocked", "Maria"}, {"move the company on", "Maria"}}},
		{"a body's name keeps 'for the' and loses the article before it; an article and a word cut short name no one",
			"The Institute for the Study of War reported in 2013, \"the lack of oversight has allowed al-Maliki to choose.\"\n\n" +
				"A Grapevine Police statement released after the shooting said the car was \"weaving through the heavy traffic.\"\n\n" +
				"Prof. Dana Ruiz spoke on Monday. A former member of the club alerted police, telling them the page showed \"unsuspecting victims\" of hazing.",
			[]want{{"the lack of oversight", "The Institute for the Study of War"}, {"weaving through", "Grapevine Police"}, {"unsuspecting victims", ""}}},
		{"a surname that is a role word stays the person's; a plural nationality is no one",
			"Foreign Minister Julie Bishop spoke on Thursday. The passports of some 100 Australians had been canceled, she said. Bishop appealed to young Australians \"not to fall victim to this organization.\" " +
				"\"This is a brutal organization,\" she said.",
			[]want{{"This is a brutal organization", "Julie Bishop"}}},
		{"a family name written first stands for its person alone; a name in an appositive is no subject",
			"\"The key is balance,\" said Li Keqiang at a press conference. The central bank cut rates this month. " +
				"Li, the No. 2 leader in China behind President Xi Jinping, also promised a leaner government. \"The pain of reform is still there,\" he said.",
			[]want{{"The pain of reform", "Li Keqiang"}}},
		{"someone brought in unnamed ('A former classmate of X's') is who 'he' stands for next, as the story words them",
			"Jake Bilardi left Melbourne in August, his aunt Connie Bilardi told CNN. A former classmate of Bilardi's from his college described the teen as shy. " +
				"\"One day, he randomly got angry at me,\" he posted.\n\n" +
				"Senator Bernie Sanders made a stop at a high school. A reporter asked Sanders how he was feeling. He replied: \"The bigger the turnout, the better I feel.\"\n\n" +
				"Governor Nikki Haley spoke on Tuesday. A potential vice president pick, Haley is the daughter of immigrants. \"I am the proud daughter of Indian immigrants,\" she said.",
			[]want{{"One day, he randomly", "A former classmate"}, {"The bigger the turnout", "Bernie Sanders"}, {"I am the proud daughter", "Nikki Haley"}}},
		{"a weak cue in the passive ('was hailed for his') gives the words of whoever hailed, not the subject's",
			"Film director Im Kwon-Taek has received an honorary award.\n\nIm, who has made more than 100 films, was hailed for his \"remarkable visual beauty, technical innovation, and intellectual depth\".",
			[]want{{"remarkable visual beauty", ""}}},
		{"a body's name goes on past 'of' ('The University of Oklahoma'), and so does the body 'it' stands for",
			"The University of Oklahoma expelled two students on Tuesday. \"We acted quickly,\" the university said in a statement.\n\n" +
				"Bids have been invited, Iraq's Ministry of Communications said.\n\nThe ministry said it wanted to raise Iraq's \"very low telephone service penetration rate.\" " +
				"It also hopes to develop a \"highly visible and changeable telecommunication sector\".",
			[]want{{"We acted quickly", "The University of Oklahoma"}, {"very low telephone", "Iraq's Ministry of Communications"},
				{"highly visible", "Iraq's Ministry of Communications"}}},
		{"'one man said:' and 'a young boy shouted' are people the story does not name, as it words them, not the sentence's subject",
			"Serena Williams won. Her father, Richard, told USA Today that as he and Venus walked to their seats, people kept calling him names and one man said: \"I wish it was 75; we would skin you alive.\"\n\n" +
				"Early one evening, River Avenue Skate Park in the Bronx was loud with trains, when a young boy shouted, \"Brujas coming, yo!\"",
			[]want{{"I wish it was 75", "one man"}, {"Brujas coming", "a young boy"}}},
		{"a line of dialogue is its label's: a given name, a title, or a word that labels more lines",
			"Kimmy and Titus talk about race. 11. Lillian: \"I will not bury another man.\" Titus: \"Yes, I have heard this story before.\" " +
				"Lillian: \"He got up in the middle of the night.\" Titus: \"By you, Lillian.\"\n\n" +
				"-- Lady Violet (to Cora): \"I am so looking forward to seeing your mother.\"",
			[]want{{"I will not bury", "Lillian"}, {"Yes, I have heard", "Titus"}, {"He got up", "Lillian"}, {"By you, Lillian", "Titus"},
				{"I am so looking forward", "Violet"}}},
		{"'her mother said' inside someone's account is a relative the story does not name; so is 'the fraternity' it never named as one",
			"Her dad said it would be a big mistake not to come back, she said. Williams said her mother said, \"I will be there for you.\"\n\n" +
				"Phi Kappa Psi released a statement Monday. The fraternity asked Rolling Stone to \"fully and unconditionally retract its story.\"",
			[]want{{"I will be there for you", ""}, {"fully and unconditionally", ""}}},
		{"a body's document speaks for the body: 'the Navy report said', 'a recent New York Times article'; not a platform's caption",
			"\"She went down by the bow,\" said the Navy report, based on survivor accounts.\n\n" +
				"\"Those who hold out can sense a distinct chill,\" noted a recent New York Times article.\n\n" +
				"Jackson said the Justice Department report concluded that Ferguson \"can do the tough work to see this through.\"\n\n" +
				"The Washington Post reported that he had \"a long history of influence peddling.\"",
			[]want{{"She went down", "Navy"}, {"Those who hold out", "New York Times"}, {"can do the tough work", "the Justice Department"},
				{"a long history", "The Washington Post"}}},
		{"an office named with 'of' ends before the name: 'Chief of Staff Denis McDonough' is Denis McDonough",
			"White House Chief of Staff Denis McDonough, in a letter released on Saturday, told Corker the bill could hurt the talks by \"emboldening Iranian hard-liners.\" " +
				"\"The legislation goes well beyond that,\" McDonough wrote.",
			[]want{{"emboldening Iranian", "Denis McDonough"}, {"The legislation goes", "Denis McDonough"}}},
		{"a cue, a plural role or a title that opens a run is no part of the name after it; an unnamed person 'of' someone is as the story words them",
			"Said Dorothy Poynter, who grew up with Ali in the neighborhood, \"We were all so proud of him.\"\n\n" +
				"Headmaster Ulrich Wessel said the school was left \"stunned and somewhat speechless.\"\n\n" +
				"A former classmate of Bilardi's from Melbourne's Craigieburn Secondary College described the teen as a \"shy kid who didn't like to be disturbed\".",
			[]want{{"We were all so proud", "Dorothy Poynter"}, {"stunned and somewhat", "Ulrich Wessel"}, {"shy kid", "A former classmate"}}},
		{"a date after a name is no part of it: a tweet's signature",
			"The campaign answered at once. — Brian Fallon (@brianefallon) August 2, 2016.\n\n\"We do take seriously our responsibilities,\" he added.",
			[]want{{"We do take seriously", "Brian Fallon"}}},
		{"a description set off after a name, or someone's relative, is no label of its own",
			"Representative Jim Jordan, Republican of Ohio, a founder of the conservative House Freedom Caucus, asked about the hackers, said, \"I'll leave that to the president.\"\n\n" +
				"As the crowd cheered Sanders, The Washington Post's Robert Costa reported, his wife whispered to him: \"They're still with you.\"",
			[]want{{"I'll leave that", ""}, {"They're still with you", ""}}},
		{"a Korean given name with a hyphen is part of the name ('Park Geun-hye'); 'Chicago-based', 'Co-anchor' and 'Representative-elect' are not",
			"Kim Ki-Jong was arrested at the scene. South Korean President Park Geun-hye, on the other hand, condemned it. \"This incident is not only a physical attack,\" she said.\n\n" +
				"A police official, Yoon Myeong-seong, told reporters the police were \"intensively investigating\" the attack.\n\n" +
				"Co-anchor Norah O'Donnell asked him about it. \"Really?\" O'Donnell said.",
			[]want{{"This incident is not only", "Park Geun-hye"}, {"intensively investigating", "Yoon Myeong-seong"}, {"Really?", "Norah O'Donnell"}}},
		{"a given name both men and women bear ('Alexis', 'Kim') tells no gender",
			"Alexis González walks slowly, using the wall for balance. \"I'm getting used to the prosthesis,\" the 16-year-old says. He fell off the train while sleeping. \"The train had severed my right leg,\" he says.\n\n" +
				"North Korean leader Kim Jong Un visited the base. \"We are ready,\" he said.",
			[]want{{"The train had severed", "Alexis González"}, {"We are ready", "Kim Jong Un"}}},
		{"two people who spoke together are who 'they' stands for next",
			"\"This is plainly a power grab,\" House Speaker Nancy Pelosi and Senate Democratic Leader Chuck Schumer said in a statement.\n\n" +
				"They vowed Congress would \"defend our constitutional authorities in the Congress, in the Courts, and in the public.\"",
			[]want{{"defend our constitutional", "Nancy Pelosi and Chuck Schumer"}}},
		{"a document is no speaker: its author, or no name; words that open on 'he' after a sentence about him are someone else's",
			"In its 41-page response to the family's lawsuit, the city says the injuries were caused by the boy. The response further says that \"Plaintiffs' decedent's injuries were directly caused by his own acts.\"\n\n" +
				"Senator Hillary Clinton wrote back within minutes. Clinton's response was: \"Is Dalton Brody off Conn or Wisconsin?\"\n\n" +
				"Prosecutors called Kasey Arma, a nightclub promoter. She told jurors she danced with Aaron Hernandez at the club. Hernandez approached her. \"He walked by me and he tapped my hip.\"",
			[]want{{"Plaintiffs' decedent's", ""}, {"Is Dalton Brody", "Hillary Clinton"}, {"He walked by me", ""}}},
		{"a description with a noun of its own is the person the story is about when the story gave them that role, or one that goes with any",
			"Singer George Michael has said a new film is the start of his retirement.\n\nThe pop star said it would be a much more \"behind the scenes affair\".\n\n" +
				"Britain's Jason Gardener won the 60m in Leipzig. The world indoor champion said: \"I got to the airport and my stomach was upset.\"\n\n" +
				"Man-of-the-match Damien Duff explained the miss. \"I would have headed that every time,\" said the Chelsea star.",
			[]want{{"behind the scenes affair", "George Michael"}, {"I got to the airport", "Jason Gardener"}, {"I would have headed", "Damien Duff"}}},
		{"a presenter is a role: 'the long-running presenter' is the one the story named",
			"Cat Deeley is to leave CD:UK after five years. \"I've had a great few years,\" the presenter said.\n\nThe long-running presenter said: \"I would like to thank the team.\"",
			[]want{{"I've had a great few years", "Cat Deeley"}, {"I would like to thank", "Cat Deeley"}}},
		{"a report, a document or a newsletter is no speaker: its author, named by 'by' or before it, or no name",
			"The Obama administration said in a report released Friday that it had done nothing wrong.\n\nBut the report, by White House Counsel Robert Bauer, concluded that \"allegations of improper conduct rest on factual errors.\"\n\n" +
				"Rich countries are giving less aid, Oxfam said in a report. \"This scandal must stop,\" Oxfam director Barbara Stocking said. The report said: \"For rich countries, providing aid is an investment.\"\n\n" +
				"Donald Trump's proposal is vague, experts say. A document on the Trump campaign's website states that couples qualify only if their marriage is \"recognized under state law,\" they note.",
			[]want{{"allegations of improper", "Robert Bauer"}, {"For rich countries", "Oxfam"}, {"recognized under state law", "the Trump campaign"}}},
		{"'X called Y the real hero' after a quote names Y, and frames nothing",
			"The woman Wood was trying to reach is Rebecca Boyd. \"The note brought me to tears,\" Boyd wrote on Facebook. \"I have no hard feelings towards them.\" Wood called Boyd the real hero of the story.\n\n" +
				"Donald Trump said Hillary Clinton \"caused death.\" Bernie Sanders called Trump a \"pathological liar.\"",
			[]want{{"I have no hard feelings", "Rebecca Boyd"}, {"caused death", "Donald Trump"}}},
		{"a thing that opens a sentence, so capitalised, is no speaker: 'The law states', 'The jihadist movement has called'",
			"ISIS has promoted videos of boys training as fighters. The jihadist movement has called the boys the \"cubs of the caliphate,\" a reference to its fighters.\n\n" +
				"Governor Mike Pence signed it on Thursday. The law states that the government can't \"substantially burden a person's exercise of religion.\"\n\n" +
				"The authorities said he had \"nothing to fear\" from the inquiry.",
			[]want{{"cubs of the caliphate", ""}, {"substantially burden", ""}, {"nothing to fear", "The authorities"}}},
		{"words capitalised only because they open a sentence name no one, unless they are people",
			"Graeme Wood wrote about ISIS. Social media posts indicate that ISIS kills often, but \"exempted from automatic execution are Christians who do not resist.\"\n\n" +
				"Twitter user itsleah wrote: \"It IS basic. I am so glad she said it.\"",
			[]want{{"exempted from automatic", ""}, {"It IS basic", "Twitter user itsleah"}}},
		{"a cue set off after a clause of its own is inverted: the name after it speaks",
			"Although the government is \"having successes here and there\" in its fight against Boko Haram, it's not winning the war, says Ayo Johnson, a documentary filmmaker.",
			[]want{{"having successes", "Ayo Johnson"}}},
		{"a name with two particles is one name ('Felix von der Osten'); a people ('Native Americans') is no person",
			"Growing up in Germany, everything Felix von der Osten learned about Native Americans came from the books of Karl May. " +
				"It wasn't until von der Osten drove through South Dakota last year that he saw it. \"I wanted to show a slice of life,\" he said.",
			[]want{{"I wanted to show", "Felix von der Osten"}}},
		{"'the friend' who asked not to be named is no one the story named",
			"His aunt, Connie Bilardi, told CNN he had lost his way. The friend, who requested not to be named, said he first met Bilardi online. \"I got scared,\" the friend said.",
			[]want{{"I got scared", ""}}},
		{"a person a quote speaks of by name is not its speaker when the sentence before reports them",
			"Days later, Richard Williams gave a press conference and said the booing amounted to racial abuse, Bill Dwyre, who covered the match for L.A. Times told Open Court.\n\n" +
				"\"Richard Williams had said that the n-word had been used and that the booing was racially motivated.\"",
			[]want{{"Richard Williams had said", ""}}},
		{"a link line run into the story ('Buying Madonna's house: ... .') brings in no one",
			"Mayor Bryan Barnett wrote a letter. \"Our schools are the best in the state,\" he wrote. Buying Madonna's house: A tale of fame and misfortune . " +
				"\"We design and build more robots than any other city,\" he wrote.",
			[]want{{"We design and build", "Bryan Barnett"}}},
		{"'One man near the site of X's memorial said': someone unnamed, whom 'he' stands for next",
			"Nemtsov was one of President Vladimir Putin's critics. Putin offered a different theory, his spokesman Dmitry Peskov said. " +
				"One man near the site of Nemtsov's memorial said he thinks the killer was a Putin opponent. " +
				"\"I do not think Putin did this,\" he told CNN.",
			[]want{{"I do not think Putin", "One man"}}},
		{"a family tie ('The father responded:') is someone's relative, not the person the story is about",
			"Sydney Corcoran awoke in a hospital and saw her father, she testified. \"Once he looked at what I had written he started to cry,\" Corcoran told jurors. " +
				"The father responded: \"She is OK, but her legs are gone.\"",
			[]want{{"Once he looked", "Sydney Corcoran"}, {"She is OK", "The father"}}},
		{"'the doctor' is no one the story did not make its doctor",
			"Sydney Corcoran awoke in a hospital. \"Once he looked he started to cry,\" Corcoran told jurors. \"She is OK, but her legs are gone,\" the doctor said.\n\n" +
				"Dr. Sanjay Gupta examined the boy. \"He is fine,\" the doctor said.",
			[]want{{"Once he looked", "Sydney Corcoran"}, {"She is OK", "the doctor"}, {"He is fine", "Sanjay Gupta"}}},
		{"a voice named right after its owner's name ('Knox's lawyer Carlo Dalla Vedova told') is that person",
			"The court freed Amanda Knox, 27, on Friday. Knox's lawyer Carlo Dalla Vedova told CNN that Knox does not feel any revenge. " +
				"In fact, he said she will go back one day. \"This has been a nightmare for her,\" he said.",
			[]want{{"This has been a nightmare", "Carlo Dalla Vedova"}}},
		{"'they' after a body reported speaking, an aside in parentheses or not, is that body",
			"DC Comics (owned by Time Warner, which also owns CNN) said in a statement late Monday that the cover was going to be pulled. " +
				"\"Threats of violence are wrong,\" they said.",
			[]want{{"Threats of violence", "DC Comics"}}},
		{"a quotation right after one given to the sole speaker, nothing between, goes on in their voice",
			"As a youngster, Rina Rashid had a nickname that summed her up perfectly: \"Rina the Shark.\" Even as a little girl growing up in Malaysia, the future CEO of a $4.6 billion media company was small but deadly. " +
				"\"I was born independent, fiercely so,\" 51-year-old Rashid told CNN's Kim Lowe. \"I always had a chip on my shoulder that I had to prove to everyone that I'm independent.\" " +
				"Today she's proved it -- and then some. Rashid heads Astra Media, one of the biggest media and entertainment firms in the region. She's in charge of producing over 9,000 hours of original content a year. " +
				"\"We have 52% women working at Astra, but one of the things we are very very passionate about, is that each woman has to be the best person for the job.\" \"If you grow up a good Muslim, Malay girl, you have to be respectful.\"",
			[]want{{"If you grow up", "Rina Rashid"}}},
		{"a holiday ('Real Halloween came and passed') is no one 'he' stands for",
			"My surgery was on a Monday. Real Halloween came and passed. Friends came to the hospital. \"You look great,\" he said.",
			[]want{{"You look great", ""}}},
		{"an agent is a person ('An FBI agent ... said'), and no one calls themselves 'Mr. Durst'",
			"An FBI agent approached him and said, \"Come with us.\"\n\n" +
				"Durst began to unravel on Saturday, after an FBI agent approached him from behind at a New Orleans hotel and said, \"Mr. Durst?\" He turned around.",
			[]want{{"Come with us", "An FBI agent"}, {"Mr. Durst?", ""}}},
		{"people the story does not name by everyday nouns ('A caller', 'one employee') are who 'he' stands for next",
			"Levi Pettit apologized on Monday. A caller disagreed, saying he did not see why he should apologize. \"He is his own person,\" he said.\n\n" +
				"Carly Fiorina announced 6,000 layoffs. As one employee told Palo Alto Weekly, \"She wants to put fear in our hearts.\"",
			[]want{{"He is his own person", "A caller"}, {"She wants to put fear", "one employee"}}},
		{"'the paper wrote' is the news outlet the story named last",
			"About 150 homeless people toured the museums, according to Vatican paper L'Osservatore Romano. \"The poor will also have a chance to enjoy the art,\" the paper wrote.\n\n" +
				"But in an interview with The New York Times, Mr Blair refused to name a date. The newspaper said the prime minister \"claimed ignorance\" of the plans.",
			[]want{{"The poor will also", "L'Osservatore Romano"}, {"claimed ignorance", "New York Times"}}},
		{"'they' after a place's police reported speaking ('West Midlands police said') is that police",
			"Officers arrested the man at his home early Monday, West Midlands police said. \"The operation was pre-planned,\" they said in a statement.",
			[]want{{"The operation was pre-planned", "West Midlands police"}}},
		{"someone unnamed as the whole subject of a cue after the quote ('a witness said') is given as the story words them, and so is their next quote",
			"Crowds gathered on Monday. \"I shouted for help,\" one man said.\n\n" +
				"No one came to their aid as they were hacked down, a witness said. \"Nobody came to save him.\"\n\n" +
				"Unemployment rose again. \"Yes, we have more than five million people unemployed,\" a government minister said.\n\n" +
				"The firm closed its plant. \"We are reviewing the ruling,\" a spokeswoman said.",
			[]want{{"I shouted for help", "one man"}, {"Nobody came", "a witness"}, {"Yes, we have", "a government minister"}, {"We are reviewing", ""}}},
		{"a cue set off after a clause of its own, then its name, reports who speaks next ('The defense could win, said Tom Jackson.')",
			"The defense could win, said Tom Jackson, the HLN analyst. \"The attorneys are going to argue that there was governmental action.\"",
			[]want{{"The attorneys are going", "Tom Jackson"}}},
		{"a body named with an article or a possessive is the body ('an FBI wanted poster', 'the Kremlin's claims')",
			"The bandits grew bolder. \"The bandits have become more brazen,\" according to an FBI wanted poster.\n\n" +
				"The findings could undermine the Kremlin's claims that its forces in Ukraine are just \"volunteers.\"",
			[]want{{"The bandits have become", "FBI"}, {"volunteers", "Kremlin"}}},
		{"a voice's body is not the clause after it ('A spokesman for the coalition that is hitting ISIS targets')",
			"A spokesman for the U.S.-led coalition that is hitting ISIS targets in Syria said its planes were not involved. " +
				"\"Within the last 24 hours, we have not conducted any airstrikes,\" the spokesman said.",
			[]want{{"Within the last 24 hours", ""}}},
		{"where a speaker is from, said after them, is not who speaks ('Neil Macdonald from Widnes in the United Kingdom wrote')",
			"Neil Macdonald from Widnes in the United Kingdom wrote on Instagram: \"I have been and always shall be your friend.\"",
			[]want{{"I have been", "Neil Macdonald"}}},
		{"a document for someone is its author's ('the FAA guidance for AMEs states')",
			"On its website, the FAA guidance for AMEs states: \"The FAA does not expect the Examiner to perform a formal psychiatric examination.\"",
			[]want{{"The FAA does not expect", "FAA"}}},
		{"a possessive is no speaker ('the official No campaign's alleged allegiances')",
			"He also defended the decision to attack the official No campaign's alleged political allegiances. \"We felt we had to show what people were behind the No campaign.\"",
			[]want{{"We felt we had to show", ""}}},
		{"a faith ('His Catholic faith') is no person",
			"His Catholic faith is important to him, and he said he often thinks of what his parents told him: \"In order to get to heaven, you need letters.\"",
			[]want{{"In order to get to heaven", ""}}},
		{"'the aircraft manufacturer', 'the carmaker' are the firm the story just reported",
			"Airbus said the aircraft was 24 years old. The aircraft manufacturer said it was sending a \"go-team of technical advisers\" to the scene.\n\n" +
				"Volvo said sales rose. \"We are pleased,\" the carmaker said.\n\n" +
				"The Rolling Stones announced a tour. \"We are proud of it,\" the band said.",
			[]want{{"go-team", "Airbus"}, {"We are pleased", "Volvo"}, {"We are proud", "Rolling Stones"}}},
		{"', and X said \"...\"' after a quote is a new clause with its own quote, not the first quote's frame",
			"China's foreign ministry called Lee \"a uniquely influential Asian statesman,\" and Australia's Prime Minister Tony Abbott said \"our region owes much to Lee Kuan Yew.\"\n\n" +
				"Ted Cruz accuses Obama of \"leading from behind\" and Donald Trump says he's \"losing the war on terrorism.\"",
			[]want{{"a uniquely influential", "China's foreign ministry"}, {"our region owes", "Tony Abbott"}, {"leading from behind", "Ted Cruz"}, {"losing the war", "Donald Trump"}}},
		{"'Among them was Jane Gregory' makes her the sentence's subject, whom 'she' stands for next",
			"\"This is history,\" said Sharon Stirling. Another 20,000 lined up to pay their respects. Among them was Jane Gregory, who traveled two hours by bus. " +
				"\"It was just something I had to see,\" she told CNN.",
			[]want{{"It was just something", "Jane Gregory"}}},
		{"a quotation run into one line goes on after a nested quote's end (`explain.' \"If`) in the same voice",
			"In 2007, he said he did not want his kids to watch. \"I said that back then because racist incidents seemed fashionable,\" Eto'o explains. " +
				"\"In that moment, I said, 'No, my kids aren't going to see that because it will be very difficult to explain.' " +
				"\"If you tell a child, go to the right and you'll get a reward, he'll always go to the right because he wants the reward. A child comes to see his father play, have fun, make people happy and what does he see? " +
				"\"He sees people booing his father for being black. \"But we see more and more that authorities are fighting.\"",
			[]want{{"He sees people booing", "Eto'o"}, {"But we see more", "Eto'o"}}},
		{"a quotation the writer left open ends before the next quote's frame (`serve me? Graham tweeted this week, \"`)",
			"Max is transgender. \"This law makes me feel bullied,\" he said. \"Does that give them the right to refuse to serve me? " +
				"Proponents of the law say that is not what it will do. Evangelist Franklin Graham, who lives in North Carolina, tweeted this week, \"Thank God for politicians like Pence.\"",
			[]want{{"Thank God for politicians", "Franklin Graham"}}},
		{"'Those allegations were put to Wenger' makes him who answers next; 'Smith then takes up the story' is Smith",
			"Arsene Wenger has stepped up his feud with Sir Alex Ferguson. \"He ran at me,\" Ferguson said on Saturday. Those allegations were put to Wenger after the game. At first he said only: \"Nothing happened.\"\n\n" +
				"Samuel Smith wanted to buy a watch. Smith then takes up the story, saying the lady was wary of him because \"we had some fake credit cards in the store.\"",
			[]want{{"Nothing happened", "Arsene Wenger"}, {"we had some fake", "Samuel Smith"}}},
		{"a capitalised preposition inside a run ('Doctors Without Borders') makes it a body's name, not the surname after it",
			"The clinic closed in May. \"We cannot treat anyone there,\" Doctors Without Borders said. \"It is too late,\" said Mothers Against Drunk Driving.",
			[]want{{"We cannot treat", "Doctors Without Borders"}, {"It is too late", "Mothers Against Drunk Driving"}}},
		{"a given name alone after a relative's word ('Her father, Brad, 39,') is that person, whom 'he' then stands for",
			"At a rally in Concord, 14-year-old Aubrey Pelletier hoisted a sign. Her father, Brad, 39, worried that voters limit the news they read.\n\n" +
				"\"People are afraid of wasting their votes,\" he said.",
			[]want{{"People are afraid", "Brad"}}},
		{"an event's name ('Abu Dhabi Grand Prix') is no person, though it opens with a given name: 'she' is not it",
			"It is mid-morning in Brazil and Melissa, her husband Alex and their daughter are glued to the TV to watch their hero in the season-ending Abu Dhabi Grand Prix. " +
				"She told CNN: \"I support Lewis every day.\"",
			[]want{{"I support Lewis", ""}}},
		{"'surmised' reports speech: the quote after the sentence it frames is the surmiser's",
			"Catholics believe in Mary's virginity, so Martin surmises that the brothers were Joseph's sons from a prior marriage. " +
				"\"It makes sense that Joseph would have been older, so I see them as stepbrothers.\"",
			[]want{{"It makes sense", "Martin"}}},
		{"'and' inside a body's name after 'according to' ('the National Oceanic and Atmospheric Administration') keeps the whole name",
			"Sales fell \"sharply and without warning in the spring,\" according to the National Oceanic and Atmospheric Administration.",
			[]want{{"sharply and without", "the National Oceanic and Atmospheric Administration"}}},
		{"'instructed' and 'implored' report speech, before the quote as after it",
			"Antoni Cirera Perez loved races. Perez instructed him softly, \"Let her cry, that is what she has to do.\" " +
				"Pilot Dave Bowman later famously implored the ship's computer to \"open the pod bay doors, HAL.\"",
			[]want{{"Let her cry", "Antoni Cirera Perez"}, {"open the pod bay doors", "Dave Bowman"}}},
		{"'the paper' is the outlet named before, even when a body was the subject since",
			"The poor will visit the Sistine Chapel, according to Vatican paper L'Osservatore Romano. The Office of Papal Charities arranged the visit. " +
				"The paper said the visit would be led by Archbishop Konrad Krajewski, who heads the department \"charged with exercising charity to the poor.\"",
			[]want{{"charged with exercising charity", "L'Osservatore Romano"}}},
		{"a one-word name a letter went 'to' is still a person: 'to' is no place word",
			"The mayor of Rochester Hills wrote an open letter to Madonna. Madonna is no stranger to controversy. In a 1987 interview with Jane Pauley, " +
				"she said of Bay City, where she was born: \"It is a little smelly town in northern Michigan and I left it.\"",
			[]want{{"It is a little smelly town", "Madonna"}}},
		{"a name right after 'band' or 'team' is a body's, no person a pronoun stands for",
			"The guitarist with US rock band Korn has quit the music business. \"Anger is a good thing,\" he told a radio station.",
			[]want{{"Anger is a good thing", ""}}},
		{"a subject whose relative clause ends in its preposition ('experts CNN spoke to said') is its unnamed head, not the clause's subject",
			"Keith Fargo runs the programme. \"We saw doctors say lack of time,\" Experts CNN spoke to said. \"It is a gap,\" the nurses she worked with said. " +
				"\"This would be a priority,\" Mr. Fargo is expected to say.",
			[]want{{"We saw doctors", ""}, {"It is a gap", ""}, {"This would be a priority", "Keith Fargo"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, find(tc.text), tc.wants) })
	}
}

// farApart is story text that names no one, long enough to put a mention out of reach of the
// one before it.
const farApart = "The ban had been announced by the agency earlier in the week and defended by its staff. " +
	"Groups that protect elephants had protested for days. Officials had said the change was based on new " +
	"counts of the herds in two countries. Those counts were not published. Hunters had welcomed the change. "

// TestObjectNounsFrameNothing: a plural noun that is also a cue ("states", "claims", "calls")
// after a verb in the past is that verb's object, no frame, and a thing a quoted title is ("the
// TV series explaining") or words written on a thing ("a hat that said") speak for no one the
// story names: the term in marks is no one's (it may be no quote at all).
func TestObjectNounsFrameNothing(t *testing.T) {
	for _, s := range []string{
		`In 2013, the Supreme Court overturned a provision of the law that required certain states to "pre-clear" any changes.`,
		`Mr Clarke, who took on the post on Thursday, has rejected calls to "pause" on the bill.`,
		`Roy was a fan of "Cosmos," the TV series explaining the science behind the origin of the universe.`,
		`One man, Bill Higgins, stood in the snow hoping Cruz would meet his goat, which was wearing a hat that said "I voted" and who bit a senator.`,
	} {
		for _, q := range find(s) {
			if q.Speaker != "" {
				t.Errorf("%q: %q given to %q", s, q.Text, q.Speaker)
			}
		}
	}
}
