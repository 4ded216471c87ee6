package storage

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefing/speakers"
	"github.com/briefbot/briefbot/briefing/text"
)

// Quote is a stored quote with its speaker and article.
type Quote struct {
	ID           int64
	Text         string
	Speaker      string // the speaker's fullest known name, else the words the article used, "" when unknown
	SpeakerID    int64
	ArticleID    int64
	ArticleTitle string
	ArticleURL   string
	When         time.Time // the article's date
	Rank         int       // 0 for the article's key quote
}

// Speaker is someone (or some body) quoted in stored articles.
type Speaker struct {
	ID     int64
	Name   string
	Quotes int // quotes visible in the guild asked about
}

// UnknownSpeakerError says that no stored speaker answers to a name, and which come close.
type UnknownSpeakerError struct {
	Name        string
	Suggestions []string
}

func (e *UnknownSpeakerError) Error() string {
	if len(e.Suggestions) == 0 {
		return fmt.Sprintf("no quotes from %s", e.Name)
	}
	return fmt.Sprintf("no quotes from %s; did you mean %s?", e.Name, strings.Join(e.Suggestions, " or "))
}

// speakerFor returns the speaker id for a name as an article gives it, creating the speaker or
// completing its name as needed, and records the spelling as an alias. "" has no speaker.
func speakerFor(ctx context.Context, tx *sql.Tx, name string) (sql.NullInt64, error) {
	k := speakers.Of(name)
	if k.Surname == "" || !k.Named() {
		return sql.NullInt64{}, nil // "The city manager" names nobody across articles
	}
	cands, err := candidates(ctx, tx, k)
	if err != nil {
		return sql.NullInt64{}, err
	}
	var id int64
	switch {
	case len(cands) == 1 || len(cands) > 1 && k.First != "":
		// With a first name, prefer the candidate that has the same one.
		c := cands[0]
		for _, o := range cands {
			if o.key.First == k.First {
				c = o
				break
			}
		}
		id = c.id
		if k.First != "" && c.key.First == "" || len(k.Display) > len(c.name) && c.key.First == k.First {
			if _, err := tx.ExecContext(ctx, `UPDATE speakers SET name = ?, first_key = ? WHERE id = ?`,
				k.Display, k.First, id); err != nil {
				return sql.NullInt64{}, err
			}
		}
	default:
		// Nobody fits, or a bare surname fits several people: a speaker of its own.
		r, err := tx.ExecContext(ctx, `INSERT INTO speakers (name, first_key, surname_key, person) VALUES (?, ?, ?, ?)`,
			k.Display, k.First, k.Surname, k.Person)
		if err != nil {
			return sql.NullInt64{}, err
		}
		if id, err = r.LastInsertId(); err != nil {
			return sql.NullInt64{}, err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO speaker_aliases (alias, speaker_id) VALUES (?, ?)`,
		k.Folded, id); err != nil {
		return sql.NullInt64{}, err
	}
	return sql.NullInt64{Int64: id, Valid: true}, nil
}

type candidate struct {
	id   int64
	name string
	key  speakers.Key
}

// candidates lists the stored speakers that may be the one keyed by k.
func candidates(ctx context.Context, q queryer, k speakers.Key) ([]candidate, error) {
	all, err := queryAll(ctx, q, func(sc scanner) (c candidate, err error) {
		err = sc.Scan(&c.id, &c.name, &c.key.First, &c.key.Person)
		c.key.Surname = k.Surname
		return c, err
	}, `SELECT id, name, first_key, person FROM speakers WHERE surname_key = ? ORDER BY id`, k.Surname)
	if err != nil {
		return nil, err
	}
	var out []candidate
	for _, c := range all {
		if speakers.Same(k, c.key) {
			out = append(out, c)
		}
	}
	return out, nil
}

// FindSpeakers returns the speakers a user's name for them may mean: the same person under
// any spelling ("zelenskyy"), or any whose name or alias has a word starting with it ("zel").
func (db *DB) FindSpeakers(ctx context.Context, name string) ([]Speaker, error) {
	k := speakers.Query(name)
	if k.Folded == "" {
		return nil, nil
	}
	ids := map[int64]bool{}
	cands, err := candidates(ctx, db.db, k)
	if err != nil {
		return nil, fmt.Errorf("find speaker %q: %w", name, err)
	}
	for _, c := range cands {
		ids[c.id] = true
	}
	if len(ids) == 0 {
		prefix := escapeLike(k.Folded)
		found, err := queryAll(ctx, db.db, scanInt64, `SELECT DISTINCT speaker_id FROM speaker_aliases
			WHERE alias LIKE ? ESCAPE '\' OR alias LIKE ? ESCAPE '\'`, prefix+"%", "% "+prefix+"%")
		if err != nil {
			return nil, fmt.Errorf("find speaker %q: %w", name, err)
		}
		for _, id := range found {
			ids[id] = true
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	list := make([]string, 0, len(ids))
	for id := range ids {
		list = append(list, fmt.Sprint(id))
	}
	out, err := queryAll(ctx, db.db, scanSpeaker, `SELECT s.id, s.name, (SELECT count(*) FROM quotes WHERE speaker_id = s.id) AS n
		FROM speakers s WHERE s.id IN (`+strings.Join(list, ",")+`) ORDER BY n DESC, s.id`)
	if err != nil {
		return nil, fmt.Errorf("find speaker %q: %w", name, err)
	}
	return out, nil
}

func scanSpeaker(sc scanner) (s Speaker, err error) {
	err = sc.Scan(&s.ID, &s.Name, &s.Quotes)
	return
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// QuotesBySpeaker returns the quotes of the speakers name may mean (see FindSpeakers) that
// guildID may see, newest first, at most limit. For a name nobody answers to it returns an
// *UnknownSpeakerError with the closest known names.
func (db *DB) QuotesBySpeaker(ctx context.Context, name, guildID string, limit int) ([]Quote, error) {
	found, err := db.FindSpeakers(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(found) == 0 {
		sugg, err := db.suggest(ctx, name)
		if err != nil {
			return nil, err
		}
		return nil, &UnknownSpeakerError{Name: name, Suggestions: sugg}
	}
	ids := make([]string, len(found))
	args := make([]any, 0, len(found)+2)
	for i, s := range found {
		ids[i] = "?"
		args = append(args, s.ID)
	}
	args = append(args, guildID, guildID, limit)
	qs, err := db.quotes(ctx, `WHERE q.speaker_id IN (`+strings.Join(ids, ",")+`) AND `+visible+`
		ORDER BY COALESCE(a.published_at, a.added_at) DESC, a.id DESC, q.start_byte LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("quotes by %q: %w", name, err)
	}
	return qs, nil
}

// suggest returns up to three known speaker names within a few edits of name.
func (db *DB) suggest(ctx context.Context, name string) ([]string, error) {
	want := text.Fold(strings.TrimSpace(name))
	rows, err := db.db.QueryContext(ctx, `SELECT s.id, s.name, al.alias FROM speaker_aliases al JOIN speakers s ON s.id = al.speaker_id`)
	if err != nil {
		return nil, fmt.Errorf("suggest speakers for %q: %w", name, err)
	}
	defer rows.Close()
	best := map[int64]int{}
	names := map[int64]string{}
	for rows.Next() {
		var id int64
		var sname, alias string
		if err := rows.Scan(&id, &sname, &alias); err != nil {
			return nil, err
		}
		words := strings.Fields(alias)
		forms := append([]string{alias}, words...)
		for _, f := range forms {
			d := speakers.Distance(want, f)
			if d <= max(1, len([]rune(want))/4) {
				if old, ok := best[id]; !ok || d < old {
					best[id] = d
					names[id] = sname
				}
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	ids := make([]int64, 0, len(best))
	for id := range best {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		return best[ids[i]] < best[ids[j]] || best[ids[i]] == best[ids[j]] && ids[i] < ids[j]
	})
	var out []string
	for _, id := range ids {
		if len(out) == 3 {
			break
		}
		out = append(out, names[id])
	}
	return out, nil
}

// Speakers returns the speakers with quotes guildID may see, most quoted first; with a prefix,
// only those with a name word starting with it (for autocomplete). At most limit.
func (db *DB) Speakers(ctx context.Context, prefix, guildID string, limit int) ([]Speaker, error) {
	p := escapeLike(text.Fold(strings.TrimSpace(prefix)))
	// Another spelling of a whole name counts too: "zelenskyy" completes to Volodymyr Zelensky.
	same := []string{"0"}
	if p != "" {
		found, err := db.FindSpeakers(ctx, prefix)
		if err != nil {
			return nil, err
		}
		for _, f := range found {
			same = append(same, fmt.Sprint(f.ID))
		}
	}
	out, err := queryAll(ctx, db.db, scanSpeaker,
		`SELECT s.id, s.name, count(*) AS n FROM quotes q
		JOIN speakers s ON s.id = q.speaker_id JOIN articles a ON a.id = q.article_id
		WHERE `+visible+` AND (? = '' OR s.id IN (`+strings.Join(same, ",")+`) OR EXISTS (SELECT 1 FROM speaker_aliases al
			WHERE al.speaker_id = s.id AND (al.alias LIKE ? ESCAPE '\' OR al.alias LIKE ? ESCAPE '\')))
		GROUP BY s.id ORDER BY n DESC, s.name LIMIT ?`, guildID, guildID, p, p+"%", "% "+p+"%", limit)
	if err != nil {
		return nil, fmt.Errorf("list speakers: %w", err)
	}
	return out, nil
}

// quotes loads quotes (alias q) with their speaker and article (alias a) chosen by the tail.
func (db *DB) quotes(ctx context.Context, tail string, args ...any) ([]Quote, error) {
	return queryAll(ctx, db.db, scanQuote, `SELECT q.id, q.text, COALESCE(s.name, q.speaker_as), COALESCE(q.speaker_id, 0),
		a.id, a.title, a.url, COALESCE(a.published_at, a.added_at), q.rank
		FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id `+tail, args...)
}

func scanQuote(sc scanner) (Quote, error) {
	var q Quote
	var when int64
	err := sc.Scan(&q.ID, &q.Text, &q.Speaker, &q.SpeakerID, &q.ArticleID, &q.ArticleTitle, &q.ArticleURL, &when, &q.Rank)
	q.When = time.Unix(when, 0).UTC()
	return q, err
}
