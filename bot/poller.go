package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/ingest"
	"github.com/briefbot/briefbot/briefing/ingest/fetch"
	"github.com/briefbot/briefbot/briefing/render"
	"github.com/briefbot/briefbot/storage"
)

// FeedStore is what the poller needs from the database.
type FeedStore interface {
	ClaimFeeds(ctx context.Context, now time.Time, lease time.Duration) ([]storage.Feed, error)
	RecordPoll(ctx context.Context, feedID int64, r storage.PollResult) (bool, error)
	Subscribers(ctx context.Context, feedID int64) ([]storage.Subscription, error)
	SeenItem(ctx context.Context, feedID int64, guid string) (bool, error)
	SkipItem(ctx context.Context, feedID int64, guid string) error
	AddFeedArticle(ctx context.Context, feedID int64, guid string, a briefing.Article, an briefing.Analysis) (storage.AddResult, error)
	PruneItems(ctx context.Context, feedID int64, keep int) (int64, error)
}

var _ FeedStore = (*storage.DB)(nil)

// Poller polls the followed feeds when they are due: conditional requests (ETag,
// Last-Modified), a backoff that doubles with each failure in a row, and after DisableAfter
// failures the feed is disabled and the channels that follow it are told. A feed's first poll
// keeps only its FirstPoll newest items, so that following a feed does not flood the next
// briefing. Items that carry only a teaser have their page fetched.
//
// One poll's work is bounded, whatever a feed holds: its MaxItems newest items are read, at
// most MaxFetches pages are fetched (Workers at a time; items left over wait for the next poll),
// and the history of skipped items is pruned to the newest KeepSkipped. Feeds are polled
// Workers at a time, in the poller's own loop (Run), so a slow feed delays no briefing.
type Poller struct {
	Store        FeedStore
	Web          *fetch.Client
	Poster       Poster // tells admins about a disabled feed; nil tells nobody
	Now          func() time.Time
	Logger       *slog.Logger
	FirstPoll    int           // default 5
	DisableAfter int           // default 5
	MaxItems     int           // items read per poll, default 50
	MaxFetches   int           // pages fetched per poll, default 10
	Workers      int           // feeds polled, and pages fetched, at once; default 4
	KeepSkipped  int           // skipped item GUIDs remembered per feed, default 1000
	Lease        time.Duration // how long a poll holds its feeds before another process may poll them; default 10 min
	Metrics      *Metrics
}

func orDefault(v, def int) int {
	if v > 0 {
		return v
	}
	return def
}

// Run polls the due feeds every interval until ctx ends.
func (p *Poller) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if err := p.PollDue(ctx); err != nil && ctx.Err() == nil {
			p.log().Error("poll feeds", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (p *Poller) now() time.Time    { return nowFrom(p.Now) }
func (p *Poller) log() *slog.Logger { return loggerOr(p.Logger) }

// PollDue claims every feed that is due now and polls it. Several processes may poll one
// database: each feed is claimed by one of them (see storage.DB.ClaimFeeds), and a claim left
// by a process that died runs out after Lease.
func (p *Poller) PollDue(ctx context.Context) error {
	feeds, err := p.Store.ClaimFeeds(ctx, p.now(), leaseOr(p.Lease))
	if err != nil {
		return err
	}
	sem := make(chan struct{}, orDefault(p.Workers, 4))
	var wg sync.WaitGroup
	for _, f := range feeds {
		if ctx.Err() != nil {
			break
		}
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			if err := p.poll(ctx, f); err != nil {
				p.log().Error("feed poll", "feed", f.URL, "err", err)
			}
		})
	}
	wg.Wait()
	return ctx.Err()
}

func (p *Poller) poll(ctx context.Context, f storage.Feed) error {
	interval := f.Interval
	if interval <= 0 {
		interval = 15 * time.Minute
	}
	feed, vals, err := p.Web.Feed(ctx, f.URL, fetch.Validators{ETag: f.ETag, LastModified: f.LastModified})
	if errors.Is(err, fetch.ErrNotModified) {
		p.Metrics.feedPolled("not_modified")
		_, err := p.Store.RecordPoll(ctx, f.ID, storage.PollResult{NextPoll: p.now().Add(interval)})
		return err
	}
	if err != nil {
		p.Metrics.feedPolled("failed")
		return p.failed(ctx, f, interval, err)
	}
	p.Metrics.feedPolled("ok")
	items := feed.Items // newest first
	if max := orDefault(p.MaxItems, 50); len(items) > max {
		items = items[:max] // a feed of 100k items costs what one of 50 does
	}
	keep := len(items)
	if !f.PolledOnce {
		keep = min(keep, orDefault(p.FirstPoll, 5))
	}
	var todo []ingest.FeedItem
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
		todo = append(todo, it)
	}
	arts, errs := p.fetchItems(ctx, feed.Title, todo)
	added := 0
	for i, it := range todo {
		if errors.Is(errs[i], errDeferred) {
			continue // fetched at a later poll
		}
		if errs[i] != nil {
			p.log().Warn("feed item skipped", "feed", f.URL, "item", it.GUID, "err", errs[i])
			if err := p.Store.SkipItem(ctx, f.ID, it.GUID); err != nil {
				return err
			}
			continue
		}
		res, err := p.Store.AddFeedArticle(ctx, f.ID, it.GUID, arts[i], briefing.Analyze(arts[i]))
		if err != nil {
			return err
		}
		if res.Added {
			added++
			p.Metrics.articleAdded("feed")
		}
	}
	if _, err := p.Store.PruneItems(ctx, f.ID, orDefault(p.KeepSkipped, 1000)); err != nil {
		return err
	}
	p.log().Info("feed polled", "feed", f.URL, "items", len(items), "added", added)
	_, err = p.Store.RecordPoll(ctx, f.ID, storage.PollResult{Title: feed.Title, ETag: vals.ETag,
		LastModified: vals.LastModified, NextPoll: p.now().Add(interval)})
	return err
}

// errDeferred marks an item whose page this poll had no fetch left for.
var errDeferred = errors.New("page fetch deferred to the next poll")

// fetchItems makes articles of feed items, fetching the pages of teaser items Workers at a
// time and at most MaxFetches of them; the rest get errDeferred.
func (p *Poller) fetchItems(ctx context.Context, feedTitle string, items []ingest.FeedItem) ([]briefing.Article, []error) {
	arts, errs := make([]briefing.Article, len(items)), make([]error, len(items))
	budget := orDefault(p.MaxFetches, 10)
	sem := make(chan struct{}, orDefault(p.Workers, 4))
	var wg sync.WaitGroup
	for i, it := range items {
		if a, full := it.Article(feedTitle); full {
			arts[i] = a
			continue
		}
		if budget == 0 {
			errs[i] = errDeferred
			continue
		}
		budget--
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			arts[i], errs[i] = p.Web.ItemArticle(ctx, feedTitle, it)
		})
	}
	wg.Wait()
	return arts, errs
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
