package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/ingest/fetch"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/storage"
)

func runBot(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "run")
	dbPath := dbFlag(fs, e)
	metricsAddr := fs.String("metrics", "", "serve /healthz and Prometheus /metrics on this address, e.g. 127.0.0.1:9090")
	logFormat := fs.String("log-format", "text", "log lines as text or json")
	shardFlag := fs.String("shard", "", "the Discord shard this process connects, ID/COUNT such as 0/2 (default $DISCORD_SHARD_ID/$DISCORD_SHARD_COUNT, else 0/1)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	shard, err := shardOf(e, *shardFlag)
	if err != nil {
		return err
	}
	var logger *slog.Logger
	switch *logFormat {
	case "text":
		logger = slog.New(slog.NewTextHandler(e.stderr, nil))
	case "json":
		logger = slog.New(slog.NewJSONHandler(e.stderr, nil))
	default:
		return fmt.Errorf("%w: --log-format is text or json, not %q", errUsage, *logFormat)
	}
	token := e.getenv("DISCORD_TOKEN")
	if token == "" {
		return errors.New("DISCORD_TOKEN is not set: create a bot at https://discord.com/developers/applications and export its token")
	}
	db, err := openDB(ctx, e, *dbPath, storage.WithLogger(logger)) // its logs as the bot's
	if err != nil {
		return err
	}
	defer db.Close()
	if free, err := db.Untrimmable(ctx); err != nil {
		logger.Warn("read the database file's free pages", "err", err) // a note at start, no reason not to run
	} else if free > 0 {
		logger.Info("the database file holds free pages it cannot give back, made before briefbot trimmed them: back it up (briefbot backup) and put the copy in its place while the bot is stopped",
			"free_mib", free>>20)
	}
	if shard.Count > 1 && db.Engine() != storage.Postgres {
		logger.Warn("several shards on one SQLite file: the processes must share the machine", "shard", shard.String())
	}
	web, err := webClient(e)
	if err != nil {
		return err
	}
	grace, err := durationEnv(e, "BRIEFBOT_GRACE", bot.DefaultGrace)
	if err != nil {
		return err
	}
	pass, err := durationEnv(e, "BRIEFBOT_PASS_INTERVAL", time.Minute)
	if err != nil {
		return err
	}
	clock, err := clockOf(e)
	if err != nil {
		return err
	}
	db.Now = clock
	limits := bot.DefaultLimits()
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics := bot.NewMetrics(reg, limits, db.PendingCount)
	handlers := &bot.Handlers{Store: db, Web: web, Limits: limits, Metrics: metrics, Logger: logger, Now: clock}
	b, err := bot.New(bot.Config{
		Token:    token,
		APIURL:   e.getenv("DISCORD_API_URL"),
		GuildID:  e.getenv("DISCORD_GUILD_ID"),
		Shard:    shard,
		Handlers: handlers,
		Logger:   logger,
		Metrics:  metrics,
	})
	if err != nil {
		return err
	}
	// The scheduler posts through the bot, and /schedule now through the scheduler: wired
	// before the bot connects and answers anything.
	sched := &bot.Scheduler{Store: db, Poster: b, Grace: grace, Logger: logger, Metrics: metrics, Shard: shard, Now: clock, Every: pass}
	handlers.Briefings = sched
	if err := b.Open(ctx); err != nil {
		return err
	}
	logger.Info("invite the bot to a server with this link", "url", b.InviteURL())
	if *metricsAddr != "" {
		stopServing, err := serveMetrics(*metricsAddr, reg, b, db, logger)
		if err != nil {
			b.Close()
			return err
		}
		defer stopServing()
	}
	poller := &bot.Poller{Store: db, Web: web, Poster: b, Logger: logger, Metrics: metrics, Now: clock}
	stop := sched.Start(ctx)
	// Feeds are polled in a loop of their own: a slow or huge feed never holds up a briefing.
	polled := make(chan struct{})
	go func() { defer close(polled); poller.Run(ctx, pass) }()
	// New quotes by followed speakers, checked every minute, posted at most every 15.
	follower := &bot.Follower{Store: db, Poster: b, Logger: logger, Shard: shard, Now: clock}
	announced := make(chan struct{})
	go func() { defer close(announced); follower.Run(ctx, pass) }()
	reanalysed := make(chan struct{})
	go func() {
		defer close(reanalysed)
		// Articles stored by an older analyser get today's summaries and speakers, while the
		// bot already answers from what is stored.
		n, err := reanalyze(ctx, db, briefing.AnalyserVersion, func(int) {}, func() {})
		switch {
		case err != nil && ctx.Err() == nil:
			logger.Error("analyse stored articles again", "err", err, "done", n)
		case n > 0:
			logger.Info("stored articles analysed again", "articles", n, "analyser", briefing.AnalyserVersion)
		}
	}()
	logger.Info("briefbot is running; Ctrl-C to stop", "db", db.Path())
	<-ctx.Done()
	logger.Info("shutting down")
	// In order: no new briefings, replies under way finished, the re-analysis, the feed
	// poller and the announcements of followed speakers stopped between two articles (each is one transaction), and only then the
	// database closes (deferred).
	stop()
	err = b.Close()
	<-reanalysed
	<-polled
	<-announced
	if err != nil {
		return fmt.Errorf("disconnect: %w", err)
	}
	return nil
}

// serveMetrics serves /healthz (200 when the gateway is connected and the database takes
// writes, else 503 with the reason) and /metrics (Prometheus) on addr until the returned
// function is called.
func serveMetrics(addr string, reg *prometheus.Registry, b *bot.Bot, db *storage.DB, logger *slog.Logger) (func(), error) {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		var problems []string
		if !b.Connected() {
			problems = append(problems, "gateway not connected")
		}
		if err := db.Writable(r.Context()); err != nil {
			problems = append(problems, err.Error())
		}
		if len(problems) > 0 {
			http.Error(w, strings.Join(problems, "; "), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("--metrics %s: %w", addr, err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("metrics server", "err", err)
		}
	}()
	logger.Info("serving /healthz and /metrics", "addr", ln.Addr().String())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}, nil
}

// webClient fetches pages and feeds; BRIEFBOT_FETCH_ALLOW lets it reach the private or
// loopback addresses it names (comma-separated IPs or CIDR prefixes), which it otherwise refuses.
func webClient(e *env) (*fetch.Client, error) {
	allow, err := fetch.ParseAllow(e.getenv("BRIEFBOT_FETCH_ALLOW"))
	if err != nil {
		return nil, fmt.Errorf("BRIEFBOT_FETCH_ALLOW: %w", err)
	}
	return fetch.New(15*time.Second, allow), nil
}

// stdinIsTerminal reports whether the console reads from a person.
func stdinIsTerminal(e *env) bool {
	f, ok := e.stdin.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// durationEnv reads the positive duration in the environment variable name, or def when it is
// not set.
func durationEnv(e *env, name string, def time.Duration) (time.Duration, error) {
	v := e.getenv(name)
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%s %q is not a positive duration such as %v", name, v, def)
	}
	return d, nil
}

// clockOf returns the clock `run` keeps time by: the real one, or, with BRIEFBOT_CLOCK_FILE,
// the instant written in that file (RFC 3339), read at every look. Several processes given
// one file share a time that a rehearsal or a test moves by rewriting it. A file that cannot
// be read later keeps the last instant read.
func clockOf(e *env) (func() time.Time, error) {
	path := e.getenv("BRIEFBOT_CLOCK_FILE")
	if path == "" {
		return time.Now, nil
	}
	read := func() (time.Time, error) {
		b, err := os.ReadFile(path)
		if err != nil {
			return time.Time{}, err
		}
		return time.Parse(time.RFC3339Nano, strings.TrimSpace(string(b)))
	}
	last, err := read()
	if err != nil {
		return nil, fmt.Errorf("BRIEFBOT_CLOCK_FILE: %w", err)
	}
	var mu sync.Mutex
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		if t, err := read(); err == nil {
			last = t
		}
		return last
	}, nil
}

// shardOf reads the shard from --shard, else DISCORD_SHARD_ID and DISCORD_SHARD_COUNT; none
// of them is the only shard.
func shardOf(e *env, flagValue string) (bot.Shard, error) {
	v := flagValue
	if v == "" && (e.getenv("DISCORD_SHARD_ID") != "" || e.getenv("DISCORD_SHARD_COUNT") != "") {
		v = e.getenv("DISCORD_SHARD_ID") + "/" + e.getenv("DISCORD_SHARD_COUNT")
	}
	if v == "" {
		return bot.Shard{}, nil
	}
	sh, err := bot.ParseShard(v)
	if err != nil {
		return bot.Shard{}, fmt.Errorf("%w: %v", errUsage, err)
	}
	return sh, nil
}
