package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrConflict is returned when a row that must be unique exists already.
var ErrConflict = errors.New("exists already")

// Schedule is a channel's scheduled briefing.
type Schedule struct {
	ID        int64
	GuildID   string
	ChannelID string
	Clock     string // "08:00"
	Zone      string // IANA
	Days      string // "every day", "mon,tue,wed,thu,fri"
	MaxItems  int
	Quiet     bool   // post nothing when nothing is new
	Keywords  string // only articles about these words; "" for all
	RoleID    string // the role each briefing mentions; "" mentions no one
	Thread    bool   // each briefing goes into a thread started from its heading
	Created   time.Time
}

const scheduleColumns = `id, guild_id, channel_id, clock, zone, days, max_items, quiet, created_at, keywords, role_id, thread`

func scanSchedule(sc scanner) (Schedule, error) {
	var s Schedule
	var created int64
	err := sc.Scan(&s.ID, &s.GuildID, &s.ChannelID, &s.Clock, &s.Zone, &s.Days, &s.MaxItems, &s.Quiet, &created, &s.Keywords, &s.RoleID, &s.Thread)
	s.Created = time.Unix(created, 0).UTC()
	return s, err
}

// AddSchedule stores a schedule; ErrConflict when the channel has one at that time and zone.
func (db *DB) AddSchedule(ctx context.Context, s Schedule) (Schedule, error) {
	s.Created = db.Now().UTC().Truncate(time.Second)
	err := db.db.QueryRowContext(ctx, `INSERT INTO schedules (guild_id, channel_id, clock, zone, days, max_items, quiet, created_at, keywords, role_id, thread)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`, s.GuildID, s.ChannelID, s.Clock, s.Zone, s.Days, s.MaxItems,
		s.Quiet, s.Created.Unix(), s.Keywords, s.RoleID, s.Thread).Scan(&s.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return Schedule{}, ErrConflict
	}
	if err != nil {
		return Schedule{}, fmt.Errorf("add schedule: %w", err)
	}
	return s, nil
}

// Schedules lists guildID's schedules ("" lists all of them).
func (db *DB) Schedules(ctx context.Context, guildID string) ([]Schedule, error) {
	out, err := queryAll(ctx, db.db, scanSchedule, `SELECT `+scheduleColumns+` FROM schedules WHERE ? = '' OR guild_id = ? ORDER BY id`, guildID, guildID)
	if err != nil {
		return nil, fmt.Errorf("list schedules: %w", err)
	}
	return out, nil
}

// RemoveSchedule deletes guildID's schedule id (and its delivery records); false when the guild
// has no such schedule.
func (db *DB) RemoveSchedule(ctx context.Context, guildID string, id int64) (bool, error) {
	r, err := db.db.ExecContext(ctx, `DELETE FROM schedules WHERE id = ? AND guild_id = ?`, id, guildID)
	if err != nil {
		return false, fmt.Errorf("remove schedule %d: %w", id, err)
	}
	n, _ := r.RowsAffected()
	return n > 0, nil
}

// Delivery statuses.
const (
	Pending   = "pending"
	Posted    = "posted"
	Skipped   = "skipped"   // older than the grace window when the bot came back
	Coalesced = "coalesced" // folded into a later slot's briefing
)

// Delivery is one slot of one schedule.
type Delivery struct {
	ScheduleID   int64
	Slot         string // the local date
	Due          time.Time
	Status       string
	Since, Until time.Time // the articles it covers: added in (Since, Until]
	Nonce        string
	MessageIDs   []string
}

const deliveryColumns = `schedule_id, slot, due_at, status, since_at, until_at, nonce, message_ids`

func scanDelivery(sc scanner) (Delivery, error) {
	var d Delivery
	var due, since, until int64
	var ids string
	err := sc.Scan(&d.ScheduleID, &d.Slot, &due, &d.Status, &since, &until, &d.Nonce, &ids)
	d.Due, d.Since, d.Until = time.Unix(due, 0).UTC(), time.Unix(since, 0).UTC(), time.Unix(until, 0).UTC()
	if ids != "" {
		d.MessageIDs = strings.Split(ids, ",")
	}
	return d, err
}

// LastDelivery returns a schedule's latest recorded slot, whatever its status.
func (db *DB) LastDelivery(ctx context.Context, scheduleID int64) (Delivery, bool, error) {
	d, err := scanDelivery(db.db.QueryRowContext(ctx, `SELECT `+deliveryColumns+` FROM deliveries
		WHERE schedule_id = ? ORDER BY due_at DESC LIMIT 1`, scheduleID))
	if errors.Is(err, sql.ErrNoRows) {
		return Delivery{}, false, nil
	}
	if err != nil {
		return Delivery{}, false, fmt.Errorf("last delivery of schedule %d: %w", scheduleID, err)
	}
	return d, true, nil
}

// FirstCover is how far back a new schedule's first briefing reaches, so that it shows the
// day's news rather than "nothing new".
const FirstCover = 24 * time.Hour

// CoveredUntil is where the next briefing of a schedule starts: the end of what its last
// pending or posted delivery covered, else FirstCover before the schedule was created.
func (db *DB) CoveredUntil(ctx context.Context, s Schedule) (time.Time, error) {
	var until sql.NullInt64
	err := db.db.QueryRowContext(ctx, `SELECT max(until_at) FROM deliveries WHERE schedule_id = ? AND status IN ('pending', 'posted')`,
		s.ID).Scan(&until)
	if err != nil {
		return time.Time{}, fmt.Errorf("coverage of schedule %d: %w", s.ID, err)
	}
	if !until.Valid {
		return s.Created.Add(-FirstCover), nil
	}
	return time.Unix(until.Int64, 0).UTC(), nil
}

// SettledUntil is the end of what a delivery begun at now may cover: the seconds before now's,
// and never before since, where the last one ended. An article is dated by the second it is
// stored in (addArticleTx), and is seen only once its transaction commits. Every write
// transaction holds the write lock from before it dates anything until it ends (inTx), and
// BeginDelivery, itself a write transaction, takes that lock after now: so every article dated
// before now's second is committed before the delivery reads, and every article dated after
// BeginDelivery is dated in now's second or later, for the next delivery. Covering now's second
// too, an article dated in it whose transaction committed after the delivery read was in
// neither briefing.
func SettledUntil(since, now time.Time) time.Time {
	if until := now.Truncate(time.Second).Add(-time.Second); until.After(since) {
		return until
	}
	return since
}

// BeginDelivery records, in one immediate transaction, the slots passed over (skipped or
// coalesced) and d as pending. It returns false, recording nothing, when d's slot is recorded
// already: another run got there first.
func (db *DB) BeginDelivery(ctx context.Context, d Delivery, passed []Delivery) (bool, error) {
	began := false
	err := db.inTx(ctx, func(tx *wtx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM deliveries WHERE schedule_id = ? AND slot = ?`, d.ScheduleID, d.Slot).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		for _, p := range append(passed, d) {
			if _, err := tx.ExecContext(ctx, `INSERT INTO deliveries (`+deliveryColumns+`, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, '', ?) ON CONFLICT DO NOTHING`, p.ScheduleID, p.Slot, p.Due.Unix(), p.Status, p.Since.Unix(), p.Until.Unix(),
				p.Nonce, db.now()); err != nil {
				return err
			}
		}
		began = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("begin delivery %d/%s: %w", d.ScheduleID, d.Slot, err)
	}
	return began, nil
}

// MarkPosted records that a pending delivery was posted as these messages.
func (db *DB) MarkPosted(ctx context.Context, scheduleID int64, slot string, messageIDs []string) error {
	_, err := db.db.ExecContext(ctx, `UPDATE deliveries SET status = 'posted', message_ids = ?, updated_at = ?
		WHERE schedule_id = ? AND slot = ?`, strings.Join(messageIDs, ","), db.now(), scheduleID, slot)
	if err != nil {
		return fmt.Errorf("mark delivery %d/%s posted: %w", scheduleID, slot, err)
	}
	return nil
}

// PendingCount counts deliveries begun but not known to be posted.
func (db *DB) PendingCount(ctx context.Context) (int, error) {
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM deliveries WHERE status = 'pending'`).Scan(&n)
	return n, err
}

// PendingDeliveries lists deliveries begun but not known to be posted, oldest first.
func (db *DB) PendingDeliveries(ctx context.Context) ([]Delivery, error) {
	return db.deliveries(ctx, `WHERE status = 'pending' ORDER BY due_at`)
}

// ClaimStalePending returns the deliveries pending since before now-lease, whichever process
// began them, and renews their lease to now for the caller: a process that died between
// beginning a delivery and marking it posted leaves it to whoever claims it next, and no two
// processes claim it at once. The claimer looks for the messages in the channel by their
// nonces before posting (see bot.Scheduler).
func (db *DB) ClaimStalePending(ctx context.Context, now time.Time, lease time.Duration) ([]Delivery, error) {
	var out []Delivery
	err := db.inTx(ctx, func(tx *wtx) error {
		var err error
		out, err = queryAll(ctx, tx, scanDelivery, `SELECT `+deliveryColumns+` FROM deliveries
			WHERE status = 'pending' AND updated_at <= ? ORDER BY due_at`, now.Add(-lease).UTC().Unix())
		if err != nil {
			return err
		}
		for _, d := range out {
			if _, err := tx.ExecContext(ctx, `UPDATE deliveries SET updated_at = ? WHERE schedule_id = ? AND slot = ?`,
				now.UTC().Unix(), d.ScheduleID, d.Slot); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("claim stale deliveries: %w", err)
	}
	return out, nil
}

// Deliveries lists a schedule's deliveries, oldest first.
func (db *DB) Deliveries(ctx context.Context, scheduleID int64) ([]Delivery, error) {
	return db.deliveries(ctx, `WHERE schedule_id = ? ORDER BY due_at`, scheduleID)
}

func (db *DB) deliveries(ctx context.Context, tail string, args ...any) ([]Delivery, error) {
	out, err := queryAll(ctx, db.db, scanDelivery, `SELECT `+deliveryColumns+` FROM deliveries `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("list deliveries: %w", err)
	}
	return out, nil
}

// Schedule returns one schedule by id.
func (db *DB) Schedule(ctx context.Context, id int64) (Schedule, error) {
	s, err := scanSchedule(db.db.QueryRowContext(ctx, `SELECT `+scheduleColumns+` FROM schedules WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Schedule{}, fmt.Errorf("schedule %d: %w", id, ErrNotFound)
	}
	return s, err
}

// ArticlesBetween returns the articles added in (since, until] that guildID may see, newest
// first, at most limit: what one briefing covers.
func (db *DB) ArticlesBetween(ctx context.Context, since, until time.Time, guildID string, limit int) ([]Article, error) {
	arts, err := db.articles(ctx, guildID, `WHERE a.added_at > ? AND a.added_at <= ? AND `+visible+` ORDER BY a.added_at DESC, a.id DESC LIMIT ?`,
		since.UTC().Unix(), until.UTC().Unix(), guildID, guildID, limit)
	if err != nil {
		return nil, fmt.Errorf("articles between %s and %s: %w", since.Format(time.RFC3339), until.Format(time.RFC3339), err)
	}
	return arts, nil
}
