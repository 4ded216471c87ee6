package briefing_test

import (
	"fmt"

	"github.com/briefbot/briefbot/briefing"
)

func ExampleAnalyze() {
	a := briefing.Article{
		Title: "Harbour reopens after storm",
		Body: `The harbour at Port Ellen reopened on Friday, a year after a storm destroyed its walls.
Harbour master Ann Reid watched the first ferry come in.
"It is a relief for the whole island," Reid said. "We waited a long time."
burs/ab`,
	}
	an := briefing.Analyze(a)
	for _, s := range an.SummaryText() {
		fmt.Println(s)
	}
	fmt.Printf("%q — %s\n", an.Quotes[0].Text, an.Quotes[0].Speaker)
	// Output:
	// The harbour at Port Ellen reopened on Friday, a year after a storm destroyed its walls.
	// Harbour master Ann Reid watched the first ferry come in.
	// "It is a relief for the whole island," Reid said.
	// "It is a relief for the whole island … We waited a long time." — Ann Reid
}
