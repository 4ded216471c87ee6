package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot/chart"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/ingest"
	"github.com/briefbot/briefbot/briefing/ingest/fetch"
	"github.com/briefbot/briefbot/briefing/render"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/briefbot/briefbot/storage"
)

// Store is what the handlers need from the database.
type Store interface {
	StoriesSince(ctx context.Context, since time.Time, guildID string, limit int) ([]storage.Story, error)
	Stories(ctx context.Context, arts []storage.Article, since time.Time, guildID string) ([]storage.Story, error)
	Article(ctx context.Context, id int64, guildID string) (storage.Article, error)
	ArticleTitles(ctx context.Context, prefix, guildID string, limit int) ([]storage.Title, error)
	Search(ctx context.Context, query, guildID string, offset, limit int) ([]storage.Article, int, error)
	QuotesByName(ctx context.Context, name, guildID string, limit int) ([]storage.Quote, []storage.Speaker, error)
	Speakers(ctx context.Context, prefix, guildID string, limit int) ([]storage.Speaker, error)
	TopSpeakersSince(ctx context.Context, guildID string, since time.Time, limit int) ([]storage.Speaker, error)
	AddArticle(ctx context.Context, a briefing.Article, an briefing.Analysis, guildID string) (storage.AddResult, error)
	Follow(ctx context.Context, guildID, channelID, url, title string, interval time.Duration) (storage.Feed, error)
	Unfollow(ctx context.Context, guildID, url string) (bool, error)
	GuildFeeds(ctx context.Context, guildID string) ([]storage.Feed, error)
	AddSchedule(ctx context.Context, s storage.Schedule) (storage.Schedule, error)
	Schedules(ctx context.Context, guildID string) ([]storage.Schedule, error)
	RemoveSchedule(ctx context.Context, guildID string, id int64) (bool, error)
	CoveredUntil(ctx context.Context, s storage.Schedule) (time.Time, error)
	LastDelivery(ctx context.Context, scheduleID int64) (storage.Delivery, bool, error)
	FollowSpeaker(ctx context.Context, guildID, channelID, name string) (storage.SpeakerFollow, error)
	UnfollowSpeaker(ctx context.Context, guildID, name string) (int, error)
	SpeakerFollows(ctx context.Context, guildID string) ([]storage.SpeakerFollow, error)
	briefingSource
}

var _ Store = (*storage.DB)(nil)

// Fetcher downloads an attachment; it returns at most max bytes and an error past that.
type Fetcher func(ctx context.Context, url string, max int) ([]byte, error)

// Handlers answer briefbot's commands. The zero value is not usable: set Store.
type Handlers struct {
	Store   Store
	Fetch   Fetcher       // downloads attachments; nil refuses them
	Web     *fetch.Client // fetches pages and feeds users give; nil refuses them
	Limits  *Limiter      // per-member and per-guild limits on costly commands; nil: none
	Metrics *Metrics      // nil: none
	Now     func() time.Time
	Logger  *slog.Logger
	// Briefings posts a schedule's briefing on demand (/schedule now); nil refuses it.
	Briefings interface {
		PostNow(ctx context.Context, sc storage.Schedule) (int, error)
	}
}

func (h *Handlers) now() time.Time       { return nowFrom(h.Now) }
func (h *Handlers) logger() *slog.Logger { return loggerOr(h.Logger) }

// nowFrom reads a component's clock: its own when set (tests pin it), else the real one.
func nowFrom(clock func() time.Time) time.Time {
	if clock != nil {
		return clock()
	}
	return time.Now()
}

// loggerOr is a component's logger, or the default one.
func loggerOr(l *slog.Logger) *slog.Logger {
	if l != nil {
		return l
	}
	return slog.Default()
}

// internalError is what a user sees when something failed on our side; the cause is logged.
func (h *Handlers) internalError(req Request, err error) Reply {
	h.logger().Error("command failed", "command", req.Name, "guild", req.GuildID, "err", err)
	return errorReply("Something went wrong on our side. Please try again in a minute.")
}

// Handle answers one request. A panic in a handler is recovered, logged and answered with an
// error: the bot never dies of one.
func (h *Handlers) Handle(ctx context.Context, req Request) (reply Reply) {
	defer func() {
		if p := recover(); p != nil {
			h.logger().Error("handler panicked", "command", req.Name, "panic", p, "stack", string(debug.Stack()))
			reply = errorReply("Something went wrong on our side. Please try again in a minute.")
		}
	}()
	cost := costs[req.Name]
	if req.Kind == Component {
		cost = 1 // a page turn runs its query again
	}
	if req.Kind != Autocomplete && cost > 0 {
		if ok, guild, wait := h.Limits.Allow(req.UserID, req.GuildID, cost); !ok {
			h.logger().Info("rate limited", "command", req.Name, "user", req.UserID, "guild", req.GuildID, "per_guild", guild)
			return slowDown(guild, wait)
		}
	}
	switch req.Kind {
	case Autocomplete:
		return h.autocomplete(ctx, req)
	case Component:
		return h.page(ctx, req)
	}
	switch req.Name {
	case "brief":
		return h.brief(ctx, req, 0)
	case "summary":
		return h.summary(ctx, req)
	case "quotes":
		return h.quotes(ctx, req, pageState{kind: "q", owner: req.UserID, args: []string{
			req.Options["speaker"], req.Options["topic"], strconv.Itoa(req.Int("limit", 10))}})
	case "search":
		return h.search(ctx, req, pageState{kind: "s", owner: req.UserID, args: []string{req.Options["query"]}})
	case "speakers":
		return h.speakers(ctx, req)
	case "article add":
		return h.articleAdd(ctx, req)
	case "feed add", "feed remove", "feed list", "schedule set", "schedule list", "schedule remove", "schedule preview", "schedule now",
		"follow add", "follow remove", "follow list":
		return h.admin(ctx, req)
	case "help":
		return helpReply()
	}
	return errorReply(fmt.Sprintf("I do not know the command /%s. Try /help.", req.Name))
}

func helpReply() Reply {
	return Reply{Ephemeral: true, Embeds: []*discordgo.MessageEmbed{{
		Title: "briefbot",
		Description: "I turn news articles into briefings and remember who said what.\n\n" +
			"**/brief** — a briefing now of what is new\n" +
			"**/summary** article — an article's summary, key quote and link\n" +
			"**/quotes** speaker [topic] [limit] — quotes by a person, any spelling of the name\n" +
			"**/search** query — articles by words in them\n" +
			"**/speakers** — the most quoted people of the week, with a chart\n" +
			"**/article add** url, text or file — add an article\n" +
			"**/feed**, **/schedule** and **/follow** — for server managers: sources, daily briefings and speakers whose new quotes are posted in a channel (**/schedule preview** shows one before it goes out, **/schedule now** posts it at once)",
		Color: embedColor,
	}}}
}

const embedColor = 0x2b6cb0

// brief shows what is new for the channel: since its last scheduled briefing when it has a
// schedule, else over the last 24 hours.
func (h *Handlers) brief(ctx context.Context, req Request, page int) Reply {
	day := h.now().Add(-24 * time.Hour)
	// The day's stories are read while the channel's schedules are looked up: most channels
	// have none, and then the reply waits for one read, not two in a row.
	var (
		ss   []storage.Story
		err  error
		read = make(chan struct{})
	)
	go func() {
		defer close(read)
		ss, err = h.Store.StoriesSince(ctx, day, req.GuildID, 50)
	}()
	since, what := h.coveredSince(ctx, req, day)
	<-read
	if !since.Equal(day) {
		ss, err = h.Store.StoriesSince(ctx, since, req.GuildID, 50)
	}
	if err != nil {
		return h.internalError(req, err)
	}
	fresh := 0
	for _, s := range ss {
		fresh += s.Fresh
	}
	if fresh == 0 {
		return Reply{Content: "Nothing new " + what + ". Add articles with /article add, or ask a server manager to /feed add a source."}
	}
	entries := storage.Entries(ss)
	if len(entries) == 0 {
		return Reply{Content: "Nothing new " + what + ": the stories of the new articles were all in an earlier briefing."}
	}
	st := pageState{kind: "b", owner: req.UserID, page: page}
	return pagedReply(paginate(entryEmbeds(entries, h.now(), len(entries))), st, fmt.Sprintf("Briefing · %s %s", storyCount(len(entries), fresh), what))
}

// coveredSince is where a briefing of the channel starts: the end of what its last scheduled
// briefing covered when that is later than day, else day.
func (h *Handlers) coveredSince(ctx context.Context, req Request, day time.Time) (time.Time, string) {
	since, what := day, "in the last 24 hours"
	scheds, err := h.Store.Schedules(ctx, req.GuildID)
	if err != nil {
		return since, what
	}
	for _, sc := range scheds {
		if sc.ChannelID != req.ChannelID {
			continue
		}
		if t, err := h.Store.CoveredUntil(ctx, sc); err == nil && t.After(since) {
			since, what = t, "since the last briefing here"
		}
	}
	return since, what
}

// storyOf shows an article as its story when other articles the guild sees report it too: its
// own headline and link, a summary drawn from all of them, and who reported it.
func (h *Handlers) storyOf(ctx context.Context, a storage.Article, guildID string) briefing.Item {
	if a.StoryID == 0 {
		return a.Item()
	}
	ss, err := h.Store.Stories(ctx, []storage.Article{a}, h.now().Add(time.Hour), guildID)
	if err != nil || len(ss) != 1 || len(ss[0].Articles) < 2 {
		if err != nil {
			h.logger().Warn("story of an article", "article", a.ID, "err", err)
		}
		return a.Item()
	}
	items := make([]briefing.Item, len(ss[0].Articles))
	for i, sa := range ss[0].Articles {
		items[i] = sa.Item()
	}
	it, _ := briefing.Story(items, 1) // the asked article heads it
	it.Update = false
	return it
}

func (h *Handlers) summary(ctx context.Context, req Request) Reply {
	raw := strings.TrimSpace(req.Options["article"])
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		// Typed without picking a suggestion: take the best title match.
		titles, terr := h.Store.ArticleTitles(ctx, raw, req.GuildID, 1)
		if terr != nil {
			return h.internalError(req, terr)
		}
		if len(titles) == 0 {
			return errorReply(fmt.Sprintf("No article matches %q. Pick one from the suggestions as you type, or try /search.", render.Truncate(raw, 100)))
		}
		id = titles[0].ID
	}
	a, err := h.Store.Article(ctx, id, req.GuildID)
	if errors.Is(err, storage.ErrNotFound) {
		return errorReply("That article is not here (it may belong to another server). Try /search.")
	}
	if err != nil {
		return h.internalError(req, err)
	}
	return Reply{Embeds: []*discordgo.MessageEmbed{itemEmbed(h.storyOf(ctx, a, req.GuildID), true)}}
}

// maxNameInput and maxQueryInput bound what a member may type: a longer speaker name or query
// is refused before any work is done, and echoed input is cut (Discord's own max_length on the
// options says the same, but a handler does not trust the client).
const (
	maxNameInput  = 100
	maxQueryInput = 200
)

// echo is user input as a reply may repeat it: escaped and cut short.
func echo(s string) string { return render.Escape(render.Truncate(s, 60)) }

func (h *Handlers) quotes(ctx context.Context, req Request, st pageState) Reply {
	speaker, topic := strings.TrimSpace(st.args[0]), strings.TrimSpace(st.args[1])
	limit, _ := strconv.Atoi(st.args[2])
	limit = min(max(limit, 1), 50)
	if speaker == "" {
		return errorReply("Tell me whose quotes you want: /quotes speaker:Zelensky")
	}
	if utf8.RuneCountInString(speaker) > maxNameInput || utf8.RuneCountInString(topic) > maxQueryInput {
		return errorReply(fmt.Sprintf("That is longer than any name I know: a speaker takes at most %d characters, a topic %d.", maxNameInput, maxQueryInput))
	}
	fetch := limit
	if topic != "" {
		fetch = 250 // filter below
	}
	qs, others, err := h.Store.QuotesByName(ctx, speaker, req.GuildID, fetch)
	var unknown *storage.UnknownSpeakerError
	if errors.As(err, &unknown) {
		return unknownSpeaker(speaker, unknown)
	}
	if err != nil {
		return h.internalError(req, err)
	}
	if topic != "" {
		qs = aboutTopic(qs, topic)
		if len(qs) > limit {
			qs = qs[:limit]
		}
	}
	if len(qs) == 0 {
		if topic != "" {
			return errorReply(fmt.Sprintf("No quotes from %s about “%s” here.", echo(speaker), echo(topic)))
		}
		return errorReply(fmt.Sprintf("No quotes from %s in the articles this server can see.", echo(speaker)))
	}
	title := "Quotes by " + qs[0].Speaker
	if topic != "" {
		title += " on " + topic
	}
	r := pagedReply(paginate(quoteEmbeds(render.Truncate(title, 200), qs)), st, alsoMeant(speaker, others))
	if req.Kind == Command && req.Options["chart"] == "true" && len(r.Embeds) < 10 {
		h.attachPerDay(ctx, req, speaker, qs[0].Speaker, &r)
	}
	return r
}

// alsoMeant is the line that tells whoever asked for the quotes of name, answered with one
// speaker's, whom else here it may mean ("Smith": the most quoted Smith's quotes, and the
// other Smiths), so that they can ask for another by name; "" when it means no one else.
func alsoMeant(name string, others []storage.Speaker) string {
	if len(others) == 0 {
		return ""
	}
	var names []string
	for _, o := range others[:min(len(others), maxAlsoMeant)] {
		names = append(names, "**"+render.Escape(o.Name)+"**")
	}
	if n := len(others) - maxAlsoMeant; n > 0 {
		names = append(names, fmt.Sprintf("%d more", n))
	}
	list := names[0]
	if k := len(names) - 1; k > 0 {
		list = strings.Join(names[:k], ", ") + " or " + names[k]
	}
	return fmt.Sprintf("%s may also mean %s: ask for one by name.", echo(name), list)
}

// maxAlsoMeant is how many of the other speakers a name may mean alsoMeant names.
const maxAlsoMeant = 5

// chartDays is how many days the chart of a speaker's quotes covers.
const chartDays = 14

// attachPerDay attaches to r a bar chart of the speaker's quotes per day over the last
// chartDays days (of their latest 250 quotes), with the counts in the embed's text.
func (h *Handlers) attachPerDay(ctx context.Context, req Request, speaker, name string, r *Reply) {
	qs, _, err := h.Store.QuotesByName(ctx, speaker, req.GuildID, 250)
	if err != nil {
		h.logger().Error("quotes chart", "err", err)
		return
	}
	today := h.now().UTC().Truncate(24 * time.Hour)
	bars := make([]chart.Bar, chartDays)
	for i := range bars {
		bars[i].Label = today.AddDate(0, 0, i-chartDays+1).Format("2 Jan")
	}
	for _, q := range qs {
		if d := int(today.Sub(q.When.UTC().Truncate(24*time.Hour)) / (24 * time.Hour)); d >= 0 && d < chartDays {
			bars[chartDays-1-d].Value++
		}
	}
	var text []string
	for _, b := range bars {
		if b.Value > 0 {
			text = append(text, fmt.Sprintf("%s: %d", b.Label, int(b.Value)))
		}
	}
	title := fmt.Sprintf("%s, quotes per day, last %d days", name, chartDays)
	if len(text) == 0 {
		r.Embeds = append(r.Embeds, &discordgo.MessageEmbed{Title: render.Truncate(title, maxTitle),
			Description: "No quotes in these days.", Color: embedColor})
		return
	}
	png, err := chart.VBars(render.Truncate(title, 80), "quotes", bars)
	if err != nil {
		h.logger().Error("quotes chart", "err", err)
		return
	}
	r.Embeds = append(r.Embeds, &discordgo.MessageEmbed{Title: render.Truncate(render.Escape(title), maxTitle),
		Description: strings.Join(text, " · "), Color: embedColor, Image: &discordgo.MessageEmbedImage{URL: "attachment://quotes.png"}})
	r.Files = append(r.Files, File{Name: "quotes.png", ContentType: "image/png", Data: png})
}

// aboutTopic keeps the quotes whose words, or whose article's title, share a stem with topic.
func aboutTopic(qs []storage.Quote, topic string) []storage.Quote {
	want := stems(topic)
	if len(want) == 0 {
		return qs
	}
	var out []storage.Quote
	for _, q := range qs {
		if sharesStem(q.Text+" "+q.ArticleTitle, want) {
			out = append(out, q)
		}
	}
	return out
}

// stems are the stems of the content words of s.
func stems(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range text.Words(s) {
		if !text.IsStopword(w) {
			out[text.Stem(w)] = true
		}
	}
	return out
}

// sharesStem reports whether s has a word whose stem is in want.
func sharesStem(s string, want map[string]bool) bool {
	for _, w := range text.Words(s) {
		if want[text.Stem(w)] {
			return true
		}
	}
	return false
}

func (h *Handlers) search(ctx context.Context, req Request, st pageState) Reply {
	query := strings.TrimSpace(st.args[0])
	if len(text.Words(query)) == 0 {
		return errorReply("Give me some words to search for: /search query:ceasefire talks")
	}
	if utf8.RuneCountInString(query) > maxQueryInput {
		return errorReply(fmt.Sprintf("Search for at most %d characters: a few words find more than a paragraph.", maxQueryInput))
	}
	// Only the page shown is read whole: a page turn asks for its own.
	page := max(st.page, 0)
	arts, total, err := h.Store.Search(ctx, query, req.GuildID, page*SearchPage, SearchPage)
	if err != nil {
		return h.internalError(req, err)
	}
	total = min(total, searchShown)
	if total == 0 {
		return errorReply(fmt.Sprintf("No article mentions %s.", echo(query)))
	}
	pages := (total + SearchPage - 1) / SearchPage
	if page >= pages || len(arts) == 0 {
		// A page past the end (fewer matches than when the button was made): the last one.
		page = pages - 1
		if arts, _, err = h.Store.Search(ctx, query, req.GuildID, page*SearchPage, SearchPage); err != nil {
			return h.internalError(req, err)
		}
	}
	embeds := articleEmbeds(arts)
	fitMessage(embeds)
	return pageReply(embeds, page, pages, st, fmt.Sprintf("%d article(s) match “%s”", total, echo(query)))
}

// SearchPage is how many articles a page of /search shows, and searchShown how many it pages
// through at most.
const (
	SearchPage  = 5
	searchShown = 50
)

func (h *Handlers) speakers(ctx context.Context, req Request) Reply {
	days := min(max(req.Int("days", 7), 1), 365)
	since := h.now().AddDate(0, 0, -days)
	sp, err := h.Store.TopSpeakersSince(ctx, req.GuildID, since, 10)
	if err != nil {
		return h.internalError(req, err)
	}
	period := fmt.Sprintf("last %d days", days)
	if days == 1 {
		period = "last day"
	}
	if len(sp) == 0 {
		// Nothing in the window: the most quoted of all time, as text.
		if sp, err = h.Store.Speakers(ctx, "", req.GuildID, 25); err != nil {
			return h.internalError(req, err)
		}
		if len(sp) == 0 {
			return Reply{Content: "Nobody has been quoted yet in the articles this server can see."}
		}
		return Reply{Embeds: []*discordgo.MessageEmbed{{Title: "Most quoted (nobody in the " + period + ")",
			Description: speakerLines(sp), Color: embedColor}}}
	}
	title := "Most quoted, " + period
	e := &discordgo.MessageEmbed{Title: title, Description: speakerLines(sp), Color: embedColor}
	bars := make([]chart.Bar, len(sp))
	for i, s := range sp {
		bars[i] = chart.Bar{Label: s.Name, Value: float64(s.Quotes)}
	}
	png, err := chart.HBars(title, "quotes", bars)
	if err != nil {
		h.logger().Error("speakers chart", "err", err)
		return Reply{Embeds: []*discordgo.MessageEmbed{e}}
	}
	// The embed's text says what the chart shows, for readers who do not see it.
	e.Image = &discordgo.MessageEmbedImage{URL: "attachment://speakers.png"}
	return Reply{Embeds: []*discordgo.MessageEmbed{e}, Files: []File{{Name: "speakers.png", ContentType: "image/png", Data: png}}}
}

// speakerLines lists speakers with their counts, one a line.
func speakerLines(sp []storage.Speaker) string {
	var b strings.Builder
	for i, s := range sp {
		fmt.Fprintf(&b, "%d. **%s** — %d quote(s)\n", i+1, render.Escape(s.Name), s.Quotes)
	}
	return b.String()
}

// maxUpload caps an attached article; Discord allows bigger files than any news story.
const maxUpload = ingest.MaxArticleBytes

func (h *Handlers) articleAdd(ctx context.Context, req Request) Reply {
	if req.GuildID == "" {
		return errorReply("Add articles from a server channel, not a DM.")
	}
	var (
		a   briefing.Article
		err error
	)
	switch {
	case req.Attachment != nil:
		if h.Fetch == nil {
			return errorReply("I cannot read attachments here. Paste the text with text: instead.")
		}
		if req.Attachment.Size > maxUpload {
			return errorReply(fmt.Sprintf("That file is %d KiB; the limit is %d KiB.", req.Attachment.Size>>10, maxUpload>>10))
		}
		data, ferr := h.Fetch(ctx, req.Attachment.URL, maxUpload)
		if ferr != nil {
			h.logger().Warn("attachment download failed", "url", req.Attachment.URL, "err", ferr)
			return errorReply("I could not download that file. Try again, or paste the text with text:.")
		}
		a, err = ingest.Parse(req.Attachment.Filename, data)
		a.Source = "discord"
	case strings.TrimSpace(req.Options["text"]) != "":
		a, err = ingest.ParseText(req.Options["text"])
		a.Source = "discord"
	case strings.TrimSpace(req.Options["url"]) != "":
		if h.Web == nil {
			return errorReply("I cannot fetch web pages here. Paste the text with text:, or attach a .txt or .md file.")
		}
		a, err = h.Web.Page(ctx, req.Options["url"])
		if err != nil {
			return errorReply(fetchProblem(req.Options["url"], err))
		}
		a.Source = hostOf(a.URL)
	default:
		return errorReply("Give me the article: url:, text: (headline first) or a file.")
	}
	if err != nil {
		return errorReply(fmt.Sprintf("I could not read that article: %v.", err))
	}
	an := briefing.Analyze(a)
	res, err := h.Store.AddArticle(ctx, a, an, req.GuildID)
	if err != nil {
		return h.internalError(req, err)
	}
	stored, err := h.Store.Article(ctx, res.ID, req.GuildID)
	if err != nil {
		return h.internalError(req, err)
	}
	msg := "Added. Here is its summary."
	if res.Added {
		h.Metrics.articleAdded("discord")
	} else {
		msg = "I have this article already. Here is its summary."
	}
	return Reply{Content: msg, Embeds: []*discordgo.MessageEmbed{articleEmbed(stored, true)}}
}

// admin gates the server managers' commands; the handler checks the permission again because
// unknownSpeaker says that no speaker the server can see answers to a name, with the names
// it may have meant; one wording whether or not another server knows the name.
func unknownSpeaker(speaker string, unknown *storage.UnknownSpeakerError) Reply {
	msg := fmt.Sprintf("No quotes from %s in the articles this server can see.", echo(speaker))
	if len(unknown.Suggestions) > 0 {
		names := make([]string, len(unknown.Suggestions))
		for i, n := range unknown.Suggestions {
			names[i] = "**" + render.Escape(n) + "**"
		}
		msg += " Did you mean " + strings.Join(names, " or ") + "?"
	}
	return errorReply(msg)
}

// default_member_permissions can be overridden per server.
func (h *Handlers) admin(ctx context.Context, req Request) Reply {
	if req.GuildID == "" {
		return errorReply("Feeds and schedules belong to a server: use this command in one.")
	}
	if req.Permissions&(manageGuild|int64(discordgo.PermissionAdministrator)) == 0 {
		return errorReply("Only members with the Manage Server permission can change feeds and schedules.")
	}
	switch req.Name {
	case "feed add":
		return h.feedAdd(ctx, req)
	case "feed remove":
		ok, err := h.Store.Unfollow(ctx, req.GuildID, strings.TrimSpace(req.Options["url"]))
		if err != nil {
			return h.internalError(req, err)
		}
		if !ok {
			return errorReply("This server does not follow that feed. /feed list shows the ones it does.")
		}
		return Reply{Content: "Stopped following " + render.Escape(req.Options["url"]) + ". Its articles stay searchable."}
	case "feed list":
		return h.feedList(ctx, req)
	case "schedule set":
		return h.scheduleSet(ctx, req)
	case "schedule list":
		return h.scheduleList(ctx, req)
	case "schedule preview":
		return h.schedulePreview(ctx, req)
	case "schedule now":
		return h.scheduleNow(ctx, req)
	case "follow add":
		return h.followAdd(ctx, req)
	case "follow remove":
		return h.followRemove(ctx, req)
	case "follow list":
		return h.followList(ctx, req)
	case "schedule remove":
		id := int64(req.Int("id", 0))
		ok, err := h.Store.RemoveSchedule(ctx, req.GuildID, id)
		if err != nil {
			return h.internalError(req, err)
		}
		if !ok {
			return errorReply(fmt.Sprintf("This server has no schedule number %d. /schedule list shows them.", id))
		}
		return Reply{Content: fmt.Sprintf("Schedule %d removed; no more briefings from it.", id)}
	}
	return errorReply("Unknown admin command.")
}

func (h *Handlers) autocomplete(ctx context.Context, req Request) Reply {
	typed := req.Options[req.Focused]
	if utf8.RuneCountInString(typed) > maxNameInput {
		return Reply{Choices: []*discordgo.ApplicationCommandOptionChoice{}}
	}
	var choices []*discordgo.ApplicationCommandOptionChoice
	switch req.Name + "/" + req.Focused {
	case "quotes/speaker", "follow add/speaker", "follow remove/speaker":
		sp, err := h.Store.Speakers(ctx, typed, req.GuildID, 25)
		if err != nil {
			h.logger().Error("autocomplete", "err", err)
			break
		}
		for _, s := range sp {
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{
				Name: render.Truncate(fmt.Sprintf("%s (%d)", s.Name, s.Quotes), 100), Value: render.Truncate(s.Name, 100)})
		}
	case "summary/article":
		ts, err := h.Store.ArticleTitles(ctx, typed, req.GuildID, 25)
		if err != nil {
			h.logger().Error("autocomplete", "err", err)
			break
		}
		for _, t := range ts {
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{
				Name: render.Truncate(t.Title, 100), Value: strconv.FormatInt(t.ID, 10)})
		}
	}
	if len(choices) > 25 {
		choices = choices[:25]
	}
	if choices == nil {
		choices = []*discordgo.ApplicationCommandOptionChoice{}
	}
	return Reply{Choices: choices}
}

// page answers a Previous/Next click by running the query again for the page asked.
func (h *Handlers) page(ctx context.Context, req Request) Reply {
	st, ok := parsePageState(req.CustomID)
	if !ok {
		return errorReply("This button has expired. Run the command again.")
	}
	if st.owner != req.UserID {
		return errorReply("Only the person who asked can turn these pages. Run the command yourself to browse.")
	}
	var r Reply
	switch st.kind {
	case "q":
		r = h.quotes(ctx, req, st)
	case "s":
		r = h.search(ctx, req, st)
	case "b":
		r = h.brief(ctx, req, st.page)
	default:
		return errorReply("This button has expired. Run the command again.")
	}
	if !r.Ephemeral {
		r.Update = true
	}
	return r
}
