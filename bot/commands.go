package bot

import "github.com/bwmarrin/discordgo"

// manageGuild is the permission the admin commands need (Manage Server).
const manageGuild = int64(discordgo.PermissionManageGuild)

// Commands are the slash commands briefbot registers, by bulk overwrite.
func Commands() []*discordgo.ApplicationCommand {
	admin := manageGuild
	noDM := false
	str := func(name, desc string, required, auto bool) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: name,
			Description: desc, Required: required, Autocomplete: auto, MaxLength: maxQueryInput}
	}
	sub := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name,
			Description: desc, Options: opts}
	}
	minLimit, maxLimit, minEvery := 1.0, 50.0, 5.0
	return []*discordgo.ApplicationCommand{
		{Name: "brief", Description: "A briefing now: what is new for this server"},
		{Name: "summary", Description: "An article's summary, key quotes and link", Options: []*discordgo.ApplicationCommandOption{
			str("article", "Start typing the article's title", true, true)}},
		{Name: "quotes", Description: "Who said what: quotes by a speaker, newest first", Options: []*discordgo.ApplicationCommandOption{
			withMax(str("speaker", "Start typing a name, any spelling", true, true), maxNameInput),
			str("topic", "Only quotes that mention these words", false, false),
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "limit", Description: "How many quotes at most (default 10)",
				MinValue: &minLimit, MaxValue: maxLimit},
			{Type: discordgo.ApplicationCommandOptionBoolean, Name: "chart", Description: "Attach a chart of their quotes per day, last 14 days"}}},
		{Name: "search", Description: "Find articles by words in their title or text", Options: []*discordgo.ApplicationCommandOption{
			str("query", "Words to look for", true, false)}},
		{Name: "speakers", Description: "The most quoted speakers, with a chart", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "days", Description: "Over the last this many days (default 7)",
				MinValue: &minLimit, MaxValue: 365}}},
		{Name: "article", Description: "Add an article", DMPermission: &noDM, Options: []*discordgo.ApplicationCommandOption{
			sub("add", "Store and analyse an article from a link, pasted text or a file",
				withMax(str("url", "The article's web address", false, false), 2000),
				withMax(str("text", "The article's text, headline first", false, false), 6000),
				&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionAttachment, Name: "file",
					Description: "A .txt or .md file"})}},
		{Name: "feed", Description: "Manage the news feeds of this server", DefaultMemberPermissions: &admin, DMPermission: &noDM,
			Options: []*discordgo.ApplicationCommandOption{
				sub("add", "Follow an RSS, Atom or JSON feed", str("url", "The feed's address", true, false),
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionInteger, Name: "every",
						Description: "Check it every this many minutes (default 15)", MinValue: &minEvery, MaxValue: 1440}),
				sub("remove", "Stop following a feed", str("url", "The feed's address", true, false)),
				sub("list", "The feeds this server follows")}},
		{Name: "schedule", Description: "Manage this channel's scheduled briefings", DefaultMemberPermissions: &admin, DMPermission: &noDM,
			Options: []*discordgo.ApplicationCommandOption{
				sub("set", "Post a briefing here every day (or on some days)",
					str("time", "Local time, HH:MM, e.g. 08:00", true, false),
					str("timezone", "IANA time zone, e.g. Europe/Kyiv (default UTC)", false, false),
					str("days", "Days of the week, e.g. mon-fri or mon,wed,fri (default every day)", false, false),
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionInteger, Name: "max-items",
						Description: "At most this many articles (default 10)", MinValue: &minLimit, MaxValue: 25},
					str("keywords", "Only articles about these words, e.g. ukraine, ceasefire", false, false),
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionBoolean, Name: "quiet",
						Description: "Post nothing when nothing is new (default: a short note)"},
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionRole, Name: "role",
						Description: "A role to mention with each briefing (default: no one is pinged)"},
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionBoolean, Name: "thread",
						Description: "Post each briefing's articles in a thread of its own (default: in the channel)"}),
				sub("list", "The scheduled briefings of this server"),
				sub("preview", "See, privately, what a schedule would post if it were due now", &discordgo.ApplicationCommandOption{
					Type: discordgo.ApplicationCommandOptionInteger, Name: "id", Description: "The schedule's number from /schedule list", Required: true}),
				sub("now", "Post a schedule's briefing at once; its next one still comes at its time", &discordgo.ApplicationCommandOption{
					Type: discordgo.ApplicationCommandOptionInteger, Name: "id", Description: "The schedule's number from /schedule list", Required: true}),
				sub("remove", "Stop a scheduled briefing", &discordgo.ApplicationCommandOption{
					Type: discordgo.ApplicationCommandOptionInteger, Name: "id", Description: "The schedule's number from /schedule list", Required: true})}},
		{Name: "follow", Description: "Post new quotes by a speaker in this channel", DefaultMemberPermissions: &admin, DMPermission: &noDM,
			Options: []*discordgo.ApplicationCommandOption{
				sub("add", "Post each new quote by this speaker here, at most one message per 15 minutes",
					withMax(str("speaker", "Start typing a name, any spelling", true, true), maxNameInput)),
				sub("remove", "Stop posting a speaker's quotes", withMax(str("speaker", "The speaker's name", true, true), maxNameInput)),
				sub("list", "The speakers this server follows")}},
		{Name: "help", Description: "What briefbot does and how to use it"},
	}
}

// withMax sets a string option's longest accepted value.
func withMax(o *discordgo.ApplicationCommandOption, n int) *discordgo.ApplicationCommandOption {
	o.MaxLength = n
	return o
}

// private holds the commands for server managers (Manage Server): their answers are for the
// manager alone, also when the answer is late and deferred.
var private = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range Commands() {
		if c.DefaultMemberPermissions != nil {
			m[c.Name] = true
		}
	}
	return m
}()
