package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

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
		keep(f.deliver(ctx, p))
	}
	follows, err := f.Store.SpeakerFollows(ctx, "")
	if err != nil {
		return err
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
		} else if ok && now.Sub(last.Begun) < every {
			continue // batched into the next announcement
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
	if err != nil {
		return fmt.Errorf("look for announcement %s: %w", n, err)
	}
	if !found && len(qs) > 0 {
		if id, err = f.Poster.Post(ctx, fl.ChannelID, n, followReply(fl.Speaker, qs)); err != nil {
			return fmt.Errorf("announce quotes by %s: %w", fl.Speaker, err)
		}
	}
	return f.Store.MarkFollowPosted(ctx, p.FollowID, p.Upto, id)
}

// followNonce names an announcement within Discord's 25 characters.
func followNonce(p storage.FollowPost) string {
	return "f" + strconv.FormatInt(p.FollowID, 36) + "." + strconv.FormatInt(p.Upto, 36)
}

// followReply lays out an announcement: each new quote once, with its article.
func followReply(speaker string, qs []storage.Quote) Reply {
	seen := map[string]bool{}
	var uniq []storage.Quote
	for _, q := range qs {
		k := strings.ToLower(strings.Join(strings.Fields(q.Text), " "))
		if !seen[k] {
			seen[k] = true
			uniq = append(uniq, q)
		}
	}
	title := "New quotes by " + speaker
	if len(uniq) == 1 {
		title = "A new quote by " + speaker
	}
	r := Reply{Embeds: quoteEmbeds(title, uniq)}
	if len(r.Embeds) > 10 {
		r.Embeds = r.Embeds[:10]
	}
	return r
}
