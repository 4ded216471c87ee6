package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// DefaultAPIURL is Discord's own REST base.
const DefaultAPIURL = "https://discord.com"

// Config is what a Bot needs to connect.
type Config struct {
	Token string
	// APIURL is the REST base URL (default DefaultAPIURL); a REST proxy or a test server. The
	// gateway URL is asked of it.
	APIURL string
	// GuildID registers the commands in one guild (instant updates while developing); empty
	// registers them globally.
	GuildID string
	// Shard is the gateway shard this process connects (Discord requires one per 2,500 guilds);
	// the zero Shard connects the only one.
	Shard Shard
	// DeferAfter is how long a handler may run before the reply is deferred (default 1.5 s,
	// well inside Discord's 3 s).
	DeferAfter time.Duration
	Handlers   *Handlers
	Logger     *slog.Logger
	Metrics    *Metrics // nil: none
}

// ErrBadToken means Discord rejected the token.
var ErrBadToken = errors.New("the token was rejected by Discord (check DISCORD_TOKEN)")

// Bot is a running Discord session that answers briefbot's commands.
type Bot struct {
	cfg     Config
	session *discordgo.Session
	appID   string
	ready   chan struct{}
	wg      sync.WaitGroup
	ctx     context.Context
	cancel  context.CancelFunc

	mu      sync.Mutex
	closing bool // Close was called: new interactions are turned away
}

// ShutdownGrace is how long Close lets the replies under way finish before it cuts them off.
const ShutdownGrace = 10 * time.Second

// rewriteTransport sends every request for Discord's API host to another base URL.
type rewriteTransport struct {
	base *url.URL
	next http.RoundTripper
}

func (t rewriteTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host == "discord.com" || r.URL.Host == "discordapp.com" {
		r = r.Clone(r.Context())
		r.URL.Scheme = t.base.Scheme
		r.URL.Host = t.base.Host
		r.Host = t.base.Host
		if p := strings.TrimSuffix(t.base.Path, "/"); p != "" {
			r.URL.Path = p + r.URL.Path
		}
	}
	return t.next.RoundTrip(r)
}

// discordgo's logger is a package variable that its goroutines read at any time, so it is set
// once, to a function that logs to the latest bot's logger.
var (
	dgLogger     atomic.Pointer[slog.Logger]
	dgLoggerOnce sync.Once
)

// routeDiscordgoLogs sends discordgo's own log lines to l, as slog records.
func routeDiscordgoLogs(l *slog.Logger) {
	dgLogger.Store(l)
	dgLoggerOnce.Do(func() {
		discordgo.Logger = func(level, _ int, format string, a ...any) {
			lv := slog.LevelInfo
			switch level {
			case discordgo.LogError:
				lv = slog.LevelError
			case discordgo.LogWarning:
				lv = slog.LevelWarn
			case discordgo.LogDebug:
				lv = slog.LevelDebug
			}
			dgLogger.Load().Log(context.Background(), lv, "discordgo: "+fmt.Sprintf(format, a...))
		}
	})
}

// New prepares a bot; Open connects it.
func New(cfg Config) (*Bot, error) {
	if strings.TrimSpace(cfg.Token) == "" {
		return nil, errors.New("no Discord token: set DISCORD_TOKEN")
	}
	if cfg.Handlers == nil || cfg.Handlers.Store == nil {
		return nil, errors.New("bot: no handlers or store")
	}
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	base, err := url.Parse(cfg.APIURL)
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, fmt.Errorf("DISCORD_API_URL %q is not an http(s) URL", cfg.APIURL)
	}
	if cfg.DeferAfter <= 0 {
		cfg.DeferAfter = 1500 * time.Millisecond
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s, err := discordgo.New("Bot " + strings.TrimSpace(cfg.Token))
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	s.Client = &http.Client{Timeout: 20 * time.Second, Transport: rewriteTransport{base: base, next: http.DefaultTransport}}
	s.Identify.Intents = discordgo.IntentsGuilds
	if cfg.Shard.Count > 1 {
		s.ShardID, s.ShardCount = cfg.Shard.ID, cfg.Shard.Count
	}
	s.ShouldReconnectOnError = true
	s.LogLevel = discordgo.LogWarning
	routeDiscordgoLogs(cfg.Logger)
	b := &Bot{cfg: cfg, session: s, ready: make(chan struct{})}
	b.ctx, b.cancel = context.WithCancel(context.Background())
	if cfg.Handlers.Fetch == nil {
		cfg.Handlers.Fetch = b.fetchAttachment
	}
	var once sync.Once
	s.AddHandler(func(s *discordgo.Session, r *discordgo.Ready) {
		if r.Application != nil {
			b.appID = r.Application.ID
		} else if r.User != nil {
			b.appID = r.User.ID
		}
		once.Do(func() { close(b.ready) })
	})
	s.AddHandler(b.onInteraction)
	return b, nil
}

// Open checks the token, connects to the gateway, waits for READY and registers the commands
// (shard 0 does, for every shard).
func (b *Bot) Open(ctx context.Context) error {
	if _, err := b.session.User("@me", discordgo.WithContext(ctx)); err != nil {
		var re *discordgo.RESTError
		if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized {
			return ErrBadToken
		}
		return fmt.Errorf("reach Discord at %s: %w", b.cfg.APIURL, err)
	}
	if err := b.session.Open(); err != nil {
		return fmt.Errorf("connect to the Discord gateway: %w", err)
	}
	select {
	case <-b.ready:
	case <-ctx.Done():
		b.session.Close()
		return ctx.Err()
	case <-time.After(30 * time.Second):
		b.session.Close()
		return errors.New("connect to the Discord gateway: no READY within 30 s")
	}
	// The commands are the application's, not a shard's: shard 0 registers them for all.
	scope := "by shard 0"
	if b.cfg.Shard.ID == 0 {
		if _, err := b.session.ApplicationCommandBulkOverwrite(b.appID, b.cfg.GuildID, Commands(), discordgo.WithContext(ctx)); err != nil {
			b.session.Close()
			return fmt.Errorf("register commands: %w", err)
		}
		scope = "globally"
		if b.cfg.GuildID != "" {
			scope = "in guild " + b.cfg.GuildID
		}
	}
	b.cfg.Logger.Info("connected to Discord", "application", b.appID, "commands", len(Commands()), "registered", scope)
	return nil
}

// Close shuts down in order: it stops taking interactions (a new one is told the bot is
// restarting), lets the replies under way finish for up to ShutdownGrace, then cancels what
// is left and disconnects. The caller closes the database after.
func (b *Bot) Close() error {
	b.mu.Lock()
	b.closing = true
	b.mu.Unlock()
	done := make(chan struct{})
	go func() { b.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(ShutdownGrace):
		b.cfg.Logger.Warn("replies still running at shutdown were cut off", "grace", ShutdownGrace)
	}
	b.cancel()
	select {
	case <-done:
	case <-time.After(2 * time.Second): // a handler that ignores its context is left behind
	}
	return b.session.Close()
}

// begin registers an interaction as under way; false once the bot is closing.
func (b *Bot) begin() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closing {
		return false
	}
	b.wg.Add(1)
	return true
}

// Session is the underlying discordgo session (for the scheduler's posts).
func (b *Bot) Session() *discordgo.Session { return b.session }

// noMentions allows no pings at all: article text may hold @everyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// onInteraction answers one interaction within Discord's deadline: directly when the handler
// is quick, else with a deferred acknowledgement followed by an edit of the original reply.
func (b *Bot) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	if !b.begin() {
		if ic.Type != discordgo.InteractionApplicationCommandAutocomplete {
			s.InteractionRespond(ic.Interaction, response(errorReply("briefbot is restarting. Please try again in a minute.")))
		}
		return
	}
	defer b.wg.Done()
	req := requestFrom(ic.Interaction)
	ctx, cancel := context.WithTimeout(b.ctx, 14*time.Minute) // an interaction token lives 15 minutes
	defer cancel()
	log := b.cfg.Logger.With("interaction", ic.ID, "command", req.Name, "guild", req.GuildID)
	start, took, outcome := time.Now(), time.Duration(0), "ok"
	answered := func(r Reply, err error) {
		if took == 0 {
			took = time.Since(start)
		}
		switch {
		case err != nil:
			outcome = "failed"
		case r.Ephemeral:
			outcome = "refused" // an error the user is told about, a limit, a bad option
		}
	}
	defer func() { b.cfg.Metrics.interaction(req.Name, outcome, took) }()

	done := make(chan Reply, 1)
	go func() { done <- b.cfg.Handlers.Handle(ctx, req) }()

	if req.Kind == Autocomplete {
		// Autocomplete cannot be deferred: answer with what we have in time, or nothing.
		var r Reply
		select {
		case r = <-done:
		case <-time.After(2500 * time.Millisecond):
			r = Reply{}
		}
		if r.Choices == nil {
			r.Choices = []*discordgo.ApplicationCommandOptionChoice{}
		}
		err := s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: r.Choices}}, discordgo.WithContext(ctx))
		answered(r, err)
		if err != nil {
			log.Warn("autocomplete reply failed", "err", err)
		}
		return
	}

	select {
	case r := <-done:
		err := s.InteractionRespond(ic.Interaction, response(r), discordgo.WithContext(ctx))
		answered(r, err)
		if err != nil {
			log.Warn("reply failed", "err", err)
		}
		return
	case <-time.After(b.cfg.DeferAfter):
	}
	deferType := discordgo.InteractionResponseDeferredChannelMessageWithSource
	if req.Kind == Component {
		deferType = discordgo.InteractionResponseDeferredMessageUpdate
	}
	deferred := &discordgo.InteractionResponse{Type: deferType}
	if top, _, _ := strings.Cut(req.Name, " "); private[top] && req.Kind == Command {
		// Discord keeps a deferred answer public or private as the deferral says: a manager's
		// answer is private, as it would have been in time.
		deferred.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
	}
	if err := s.InteractionRespond(ic.Interaction, deferred, discordgo.WithContext(ctx)); err != nil {
		log.Warn("defer failed", "err", err)
	}
	took = time.Since(start) // the user sees "thinking..." from here
	r := <-done
	embeds, comps := r.Embeds, r.Components
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	content := r.Content
	if _, err := s.InteractionResponseEdit(ic.Interaction, &discordgo.WebhookEdit{
		Content: &content, Embeds: &embeds, Components: &comps, AllowedMentions: noMentions(), Files: discordFiles(r.Files),
	}, discordgo.WithContext(ctx)); err != nil {
		answered(r, err)
		log.Warn("edit of deferred reply failed", "err", err)
		return
	}
	answered(r, nil)
}

// Permissions is what the bot needs in a channel: see it, post messages with embeds and
// attachments, and read the channel's recent messages (to find a briefing it posted before a
// restart by its nonce).
const Permissions = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages |
	discordgo.PermissionEmbedLinks | discordgo.PermissionAttachFiles | discordgo.PermissionReadMessageHistory

// InviteURL is the link that adds the bot to a server with the scopes and permissions it uses.
func (b *Bot) InviteURL() string {
	return fmt.Sprintf("https://discord.com/oauth2/authorize?client_id=%s&scope=bot+applications.commands&permissions=%d",
		url.QueryEscape(b.appID), Permissions)
}

// Connected reports whether the gateway connection is up and ready.
func (b *Bot) Connected() bool {
	b.session.RLock()
	defer b.session.RUnlock()
	return b.session.DataReady
}

// response turns a Reply into an interaction response.
func response(r Reply) *discordgo.InteractionResponse {
	typ := discordgo.InteractionResponseChannelMessageWithSource
	if r.Update {
		typ = discordgo.InteractionResponseUpdateMessage
	}
	data := &discordgo.InteractionResponseData{Content: r.Content, Embeds: r.Embeds, Components: r.Components,
		AllowedMentions: noMentions(), Files: discordFiles(r.Files)}
	if r.Ephemeral {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: typ, Data: data}
}

// fetchAttachment downloads a file a user attached, from Discord's CDN or the configured API
// host only, at most max bytes.
func (b *Bot) fetchAttachment(ctx context.Context, raw string, max int) ([]byte, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	api, _ := url.Parse(b.cfg.APIURL)
	switch u.Host {
	case "cdn.discordapp.com", "media.discordapp.net", api.Host:
	default:
		return nil, fmt.Errorf("attachment host %q is not Discord's", u.Host)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, raw, nil)
	if err != nil {
		return nil, err
	}
	resp, err := (&http.Client{Timeout: 20 * time.Second}).Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("attachment: HTTP %d", resp.StatusCode)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > max {
		return nil, fmt.Errorf("attachment larger than %d bytes", max)
	}
	return data, nil
}

// Post sends a message to a channel with a nonce that Discord enforces: a repeated post with
// the same nonce returns the first message instead of making a second. discordgo's
// MessageSend has no nonce field, hence the raw request.
func (b *Bot) Post(ctx context.Context, channelID, nonce string, r Reply) (string, error) {
	embeds := r.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	allowed := noMentions()
	if r.MentionRole != "" {
		allowed.Roles = []string{r.MentionRole}
	}
	body := map[string]any{
		"content": r.Content, "embeds": embeds, "allowed_mentions": allowed,
		"nonce": nonce, "enforce_nonce": true,
	}
	if len(r.Components) > 0 {
		body["components"] = r.Components
	}
	ep := discordgo.EndpointChannelMessages(channelID)
	raw, err := b.session.RequestWithBucketID("POST", ep, body, ep, discordgo.WithContext(ctx))
	if err != nil {
		return "", err
	}
	var m struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(raw, &m); err != nil || m.ID == "" {
		return "", fmt.Errorf("post to channel %s: unreadable answer", channelID)
	}
	return m.ID, nil
}

// FindNonce looks through the channel's latest messages for one posted with nonce.
func (b *Bot) FindNonce(ctx context.Context, channelID, nonce string) (string, bool, error) {
	ep := discordgo.EndpointChannelMessages(channelID)
	raw, err := b.session.RequestWithBucketID("GET", ep+"?limit=50", nil, ep, discordgo.WithContext(ctx))
	if err != nil {
		return "", false, err
	}
	var msgs []struct {
		ID     string              `json:"id"`
		Author struct{ ID string } `json:"author"`
		Nonce  json.RawMessage     `json:"nonce"`
	}
	if err := json.Unmarshal(raw, &msgs); err != nil {
		return "", false, fmt.Errorf("read channel %s: %w", channelID, err)
	}
	for _, m := range msgs {
		if strings.Trim(string(m.Nonce), `"`) == nonce {
			return m.ID, true, nil
		}
	}
	return "", false, nil
}

// StartThread starts a public thread from a message the bot posted; when the message has one
// already (Discord's error 160004, after a crash), that thread, whose ID is the message's, is
// the answer.
func (b *Bot) StartThread(ctx context.Context, channelID, messageID, name string) (string, error) {
	th, err := b.session.MessageThreadStartComplex(channelID, messageID,
		&discordgo.ThreadStart{Name: name, AutoArchiveDuration: 1440}, discordgo.WithContext(ctx))
	var re *discordgo.RESTError
	switch {
	case errors.As(err, &re) && re.Message != nil && re.Message.Code == discordgo.ErrCodeThreadAlreadyCreatedForThisMessage:
		return messageID, nil
	case err != nil:
		return "", err
	}
	return th.ID, nil
}

var _ Poster = (*Bot)(nil)
