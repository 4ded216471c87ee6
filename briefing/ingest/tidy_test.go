package ingest

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefing/text"
)

func TestTidy(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // the sentences of the tidied text
	}{
		{"inline tags go", "The port reopened today. <b>Ships</b> waited <i>for hours</i>!",
			[]string{"The port reopened today.", "Ships waited for hours!"}},
		{"block tags break lines", "<h1>Floods</h1><p>Rivers rose overnight. Roads closed.</p><div><img src=\"a.jpg\"></div>",
			[]string{"Floods", "Rivers rose overnight.", "Roads closed."}},
		{"escaped markup goes once resolved", "<x id=\"1\">&lt;i&gt;</x>Budget.pdf<x id=\"2\">&lt;/i&gt;</x>",
			[]string{"Budget.pdf"}},
		{"references in markup resolve", "<p>Caf&eacute; owners &amp; staff met.</p>",
			[]string{"Café owners & staff met."}},
		{"escaped line breaks", `The vote passed. \r\n Turnout was low. \n The count ended.`,
			[]string{"The vote passed.", "Turnout was low.", "The count ended."}},
		{"a period wrapped onto its own line", "Call the office for opening hours\n.\n\nOpening Hours",
			[]string{"Call the office for opening hours.", "Opening Hours"}},
		{"a period opening the next line", "Ask at the desk\n. The desk opens at nine.",
			[]string{"Ask at the desk.", "The desk opens at nine."}},
		{"a page number alone", "\n12\n\nMethods\n\n", []string{"Methods"}},
		{"letters set one or two a line", "\nN\nO\nTI\nC\nE\n \n|\n \nA\nV\nIS\n",
			[]string{"NOTICE", "AVIS"}},
		{"dot leaders", "Chapter one..........begins here.", []string{"Chapter one begins here."}},
		{"rules at a line's edges", "==========Summary starts\n==========", []string{"Summary starts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Tidy(Clean(tt.in))
			var got []string
			for _, sp := range text.Split(s) {
				got = append(got, strings.Join(strings.Fields(sp.Of(s)), " "))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Tidy(%q) = %q\nsentences %q\nwant      %q", tt.in, s, got, tt.want)
			}
		})
	}
}

// TestTidyLeavesProseAlone: text that only looks like a copying artefact is a story's own.
func TestTidyLeavesProseAlone(t *testing.T) {
	for _, s := range []string{
		`He shouted "you f***** liars" and "that b---- lied" at the crowd.`, // censored words
		"Profits rose where costs < revenue &amp; margins > 5%.",            // no markup
		"Smith &amp; Sons, whose caf&eacute; closed, said so.",              // references without markup are the text's
		`The file sat in C:\new\reports on the shared drive.`,               // a path, not an escape
		"Wait... what? -- he asked.",                                        // an ellipsis and a dash
		"Results:\n1. Ames\n2. Brook\n3. Cole",                              // a list, not page numbers
		"Q\nA\nThe interview follows.",                                      // two letter lines, not a word
	} {
		if got := Tidy(s); got != s {
			t.Errorf("Tidy(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestParseTidiesPastedText(t *testing.T) {
	a, err := ParseText("Harbour reopens\n<p>The harbour reopened on Monday after the storm.</p>\n<p>Fishing boats went out at dawn, and the market was full by noon, traders said.</p>")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Harbour reopens" || strings.ContainsAny(a.Body, "<>") {
		t.Fatalf("title %q, body %q: want the headline and the body without tags", a.Title, a.Body)
	}
}

// ruleRunExpr is the regular expression trimRules replaced: a run of four or more of one rule
// character at a line's edge, with the spaces on its outer side.
var ruleRunExpr = regexp.MustCompile(`^\s*(?:/{4,}|\\{4,}|={4,}|_{4,}|\*{4,}|~{4,}|#{4,}|-{4,}|\+{4,})|(?:/{4,}|\\{4,}|={4,}|_{4,}|\*{4,}|~{4,}|#{4,}|-{4,}|\+{4,})\s*$`)

// TestTrimRulesAsTheRuleExpression: trimRules drops what the expression's ReplaceAllString
// dropped, on chosen lines and on random ones made of rule characters, spaces and letters.
func TestTrimRulesAsTheRuleExpression(t *testing.T) {
	lines := []string{
		"", "----", "---", "  ----  ", "\t=====\r", "----====", "====----x", "x----====",
		"f*****", "b---- off", "--- -----", "-----   ", "  ---", "a------", "text    -----",
		"------ x -----", "\v----", "----\v", "~~~~ ~~~~", "////\\\\\\\\", "+ + + +", "#### Title ####",
		"\u00a0----", "----\u00a0", "é----", "— ----",
	}
	const alphabet = "/\\=_*~#-+ \t\r\f\vab"
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		// Three characters a line, so that runs of four are common.
		few := []byte{alphabet[rng.IntN(len(alphabet))], alphabet[rng.IntN(len(alphabet))], alphabet[rng.IntN(len(alphabet))]}
		b := make([]byte, rng.IntN(16))
		for i := range b {
			b[i] = few[rng.IntN(len(few))]
		}
		lines = append(lines, string(b))
	}
	changed := 0
	for _, l := range lines {
		if trimRules(l) != l {
			changed++
		}
	}
	if changed < 1000 {
		t.Fatalf("only %d of %d lines hold a rule: the test would prove little", changed, len(lines))
	}
	for _, l := range lines {
		if got, want := trimRules(l), ruleRunExpr.ReplaceAllString(l, ""); got != want {
			t.Errorf("trimRules(%q) = %q, want %q", l, got, want)
		}
	}
}
