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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, find(tc.text), tc.wants) })
	}
}
