package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// asMain, set in a child's environment, makes the test binary briefbot itself: tests start
// real processes of the command (and kill them) without building it first.
const asMain = "BRIEFBOT_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMain) == "1" {
		main() // exits
	}
	os.Exit(m.Run())
}

// runCmd runs briefbot in-process with the given stdin and returns exit code, stdout, stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	return runCmdEnv(t, stdin, nil, args...)
}

// runCmdEnv is runCmd with environment variables.
func runCmdEnv(t *testing.T, stdin string, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string {
		if k == "XDG_DATA_HOME" {
			return t.TempDir()
		}
		return vars[k]
	}}
	code := run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func TestDemo(t *testing.T) {
	code, out, errs := runCmd(t, "", "demo")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Ukraine defies invasion threat, as NATO sees no Russian pullback",
		"“We have a wonderful, strong armed forces … We have excellent diplomats, volunteer forces and national resistance forces throughout Ukraine. The strength to protect us.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	for _, bad := range []string{"burs-dc", "LPdF", "Rich return", "Signals give us hope"} {
		if strings.Contains(out, bad) {
			t.Errorf("demo output holds %q", bad)
		}
	}
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestIngest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "b.db")
	seed, err := os.ReadFile("../../seeds/000_6ca526304d51d5ce.txt")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "a.txt", seed)
	writeFile(t, dir, "copy.txt", seed)
	writeFile(t, dir, "b.md", []byte("# Harbour reopens\n\nThe harbour at Port Ellen reopened on Friday after a year of repairs.\n"))
	writeFile(t, dir, "bin.txt", []byte("\x00\x01\x02 binary"))
	writeFile(t, dir, "empty.txt", nil)
	writeFile(t, dir, "ignored.jpg", []byte("not an article"))

	code, out, errs := runCmd(t, "", "ingest", "--db", db, dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 for rejected files; stderr %s", code, errs)
	}
	if !strings.Contains(out, "2 added, 1 duplicate, 2 rejected") {
		t.Errorf("counts wrong:\n%s", out)
	}
	if !strings.Contains(out, "bin.txt: binary data") || !strings.Contains(out, "empty.txt: no article text") {
		t.Errorf("reasons missing:\n%s", out)
	}
	// Again: everything is a duplicate now, nothing lost.
	_, out, _ = runCmd(t, "", "ingest", "--db", db, filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.md"))
	if !strings.Contains(out, "0 added, 2 duplicate, 0 rejected") {
		t.Errorf("second run:\n%s", out)
	}
	code, out, errs = runCmd(t, "", "quotes", "--db", db, "--speaker", "zelenskyy", "--limit", "1")
	if code != 0 || !strings.Contains(out, "We are not afraid of forecasts") || !strings.Contains(out, "Volodymyr Zelensky") {
		t.Errorf("quotes --speaker: exit %d\n%s%s", code, out, errs)
	}
	code, _, errs = runCmd(t, "", "quotes", "--db", db, "--speaker", "Zelenksy")
	if code != 1 || !strings.Contains(errs, "did you mean Volodymyr Zelensky?") {
		t.Errorf("unknown speaker: exit %d, %s", code, errs)
	}
	// A surname two people share: the quotes of the one quoted most, and the other named.
	said := func(name, words string) string {
		return fmt.Sprintf("%s spoke to reporters on Tuesday about the week ahead.\n\n%q %s said after the meeting.\n", name, words, name)
	}
	writeFile(t, dir, "tony1.txt", []byte("Vote\n\n"+said("Tony Blair", "We will win the vote on Thursday.")))
	writeFile(t, dir, "tony2.txt", []byte("Vote again\n\n"+said("Tony Blair", "The vote will be close but we will win it.")))
	writeFile(t, dir, "cherie.txt", []byte("Law\n\n"+said("Cherie Blair", "The law must treat everyone equally.")))
	runCmd(t, "", "ingest", "--db", db, filepath.Join(dir, "tony1.txt"), filepath.Join(dir, "tony2.txt"), filepath.Join(dir, "cherie.txt"))
	code, out, errs = runCmd(t, "", "quotes", "--db", db, "--speaker", "Blair")
	if code != 0 || !strings.Contains(out, "— Tony Blair") || strings.Contains(out, "Cherie") || errs != "Blair may also mean: Cherie Blair\n" {
		t.Errorf("quotes --speaker Blair: exit %d\n%s\nstderr %q", code, out, errs)
	}
	code, out, _ = runCmd(t, "", "brief", "--db", db, "--since", "1h")
	if code != 0 || !strings.Contains(out, "Harbour reopens") || !strings.Contains(out, "Ukraine defies") {
		t.Errorf("brief: exit %d\n%s", code, out)
	}
}

func TestSummarizeJSONL(t *testing.T) {
	in := `{"id": "a", "title": "Storm", "text": "A storm hit the coast. Homes were flooded. Power was cut. Schools closed. Roads were shut."}
{"id": 7, "text": "One. Two three four. Five six seven eight. Nine ten.", "n": 1}
`
	code, out, errs := runCmd(t, in, "summarize", "--jsonl", "-n", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines: %s", len(lines), out)
	}
	var first struct {
		ID      string
		Summary []string
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || first.ID != "a" || len(first.Summary) != 2 {
		t.Errorf("line 1 = %s (%v)", lines[0], err)
	}
	var second struct {
		ID      int
		Summary []string
	}
	if err := json.Unmarshal([]byte(lines[1]), &second); err != nil || second.ID != 7 || len(second.Summary) != 1 {
		t.Errorf("line 2 = %s (%v)", lines[1], err)
	}
}

func TestJSONLErrorsNameTheLine(t *testing.T) {
	in := "{\"id\": \"ok\", \"text\": \"Fine text here.\"}\n{not json}\n"
	for _, cmd := range []string{"summarize", "quotes"} {
		code, out, errs := runCmd(t, in, cmd, "--jsonl")
		if code != 1 || !strings.Contains(errs, "line 2") {
			t.Errorf("%s: exit %d, stderr %q", cmd, code, errs)
		}
		if !strings.Contains(out, `"id":"ok"`) {
			t.Errorf("%s: line 1 not written before the error: %q", cmd, out)
		}
	}
}

// TestQuotesJSONLOffsets: a quote's offsets locate it in the text; a statement joined from
// parts spans them all, and its parts stand there in order.
func TestQuotesJSONLOffsets(t *testing.T) {
	text := "Mayor Ann Reid spoke.\n\"We will rebuild,\" Reid said. “Soon.”\n\"It will take a year.\""
	in, _ := json.Marshal(map[string]string{"id": "x", "text": text})
	code, out, errs := runCmd(t, string(in)+"\n", "quotes", "--jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Quotes []jsonlQuote
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	want := []string{"We will rebuild … Soon.", "It will take a year."}
	if len(got.Quotes) != len(want) {
		t.Fatalf("quotes = %+v, want %q", got.Quotes, want)
	}
	for i, q := range got.Quotes {
		at := text[q.Start:q.End]
		if q.Text != want[i] || q.Speaker != "Ann Reid" {
			t.Errorf("quote %+v, want %q by Ann Reid", q, want[i])
		}
		for _, part := range strings.Split(q.Text, " … ") {
			k := strings.Index(at, part)
			if k < 0 {
				t.Errorf("quote %+v: part %q not at its offsets (%q)", q, part, text[q.Start:q.End])
				break
			}
			at = at[k+len(part):]
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{"nosuchcommand"},
		{"demo", "--bogus"},
		{"summarize"},
		{"summarize", "--jsonl", "-n", "0"},
		{"quotes"},
		{"quotes", "--fit", "one.jsonl"},
		{"ingest"},
		{"brief", "--since", "-1h"},
	}
	for _, args := range tests {
		if code, _, errs := runCmd(t, "", args...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
	if code, out, _ := runCmd(t, "", "help"); code != 0 || !strings.Contains(out, "demo") {
		t.Errorf("help: exit %d\n%s", code, out)
	}
}

func TestSummarizeFile(t *testing.T) {
	code, out, errs := runCmd(t, "", "summarize", "../../seeds/000_6ca526304d51d5ce.txt")
	if code != 0 || !strings.HasPrefix(out, "Ukraine defies") || strings.Count(out, "\n- ") != 3 {
		t.Errorf("exit %d\n%s%s", code, out, errs)
	}
	code, _, errs = runCmd(t, "", "summarize", "/nonexistent/file.txt")
	if code != 1 || !strings.Contains(errs, "/nonexistent/file.txt") {
		t.Errorf("missing file: exit %d %q", code, errs)
	}
}

func TestConsole(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	in := "/quotes speaker:zelenskyy limit:1\nnot a command\n/quotes speaker:Zelenksy\n/quit\n/help\n"
	code, out, errs := runCmd(t, in, "console", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Quotes by Volodymyr Zelensky", "We are not afraid", "Commands start with a slash", "Did you mean **Volodymyr Zelensky**?"} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "What briefbot does") || strings.Contains(out, "/article add** url") {
		t.Errorf("console went on after /quit:\n%s", out)
	}
}

// TestMapReadsSetting: BRIEFBOT_MAP_READS=1 serves the lookups from the mapped pool (the console
// answers as without it), and a value that is no boolean is one clear line.
func TestMapReadsSetting(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	in := "/quotes speaker:zelenskyy limit:1\n/quotes speaker:Zelenksy\n/search query:zelensky\n"
	code, out, errs := runCmdEnv(t, in, map[string]string{"BRIEFBOT_MAP_READS": "1"}, "console", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Quotes by Volodymyr Zelensky", "Did you mean **Volodymyr Zelensky**?", "1 article(s) match “zelensky”"} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
	// Refused on either engine, before anything is opened: the PostgreSQL port is closed.
	for _, target := range []string{db, "postgres://bot@127.0.0.1:" + closedPort(t) + "/briefbot"} {
		code, _, errs = runCmdEnv(t, "", map[string]string{"BRIEFBOT_MAP_READS": "maybe"}, "brief", "--db", target)
		if code != 1 || !strings.Contains(errs, `BRIEFBOT_MAP_READS "maybe" is neither true nor false`) {
			t.Errorf("BRIEFBOT_MAP_READS=maybe, %s: exit %d, %q", target, code, errs)
		}
	}
}

func TestRunNeedsToken(t *testing.T) {
	code, _, errs := runCmd(t, "", "run", "--db", filepath.Join(t.TempDir(), "r.db"))
	if code != 1 || !strings.Contains(errs, "DISCORD_TOKEN is not set") {
		t.Errorf("exit %d, %q", code, errs)
	}
}

// TestRunRefusesBadSettings: a malformed setting of `run` is one clear line, before anything
// connects.
func TestRunRefusesBadSettings(t *testing.T) {
	for _, tc := range []struct{ name, value, want string }{
		{"BRIEFBOT_GRACE", "-1h", `BRIEFBOT_GRACE "-1h" is not a positive duration`},
		{"BRIEFBOT_PASS_INTERVAL", "soon", `BRIEFBOT_PASS_INTERVAL "soon" is not a positive duration`},
		{"BRIEFBOT_CLOCK_FILE", filepath.Join(t.TempDir(), "missing"), "BRIEFBOT_CLOCK_FILE: open"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runCmdEnv(t, "", map[string]string{"DISCORD_TOKEN": "tok", tc.name: tc.value},
				"run", "--db", filepath.Join(t.TempDir(), "r.db"))
			if code != 1 || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, %q; want %q", code, errs, tc.want)
			}
		})
	}
}

func TestIngestURLs(t *testing.T) {
	page, err := os.ReadFile("../../briefing/ingest/testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	rss, err := os.ReadFile("../../briefing/ingest/testdata/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/page":
			w.Header().Set("Content-Type", "text/html")
			w.Write(page)
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(rss)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "u.db")
	allow := map[string]string{"BRIEFBOT_FETCH_ALLOW": "127.0.0.1"}
	code, out, errs := runCmdEnv(t, "", allow, "ingest", "--db", db, srv.URL+"/page", srv.URL+"/feed", srv.URL+"/nothing")
	if code != 1 || !strings.Contains(out, "8 added, 0 duplicate, 1 rejected") || !strings.Contains(out, "HTTP 404") {
		t.Errorf("exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = runCmdEnv(t, "", nil, "ingest", "--db", db, srv.URL+"/page")
	if code != 1 || !strings.Contains(out, "private or local address") {
		t.Errorf("without the allowlist: exit %d\n%s", code, out)
	}
}

// TestBriefIsRankedAsTheBotRanks: the CLI's briefing is composed by the bot's ranking, not
// listed by date: of three stories stored at once, the one with a quote to show comes first.
func TestBriefIsRankedAsTheBotRanks(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "b.db")
	writeFile(t, dir, "a.txt", []byte("Harbour reopens with a quote\nThe harbour at Port Ellen reopened on Friday after repairs.\n"+
		`"It is a relief for everyone on the island," harbour master Ann Reid said.`+"\n"))
	writeFile(t, dir, "b.txt", []byte("School budget agreed\nThe council agreed the school budget for next year on Monday evening.\n"))
	writeFile(t, dir, "c.txt", []byte("Bridge works start\nWorks on the old bridge over the river start next week and last a month.\n"))
	if code, out, errs := runCmd(t, "", "ingest", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: %s%s", out, errs)
	}
	code, out, _ := runCmd(t, "", "brief", "--db", db, "--max", "1")
	if code != 0 || !strings.Contains(out, "Harbour reopens with a quote") || strings.Contains(out, "Bridge works") {
		t.Errorf("brief --max 1: exit %d\n%s", code, out)
	}
}

// TestBackupAndRestore: a backup taken while the database is open restores to a database that
// reads back every article, summary and quote.
func TestBackupAndRestore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "live.db")
	if code, _, errs := runCmd(t, "", "demo", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	writeFile(t, dir, "h.txt", []byte("Harbour reopens\nThe harbour at Port Ellen reopened on Friday after repairs.\n"+
		`"It is a relief for everyone on the island," harbour master Ann Reid said.`+"\n"))
	if code, out, errs := runCmd(t, "", "ingest", "--db", db, filepath.Join(dir, "h.txt")); code != 0 {
		t.Fatal(out, errs)
	}
	live, err := storage.Open(context.Background(), db) // held open, as by a running bot
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	backup := filepath.Join(dir, "copy.db")
	code, out, errs := runCmd(t, "", "backup", "--db", db, backup)
	if code != 0 || !strings.Contains(out, "backed up 2 articles") {
		t.Fatalf("backup: exit %d %s%s", code, out, errs)
	}
	if code, _, errs := runCmd(t, "", "backup", "--db", db, backup); code != 1 || !strings.Contains(errs, "exists") {
		t.Errorf("backup over an existing file: exit %d %s", code, errs)
	}
	// Restore: the copy is a database of its own.
	restored, err := storage.Open(context.Background(), backup)
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	ctx := context.Background()
	want, _ := live.ArticlesSince(ctx, time.Time{}, "", 100)
	got, _ := restored.ArticlesSince(ctx, time.Time{}, "", 100)
	if len(got) != 2 || len(got) != len(want) {
		t.Fatalf("restored %d articles, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Title != want[i].Title || strings.Join(got[i].Summary, " ") != strings.Join(want[i].Summary, " ") ||
			(got[i].KeyQuote == nil) != (want[i].KeyQuote == nil) {
			t.Errorf("article %d differs after restore: %+v vs %+v", i, got[i], want[i])
		}
	}
	if qs, err := restored.QuotesBySpeaker(ctx, "Ann Reid", "", 10); err != nil || len(qs) != 1 {
		t.Errorf("quotes after restore: %+v, %v", qs, err)
	}
	if found, _, _ := restored.Search(ctx, "harbour relief", "", 0, 10); len(found) != 1 {
		t.Errorf("search after restore found %d", len(found))
	}
}

// TestBenchAnswersEveryPath: the benchmark at a small size builds its database and every
// lookup it times answers something (no figure is asserted: timing is the bench's job).
func TestBenchAnswersEveryPath(t *testing.T) {
	benchAnswers(t)
	// Undated, as a folder of text files: every article stored at the instant the lookups ask.
	benchAnswers(t, "--undated")
	// --rows times only the lookups it names.
	code, out, errs := runCmd(t, "", "bench", "-n", "60", "--queries", "2", "--rows", "search")
	if code != 0 {
		t.Fatalf("--rows: exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "answered "); n != 3 || strings.Count(out, "/search ") != 3 {
		t.Errorf("--rows search: %d rows, want the 3 searches:\n%s", n, out)
	}
	// --feeds: the articles come as feed items, and the guild asking sees its one feed's.
	code, out, errs = runCmd(t, "", "bench", "-n", "200", "--queries", "3", "--feeds", "4", "--follow", "1")
	if code != 0 {
		t.Fatalf("--feeds: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "200 added") || strings.Count(out, "answered ") != 9 || strings.Contains(out, "answered 0/") {
		t.Errorf("--feeds 4: want 200 articles added and every row answered:\n%s", out)
	}
	if !strings.Contains(out, "; longest store ") {
		t.Errorf("--feeds 4: no longest store of one article:\n%s", out)
	}
	if code, _, _ := runCmd(t, "", "bench", "-n", "10", "--feeds", "2", "--follow", "3"); code == 0 {
		t.Error("--follow past --feeds was accepted")
	}
}

// TestBenchOfRealSentences: with --sentences the articles' plain sentences and titles are
// drawn from the given texts, split as the analysis splits them, among the cast's quotes,
// and every lookup still answers; a file with no sentence, or none, is an error that says so.
func TestBenchOfRealSentences(t *testing.T) {
	dir := t.TempDir()
	texts := filepath.Join(dir, "texts.jsonl")
	var lines strings.Builder
	sents := []string{
		"The harbour board met on Friday to weigh the ferry timetable for the winter.",
		"Crews on the northern route have asked for two more sailings a week.",
		`"We cannot run the service on goodwill alone," the union's organiser told the meeting.`,
		"The council expects to publish its answer before the end of the month.",
	}
	for i := 0; i < len(sents); i += 2 {
		b, _ := json.Marshal(map[string]any{"id": i, "text": sents[i] + " " + sents[i+1]})
		lines.Write(append(b, '\n'))
	}
	if err := os.WriteFile(texts, []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "bench.db")
	code, out, errs := runCmd(t, "", "bench", "-n", "120", "--queries", "3", "--sentences", texts, "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "120 added") || strings.Count(out, "answered ") != 9 || strings.Contains(out, "answered 0/") {
		t.Errorf("want 120 articles added and every row answered:\n%s", out)
	}
	st, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var title, body string
	if err := st.QueryRow(`SELECT title, body FROM articles ORDER BY id LIMIT 1`).Scan(&title, &body); err != nil {
		t.Fatal(err)
	}
	drawn := 0
	for _, s := range sents {
		drawn += strings.Count(body, s)
	}
	if drawn < 20 || !slices.ContainsFunc(sents, func(s string) bool { return strings.HasPrefix(s, title) }) {
		t.Errorf("the first article (%q) holds %d of the texts' sentences, want its plain ones and its title from them:\n%s", title, drawn, body)
	}
	if strings.Contains(body, `""`) || strings.Contains(body, `\"`) {
		t.Errorf("a quote of the cast holds a quotation of its own:\n%s", body)
	}
	empty := filepath.Join(dir, "empty.jsonl")
	os.WriteFile(empty, []byte(`{"id": 1, "text": "Too short."}`+"\n"), 0o644)
	for _, bad := range []string{empty, filepath.Join(dir, "none.jsonl")} {
		if code, _, errs := runCmd(t, "", "bench", "-n", "10", "--sentences", bad); code == 0 || !strings.Contains(errs, "--sentences") {
			t.Errorf("--sentences %s: exit %d, %q; want an error naming the flag", bad, code, errs)
		}
	}
}

// benchAnswers runs the benchmark at a small size with flags: it builds its database, gives a
// rate for each tenth of the articles, and every lookup row answers something.
func benchAnswers(t *testing.T, flags ...string) {
	t.Helper()
	name := strings.Join(append([]string{"bench"}, flags...), " ")
	code, out, errs := runCmd(t, "", append([]string{"bench", "-n", "300", "--queries", "5"}, flags...)...)
	if code != 0 {
		t.Fatalf("%s: exit %d: %s", name, code, errs)
	}
	if !strings.Contains(out, "ingest: 300 articles") || !strings.Contains(out, "database: 300 articles") {
		t.Errorf("%s: no ingest line:\n%s", name, out)
	}
	if _, tenths, ok := strings.Cut(out, "(by tenth: "); !ok || len(strings.Fields(tenths[:strings.Index(tenths, ")")])) != 10 {
		t.Errorf("%s: no rate for each tenth of the articles:\n%s", name, out)
	}
	rows := 0
	for _, line := range strings.Split(out, "\n") {
		i := strings.Index(line, "answered ")
		if i < 0 {
			continue
		}
		rows++
		if strings.HasPrefix(line[i:], "answered 0/") {
			t.Errorf("%s: a path answered nothing: %s", name, line)
		}
	}
	if rows != 9 {
		t.Errorf("%s: %d lookup rows, want 9:\n%s", name, rows, out)
	}
}

// TestSentencesJSONL: every sentence of each text comes out, in order, headlines and credits
// included, from the text as a paste is read (its markup gone).
func TestSentencesJSONL(t *testing.T) {
	in := `{"id": 1, "text": "Harbour reopens\nThe harbour reopened on Friday. \"It is a relief,\" Ann Reid said.\nburs-dc/jbr"}` + "\n" +
		`{"id": "b", "text": "Mr. Smith went to Washington. He met the U.S. envoy."}` + "\n" +
		`{"id": "c", "text": "<p>Ships waited.</p><p>Ports <b>closed</b>.</p>"}` + "\n"
	code, out, errs := runCmd(t, in, "sentences", "--jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := `{"id":1,"sentences":["Harbour reopens","The harbour reopened on Friday.","\"It is a relief,\" Ann Reid said.","burs-dc/jbr"]}` + "\n" +
		`{"id":"b","sentences":["Mr. Smith went to Washington.","He met the U.S. envoy."]}` + "\n" +
		`{"id":"c","sentences":["Ships waited.","Ports closed."]}` + "\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

// TestQuotesFit: `quotes --fit` counts each set's pronouns resolved to the gold speaker, with
// weights fitted on the other set, and prints the weights fitted on both as Go.
func TestQuotesFit(t *testing.T) {
	dir := t.TempDir()
	story := func(he, she string) string {
		text := fmt.Sprintf("%s met %s at the bank on Monday. Mr. %s said the talks went well. "+
			"\"We agreed on nearly everything that matters,\" he said.", he, she, strings.Fields(he)[1])
		line, err := json.Marshal(map[string]any{"id": he, "text": text, "quotes": []map[string]string{
			{"quote": "We agreed on nearly everything that matters", "speaker": he, "type": "direct"}}})
		if err != nil {
			t.Fatal(err)
		}
		return string(line) + "\n"
	}
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	for path, text := range map[string]string{a: story("Kamau Ossai", "Wanjiru Voss"), b: story("Tomas Brandt", "Ilse Kern") + story("Pavel Nemec", "Ivana Horak")} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := runCmd(t, "", "quotes", "--fit", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"a.jsonl: 1 pronouns, 1 with the gold speaker among the candidates: 1 / 1 / 1",
		"b.jsonl: 2 pronouns, 2 with the gold speaker among the candidates: 2 / 2 / 2", "var PronounWeights = [NumFeatures]float64{"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
}

// TestStoriesBriefAndJSONL: the six reports of three events by two outlets make a briefing of
// three entries, each reported by both files, and `stories --jsonl` gives two articles a story.
func TestStoriesBriefAndJSONL(t *testing.T) {
	src := filepath.Join("..", "..", "bot", "testdata", "events")
	db := filepath.Join(t.TempDir(), "s.db")
	if code, out, errs := runCmd(t, "", "ingest", "--db", db, src); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	code, out, errs := runCmd(t, "", "brief", "--db", db)
	if code != 0 {
		t.Fatalf("brief: %d %s", code, errs)
	}
	if strings.Count(out, "-# reported by") != 3 {
		t.Errorf("brief printed %d reported-by lines, want 3:\n%s", strings.Count(out, "-# reported by"), out)
	}
	for _, ev := range []string{"bridge", "rates", "transfer"} {
		if !strings.Contains(out, "file:daily-"+ev+".txt") || !strings.Contains(out, "file:wire-"+ev+".txt") {
			t.Errorf("%s is not reported by both files:\n%s", ev, out)
		}
	}
	var in strings.Builder
	for i, name := range []string{"wire-bridge", "wire-rates", "daily-bridge"} {
		b, err := os.ReadFile(filepath.Join(src, name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		line, _ := json.Marshal(map[string]any{"id": i, "text": string(b), "source": name})
		in.Write(append(line, '\n'))
	}
	code, out, errs = runCmd(t, in.String(), "stories", "--jsonl")
	var got []struct{ ID, Story int }
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct{ ID, Story int }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("stories --jsonl: %d %q %s", code, out, errs)
		}
		got = append(got, r)
	}
	if len(got) != 3 || got[0].Story != got[2].Story || got[0].Story == got[1].Story {
		t.Errorf("stories %+v, want the two bridge reports together", got)
	}
}

// TestDatabaseURLIsRefused: a postgres:// (or any) URL for the database is a usage error that
// names it without its password, and creates no folder named after the scheme.
func TestDatabaseURLIsRefused(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	// A port nothing listens on: the PostgreSQL URL is tried and fails, naming the URL without
	// its password; another kind of URL is a usage error. Neither creates a file.
	closed := closedPort(t)
	for _, tc := range []struct {
		flag, env string
		code      int
		want      string
	}{
		{"postgres://bot:hunter2@127.0.0.1:" + closed + "/briefbot", "", 1, "postgres://bot:xxxxx@127.0.0.1"},
		{"", "postgresql://bot:hunter2@127.0.0.1:" + closed + "/briefbot", 1, "postgresql://bot:xxxxx@127.0.0.1"},
		{"mysql://db.example/b", "", 2, "mysql URL"},
	} {
		args := []string{"brief"}
		if tc.flag != "" {
			args = append(args, "--db", tc.flag)
		}
		code, _, errs := runCmdEnv(t, "", map[string]string{"BRIEFBOT_DB": tc.env}, args...)
		if code != tc.code || !strings.Contains(errs, tc.want) || strings.Contains(errs, "hunter2") {
			t.Errorf("%s%s: exit %d, %q", tc.flag, tc.env, code, errs)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("the refused URLs left %v behind", entries)
	}
}

// closedPort returns a loopback port that nothing listens on.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(l.Addr().String())
	l.Close()
	return port
}

// TestMigrateToPostgres: a SQLite database with articles, stories, speakers, a feed and a
// schedule is copied into PostgreSQL; every table's count matches, the lookups answer the
// same on both, and new articles get new ids there. A second copy into the now full database
// is refused.
func TestMigrateToPostgres(t *testing.T) {
	url := storagetest.Postgres(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "live.db")
	if code, _, errs := runCmd(t, "", "demo", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	for _, ev := range []string{"wire-bridge", "daily-bridge", "wire-rates"} {
		src, err := os.ReadFile(filepath.Join("..", "..", "bot", "testdata", "events", ev+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, ev+".txt", src)
		if code, out, errs := runCmd(t, "", "ingest", "--db", db, filepath.Join(dir, ev+".txt")); code != 0 {
			t.Fatal(out, errs)
		}
	}
	ctx := context.Background()
	live, err := storage.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := live.Follow(ctx, "g1", "c1", "https://wire.example/rss", "Wire", time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, err := live.AddSchedule(ctx, storage.Schedule{GuildID: "g1", ChannelID: "c1", Clock: "08:00", Zone: "Europe/Kyiv", MaxItems: 5}); err != nil {
		t.Fatal(err)
	}
	live.Close()

	code, out, errs := runCmd(t, "", "migrate", "--from", db, "--to", url)
	if code != 0 || !strings.Contains(out, "the counts match") {
		t.Fatalf("migrate: exit %d\n%s%s", code, out, errs)
	}
	for _, table := range []string{"articles", "quotes", "speakers", "stories", "feeds", "schedules", "story_profiles", "unit_articles"} {
		var from, to int
		if _, err := fmt.Sscanf(out[strings.Index(out, table+" "):], table+" %d -> %d", &from, &to); err != nil || from == 0 || from != to {
			t.Errorf("%s: %d -> %d (%v)\n%s", table, from, to, err, out)
		}
	}
	for _, args := range [][]string{{"quotes", "--speaker", "Zelensky"}, {"brief", "--since", "100000h"}} {
		_, onSQLite, _ := runCmd(t, "", append(args, "--db", db)...)
		_, onPostgres, errs := runCmd(t, "", append(args, "--db", url)...)
		if onSQLite == "" || onSQLite != onPostgres {
			t.Errorf("%v differs:\nSQLite:\n%s\nPostgreSQL:\n%s%s", args, onSQLite, onPostgres, errs)
		}
	}
	// PostgreSQL keeps the text of summary sentences and quotes that SQLite stored as offsets
	// into the body (the outputs above are read from it).
	raw, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var bare int
	if err := raw.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM sentences WHERE text = '')
		+ (SELECT count(*) FROM quotes WHERE text = '')`).Scan(&bare); err != nil || bare != 0 {
		t.Errorf("rows without their text after the copy: %d (%v)", bare, err)
	}
	// Every article keeps the units that see it, which PostgreSQL's word index reads.
	if err := raw.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE units = ''`).Scan(&bare); err != nil || bare != 0 {
		t.Errorf("articles without units after the copy: %d (%v)", bare, err)
	}
	pg, err := storage.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	stats, err := pg.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := briefing.Article{Title: "After the move", Body: "The first article stored in PostgreSQL after the copy."}
	if res, err := pg.AddArticle(ctx, a, briefing.Analyze(a), ""); err != nil || res.ID != int64(stats.Articles)+1 {
		t.Errorf("new article after the copy: %+v, %v; want id %d", res, err, stats.Articles+1)
	}
	if code, _, errs := runCmd(t, "", "migrate", "--from", db, "--to", url); code != 1 || !strings.Contains(errs, "holds data already") {
		t.Errorf("second copy: exit %d %s", code, errs)
	}
}
