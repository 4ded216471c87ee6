package bot

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/ingest"
	"github.com/briefbot/briefbot/briefing/ingest/fetch"
	"github.com/briefbot/briefbot/briefing/render"
	"github.com/briefbot/briefbot/briefing/schedule"
	"github.com/briefbot/briefbot/storage"
)

// FeedInterval is how often a followed feed is polled unless /feed add says otherwise.
const FeedInterval = 15 * time.Minute

// fetchProblem says in a sentence why a URL could not be used.
func fetchProblem(raw string, err error) string {
	u := render.Escape(render.Truncate(raw, 200))
	var he *fetch.HTTPError
	switch {
	case errors.Is(err, fetch.ErrBlocked):
		return fmt.Sprintf("I can only fetch public web addresses; %s points to a private or local one.", u)
	case errors.Is(err, fetch.ErrContentType):
		return fmt.Sprintf("%s is not a web page or feed I can read (%v).", u, err)
	case errors.Is(err, ingest.ErrTooLarge):
		return fmt.Sprintf("%s is too large to read (%v).", u, err)
	case errors.Is(err, ingest.ErrNotAnArticle):
		return fmt.Sprintf("I found no article text at %s.", u)
	case errors.As(err, &he):
		return fmt.Sprintf("%s answered %s.", u, he.Error())
	}
	return fmt.Sprintf("I could not read %s: %v.", u, render.Escape(err.Error()))
}

// hostOf names the outlet of a page a member added: its host, else "web".
func hostOf(raw string) string { return cmp.Or(ingest.Host(raw), "web") }

func (h *Handlers) feedAdd(ctx context.Context, req Request) Reply {
	raw := strings.TrimSpace(req.Options["url"])
	if h.Web == nil {
		return errorReply("I cannot fetch feeds here.")
	}
	// Read it once now, so a wrong address is told at once rather than in a failed poll.
	feed, _, err := h.Web.Feed(ctx, raw, fetch.Validators{})
	if err != nil {
		return errorReply(fetchProblem(raw, err) + " Give the address of an RSS, Atom or JSON feed.")
	}
	every := time.Duration(min(max(req.Int("every", int(FeedInterval/time.Minute)), 5), 1440)) * time.Minute
	f, err := h.Store.Follow(ctx, req.GuildID, req.ChannelID, raw, feed.Title, every)
	if err != nil {
		return h.internalError(req, err)
	}
	title := f.Title
	if title == "" {
		title = raw
	}
	return Reply{Content: fmt.Sprintf("Following **%s** (%d items now). Its newest articles will be in the next briefing; "+
		"I check it every %d minutes and will say so here if it keeps failing.", render.Escape(title), len(feed.Items), int(f.Interval/time.Minute))}
}

func (h *Handlers) feedList(ctx context.Context, req Request) Reply {
	feeds, err := h.Store.GuildFeeds(ctx, req.GuildID)
	if err != nil {
		return h.internalError(req, err)
	}
	if len(feeds) == 0 {
		return Reply{Content: "This server follows no feeds. Add one with /feed add url:"}
	}
	var b strings.Builder
	for _, f := range feeds {
		name := f.Title
		if name == "" {
			name = f.URL
		}
		status := "ok"
		switch {
		case f.Disabled:
			status = "stopped after repeated failures: " + f.LastError
		case f.Failures > 0:
			status = fmt.Sprintf("%d failure(s): %s", f.Failures, f.LastError)
		case !f.PolledOnce:
			status = "not read yet"
		}
		fmt.Fprintf(&b, "• **%s** <%s> — %s\n", render.Escape(render.Truncate(name, 100)), f.URL, render.Escape(render.Truncate(status, 200)))
	}
	return Reply{Content: render.Truncate(b.String(), maxContent)}
}

func (h *Handlers) scheduleSet(ctx context.Context, req Request) Reply {
	spec, err := schedule.Parse(req.Options["time"], req.Options["timezone"], req.Options["days"])
	if err != nil {
		return errorReply(render.Escape(err.Error()) + ".")
	}
	maxItems := min(max(req.Int("max-items", 10), 1), 25)
	keywords := strings.TrimSpace(req.Options["keywords"])
	if keywords != "" && len(stems(keywords)) == 0 {
		return errorReply("keywords: give words to look for, such as ukraine, ceasefire.")
	}
	quiet := req.Options["quiet"] == "true"
	role := req.Options["role"]
	switch {
	case role == "":
	case role == req.GuildID:
		return errorReply("role: @everyone cannot be mentioned by a briefing; pick a role members can join.")
	case !isSnowflake(role):
		return errorReply("role: pick a role from the list.")
	}
	s, err := h.Store.AddSchedule(ctx, storage.Schedule{GuildID: req.GuildID, ChannelID: req.ChannelID,
		Clock: fmt.Sprintf("%02d:%02d", spec.Hour, spec.Minute), Zone: spec.Zone, Days: spec.DaysString(), MaxItems: maxItems,
		Keywords: render.Truncate(keywords, 200), Quiet: quiet, RoleID: role, Thread: req.Options["thread"] == "true"})
	if errors.Is(err, storage.ErrConflict) {
		return errorReply(fmt.Sprintf("This channel already has a briefing at %02d:%02d %s. /schedule list shows it.", spec.Hour, spec.Minute, spec.Zone))
	}
	if err != nil {
		return h.internalError(req, err)
	}
	next := nextSlot(spec, h.now())
	extra := ""
	if s.Keywords != "" {
		extra += fmt.Sprintf(" about %s", render.Escape(s.Keywords))
	}
	if quiet {
		extra += ", silent when nothing is new"
	}
	if role != "" {
		extra += fmt.Sprintf(", mentioning <@&%s>", role)
	}
	if s.Thread {
		extra += ", each in a thread of its own"
	}
	return Reply{Content: fmt.Sprintf("Briefing #%d: %s at %s %s in this channel, up to %d articles%s. The next one is %s.",
		s.ID, spec.DaysString(), s.Clock, s.Zone, maxItems, extra, next)}
}

// nextSlot describes when a schedule next runs.
func nextSlot(spec schedule.Spec, now time.Time) string {
	for d := 0; d < 8; d++ {
		day := now.In(spec.Location()).AddDate(0, 0, d)
		if sl, ok := spec.SlotOn(day.Year(), day.Month(), day.Day()); ok && sl.At.After(now) {
			return fmt.Sprintf("%s (<t:%d:R>)", sl.At.In(spec.Location()).Format("Mon 2 Jan 15:04 MST"), sl.At.Unix())
		}
	}
	return "not within a week"
}

func (h *Handlers) scheduleList(ctx context.Context, req Request) Reply {
	scheds, err := h.Store.Schedules(ctx, req.GuildID)
	if err != nil {
		return h.internalError(req, err)
	}
	if len(scheds) == 0 {
		return Reply{Content: "No scheduled briefings on this server. Add one with /schedule set time:08:00 timezone:Europe/Kyiv"}
	}
	var b strings.Builder
	for _, s := range scheds {
		fmt.Fprintf(&b, "#%d · <#%s> · %s at %s %s · up to %d articles", s.ID, s.ChannelID, s.Days, s.Clock, s.Zone, s.MaxItems)
		if s.Keywords != "" {
			fmt.Fprintf(&b, " · about %s", render.Escape(s.Keywords))
		}
		if s.Quiet {
			b.WriteString(" · silent when nothing is new")
		}
		if s.RoleID != "" {
			fmt.Fprintf(&b, " · mentions <@&%s>", s.RoleID)
		}
		if s.Thread {
			b.WriteString(" · in threads")
		}
		b.WriteString(h.scheduleTimes(ctx, s))
		b.WriteString("\n")
	}
	return Reply{Content: render.Truncate(b.String(), maxContent)}
}

// schedulePreview shows, to the asker alone, exactly what the schedule would post if its
// briefing were due now: the articles since its last briefing, composed by the scheduler's code.
func (h *Handlers) schedulePreview(ctx context.Context, req Request) Reply {
	sc, fail, ok := h.guildSchedule(ctx, req)
	if !ok {
		return fail
	}
	since, err := h.Store.CoveredUntil(ctx, sc)
	if err != nil {
		return h.internalError(req, err)
	}
	now := h.now()
	msgs, err := composeSchedule(ctx, h.Store, sc, storage.Delivery{ScheduleID: sc.ID, Since: since, Until: storage.SettledUntil(since, now), Due: now})
	if err != nil {
		return h.internalError(req, err)
	}
	if len(msgs) == 0 {
		return errorReply(fmt.Sprintf("Nothing is new for schedule %d since its last briefing, and it is quiet: it would post nothing now.", sc.ID))
	}
	r := msgs[0]
	r.Ephemeral = true
	r.Content = render.Truncate("Preview (only you see this): "+r.Content, maxContent)
	if len(msgs) > 1 {
		r.Content = render.Truncate(r.Content+fmt.Sprintf("\n(%d more message(s) would follow.)", len(msgs)-1), maxContent)
	}
	return r
}

// guildSchedule finds the schedule the request's id: option names among its server's; when
// there is none, or the lookup fails, the reply says so.
func (h *Handlers) guildSchedule(ctx context.Context, req Request) (storage.Schedule, Reply, bool) {
	id := int64(req.Int("id", 0))
	scheds, err := h.Store.Schedules(ctx, req.GuildID)
	if err != nil {
		return storage.Schedule{}, h.internalError(req, err), false
	}
	for _, sc := range scheds {
		if sc.ID == id {
			return sc, Reply{}, true
		}
	}
	return storage.Schedule{}, errorReply(fmt.Sprintf("This server has no schedule number %d. /schedule list shows them.", id)), false
}

// isSnowflake reports whether s is a Discord ID: up to 20 digits.
func isSnowflake(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// scheduleNow posts a schedule's briefing into its channel at once, recorded like a scheduled
// one, and tells the asker (alone) what it did.
func (h *Handlers) scheduleNow(ctx context.Context, req Request) Reply {
	if h.Briefings == nil {
		return errorReply("This bot cannot post briefings on demand.")
	}
	sc, fail, ok := h.guildSchedule(ctx, req)
	if !ok {
		return fail
	}
	n, err := h.Briefings.PostNow(ctx, sc)
	switch {
	case errors.Is(err, ErrTooSoon):
		return errorReply(fmt.Sprintf("Schedule %d's briefing was posted a moment ago.", sc.ID))
	case err != nil:
		return h.internalError(req, err)
	case n == 0:
		return Reply{Ephemeral: true, Content: fmt.Sprintf("Nothing is new for schedule %d since its last briefing, and it is quiet: nothing was posted.", sc.ID)}
	}
	return Reply{Ephemeral: true, Content: fmt.Sprintf("Posted schedule %d's briefing in <#%s> (%d message(s)). Its next briefing still comes at its time%s, with what is new after this one.",
		sc.ID, sc.ChannelID, n, h.nextTime(sc))}
}

// nextTime is ", Mon 2 Jan 08:00 EET (in 9 hours)" for a schedule's next time (see nextSlot),
// or "" for a schedule that no longer parses.
func (h *Handlers) nextTime(sc storage.Schedule) string {
	spec, err := schedule.Parse(sc.Clock, sc.Zone, sc.Days)
	if err != nil {
		return ""
	}
	return ", " + nextSlot(spec, h.now())
}

// scheduleTimes says when a schedule posts next, in its own zone, and how its last slot went.
func (h *Handlers) scheduleTimes(ctx context.Context, s storage.Schedule) string {
	spec, err := schedule.Parse(s.Clock, s.Zone, s.Days)
	if err != nil {
		return ""
	}
	out := " · next " + nextSlot(spec, h.now())
	last, ok, err := h.Store.LastDelivery(ctx, s.ID)
	if err != nil || !ok {
		return out + " · no briefing yet"
	}
	day := last.Due.In(spec.Location()).Format("Mon 2 Jan")
	switch last.Status {
	case storage.Posted:
		if len(last.MessageIDs) == 0 {
			return out + " · last " + day + ": nothing new, nothing posted"
		}
		return out + fmt.Sprintf(" · last %s: posted (%d message(s))", day, len(last.MessageIDs))
	case storage.Skipped:
		return out + " · last " + day + ": skipped, the bot was down past the grace window"
	case storage.Coalesced:
		return out + " · last " + day + ": folded into the next briefing"
	}
	return out + " · last " + day + ": being posted"
}

// followAdd makes this channel follow a speaker: their new quotes in articles the server can
// see are posted here (see Follower).
func (h *Handlers) followAdd(ctx context.Context, req Request) Reply {
	speaker := strings.TrimSpace(req.Options["speaker"])
	if speaker == "" || utf8.RuneCountInString(speaker) > maxNameInput {
		return errorReply(fmt.Sprintf("speaker: give a name of at most %d characters.", maxNameInput))
	}
	f, err := h.Store.FollowSpeaker(ctx, req.GuildID, req.ChannelID, speaker)
	var unknown *storage.UnknownSpeakerError
	switch {
	case errors.As(err, &unknown):
		return unknownSpeaker(speaker, unknown)
	case errors.Is(err, storage.ErrConflict):
		return errorReply(fmt.Sprintf("This channel follows **%s** already. /follow list shows the speakers followed.", render.Escape(f.Speaker)))
	case err != nil:
		return h.internalError(req, err)
	}
	return Reply{Content: fmt.Sprintf("Following **%s** in this channel: each new quote by them is posted here, at most one message every %d minutes.",
		render.Escape(f.Speaker), int(DefaultFollowEvery/time.Minute))}
}

func (h *Handlers) followRemove(ctx context.Context, req Request) Reply {
	speaker := strings.TrimSpace(req.Options["speaker"])
	if utf8.RuneCountInString(speaker) > maxNameInput {
		return errorReply(fmt.Sprintf("speaker: give a name of at most %d characters.", maxNameInput))
	}
	n, err := h.Store.UnfollowSpeaker(ctx, req.GuildID, speaker)
	if err != nil {
		return h.internalError(req, err)
	}
	if n == 0 {
		return errorReply(fmt.Sprintf("This server does not follow %s. /follow list shows the speakers it follows.", echo(speaker)))
	}
	return Reply{Content: fmt.Sprintf("Stopped following %s.", echo(speaker))}
}

func (h *Handlers) followList(ctx context.Context, req Request) Reply {
	fs, err := h.Store.SpeakerFollows(ctx, req.GuildID)
	if err != nil {
		return h.internalError(req, err)
	}
	if len(fs) == 0 {
		return Reply{Content: "This server follows no speakers. Add one with /follow add speaker:"}
	}
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "**%s** · <#%s> · since %s\n", render.Escape(f.Speaker), f.ChannelID, f.Created.Format("2 Jan 2006"))
	}
	return Reply{Content: render.Truncate(b.String(), maxContent)}
}
