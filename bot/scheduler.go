package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/robfig/cron/v3"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/schedule"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/briefbot/briefbot/storage"
)

// Poster posts messages to channels. A nonce names each message: posting the same nonce twice
// must not make two messages, and FindNonce finds a message posted before a crash.
type Poster interface {
	Post(ctx context.Context, channelID, nonce string, r Reply) (messageID string, err error)
	FindNonce(ctx context.Context, channelID, nonce string) (messageID string, found bool, err error)
	// StartThread starts a thread named name from a message and returns its ID; starting it
	// again returns the same thread.
	StartThread(ctx context.Context, channelID, messageID, name string) (threadID string, err error)
}

// ScheduleStore is what the scheduler needs from the database.
type ScheduleStore interface {
	Schedules(ctx context.Context, guildID string) ([]storage.Schedule, error)
	Schedule(ctx context.Context, id int64) (storage.Schedule, error)
	LastDelivery(ctx context.Context, scheduleID int64) (storage.Delivery, bool, error)
	CoveredUntil(ctx context.Context, s storage.Schedule) (time.Time, error)
	BeginDelivery(ctx context.Context, d storage.Delivery, passed []storage.Delivery) (bool, error)
	MarkPosted(ctx context.Context, scheduleID int64, slot string, messageIDs []string) error
	PendingDeliveries(ctx context.Context) ([]storage.Delivery, error)
	RemoveSchedule(ctx context.Context, guildID string, id int64) (bool, error)
	ClaimStalePending(ctx context.Context, now time.Time, lease time.Duration) ([]storage.Delivery, error)
	ArticlesBetween(ctx context.Context, since, until time.Time, guildID string, limit int) ([]storage.Article, error)
	ArticlesAbout(ctx context.Context, since, until time.Time, guildID string, words []string, limit int) ([]storage.Article, error)
	Stories(ctx context.Context, arts []storage.Article, since time.Time, guildID string) ([]storage.Story, error)
}

var _ ScheduleStore = (*storage.DB)(nil)

// DefaultLease is how long a process's claim on a delivery or a feed poll holds before another
// process may take the work over.
const DefaultLease = 10 * time.Minute

// leaseOr is lease, or DefaultLease when it is not set.
func leaseOr(lease time.Duration) time.Duration {
	if lease > 0 {
		return lease
	}
	return DefaultLease
}

// DefaultGrace is how late a missed briefing may still be posted.
const DefaultGrace = 6 * time.Hour

// Scheduler posts each schedule's briefing exactly once per slot. For every slot it records the
// delivery as pending (one immediate transaction, unique on schedule and slot), posts with a
// nonce derived from the slot, and marks it posted with the message IDs. On start, a pending
// delivery is checked against its channel before anything is posted again. Slots missed while
// the bot was down are posted once if the latest is within Grace, several of them as one
// briefing; older ones are recorded as skipped and logged. Tick does the work for a given
// instant, so tests drive it with a fake clock; Start runs it on robfig/cron.
//
// Several processes may share one database, each connected to one Discord shard: a scheduler
// delivers the schedules of its shard's guilds, and any scheduler finishes a delivery that has
// been pending for longer than Lease (its process died), claiming it first so that no two do.
type Scheduler struct {
	Store   ScheduleStore
	Poster  Poster
	Grace   time.Duration
	Now     func() time.Time
	Logger  *slog.Logger
	Metrics *Metrics
	Shard   Shard         // the guilds whose schedules it runs; the zero Shard runs all
	Lease   time.Duration // how long a delivery may stay pending before another process finishes it; default 10 min
	Every   time.Duration // how often Start's catch-up pass runs; default a minute

	mu      sync.Mutex
	entries map[int64]cron.EntryID
}

func (s *Scheduler) now() time.Time    { return nowFrom(s.Now) }
func (s *Scheduler) log() *slog.Logger { return loggerOr(s.Logger) }

// nonce names message i of a delivery; Discord takes up to 25 characters.
func nonce(scheduleID int64, slot string, i int) string {
	return fmt.Sprintf("b%d.%s.%d", scheduleID, strings.ReplaceAll(slot, "-", ""), i)
}

// schedules lists the schedules of the scheduler's shard.
func (s *Scheduler) schedules(ctx context.Context) ([]storage.Schedule, error) {
	all, err := s.Store.Schedules(ctx, "")
	if err != nil {
		return nil, err
	}
	out := all[:0]
	for _, sc := range all {
		if s.Shard.Holds(sc.GuildID) {
			out = append(out, sc)
		}
	}
	return out, nil
}

// Tick delivers every due slot of the shard's schedules, as of now, and finishes the
// deliveries another process left pending (see Lease).
func (s *Scheduler) Tick(ctx context.Context) error {
	scheds, err := s.schedules(ctx)
	if err != nil {
		return err
	}
	stale, err := s.Store.ClaimStalePending(ctx, s.now(), leaseOr(s.Lease))
	if err != nil {
		return err
	}
	for _, d := range stale {
		s.finish(ctx, d, false)
	}
	var firstErr error
	for _, sc := range scheds {
		if err := s.tickOne(ctx, sc); err != nil {
			s.log().Error("scheduled briefing failed", "schedule", sc.ID, "channel", sc.ChannelID, "err", err)
			if firstErr == nil {
				firstErr = err
			}
		}
	}
	return firstErr
}

func (s *Scheduler) tickOne(ctx context.Context, sc storage.Schedule) error {
	spec, err := schedule.Parse(sc.Clock, sc.Zone, sc.Days)
	if err != nil {
		return fmt.Errorf("stored schedule no longer valid: %w", err)
	}
	now := s.now().UTC()
	after := sc.Created
	if last, ok, err := s.Store.LastDelivery(ctx, sc.ID); err != nil {
		return err
	} else if ok {
		after = last.Due
	}
	due := spec.Due(after, now, 0)
	if len(due) == 0 {
		return nil
	}
	grace := s.Grace
	if grace <= 0 {
		grace = DefaultGrace
	}
	latest := due[len(due)-1]
	var passed []storage.Delivery
	for _, sl := range due[:len(due)-1] {
		st := storage.Coalesced
		if now.Sub(sl.At) > grace {
			st = storage.Skipped
			s.log().Warn("missed briefing skipped: older than the grace window", "schedule", sc.ID, "slot", sl.Key, "due", sl.At)
		}
		passed = append(passed, storage.Delivery{ScheduleID: sc.ID, Slot: sl.Key, Due: sl.At, Status: st, Since: after, Until: after})
	}
	since, err := s.Store.CoveredUntil(ctx, sc)
	if err != nil {
		return err
	}
	d := storage.Delivery{ScheduleID: sc.ID, Slot: latest.Key, Due: latest.At, Status: storage.Pending,
		Since: since, Until: storage.SettledUntil(since, now), Nonce: nonce(sc.ID, latest.Key, 0)}
	if now.Sub(latest.At) > grace {
		d.Status, d.Until = storage.Skipped, since
		s.log().Warn("missed briefing skipped: older than the grace window", "schedule", sc.ID, "slot", latest.Key, "due", latest.At)
	}
	began, err := s.Store.BeginDelivery(ctx, d, passed)
	if err != nil || !began || d.Status != storage.Pending {
		return err
	}
	_, err = s.deliver(ctx, sc, d)
	return s.endIfGone(ctx, sc, err)
}

// endIfGone ends schedule sc when err says its channel is gone or closed to the bot: its
// briefings can never be posted, so the schedule and its deliveries are removed, said once in
// the log, rather than tried at every slot and, pending, at every lease. Other errors pass.
func (s *Scheduler) endIfGone(ctx context.Context, sc storage.Schedule, err error) error {
	if !channelGone(err) {
		return err
	}
	s.log().Warn("schedule removed: its channel is gone or closed to the bot", "schedule", sc.ID,
		"guild", sc.GuildID, "channel", sc.ChannelID, "err", err)
	if _, rerr := s.Store.RemoveSchedule(ctx, sc.GuildID, sc.ID); rerr != nil {
		return fmt.Errorf("remove schedule %d of a gone channel: %w", sc.ID, rerr)
	}
	return nil
}

// PostNow posts schedule sc's briefing at once, of what is new since its last briefing, and
// records it like any delivery (pending, then posted, with nonces), under a slot of its own:
// the schedule's next slot is not consumed and still posts at its time, of what came after.
// It returns how many messages were posted; none when nothing is new and sc is quiet.
func (s *Scheduler) PostNow(ctx context.Context, sc storage.Schedule) (int, error) {
	now := s.now().UTC().Truncate(time.Second)
	since, err := s.Store.CoveredUntil(ctx, sc)
	if err != nil {
		return 0, err
	}
	// "n" and the second in base 36 keep the nonce within Discord's 25 characters.
	slot := "n" + strconv.FormatInt(now.Unix(), 36)
	d := storage.Delivery{ScheduleID: sc.ID, Slot: slot, Due: now, Status: storage.Pending,
		Since: since, Until: storage.SettledUntil(since, now), Nonce: nonce(sc.ID, slot, 0)}
	began, err := s.Store.BeginDelivery(ctx, d, nil)
	if err != nil {
		return 0, err
	}
	if !began {
		return 0, ErrTooSoon
	}
	return s.deliver(ctx, sc, d)
}

// ErrTooSoon is PostNow's answer to a second request within the same second.
var ErrTooSoon = errors.New("a briefing of this schedule was posted this very second")

// Recover finishes the deliveries that a previous run began but may not have posted: each
// message is looked for in the channel by its nonce and posted only if it is not there. It does
// so at once only for the only shard. Among several processes, another one may have claimed a
// pending delivery (see Lease) and be posting it right now, which no nonce check can see;
// Tick's claim of stale deliveries, which is one at a time, finishes them after the lease.
func (s *Scheduler) Recover(ctx context.Context) error {
	if s.Shard.Count > 1 {
		return nil
	}
	pending, err := s.Store.PendingDeliveries(ctx)
	if err != nil {
		return err
	}
	for _, d := range pending {
		s.finish(ctx, d, true)
	}
	return nil
}

// finish delivers a pending delivery that a run began and may not have posted: the messages
// already in the channel (by nonce) are not posted again. With mine, only a delivery of the
// shard's own guilds.
func (s *Scheduler) finish(ctx context.Context, d storage.Delivery, mine bool) {
	sc, err := s.Store.Schedule(ctx, d.ScheduleID)
	if err != nil {
		s.log().Error("pending delivery of a missing schedule", "schedule", d.ScheduleID, "err", err)
		return
	}
	if mine && !s.Shard.Holds(sc.GuildID) {
		return
	}
	_, err = s.deliver(ctx, sc, d)
	if err = s.endIfGone(ctx, sc, err); err != nil {
		s.log().Error("recovering a pending briefing failed", "schedule", sc.ID, "slot", d.Slot, "err", err)
	}
}

// deliver composes d's briefing, posts the messages not in the channel yet, and returns how
// many messages the briefing has.
func (s *Scheduler) deliver(ctx context.Context, sc storage.Schedule, d storage.Delivery) (int, error) {
	msgs, err := s.compose(ctx, sc, d)
	if err != nil {
		return 0, err
	}
	if sc.Thread && len(msgs) > 0 && len(msgs[0].Embeds) > 0 {
		// The heading alone in the channel, the articles in a thread started from it.
		head := Reply{Content: msgs[0].Content, MentionRole: msgs[0].MentionRole}
		msgs[0].Content, msgs[0].MentionRole = "", ""
		msgs = append([]Reply{head}, msgs...)
	}
	var ids []string
	channel := sc.ChannelID
	for i, m := range msgs {
		n := nonce(sc.ID, d.Slot, i)
		id, found, err := s.Poster.FindNonce(ctx, channel, n)
		if err != nil {
			return 0, fmt.Errorf("look for message %s: %w", n, err)
		}
		if !found {
			if id, err = s.Poster.Post(ctx, channel, n, m); err != nil {
				return 0, fmt.Errorf("post briefing %s: %w", n, err)
			}
		}
		ids = append(ids, id)
		if i == 0 && sc.Thread && len(msgs) > 1 {
			// A thread started from a message has the message's ID: after a crash the same
			// thread is found again, and the pages go on in it.
			if channel, err = s.Poster.StartThread(ctx, sc.ChannelID, id, threadName(sc, d)); err != nil {
				return 0, fmt.Errorf("start the briefing's thread: %w", err)
			}
		}
	}
	if err := s.Store.MarkPosted(ctx, sc.ID, d.Slot, ids); err != nil {
		return 0, err
	}
	if len(msgs) > 0 {
		s.Metrics.briefingPosted()
	}
	return len(msgs), nil
}

// threadName names a briefing's thread by its day in the schedule's zone: "Briefing · 30 Nov".
func threadName(sc storage.Schedule, d storage.Delivery) string {
	loc := time.UTC
	if spec, err := schedule.Parse(sc.Clock, sc.Zone, sc.Days); err == nil {
		loc = spec.Location()
	}
	return "Briefing · " + d.Due.In(loc).Format("2 Jan")
}

// compose lays out the briefing of the articles d covers as messages; none when nothing is
// new and the schedule is quiet.
func (s *Scheduler) compose(ctx context.Context, sc storage.Schedule, d storage.Delivery) ([]Reply, error) {
	return composeSchedule(ctx, s.Store, sc, d)
}

// briefingSource is what composing a schedule's briefing reads.
type briefingSource interface {
	storySource
	ArticlesBetween(ctx context.Context, since, until time.Time, guildID string, limit int) ([]storage.Article, error)
	ArticlesAbout(ctx context.Context, since, until time.Time, guildID string, words []string, limit int) ([]storage.Article, error)
}

// composeSchedule lays out a schedule's briefing of the articles delivery d covers: what the
// scheduler posts and what /schedule preview shows are made here, by the same code.
func composeSchedule(ctx context.Context, store briefingSource, sc storage.Schedule, d storage.Delivery) ([]Reply, error) {
	var arts []storage.Article
	var err error
	if sc.Keywords != "" {
		// Candidates from the full-text index over the whole window, then the rule the
		// schedule promises: a keyword in the title or the summary.
		arts, err = store.ArticlesAbout(ctx, d.Since, d.Until, sc.GuildID, text.Words(sc.Keywords), 500)
		arts = aboutWords(arts, sc.Keywords)
	} else {
		arts, err = store.ArticlesBetween(ctx, d.Since, d.Until, sc.GuildID, 200)
	}
	if err != nil {
		return nil, err
	}
	loc := time.UTC
	if spec, err := schedule.Parse(sc.Clock, sc.Zone, sc.Days); err == nil {
		loc = spec.Location()
	}
	day := d.Due.In(loc).Format("Monday 2 January")
	if len(arts) == 0 {
		if sc.Quiet {
			return nil, nil
		}
		return []Reply{{Content: fmt.Sprintf("**Briefing · %s** — nothing new since the last briefing.", day)}}, nil
	}
	out, err := composeBriefing(ctx, store, arts, d.Since, d.Until, sc.GuildID, sc.MaxItems, "Briefing · "+day)
	if err != nil {
		return nil, err
	}
	if len(out) == 0 { // only updates with nothing new
		if sc.Quiet {
			return nil, nil
		}
		return []Reply{{Content: fmt.Sprintf("**Briefing · %s** — nothing new since the last briefing.", day)}}, nil
	}
	if sc.RoleID != "" {
		// The briefing pings its role, and nothing else: "nothing new" pings no one.
		out[0].Content = "<@&" + sc.RoleID + "> " + out[0].Content
		out[0].MentionRole = sc.RoleID
	}
	return out, nil
}

// aboutWords keeps the articles whose title or summary shares a stem with any of words.
func aboutWords(arts []storage.Article, words string) []storage.Article {
	want := stems(words)
	var out []storage.Article
	for _, a := range arts {
		if len(want) == 0 || sharesStem(a.Title+" "+strings.Join(a.Summary, " "), want) {
			out = append(out, a)
		}
	}
	return out
}

// composeBriefing groups a window's articles into stories, ranks them and lays them out as
// messages of embeds within Discord's limits. /brief and the scheduled briefings both use it,
// and `briefbot brief` composes the same entries (storage.Entries, briefing.Top).
func composeBriefing(ctx context.Context, store storySource, arts []storage.Article, since, now time.Time, guildID string, max int, heading string) ([]Reply, error) {
	if max <= 0 {
		max = 10
	}
	entries, err := briefingEntries(ctx, store, arts, since, guildID)
	if err != nil {
		return nil, err
	}
	if len(entries) == 0 {
		return nil, nil
	}
	pages := paginate(entryEmbeds(entries, now, max))
	out := make([]Reply, len(pages))
	for i, p := range pages {
		out[i] = Reply{Embeds: p}
	}
	out[0].Content = fmt.Sprintf("**%s** · %s", heading, storyCount(len(entries), len(arts)))
	if len(entries) > max {
		out[0].Content += fmt.Sprintf(", the top %d", max)
	}
	return out, nil
}

// storySource is what grouping articles into stories reads.
type storySource interface {
	Stories(ctx context.Context, arts []storage.Article, since time.Time, guildID string) ([]storage.Story, error)
}

// briefingEntries groups a window's articles into story entries.
func briefingEntries(ctx context.Context, store storySource, arts []storage.Article, since time.Time, guildID string) ([]briefing.Item, error) {
	ss, err := store.Stories(ctx, arts, since, guildID)
	if err != nil {
		return nil, err
	}
	return storage.Entries(ss), nil
}

// entryEmbeds ranks briefing entries and shows the first max of them as embeds.
func entryEmbeds(entries []briefing.Item, now time.Time, max int) []*discordgo.MessageEmbed {
	top := briefing.Top(entries, now, max)
	embeds := make([]*discordgo.MessageEmbed, len(top))
	for i, it := range top {
		embeds[i] = itemEmbed(it, false)
	}
	return embeds
}

// storyCount says how many stories a briefing's articles make.
func storyCount(stories, articles int) string {
	if stories == articles {
		return fmt.Sprintf("%d new article(s)", articles)
	}
	return fmt.Sprintf("%d stories from %d new articles", stories, articles)
}

// cronLogger adapts slog to robfig/cron's logger.
type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) { c.l.Debug("cron: "+msg, kv...) }
func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error("cron: "+msg, append(kv, "err", err)...)
}

// Start recovers pending deliveries, catches up, and runs the scheduler on robfig/cron until
// ctx ends: an entry per schedule at its time (CRON_TZ), and a pass every Every (a minute)
// that catches what an entry missed and picks up schedules added or removed. The returned
// function stops it.
func (s *Scheduler) Start(ctx context.Context, every ...func(context.Context)) func() {
	lg := cronLogger{s.log()}
	c := cron.New(cron.WithChain(cron.Recover(lg), cron.SkipIfStillRunning(lg)), cron.WithLogger(lg))
	if err := s.Recover(ctx); err != nil {
		s.log().Error("recover pending briefings", "err", err)
	}
	tick := func() {
		if err := s.Tick(ctx); err != nil {
			s.log().Error("scheduler tick", "err", err)
		}
	}
	refresh := func() {
		s.refresh(ctx, c, tick)
		tick()
		for _, f := range every {
			f(ctx)
		}
	}
	refresh()
	interval := s.Every
	if interval <= 0 {
		interval = time.Minute
	}
	// The pass runs on a ticker of its own: cron's @every rounds up to whole seconds.
	passes, stopPasses := context.WithCancel(ctx)
	passed := make(chan struct{})
	go func() {
		defer close(passed)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-passes.Done():
				return
			case <-t.C:
				refresh()
			}
		}
	}()
	c.Start()
	return func() {
		stopPasses()
		<-passed
		<-c.Stop().Done()
	}
}

// refresh keeps one cron entry per stored schedule.
func (s *Scheduler) refresh(ctx context.Context, c *cron.Cron, tick func()) {
	scheds, err := s.schedules(ctx)
	if err != nil {
		s.log().Error("list schedules", "err", err)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.entries == nil {
		s.entries = map[int64]cron.EntryID{}
	}
	live := map[int64]bool{}
	for _, sc := range scheds {
		live[sc.ID] = true
		if _, ok := s.entries[sc.ID]; ok {
			continue
		}
		spec, err := schedule.Parse(sc.Clock, sc.Zone, sc.Days)
		if err != nil {
			continue
		}
		if id, err := addCron(c, spec.Cron(), tick); err == nil {
			s.entries[sc.ID] = id
		} else {
			s.log().Error("cron entry", "schedule", sc.ID, "spec", spec.Cron(), "err", err)
		}
	}
	for id, e := range s.entries {
		if !live[id] {
			c.Remove(e)
			delete(s.entries, id)
		}
	}
}

// addCron adds a job, turning a parser panic (robfig/cron panics on some malformed specs)
// into an error.
func addCron(c *cron.Cron, spec string, f func()) (id cron.EntryID, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("cron spec %q: %v", spec, p)
		}
	}()
	return c.AddFunc(spec, f)
}
