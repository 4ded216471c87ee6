package storage

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/briefing"
)

// Feed is a followed feed.
type Feed struct {
	ID           int64
	URL, Title   string
	ETag         string
	LastModified string
	Interval     time.Duration
	NextPoll     time.Time
	Failures     int
	LastError    string
	Disabled     bool
	PolledOnce   bool
}

// Subscription is a guild following a feed, and the channel its admins hear about it in.
type Subscription struct{ GuildID, ChannelID string }

const feedColumns = `f.id, f.url, f.title, f.etag, f.last_modified, f.interval_s, f.next_poll_at, f.failures,
	f.last_error, f.disabled, f.polled_once`

func scanFeed(sc scanner) (Feed, error) {
	var f Feed
	var interval, next int64
	err := sc.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &interval, &next, &f.Failures,
		&f.LastError, &f.Disabled, &f.PolledOnce)
	f.Interval = time.Duration(interval) * time.Second
	f.NextPoll = time.Unix(next, 0).UTC()
	return f, err
}

// Follow makes guildID follow the feed at url (stored once however many guilds follow it),
// polled every interval or sooner if another guild asks for less; channelID is where trouble
// with it is reported. A feed that was disabled is enabled again.
func (db *DB) Follow(ctx context.Context, guildID, channelID, url, title string, interval time.Duration) (Feed, error) {
	var f Feed
	secs := int64(interval / time.Second)
	err := db.inTx(ctx, func(tx *wtx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO feeds (url, title, interval_s, next_poll_at) VALUES (?, ?, ?, 0)
			ON CONFLICT (url) DO UPDATE SET disabled = 0, failures = 0, next_poll_at = 0,
				title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE feeds.title END`,
			url, title, secs); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO guild_feeds (guild_id, feed_id, channel_id, added_at, interval_s)
			VALUES (?, (SELECT id FROM feeds WHERE url = ?), ?, ?, ?)
			ON CONFLICT (guild_id, feed_id) DO UPDATE SET channel_id = excluded.channel_id, interval_s = excluded.interval_s`,
			guildID, url, channelID, db.now(), secs); err != nil {
			return err
		}
		if err := shortestInterval(ctx, tx, url); err != nil {
			return err
		}
		var err error
		f, err = scanFeed(tx.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds f WHERE f.url = ?`, url))
		return err
	})
	if err != nil {
		return Feed{}, fmt.Errorf("follow feed %s: %w", url, err)
	}
	return f, nil
}

// shortestInterval sets the poll interval of the feed at url to the shortest its guilds ask for.
func shortestInterval(ctx context.Context, tx *wtx, url string) error {
	_, err := tx.ExecContext(ctx, `UPDATE feeds SET interval_s = COALESCE(
		(SELECT MIN(gf.interval_s) FROM guild_feeds gf WHERE gf.feed_id = feeds.id), interval_s) WHERE url = ?`, url)
	return err
}

// Unfollow stops guildID following the feed at url; false when it did not follow it. The
// guilds still following it keep the interval they asked for.
func (db *DB) Unfollow(ctx context.Context, guildID, url string) (bool, error) {
	var n int64
	err := db.inTx(ctx, func(tx *wtx) error {
		r, err := tx.ExecContext(ctx, `DELETE FROM guild_feeds WHERE guild_id = ? AND feed_id = (SELECT id FROM feeds WHERE url = ?)`, guildID, url)
		if err != nil {
			return err
		}
		n, _ = r.RowsAffected()
		return shortestInterval(ctx, tx, url)
	})
	if err != nil {
		return false, fmt.Errorf("unfollow feed %s: %w", url, err)
	}
	return n > 0, nil
}

// GuildFeeds lists the feeds guildID follows.
func (db *DB) GuildFeeds(ctx context.Context, guildID string) ([]Feed, error) {
	return db.feeds(ctx, `JOIN guild_feeds gf ON gf.feed_id = f.id WHERE gf.guild_id = ? ORDER BY f.id`, guildID)
}

// dueFeeds picks the enabled, followed feeds whose next poll is at or before the argument.
const dueFeeds = `WHERE f.disabled = 0 AND f.next_poll_at <= ? AND EXISTS (SELECT 1 FROM guild_feeds gf WHERE gf.feed_id = f.id)
	ORDER BY f.next_poll_at, f.id`

// DueFeeds lists the enabled, followed feeds whose next poll is at or before now.
func (db *DB) DueFeeds(ctx context.Context, now time.Time) ([]Feed, error) {
	return db.feeds(ctx, dueFeeds, now.UTC().Unix())
}

// ClaimFeeds returns the feeds due at now, as DueFeeds does, and claims them for the caller
// until now+lease: their next poll moves to then, so another process (or another round of this
// one) does not poll them meanwhile. RecordPoll sets the real next poll; a process that dies
// before it leaves the claim to expire, and the feed is polled by whoever comes after the
// lease. On PostgreSQL the rows are taken FOR UPDATE SKIP LOCKED, inside the write lock.
func (db *DB) ClaimFeeds(ctx context.Context, now time.Time, lease time.Duration) ([]Feed, error) {
	var out []Feed
	lock := ""
	if db.Engine() == Postgres {
		lock = ` FOR UPDATE OF f SKIP LOCKED`
	}
	err := db.inTx(ctx, func(tx *wtx) error {
		var err error
		out, err = queryAll(ctx, tx, scanFeed, `SELECT `+feedColumns+` FROM feeds f `+dueFeeds+lock, now.UTC().Unix())
		if err != nil {
			return err
		}
		for _, f := range out {
			if _, err := tx.ExecContext(ctx, `UPDATE feeds SET next_poll_at = ? WHERE id = ?`, now.Add(lease).UTC().Unix(), f.ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("claim due feeds: %w", err)
	}
	return out, nil
}

func (db *DB) feeds(ctx context.Context, tail string, args ...any) ([]Feed, error) {
	out, err := queryAll(ctx, db.db, scanFeed, `SELECT `+feedColumns+` FROM feeds f `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	return out, nil
}

// Subscribers lists the guilds following a feed.
func (db *DB) Subscribers(ctx context.Context, feedID int64) ([]Subscription, error) {
	out, err := queryAll(ctx, db.db, func(sc scanner) (s Subscription, err error) { err = sc.Scan(&s.GuildID, &s.ChannelID); return },
		`SELECT guild_id, channel_id FROM guild_feeds WHERE feed_id = ? ORDER BY added_at`, feedID)
	if err != nil {
		return nil, fmt.Errorf("feed %d subscribers: %w", feedID, err)
	}
	return out, nil
}

// PollResult is what one poll of a feed changed.
type PollResult struct {
	Title              string
	ETag, LastModified string
	Err                error     // nil when the poll worked (304 included)
	NextPoll           time.Time // when to poll again
	DisableAfter       int       // failures in a row that disable the feed
}

// RecordPoll stores a poll's outcome: validators and the next poll time on success; on failure
// the error and one more failure, disabling the feed at DisableAfter. It reports whether this
// poll disabled the feed.
func (db *DB) RecordPoll(ctx context.Context, feedID int64, r PollResult) (disabled bool, err error) {
	err = db.inTx(ctx, func(tx *wtx) error {
		if r.Err == nil {
			_, err := tx.ExecContext(ctx, `UPDATE feeds SET failures = 0, last_error = '', polled_once = 1,
				title = CASE WHEN ? <> '' THEN ? ELSE title END,
				etag = CASE WHEN ? <> '' THEN ? ELSE etag END,
				last_modified = CASE WHEN ? <> '' THEN ? ELSE last_modified END,
				next_poll_at = ? WHERE id = ?`, r.Title, r.Title, r.ETag, r.ETag, r.LastModified, r.LastModified,
				r.NextPoll.UTC().Unix(), feedID)
			return err
		}
		var failures int
		if err := tx.QueryRowContext(ctx, `SELECT failures + 1 FROM feeds WHERE id = ?`, feedID).Scan(&failures); err != nil {
			return err
		}
		disabled = r.DisableAfter > 0 && failures >= r.DisableAfter
		_, err := tx.ExecContext(ctx, `UPDATE feeds SET failures = ?, last_error = ?, next_poll_at = ?, disabled = ? WHERE id = ?`,
			failures, r.Err.Error(), r.NextPoll.UTC().Unix(), disabled, feedID)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("record poll of feed %d: %w", feedID, err)
	}
	return disabled, nil
}

// SeenItem reports whether a feed's item was handled already.
func (db *DB) SeenItem(ctx context.Context, feedID int64, guid string) (bool, error) {
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM feed_items WHERE feed_id = ? AND guid = ?`, feedID, guid).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("feed item %q: %w", guid, err)
	}
	return n > 0, nil
}

// SkipItem records a feed item as seen without an article (older items of a first poll).
func (db *DB) SkipItem(ctx context.Context, feedID int64, guid string) error {
	_, err := db.db.ExecContext(ctx, `INSERT INTO feed_items (feed_id, guid, article_id, seen_at) VALUES (?, ?, NULL, ?) ON CONFLICT DO NOTHING`,
		feedID, guid, db.now())
	if err != nil {
		return fmt.Errorf("skip feed item %q: %w", guid, err)
	}
	return nil
}

// PruneItems forgets all but the newest keep items of a feed that were skipped (no article):
// a feed whose GUIDs change at every poll must not grow the table without end. Items that
// brought an article stay: they are how the feed's followers see it.
func (db *DB) PruneItems(ctx context.Context, feedID int64, keep int) (int64, error) {
	r, err := db.db.ExecContext(ctx, `DELETE FROM feed_items WHERE feed_id = ? AND article_id IS NULL AND guid IN
		(SELECT guid FROM feed_items WHERE feed_id = ? AND article_id IS NULL ORDER BY seen_at DESC, guid LIMIT 9223372036854775807 OFFSET ?)`,
		feedID, feedID, keep)
	if err != nil {
		return 0, fmt.Errorf("prune items of feed %d: %w", feedID, err)
	}
	return r.RowsAffected()
}

// FeedItemCount counts the items remembered for a feed.
func (db *DB) FeedItemCount(ctx context.Context, feedID int64) (int, error) {
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM feed_items WHERE feed_id = ?`, feedID).Scan(&n); err != nil {
		return 0, fmt.Errorf("count items of feed %d: %w", feedID, err)
	}
	return n, nil
}

// AddFeedArticle stores an article that came from a feed item, in one transaction with the
// item. The same story from another feed (same canonical URL or words) is the same article,
// now also carried by this feed; Added is false then.
func (db *DB) AddFeedArticle(ctx context.Context, feedID int64, guid string, a briefing.Article, an briefing.Analysis) (AddResult, error) {
	var res AddResult
	err := db.inTx(ctx, func(tx *wtx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM feed_items WHERE feed_id = ? AND guid = ?`, feedID, guid).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return errSeen
		}
		var err error
		res, err = db.addArticleTx(ctx, tx, a, an, adder{feedID: feedID, guid: guid})
		return err
	})
	if errors.Is(err, errSeen) {
		return AddResult{}, nil
	}
	if err != nil {
		return AddResult{}, fmt.Errorf("store feed item %q: %w", guid, err)
	}
	return res, nil
}

var errSeen = errors.New("feed item seen already")
