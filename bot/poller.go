package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/ingest/fetch"
	"github.com/briefbot/briefbot/briefing/render"
	"github.com/briefbot/briefbot/storage"
)

// FeedStore is what the poller needs from the database.
type FeedStore interface {
	DueFeeds(ctx context.Context, now time.Time) ([]storage.Feed, error)
	RecordPoll(ctx context.Context, feedID int64, r storage.PollResult) (bool, error)
	Subscribers(ctx context.Context, feedID int64) ([]storage.Subscription, error)
	SeenItem(ctx context.Context, feedID int64, guid string) (bool, error)
	SkipItem(ctx context.Context, feedID int64, guid string) error
	AddFeedArticle(ctx context.Context, feedID int64, guid string, a briefing.Article, an briefing.Analysis) (storage.AddResult, error)
}

var _ FeedStore = (*storage.DB)(nil)

// Poller polls the followed feeds when they are due: conditional requests (ETag,
// Last-Modified), a backoff that doubles with each failure in a row, and after DisableAfter
// failures the feed is disabled and the channels that follow it are told. A feed's first poll
// keeps only its FirstPoll newest items, so that following a feed does not flood the next
// briefing. Items that carry only a teaser have their page fetched.
type Poller struct {
	Store        FeedStore
	Web          *fetch.Client
	Poster       Poster // tells admins about a disabled feed; nil tells nobody
	Now          func() time.Time
	Logger       *slog.Logger
	FirstPoll    int // default 5
	DisableAfter int // default 5
}

func (p *Poller) now() time.Time    { return nowFrom(p.Now) }
func (p *Poller) log() *slog.Logger { return loggerOr(p.Logger) }

// PollDue polls every feed that is due now.
func (p *Poller) PollDue(ctx context.Context) error {
	feeds, err := p.Store.DueFeeds(ctx, p.now())
	if err != nil {
		return err
	}
	for _, f := range feeds {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err := p.poll(ctx, f); err != nil {
			p.log().Error("feed poll", "feed", f.URL, "err", err)
		}
	}
	return nil
}

func (p *Poller) poll(ctx context.Context, f storage.Feed) error {
	interval := f.Interval
	if interval <= 0 {
		interval = 15 * time.Minute
	}
	feed, vals, err := p.Web.Feed(ctx, f.URL, fetch.Validators{ETag: f.ETag, LastModified: f.LastModified})
	if errors.Is(err, fetch.ErrNotModified) {
		_, err := p.Store.RecordPoll(ctx, f.ID, storage.PollResult{NextPoll: p.now().Add(interval)})
		return err
	}
	if err != nil {
		return p.failed(ctx, f, interval, err)
	}
	items := feed.Items
	keep := len(items)
	if !f.PolledOnce {
		first := p.FirstPoll
		if first <= 0 {
			first = 5
		}
		keep = min(keep, first)
	}
	added := 0
	for i, it := range items {
		seen, err := p.Store.SeenItem(ctx, f.ID, it.GUID)
		if err != nil {
			return err
		}
		if seen {
			continue
		}
		if i >= keep {
			if err := p.Store.SkipItem(ctx, f.ID, it.GUID); err != nil {
				return err
			}
			continue
		}
		a, err := p.Web.ItemArticle(ctx, feed.Title, it)
		if err != nil {
			p.log().Warn("feed item skipped", "feed", f.URL, "item", it.GUID, "err", err)
			if err := p.Store.SkipItem(ctx, f.ID, it.GUID); err != nil {
				return err
			}
			continue
		}
		res, err := p.Store.AddFeedArticle(ctx, f.ID, it.GUID, a, briefing.Analyze(a))
		if err != nil {
			return err
		}
		if res.Added {
			added++
		}
	}
	p.log().Info("feed polled", "feed", f.URL, "items", len(items), "added", added)
	_, err = p.Store.RecordPoll(ctx, f.ID, storage.PollResult{Title: feed.Title, ETag: vals.ETag,
		LastModified: vals.LastModified, NextPoll: p.now().Add(interval)})
	return err
}

// failed records a failed poll with backoff and, when it disables the feed, tells its followers.
func (p *Poller) failed(ctx context.Context, f storage.Feed, interval time.Duration, cause error) error {
	backoff := interval << min(f.Failures+1, 6) // 2x, 4x, ... 64x the interval
	limit := p.DisableAfter
	if limit <= 0 {
		limit = 5
	}
	disabled, err := p.Store.RecordPoll(ctx, f.ID, storage.PollResult{Err: cause, NextPoll: p.now().Add(backoff), DisableAfter: limit})
	if err != nil {
		return err
	}
	p.log().Warn("feed poll failed", "feed", f.URL, "failures", f.Failures+1, "err", cause)
	if !disabled || p.Poster == nil {
		return nil
	}
	subs, err := p.Store.Subscribers(ctx, f.ID)
	if err != nil {
		return err
	}
	msg := fmt.Sprintf("I stopped polling the feed %s after %d failed attempts in a row (last error: %s). "+
		"A server manager can run /feed add with the same address to try again.", render.Escape(f.URL), limit, render.Escape(cause.Error()))
	for _, s := range subs {
		n := fmt.Sprintf("f%d.%d", f.ID, p.now().Unix())
		if _, err := p.Poster.Post(ctx, s.ChannelID, n, Reply{Content: msg}); err != nil {
			p.log().Error("tell admins about a disabled feed", "channel", s.ChannelID, "err", err)
		}
	}
	return nil
}
