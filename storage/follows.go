package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// SpeakerFollow is a channel's follow of a speaker.
type SpeakerFollow struct {
	ID        int64
	GuildID   string
	ChannelID string
	Speaker   string // the name as the guild knew it when it followed
	After     int64  // articles up to this id are announced, or came before the follow
	Created   time.Time
}

// FollowPost is one announcement of a follow: the quotes of articles (From, Upto].
type FollowPost struct {
	FollowID   int64
	From, Upto int64
	Status     string // Pending or Posted
	Begun      time.Time
}

const followColumns = `id, guild_id, channel_id, speaker, after_article, created_at`

func scanFollow(sc scanner) (SpeakerFollow, error) {
	var f SpeakerFollow
	var created int64
	err := sc.Scan(&f.ID, &f.GuildID, &f.ChannelID, &f.Speaker, &f.After, &created)
	f.Created = time.Unix(created, 0).UTC()
	return f, err
}

// FollowSpeaker makes channelID follow the speaker name means in guildID (the one /quotes
// would show): quotes by them in articles stored from now on will be announced. It returns an
// *UnknownSpeakerError, with suggestions, for a name nobody the guild can see answers to, and
// ErrConflict when the channel follows them already.
func (db *DB) FollowSpeaker(ctx context.Context, guildID, channelID, name string) (SpeakerFollow, error) {
	found, err := db.FindSpeakers(ctx, name, guildID)
	if err != nil {
		return SpeakerFollow{}, err
	}
	if len(found) == 0 {
		sugg, err := db.suggest(ctx, name, guildID)
		if err != nil {
			return SpeakerFollow{}, err
		}
		return SpeakerFollow{}, &UnknownSpeakerError{Name: name, Suggestions: sugg}
	}
	f := SpeakerFollow{GuildID: guildID, ChannelID: channelID, Speaker: found[0].Name, Created: db.Now().UTC().Truncate(time.Second)}
	if f.After, err = db.MaxArticleID(ctx); err != nil {
		return SpeakerFollow{}, err
	}
	err = db.db.QueryRowContext(ctx, `INSERT INTO speaker_follows (guild_id, channel_id, speaker, after_article, created_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`, f.GuildID, f.ChannelID, f.Speaker, f.After, f.Created.Unix()).Scan(&f.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return f, ErrConflict
	}
	if err != nil {
		return SpeakerFollow{}, fmt.Errorf("follow %q: %w", name, err)
	}
	return f, nil
}

// UnfollowSpeaker stops guildID's follows of the speaker name means, or of a follow under that
// very name; it returns how many it stopped.
func (db *DB) UnfollowSpeaker(ctx context.Context, guildID, name string) (int, error) {
	names := []string{strings.TrimSpace(name)}
	if found, err := db.FindSpeakers(ctx, name, guildID); err == nil && len(found) > 0 {
		names = append(names, found[0].Name)
	}
	n := 0
	for _, nm := range names {
		r, err := db.db.ExecContext(ctx, `DELETE FROM speaker_follows WHERE guild_id = ? AND speaker = ? COLLATE NOCASE`, guildID, nm)
		if err != nil {
			return n, fmt.Errorf("unfollow %q: %w", name, err)
		}
		k, _ := r.RowsAffected()
		n += int(k)
	}
	return n, nil
}

// RemoveSpeakerFollow deletes a follow and its announcement records.
func (db *DB) RemoveSpeakerFollow(ctx context.Context, id int64) error {
	if _, err := db.db.ExecContext(ctx, `DELETE FROM speaker_follows WHERE id = ?`, id); err != nil {
		return fmt.Errorf("remove follow %d: %w", id, err)
	}
	return nil
}

// SpeakerFollows lists guildID's follows ("" lists every guild's).
func (db *DB) SpeakerFollows(ctx context.Context, guildID string) ([]SpeakerFollow, error) {
	out, err := queryAll(ctx, db.db, scanFollow, `SELECT `+followColumns+` FROM speaker_follows
		WHERE ? = '' OR guild_id = ? ORDER BY id`, guildID, guildID)
	if err != nil {
		return nil, fmt.Errorf("list follows: %w", err)
	}
	return out, nil
}

// SpeakerFollow returns one follow.
func (db *DB) SpeakerFollow(ctx context.Context, id int64) (SpeakerFollow, error) {
	f, err := scanFollow(db.db.QueryRowContext(ctx, `SELECT `+followColumns+` FROM speaker_follows WHERE id = ?`, id))
	if err != nil {
		return f, fmt.Errorf("follow %d: %w", id, err)
	}
	return f, nil
}

// MaxArticleID is the id of the newest stored article, or 0.
func (db *DB) MaxArticleID(ctx context.Context) (int64, error) {
	var id sql.NullInt64
	if err := db.db.QueryRowContext(ctx, `SELECT max(id) FROM articles`).Scan(&id); err != nil {
		return 0, fmt.Errorf("newest article: %w", err)
	}
	return id.Int64, nil
}

// FollowQuotes returns the quotes by f's speaker, as f's guild knows them, in the articles f's
// guild can see with ids in (from, upto], in the order they were stored, at most limit.
func (db *DB) FollowQuotes(ctx context.Context, f SpeakerFollow, from, upto int64, limit int) ([]Quote, error) {
	found, err := db.FindSpeakers(ctx, f.Speaker, f.GuildID)
	if err != nil || len(found) == 0 {
		return nil, err
	}
	qs, err := db.quotesBy(ctx, db.db, found[0].Name, `SELECT `+db.quoteColumns()+` FROM quotes q JOIN articles a ON a.id = q.article_id
		WHERE q.speaker_id = ? AND q.article_id > ? AND q.article_id <= ? AND `+visible+`
		ORDER BY q.article_id, q.start_byte LIMIT ?`, found[0].ID, from, upto, f.GuildID, f.GuildID, limit)
	if err != nil {
		return nil, fmt.Errorf("new quotes by %q: %w", f.Speaker, err)
	}
	return qs, nil
}

// AdvanceFollow records that f has nothing to announce up to article upto.
func (db *DB) AdvanceFollow(ctx context.Context, followID, upto int64) error {
	_, err := db.db.ExecContext(ctx, `UPDATE speaker_follows SET after_article = CASE WHEN after_article < :upto THEN :upto ELSE after_article END
		WHERE id = :id`, sql.Named("upto", upto), sql.Named("id", followID))
	if err != nil {
		return fmt.Errorf("advance follow %d: %w", followID, err)
	}
	return nil
}

// BeginFollowPost records, in one immediate transaction, an announcement of the quotes in
// articles (p.From, p.Upto] as pending and moves the follow past them. It returns false,
// recording nothing, when the follow has moved on already (another run got there first).
func (db *DB) BeginFollowPost(ctx context.Context, p FollowPost) (bool, error) {
	began := false
	err := db.inTx(ctx, func(tx *wtx) error {
		r, err := tx.ExecContext(ctx, `UPDATE speaker_follows SET after_article = ? WHERE id = ? AND after_article = ?`,
			p.Upto, p.FollowID, p.From)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return nil
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO follow_posts (follow_id, from_article, upto_article, status, begun_at)
			VALUES (?, ?, ?, ?, ?)`, p.FollowID, p.From, p.Upto, Pending, p.Begun.Unix()); err != nil {
			return err
		}
		began = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("begin announcement of follow %d: %w", p.FollowID, err)
	}
	return began, nil
}

// MarkFollowPosted records that an announcement was posted.
func (db *DB) MarkFollowPosted(ctx context.Context, followID, upto int64, messageID string) error {
	_, err := db.db.ExecContext(ctx, `UPDATE follow_posts SET status = ?, message_id = ? WHERE follow_id = ? AND upto_article = ?`,
		Posted, messageID, followID, upto)
	if err != nil {
		return fmt.Errorf("mark announcement of follow %d posted: %w", followID, err)
	}
	return nil
}

func scanFollowPost(sc scanner) (FollowPost, error) {
	var p FollowPost
	var begun int64
	err := sc.Scan(&p.FollowID, &p.From, &p.Upto, &p.Status, &begun)
	p.Begun = time.Unix(begun, 0).UTC()
	return p, err
}

// PendingFollowPosts lists the announcements begun but not marked posted.
func (db *DB) PendingFollowPosts(ctx context.Context) ([]FollowPost, error) {
	out, err := queryAll(ctx, db.db, scanFollowPost, `SELECT follow_id, from_article, upto_article, status, begun_at
		FROM follow_posts WHERE status = ? ORDER BY follow_id, upto_article`, Pending)
	if err != nil {
		return nil, fmt.Errorf("pending announcements: %w", err)
	}
	return out, nil
}

// LastFollowPost returns a follow's latest announcement.
func (db *DB) LastFollowPost(ctx context.Context, followID int64) (FollowPost, bool, error) {
	p, err := scanFollowPost(db.db.QueryRowContext(ctx, `SELECT follow_id, from_article, upto_article, status, begun_at
		FROM follow_posts WHERE follow_id = ? ORDER BY upto_article DESC LIMIT 1`, followID))
	if errors.Is(err, sql.ErrNoRows) {
		return p, false, nil
	}
	if err != nil {
		return p, false, fmt.Errorf("last announcement of follow %d: %w", followID, err)
	}
	return p, true, nil
}
