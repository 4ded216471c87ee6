package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/discordtest"
	"github.com/briefbot/briefbot/storage"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// newsroom serves RSS feeds on loopback whose items carry whole articles, counts each feed's
// fetches, and can keep fetches waiting (hang) to catch a process in the middle of a poll.
type newsroom struct {
	srv     *httptest.Server
	mu      sync.Mutex
	items   map[string][]string // feed path -> item titles, newest first
	hits    map[string]int
	hang    chan struct{} // while open, fetches wait for it to close
	hanging []string      // remote addresses of the fetches waiting now
}

func newNewsroom(t *testing.T) *newsroom {
	n := &newsroom{items: map[string][]string{}, hits: map[string]int{}}
	n.srv = httptest.NewServer(http.HandlerFunc(n.serve))
	t.Cleanup(func() { n.release(); n.srv.Close() })
	return n
}

func (n *newsroom) serve(w http.ResponseWriter, r *http.Request) {
	n.mu.Lock()
	titles, ok := n.items[r.URL.Path]
	n.hits[r.URL.Path]++
	hang := n.hang
	if hang != nil {
		n.hanging = append(n.hanging, r.RemoteAddr)
	}
	n.mu.Unlock()
	if hang != nil {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
		n.mu.Lock()
		for i, a := range n.hanging {
			if a == r.RemoteAddr {
				n.hanging = append(n.hanging[:i], n.hanging[i+1:]...)
				break
			}
		}
		n.mu.Unlock()
		if r.Context().Err() != nil {
			return
		}
	}
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk %s</title>`, strings.Trim(r.URL.Path, "/"))
	for _, title := range titles {
		fmt.Fprintf(w, `<item><title>%s</title><link>%s/story/%s</link><guid>%s</guid><description>%s</description></item>`,
			title, n.srv.URL, title, title, reportText(title))
	}
	fmt.Fprint(w, `</channel></rss>`)
}

// reportText is an article of about 80 words drawn from title: two titles, two unrelated stories.
func reportText(title string) string {
	words := strings.Fields("harbour council budget river school bridge station library market tunnel " +
		"festival orchard museum ferry clinic tram vineyard quarry lighthouse bakery stadium canal")
	h := fnv.New64a()
	h.Write([]byte(title))
	rnd := rand.New(rand.NewPCG(h.Sum64(), 7))
	var b strings.Builder
	b.WriteString("The report " + title + " begins here.")
	for s := 0; s < 8; s++ {
		b.WriteString(" The " + words[rnd.IntN(len(words))])
		for k := 0; k < 9; k++ {
			b.WriteString(" " + words[rnd.IntN(len(words))])
		}
		b.WriteString(".")
	}
	return b.String()
}

func (n *newsroom) set(path string, titles ...string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.items[path] = titles
}

func (n *newsroom) fetches(path string) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.hits[path]
}

// hold makes the next fetches wait until release.
func (n *newsroom) hold() {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.hang = make(chan struct{})
}

func (n *newsroom) release() {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.hang != nil {
		close(n.hang)
		n.hang = nil
	}
}

func (n *newsroom) waiting() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]string(nil), n.hanging...)
}

// process is one `briefbot run` started from the test binary.
type process struct {
	name string
	cmd  *exec.Cmd
	logs *syncBuffer
	done chan error
}

// startRun starts `briefbot run --shard SHARD` as a process of its own.
func startRun(t *testing.T, shard string, env []string, args ...string) *process {
	t.Helper()
	p := &process{name: "shard " + shard, logs: &syncBuffer{}, done: make(chan error, 1)}
	p.cmd = exec.Command(os.Args[0], append([]string{"run", "--shard", shard}, args...)...)
	p.cmd.Env = append(os.Environ(), append(env, asMain+"=1")...)
	p.cmd.Stdout, p.cmd.Stderr = p.logs, p.logs
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // no orphan outlives a crashed test
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- p.cmd.Wait() }()
	t.Cleanup(func() {
		p.cmd.Process.Kill()
		<-p.done
		if t.Failed() {
			t.Logf("%s logged:\n%s", p.name, p.logs.String())
		}
	})
	return p
}

// socketOwner returns which of procs has the loopback TCP connection from addr to server,
// from /proc: the socket's inode in /proc/net/tcp*, then the process holding it.
func socketOwner(addr, server string, procs []*process) (*process, error) {
	// Linux gives one ephemeral port to connections to different servers, so the client's
	// port alone may name another socket too (a PostgreSQL connection): the server's port
	// must match as well.
	hexPort := func(hostport string) (string, error) {
		_, port, err := net.SplitHostPort(hostport)
		if err != nil {
			return "", err
		}
		p, err := strconv.Atoi(port)
		return fmt.Sprintf(":%04X", p), err
	}
	local, err := hexPort(addr)
	if err != nil {
		return nil, err
	}
	remote, err := hexPort(server)
	if err != nil {
		return nil, err
	}
	inode := ""
	for _, table := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
		f, err := os.Open(table)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) > 9 && strings.HasSuffix(fields[1], local) && strings.HasSuffix(fields[2], remote) {
				inode = fields[9]
			}
		}
		f.Close()
	}
	if inode == "" {
		return nil, fmt.Errorf("no socket from %s to %s", addr, server)
	}
	for _, pr := range procs {
		fds, _ := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pr.cmd.Process.Pid))
		for _, fd := range fds {
			if l, _ := os.Readlink(fmt.Sprintf("/proc/%d/fd/%s", pr.cmd.Process.Pid, fd.Name())); l == "socket:["+inode+"]" {
				return pr, nil
			}
		}
	}
	return nil, fmt.Errorf("no process holds socket %s (inode %s)", addr, inode)
}

// TestShardsInTwoProcesses is the deployment of "More than one machine" in miniature: two
// `briefbot run` processes, shards 0/2 and 1/2, on one database, connected to the fake Discord,
// polling loopback feeds, with one clock file that the test moves. Every slot is posted once and
// each feed fetched once per interval. Then one process is killed (SIGKILL) in the middle of a
// poll and of a delivery; once their leases run out the other posts its slot, once, and
// fetches its feeds, once.
func TestShardsInTwoProcesses(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		target := storagetest.Target(t)
		ctx := context.Background()
		clockFile := filepath.Join(t.TempDir(), "now")
		setClock := func(at time.Time) {
			t.Helper()
			tmp := clockFile + ".new"
			if err := os.WriteFile(tmp, []byte(at.Format(time.RFC3339)), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(tmp, clockFile); err != nil {
				t.Fatal(err)
			}
		}
		day := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
		at := func(hhmm string) time.Time {
			d, err := time.Parse("15:04:05", hhmm)
			if err != nil {
				t.Fatal(err)
			}
			return day.Add(time.Duration(d.Hour())*time.Hour + time.Duration(d.Minute())*time.Minute + time.Duration(d.Second())*time.Second)
		}
		setClock(at("07:58:00"))

		// Guild A is on shard 0, guild B on shard 1; each follows a feed and has two slots.
		guilds := []string{strconv.FormatUint(1<<40, 10), strconv.FormatUint(1<<40+1<<22, 10)}
		channels := []string{"600000000000000001", "600000000000000002"}
		feeds := []string{"/a.xml", "/b.xml"}
		news := newNewsroom(t)
		news.set(feeds[0], "a1")
		news.set(feeds[1], "b1")
		db, err := storage.Open(ctx, target)
		if err != nil {
			t.Fatal(err)
		}
		db.Now = func() time.Time { return at("07:58:00") }
		for i, g := range guilds {
			if _, err := db.Follow(ctx, g, channels[i], news.srv.URL+feeds[i], "", 15*time.Minute); err != nil {
				t.Fatal(err)
			}
			for _, clock := range []string{"08:00", "08:30"} {
				if _, err := db.AddSchedule(ctx, storage.Schedule{GuildID: g, ChannelID: channels[i], Clock: clock, Zone: "UTC", MaxItems: 10}); err != nil {
					t.Fatal(err)
				}
			}
		}
		db.Close()

		fake := discordtest.New("tok")
		defer fake.Close()
		env := []string{"DISCORD_TOKEN=tok", "DISCORD_API_URL=" + fake.URL, "BRIEFBOT_FETCH_ALLOW=127.0.0.1",
			"BRIEFBOT_CLOCK_FILE=" + clockFile, "BRIEFBOT_PASS_INTERVAL=100ms", "BRIEFBOT_DB=" + target}
		procs := []*process{startRun(t, "0/2", env), startRun(t, "1/2", env)}

		deadline := func() (context.Context, context.CancelFunc) { return context.WithTimeout(ctx, 30*time.Second) }
		eventually := func(what string, ok func() bool) {
			t.Helper()
			wctx, cancel := deadline()
			defer cancel()
			for !ok() {
				select {
				case <-wctx.Done():
					t.Fatalf("never: %s", what)
				case <-time.After(20 * time.Millisecond):
				}
			}
		}
		// settle lets both processes make many passes (each 100 ms) at the clock's time.
		settle := func() { time.Sleep(1500 * time.Millisecond) }
		slots := func() map[string]int { // channel -> briefings posted, one per slot
			t.Helper()
			perSlot := map[string]int{}
			out := map[string]int{}
			for _, m := range fake.Messages() {
				var body struct {
					Nonce string `json:"nonce"`
				}
				json.Unmarshal(m.Body, &body)
				if perSlot[m.ChannelID+"/"+body.Nonce]++; perSlot[m.ChannelID+"/"+body.Nonce] > 1 {
					t.Errorf("message %s posted twice in channel %s", body.Nonce, m.ChannelID)
				}
				if strings.HasSuffix(body.Nonce, ".0") {
					out[m.ChannelID]++
				}
			}
			return out
		}
		check := func(when string, wantSlots [2]int, wantFetches [2]int) {
			t.Helper()
			got := slots()
			for i := range guilds {
				if got[channels[i]] != wantSlots[i] {
					t.Errorf("%s: guild %d has %d briefings, want %d", when, i, got[channels[i]], wantSlots[i])
				}
				if n := news.fetches(feeds[i]); n != wantFetches[i] {
					t.Errorf("%s: feed %d fetched %d times, want %d", when, i, n, wantFetches[i])
				}
			}
			if t.Failed() {
				t.FailNow()
			}
		}

		eventually("both processes running", func() bool {
			return strings.Contains(procs[0].logs.String(), "briefbot is running") &&
				strings.Contains(procs[1].logs.String(), "briefbot is running") && fake.Identifies() >= 2
		})
		registrations := 0
		for _, r := range fake.Requests() {
			if r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands") {
				registrations++
			}
		}
		if registrations != 1 {
			t.Errorf("the commands were registered %d times, want once (by shard 0)", registrations)
		}
		// Each shard's process answers its own guilds.
		for i, g := range guilds {
			if s := fake.ShardOf(g); s != i {
				t.Fatalf("the fake routes guild %d to shard %d", i, s)
			}
			id, err := fake.Dispatch(discordtest.Interaction{Type: 2, GuildID: g, ChannelID: channels[i], UserID: "9",
				Data: discordtest.Command("speakers")})
			if err != nil {
				t.Fatal(err)
			}
			wctx, cancel := deadline()
			_, err = fake.Wait(wctx, id)
			cancel()
			if err != nil {
				t.Fatalf("guild %d (shard %d): %v", i, i, err)
			}
		}
		eventually("each feed fetched", func() bool { return news.fetches(feeds[0]) > 0 && news.fetches(feeds[1]) > 0 })
		settle()
		check("07:58", [2]int{0, 0}, [2]int{1, 1})

		setClock(at("08:00:20"))
		eventually("the 08:00 briefings", func() bool { s := slots(); return s[channels[0]] > 0 && s[channels[1]] > 0 })
		settle()
		check("08:00", [2]int{1, 1}, [2]int{1, 1})

		news.set(feeds[0], "a2", "a1")
		news.set(feeds[1], "b2", "b1")
		setClock(at("08:14:00"))
		eventually("the feeds polled again", func() bool { return news.fetches(feeds[0]) > 1 && news.fetches(feeds[1]) > 1 })
		settle()
		check("08:14", [2]int{1, 1}, [2]int{2, 2})

		// 08:30: the feeds are due and so are the slots. The feed fetches and the briefings'
		// posts wait; the process holding a fetch is killed while it also holds its delivery.
		news.set(feeds[0], "a3", "a2", "a1")
		news.set(feeds[1], "b3", "b2", "b1")
		news.hold()
		releasePosts := fake.Hold("POST /api/v9/channels/")
		setClock(at("08:30:20"))
		eventually("both fetches and both posts waiting", func() bool {
			return len(news.waiting()) == 2 && fake.Holding("POST /api/v9/channels/") == 2
		})
		victim, err := socketOwner(news.waiting()[0], news.srv.Listener.Addr().String(), procs)
		if err != nil {
			t.Fatal(err)
		}
		survivor := procs[0]
		if victim == procs[0] {
			survivor = procs[1]
		}
		victimFeeds := 0 // how many of the waiting fetches are the victim's
		for _, addr := range news.waiting() {
			if p, err := socketOwner(addr, news.srv.Listener.Addr().String(), procs); err == nil && p == victim {
				victimFeeds++
			}
		}
		if err := victim.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		if err := <-victim.done; err == nil {
			t.Fatal("the killed process exited cleanly")
		}
		victim.done <- errors.New("killed") // for the cleanup
		eventually("the killed process's requests gone", func() bool {
			return len(news.waiting()) == 2-victimFeeds && fake.Holding("POST /api/v9/channels/") == 1
		})
		news.release()
		releasePosts()
		v := 0 // the victim's guild: the guild of its shard
		if victim == procs[1] {
			v = 1
		}
		t.Logf("killed %s while it fetched %d feed(s) and posted guild %d's 08:30 briefing", victim.name, victimFeeds, v)
		s := 1 - v
		eventually("the survivor's 08:30 briefing", func() bool { return slots()[channels[s]] == 2 })
		settle()
		after := [2]int{news.fetches(feeds[0]), news.fetches(feeds[1])}
		if after != [2]int{3, 3} {
			t.Fatalf("08:30: feeds fetched %v times, want 3 each", after)
		}
		var want [2]int
		want[v], want[s] = 1, 2
		check("08:30, the killed process's delivery inside its lease", want, after)
		setClock(at("08:39:00"))
		settle()
		check("08:39, inside the leases", want, after)

		// Past the 10-minute leases the survivor posts the dead process's slot and fetches the
		// feeds it held: each once.
		setClock(at("08:41:00"))
		eventually("the killed process's 08:30 briefing", func() bool { return slots()[channels[v]] == 2 })
		settle()
		fetched := 0
		for i := range feeds {
			fetched += news.fetches(feeds[i]) - 3
		}
		if fetched != victimFeeds {
			t.Errorf("08:41: %d feeds fetched again, want the %d the killed process held", fetched, victimFeeds)
		}
		check("08:41", [2]int{2, 2}, [2]int{news.fetches(feeds[0]), news.fetches(feeds[1])})
		// At 08:46 every feed is due once more, and is fetched once.
		setClock(at("08:46:00"))
		eventually("every feed at its next interval", func() bool { return news.fetches(feeds[0]) == 4 && news.fetches(feeds[1]) == 4 })
		settle()
		check("08:46", [2]int{2, 2}, [2]int{4, 4})

		// The survivor stops cleanly on SIGTERM (and its race detector found nothing).
		survivor.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-survivor.done:
			survivor.done <- err
			if err != nil {
				t.Errorf("%s on SIGTERM: %v\n%s", survivor.name, err, survivor.logs.String())
			}
		case <-time.After(20 * time.Second):
			t.Errorf("%s did not stop on SIGTERM", survivor.name)
		}
	})
}
