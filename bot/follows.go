package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/storage"
)

// FollowStore is what announcing followed speakers needs from the database.
type FollowStore interface {
	SpeakerFollows(ctx context.Context, guildID string) ([]storage.SpeakerFollow, error)
	SpeakerFollow(ctx context.Context, id int64) (storage.SpeakerFollow, error)
	MaxArticleID(ctx context.Context) (int64, error)
	FollowQuotes(ctx context.Context, f storage.SpeakerFollow, from, upto int64, limit int) ([]storage.Quote, error)
	AdvanceFollow(ctx context.Context, followID, upto int64) error
	BeginFollowPost(ctx context.Context, p storage.FollowPost) (bool, error)
	MarkFollowPosted(ctx context.Context, followID, upto int64, messageID string) error
	PendingFollowPosts(ctx context.Context) ([]storage.FollowPost, error)
	LastFollowPost(ctx context.Context, followID int64) (storage.FollowPost, bool, error)
	RemoveSpeakerFollow(ctx context.Context, id int64) error
}

var _ FollowStore = (*storage.DB)(nil)

// DefaultFollowEvery is how often a followed speaker's channel hears of them at most.
const DefaultFollowEvery = 15 * time.Minute

// maxFollowQuotes bounds one announcement; the quotes after it wait for the next one.
const maxFollowQuotes = 10

// Follower announces new quotes by followed speakers, with the scheduler's discipline: an
// announcement covers the quotes of the articles stored since the last one, is recorded as
// pending (moving the follow past them) in one transaction, posted with a nonce derived from
// it, and marked posted; after a crash the pending one is looked for in the channel before it
// is posted. One message per follow per Every at most, with every new quote in it.
type Follower struct {
	Store  FollowStore
	Poster Poster
	Every  time.Duration
	Now    func() time.Time
	Logger *slog.Logger
	Shard  Shard // the guilds whose follows it announces; the zero Shard announces all
}

func (f *Follower) now() time.Time    { return nowFrom(f.Now) }
func (f *Follower) log() *slog.Logger { return loggerOr(f.Logger) }

// Run announces every interval until ctx ends.
func (f *Follower) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if err := f.Tick(ctx); err != nil && ctx.Err() == nil {
			f.log().Error("announce followed speakers", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Tick finishes the announcements a previous run began, then makes those that are due.
func (f *Follower) Tick(ctx context.Context) error {
	all, err := f.Store.SpeakerFollows(ctx, "")
	if err != nil {
		return err
	}
	var follows []storage.SpeakerFollow
	guild := map[int64]string{}
	for _, fl := range all {
		guild[fl.ID] = fl.GuildID
		if f.Shard.Holds(fl.GuildID) {
			follows = append(follows, fl)
		}
	}
	pending, err := f.Store.PendingFollowPosts(ctx)
	if err != nil {
		return err
	}
	var firstErr error
	keep := func(err error) {
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	for _, p := range pending {
		if f.Shard.Holds(guild[p.FollowID]) {
			keep(f.deliver(ctx, p))
		}
	}
	upto, err := f.Store.MaxArticleID(ctx)
	if err != nil {
		return err
	}
	every := f.Every
	if every <= 0 {
		every = DefaultFollowEvery
	}
	now := f.now().UTC().Truncate(time.Second)
	for _, fl := range follows {
		if fl.After >= upto {
			continue
		}
		if last, ok, err := f.Store.LastFollowPost(ctx, fl.ID); err != nil {
			keep(err)
			continue
		} else if ok && (last.Status == storage.Pending || now.Sub(last.Begun) < every) {
			continue // batched into the next announcement, or the last one is not out yet
		}
		qs, err := f.Store.FollowQuotes(ctx, fl, fl.After, upto, maxFollowQuotes+1)
		if err != nil {
			keep(err)
			continue
		}
		if len(qs) == 0 {
			keep(f.Store.AdvanceFollow(ctx, fl.ID, upto))
			continue
		}
		end := upto
		if len(qs) > maxFollowQuotes {
			// The articles after the tenth quote's go next time; one article with more than
			// ten quotes goes whole, its first ten shown.
			if end = qs[maxFollowQuotes].ArticleID - 1; end <= fl.After {
				end = qs[maxFollowQuotes].ArticleID
			}
		}
		p := storage.FollowPost{FollowID: fl.ID, From: fl.After, Upto: end, Status: storage.Pending, Begun: now}
		began, err := f.Store.BeginFollowPost(ctx, p)
		if err != nil || !began {
			keep(err)
			continue
		}
		keep(f.deliver(ctx, p))
	}
	return firstErr
}

// deliver posts announcement p unless it is in the channel already, and marks it posted.
func (f *Follower) deliver(ctx context.Context, p storage.FollowPost) error {
	fl, err := f.Store.SpeakerFollow(ctx, p.FollowID)
	if err != nil {
		return err
	}
	qs, err := f.Store.FollowQuotes(ctx, fl, p.From, p.Upto, maxFollowQuotes)
	if err != nil {
		return err
	}
	n := followNonce(p)
	id, found, err := f.Poster.FindNonce(ctx, fl.ChannelID, n)
	if err == nil && !found && len(qs) > 0 {
		id, err = f.Poster.Post(ctx, fl.ChannelID, n, followReply(fl.Speaker, qs))
	}
	switch {
	case channelGone(err):
		// The channel was deleted or the bot lost access to it: the follow can never post
		// again, so it ends, said once in the log rather than retried every minute.
		f.log().Warn("follow removed: its channel is gone or closed to the bot", "follow", fl.ID,
			"guild", fl.GuildID, "channel", fl.ChannelID, "speaker", fl.Speaker, "err", err)
		return f.Store.RemoveSpeakerFollow(ctx, fl.ID)
	case err != nil:
		return fmt.Errorf("announce quotes by %s in %s: %w", fl.Speaker, fl.ChannelID, err)
	}
	return f.Store.MarkFollowPosted(ctx, p.FollowID, p.Upto, id)
}

// channelGone reports whether Discord refused a request because the channel no longer exists
// or the bot may no longer see or post in it (404, 403): trying again will not help.
func channelGone(err error) bool {
	var re *discordgo.RESTError
	return errors.As(err, &re) && re.Response != nil &&
		(re.Response.StatusCode == http.StatusNotFound || re.Response.StatusCode == http.StatusForbidden)
}

// followNonce names an announcement within Discord's 25 characters.
func followNonce(p storage.FollowPost) string {
	return "f" + strconv.FormatInt(p.FollowID, 36) + "." + strconv.FormatInt(p.Upto, 36)
}

// followReply lays out an announcement: each new quote once, with its article.
func followReply(speaker string, qs []storage.Quote) Reply {
	title := "New quotes by " + speaker
	if len(sameQuotes(qs)) == 1 {
		title = "A new quote by " + speaker
	}
	r := Reply{Embeds: quoteEmbeds(title, qs)}
	if len(r.Embeds) > 10 {
		r.Embeds = r.Embeds[:10]
	}
	return r
}
