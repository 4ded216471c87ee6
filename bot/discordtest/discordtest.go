// Package discordtest is a fake Discord for end-to-end tests: the REST endpoints briefbot uses
// and the gateway websocket protocol (hello, identify, ready, heartbeat, resume, reconnect,
// dispatch), one session per shard with each guild's events on its shard's, on 127.0.0.1. A
// real discordgo session connects to it when its REST base is the server's URL. Every request
// is recorded; tests inject slash commands, autocomplete and button clicks, HTTP 429 and 5xx
// answers, requests held unanswered, a dropped websocket and op 7.
package discordtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// Recorded is one REST request the fake received.
type Recorded struct {
	Method, Path string
	Body         []byte
	At           time.Time
}

// Response is what the bot answered to one interaction: its first callback and every later edit.
type Response struct {
	Type  int             // the callback type: 4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete
	Data  json.RawMessage // the callback's data
	Edits []json.RawMessage
	Files []File        // attached to the callback or an edit
	Acked time.Duration // from dispatch to the first callback
}

// File is a file the bot attached to a reply.
type File struct {
	Name string
	Data []byte
}

// readMultipart reads a multipart body as Discord takes it: the JSON payload in payload_json
// and the files in files[i].
func readMultipart(r *http.Request, body []byte) (json.RawMessage, []File, error) {
	_, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return nil, nil, err
	}
	mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	var payload json.RawMessage
	var files []File
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return payload, files, nil
		}
		if err != nil {
			return nil, nil, err
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return nil, nil, err
		}
		if p.FormName() == "payload_json" {
			payload = data
		} else {
			files = append(files, File{Name: p.FileName(), Data: data})
		}
	}
}

// Message is the content of a reply as the user ends up seeing it.
type Message struct {
	Content         string          `json:"content"`
	Embeds          []Embed         `json:"embeds"`
	Components      []Row           `json:"components"`
	Flags           int             `json:"flags"`
	AllowedMentions *AllowedMention `json:"allowed_mentions"`
	Choices         []Choice        `json:"choices"`
}

// Embed is the part of an embed the tests read.
type Embed struct {
	Title       string  `json:"title"`
	Description string  `json:"description"`
	URL         string  `json:"url"`
	Fields      []Field `json:"fields"`
	Footer      *struct {
		Text string `json:"text"`
	} `json:"footer"`
}

// Field is an embed field.
type Field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Row is an action row of buttons.
type Row struct {
	Components []struct {
		Label    string `json:"label"`
		CustomID string `json:"custom_id"`
		Disabled bool   `json:"disabled"`
	} `json:"components"`
}

// AllowedMention is the allowed_mentions object.
type AllowedMention struct {
	Parse []string `json:"parse"`
}

// Choice is an autocomplete choice.
type Choice struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

// Final returns the message the user sees: the last edit of a deferred reply, else the first.
func (r Response) Final() (Message, error) {
	raw := r.Data
	if len(r.Edits) > 0 {
		raw = r.Edits[len(r.Edits)-1]
	}
	var m Message
	if len(raw) == 0 {
		return m, fmt.Errorf("no message (callback type %d)", r.Type)
	}
	err := json.Unmarshal(raw, &m)
	if len(r.Edits) > 0 && len(r.Data) > 0 {
		// An edit cannot change whether the message is ephemeral: the deferral said so.
		var d Message
		if json.Unmarshal(r.Data, &d) == nil {
			m.Flags = m.Flags&^64 | d.Flags&64
		}
	}
	return m, err
}

// Server is the fake Discord.
type Server struct {
	URL   string // http://127.0.0.1:PORT, the REST base
	Token string // the token it accepts
	AppID string

	srv      *httptest.Server
	upgrader websocket.Upgrader

	mu          sync.Mutex
	requests    []Recorded
	faults      []fault
	holds       []*hold
	sessions    map[string]*session // by session id, every session started
	shards      map[int]*session    // the latest session of each shard
	shardCount  int                 // as the clients identified; 1 until one says otherwise
	identifies  int
	resumes     int
	pending     map[string]*pendingInteraction // interaction id -> state
	tokens      map[string]string              // token -> interaction id
	ready       chan struct{}
	attachments map[string][]byte
	messages    []ChannelMessage
	nonces      map[string]string
	threads     []Thread
	nextID      atomic.Int64
	commands    json.RawMessage
}

// session is one gateway session: a shard's connection (nil while it is away), its sequence
// and the dispatches it was sent, replayed on resume as Discord does.
type session struct {
	id    string
	shard int
	conn  *websocket.Conn
	write sync.Mutex // one writer on conn at a time
	seq   int64
	sent  []sentEvent
}

// send writes v to the session's connection, if it has one.
func (ss *session) send(conn *websocket.Conn, v any) error {
	ss.write.Lock()
	defer ss.write.Unlock()
	return conn.WriteJSON(v)
}

// hold keeps the REST requests matching prefix waiting until it is released.
type hold struct {
	prefix  string
	waiting int
	release chan struct{}
}

type sentEvent struct {
	seq     int64
	payload map[string]any
}

// Thread is a thread the bot started from one of its messages. As on Discord, its ID is the
// message's.
type Thread struct {
	ID, ParentID, Name string
}

// Threads returns the threads the bot started, in order.
func (s *Server) Threads() []Thread {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Thread(nil), s.threads...)
}

// ChannelMessage is a message the bot posted to a channel.
type ChannelMessage struct {
	ID, ChannelID string
	Body          json.RawMessage
}

type pendingInteraction struct {
	sent   time.Time
	resp   *Response
	notify chan struct{}
}

type fault struct {
	prefix     string
	status     int
	retryAfter float64
	left       int
}

// New starts a fake Discord that accepts token.
func New(token string) *Server {
	s := &Server{Token: token, AppID: "100000000000000001", pending: map[string]*pendingInteraction{},
		tokens: map[string]string{}, ready: make(chan struct{}, 16), attachments: map[string][]byte{},
		nonces: map[string]string{}, sessions: map[string]*session{}, shards: map[int]*session{}, shardCount: 1}
	s.nextID.Store(200000000000000000)
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL
	return s
}

// Close stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	for _, ss := range s.shards {
		if ss.conn != nil {
			ss.conn.Close()
		}
	}
	for _, h := range s.holds {
		h.stop()
	}
	s.mu.Unlock()
	s.srv.Close()
}

func (s *Server) id() string { return strconv.FormatInt(s.nextID.Add(1), 10) }

// Requests returns the REST requests received so far.
func (s *Server) Requests() []Recorded {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Recorded(nil), s.requests...)
}

// Messages returns the messages posted to channels so far.
func (s *Server) Messages() []ChannelMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ChannelMessage(nil), s.messages...)
}

// Identifies and Resumes count gateway sessions started and resumed.
func (s *Server) Identifies() int { s.mu.Lock(); defer s.mu.Unlock(); return s.identifies }

// Resumes counts resumed gateway sessions.
func (s *Server) Resumes() int { s.mu.Lock(); defer s.mu.Unlock(); return s.resumes }

// Fail makes the next n REST requests whose path starts with prefix answer status; for 429
// with retry_after seconds.
func (s *Server) Fail(prefix string, status int, retryAfter float64, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, fault{prefix: prefix, status: status, retryAfter: retryAfter, left: n})
}

// Hold makes the REST requests that "METHOD /path" starts with prefix (such as "POST
// /api/v9/channels/1/messages") wait, unanswered, until the returned function is called; a
// request whose client goes away meanwhile has no effect, as when a process dies waiting for
// Discord's answer.
func (s *Server) Hold(prefix string) (release func()) {
	h := &hold{prefix: prefix, release: make(chan struct{})}
	s.mu.Lock()
	s.holds = append(s.holds, h)
	s.mu.Unlock()
	return func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		h.stop()
		for i, x := range s.holds {
			if x == h {
				s.holds = append(s.holds[:i], s.holds[i+1:]...)
				break
			}
		}
	}
}

func (h *hold) stop() {
	select {
	case <-h.release:
	default:
		close(h.release)
	}
}

// Holding returns how many requests are held now by holds whose prefix starts with prefix.
func (s *Server) Holding(prefix string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, h := range s.holds {
		if strings.HasPrefix(h.prefix, prefix) {
			n += h.waiting
		}
	}
	return n
}

// wait holds request r while a hold matches its path; false when its client went away.
func (s *Server) wait(r *http.Request) bool {
	s.mu.Lock()
	var h *hold
	for _, x := range s.holds {
		if strings.HasPrefix(r.Method+" "+r.URL.Path, x.prefix) {
			h = x
			break
		}
	}
	if h == nil {
		s.mu.Unlock()
		return true
	}
	h.waiting++
	s.mu.Unlock()
	defer func() { s.mu.Lock(); h.waiting--; s.mu.Unlock() }()
	select {
	case <-h.release:
		return r.Context().Err() == nil
	case <-r.Context().Done():
		return false
	}
}

// AddAttachment serves data at URL+"/attachments/"+name and returns that URL.
func (s *Server) AddAttachment(name string, data []byte) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.attachments[name] = data
	return s.URL + "/attachments/" + name
}

// WaitReady waits until a gateway session is identified or resumed (once per call).
func (s *Server) WaitReady(ctx context.Context) error {
	select {
	case <-s.ready:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("gateway never became ready: %w", ctx.Err())
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/ws" || r.URL.Path == "/ws/" {
		s.gateway(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	var files []File
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
		payload, fs, err := readMultipart(r, body)
		if err != nil {
			writeJSON(w, 400, map[string]any{"message": "bad multipart body: " + err.Error(), "code": 50035})
			return
		}
		body, files = payload, fs
	}
	s.mu.Lock()
	s.requests = append(s.requests, Recorded{Method: r.Method, Path: r.URL.Path, Body: body, At: time.Now()})
	for i := range s.faults {
		f := &s.faults[i]
		if f.left > 0 && strings.HasPrefix(r.URL.Path, f.prefix) {
			f.left--
			s.mu.Unlock()
			if f.status == http.StatusTooManyRequests {
				w.Header().Set("Retry-After", strconv.FormatFloat(f.retryAfter, 'f', -1, 64))
				writeJSON(w, f.status, map[string]any{"message": "You are being rate limited.", "retry_after": f.retryAfter, "global": false})
				return
			}
			writeJSON(w, f.status, map[string]any{"message": "fake failure", "code": 0})
			return
		}
	}
	s.mu.Unlock()
	if !s.wait(r) {
		return
	}

	path := strings.TrimPrefix(r.URL.Path, "/api/v9")
	if strings.HasPrefix(r.URL.Path, "/attachments/") {
		s.mu.Lock()
		data, ok := s.attachments[strings.TrimPrefix(r.URL.Path, "/attachments/")]
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write(data)
		return
	}
	if path == "/gateway" || path == "/gateway/bot" {
		writeJSON(w, 200, map[string]any{"url": "ws://" + r.Host + "/ws", "shards": 1})
		return
	}
	if r.Header.Get("Authorization") != "Bot "+s.Token && !strings.HasPrefix(path, "/interactions/") && !strings.HasPrefix(path, "/webhooks/") {
		writeJSON(w, 401, map[string]any{"message": "401: Unauthorized", "code": 0})
		return
	}
	parts := strings.Split(strings.Trim(path, "/"), "/")
	switch {
	case r.Method == "GET" && path == "/users/@me":
		writeJSON(w, 200, map[string]any{"id": s.AppID, "username": "briefbot", "bot": true})
	case r.Method == "PUT" && len(parts) >= 3 && parts[0] == "applications" && parts[len(parts)-1] == "commands":
		var cmds []map[string]any
		json.Unmarshal(body, &cmds)
		for _, c := range cmds {
			c["id"] = s.id()
			c["application_id"] = s.AppID
		}
		s.mu.Lock()
		s.commands = body
		s.mu.Unlock()
		writeJSON(w, 200, cmds)
	case r.Method == "POST" && len(parts) == 4 && parts[0] == "interactions" && parts[3] == "callback":
		s.callback(parts[1], parts[2], body, files)
		w.WriteHeader(http.StatusNoContent)
	case r.Method == "PATCH" && len(parts) == 5 && parts[0] == "webhooks" && parts[4] == "@original":
		s.edit(parts[2], body, files)
		writeJSON(w, 200, map[string]any{"id": s.id(), "channel_id": "1"})
	case r.Method == "POST" && len(parts) == 3 && parts[0] == "channels" && parts[2] == "messages":
		s.postMessage(w, parts[1], body)
	case r.Method == "GET" && len(parts) == 3 && parts[0] == "channels" && parts[2] == "messages":
		s.listMessages(w, parts[1])
	case r.Method == "POST" && len(parts) == 5 && parts[0] == "channels" && parts[2] == "messages" && parts[4] == "threads":
		s.startThread(w, parts[1], parts[3], body)
	default:
		writeJSON(w, 404, map[string]any{"message": "404: Not Found", "code": 0})
	}
}

// RegisteredCommands returns the body of the last command registration.
func (s *Server) RegisteredCommands() json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.commands
}

func (s *Server) postMessage(w http.ResponseWriter, channel string, body []byte) {
	var m struct {
		Nonce        string `json:"nonce"`
		EnforceNonce bool   `json:"enforce_nonce"`
	}
	json.Unmarshal(body, &m)
	s.mu.Lock()
	defer s.mu.Unlock()
	if m.EnforceNonce && m.Nonce != "" {
		if id, ok := s.nonces[channel+"/"+m.Nonce]; ok {
			writeJSON(w, 200, map[string]any{"id": id, "channel_id": channel, "nonce": m.Nonce})
			return
		}
	}
	id := s.id()
	if m.Nonce != "" {
		s.nonces[channel+"/"+m.Nonce] = id
	}
	s.messages = append(s.messages, ChannelMessage{ID: id, ChannelID: channel, Body: body})
	writeJSON(w, 200, map[string]any{"id": id, "channel_id": channel, "nonce": m.Nonce})
}

// startThread starts a thread from a message of the channel; a message has one thread at most
// (Discord's error 160004 for a second).
func (s *Server) startThread(w http.ResponseWriter, channel, message string, body []byte) {
	var t struct {
		Name string `json:"name"`
	}
	json.Unmarshal(body, &t)
	s.mu.Lock()
	defer s.mu.Unlock()
	found := false
	for _, m := range s.messages {
		found = found || m.ID == message && m.ChannelID == channel
	}
	if !found {
		writeJSON(w, 404, map[string]any{"message": "Unknown Message", "code": 10008})
		return
	}
	for _, th := range s.threads {
		if th.ID == message {
			writeJSON(w, 400, map[string]any{"message": "A thread has already been created for this message", "code": 160004})
			return
		}
	}
	if t.Name == "" || len([]rune(t.Name)) > 100 {
		writeJSON(w, 400, map[string]any{"message": "Invalid Form Body", "code": 50035})
		return
	}
	s.threads = append(s.threads, Thread{ID: message, ParentID: channel, Name: t.Name})
	writeJSON(w, 201, map[string]any{"id": message, "parent_id": channel, "name": t.Name, "type": 11})
}

func (s *Server) listMessages(w http.ResponseWriter, channel string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []map[string]any
	for i := len(s.messages) - 1; i >= 0; i-- {
		m := s.messages[i]
		if m.ChannelID != channel {
			continue
		}
		var body map[string]any
		json.Unmarshal(m.Body, &body)
		body["id"], body["channel_id"] = m.ID, m.ChannelID
		out = append(out, body)
	}
	writeJSON(w, 200, out)
}

func (s *Server) callback(id, token string, body []byte, files []File) {
	var cb struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	json.Unmarshal(body, &cb)
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.pending[id]
	if !ok || p.resp != nil {
		return
	}
	p.resp = &Response{Type: cb.Type, Data: cb.Data, Files: files, Acked: time.Since(p.sent)}
	close(p.notify)
}

func (s *Server) edit(token string, body []byte, files []File) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p, ok := s.pending[s.tokens[token]]; ok && p.resp != nil {
		p.resp.Edits = append(p.resp.Edits, body)
		p.resp.Files = append(p.resp.Files, files...)
	}
}

// Wait returns the bot's response to interaction id once it has a final message: the first
// callback, plus the edit when that callback was a deferral.
func (s *Server) Wait(ctx context.Context, id string) (Response, error) {
	s.mu.Lock()
	p, ok := s.pending[id]
	s.mu.Unlock()
	if !ok {
		return Response{}, fmt.Errorf("no interaction %s", id)
	}
	select {
	case <-p.notify:
	case <-ctx.Done():
		return Response{}, fmt.Errorf("interaction %s never answered: %w", id, ctx.Err())
	}
	for {
		s.mu.Lock()
		r := *p.resp
		r.Edits = append([]json.RawMessage(nil), p.resp.Edits...)
		r.Files = append([]File(nil), p.resp.Files...)
		s.mu.Unlock()
		if (r.Type != 5 && r.Type != 6) || len(r.Edits) > 0 {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return r, fmt.Errorf("interaction %s deferred but never edited: %w", id, ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// Interaction describes an interaction to dispatch.
type Interaction struct {
	Type        int // 2 command, 3 component, 4 autocomplete
	GuildID     string
	ChannelID   string
	UserID      string
	Permissions int64
	Data        map[string]any // the interaction's data object
}

// Command builds the data of a slash command: name, then option name/value pairs. A name
// with a space ("feed add") is a command with a subcommand. An option named "focused:X" is
// the one being autocompleted.
func Command(name string, opts ...any) map[string]any {
	var options []map[string]any
	for i := 0; i+1 < len(opts); i += 2 {
		n := opts[i].(string)
		o := map[string]any{"name": n, "value": opts[i+1], "type": optionType(opts[i+1])}
		if rest, ok := strings.CutPrefix(n, "focused:"); ok {
			o["name"], o["focused"] = rest, true
		}
		options = append(options, o)
	}
	cmd, sub, hasSub := strings.Cut(name, " ")
	if hasSub {
		options = []map[string]any{{"name": sub, "type": 1, "options": options}}
	}
	return map[string]any{"id": "1", "name": cmd, "type": 1, "options": options}
}

func optionType(v any) int {
	switch v.(type) {
	case int, int64, float64:
		return 4
	case bool:
		return 5
	}
	return 3
}

// Dispatch sends an INTERACTION_CREATE over the gateway of the shard that holds its guild
// ((guild_id >> 22) % shard count, direct messages on shard 0) and returns its id. Without a
// live connection it is delivered when the client resumes, as Discord does.
func (s *Server) Dispatch(in Interaction) (string, error) {
	id, token := s.id(), "tok"+s.id()
	perms := strconv.FormatInt(in.Permissions, 10)
	payload := map[string]any{
		"id": id, "application_id": s.AppID, "type": in.Type, "data": in.Data, "token": token, "version": 1,
		"guild_id": in.GuildID, "channel_id": in.ChannelID,
		"member": map[string]any{"user": map[string]any{"id": in.UserID, "username": "user" + in.UserID}, "permissions": perms},
	}
	if in.GuildID == "" {
		delete(payload, "member")
		payload["user"] = map[string]any{"id": in.UserID, "username": "user" + in.UserID}
	}
	s.mu.Lock()
	s.pending[id] = &pendingInteraction{sent: time.Now(), notify: make(chan struct{})}
	s.tokens[token] = id
	shard := s.shardOf(in.GuildID)
	s.mu.Unlock()
	return id, s.dispatch(shard, "INTERACTION_CREATE", payload)
}

// ShardOf returns the shard whose connection receives guild's events.
func (s *Server) ShardOf(guild string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.shardOf(guild)
}

func (s *Server) shardOf(guild string) int {
	g, err := strconv.ParseUint(guild, 10, 64)
	if err != nil {
		return 0
	}
	return int((g >> 22) % uint64(s.shardCount))
}

func (s *Server) dispatch(shard int, event string, d any) error {
	s.mu.Lock()
	ss := s.shards[shard]
	if ss == nil { // no session yet: Discord would queue nothing either
		s.mu.Unlock()
		return fmt.Errorf("no gateway session for shard %d", shard)
	}
	ss.seq++
	payload := map[string]any{"op": 0, "t": event, "s": ss.seq, "d": d}
	ss.sent = append(ss.sent, sentEvent{ss.seq, payload})
	conn := ss.conn
	s.mu.Unlock()
	if conn == nil {
		return nil // delivered when the client resumes
	}
	ss.send(conn, payload) // a write to a dying connection is replayed on resume
	return nil
}

// Drop closes every gateway websocket without a close frame, as a network failure would.
func (s *Server) Drop() {
	s.mu.Lock()
	var conns []*websocket.Conn
	for _, ss := range s.shards {
		if ss.conn != nil {
			conns = append(conns, ss.conn)
			ss.conn = nil
		}
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.UnderlyingConn().Close()
	}
}

// Reconnect sends op 7 on every connection: the client must reconnect and resume.
func (s *Server) Reconnect() error {
	type live struct {
		ss   *session
		conn *websocket.Conn
	}
	var conns []live
	s.mu.Lock()
	for _, ss := range s.shards {
		if ss.conn != nil {
			conns = append(conns, live{ss, ss.conn})
		}
	}
	s.mu.Unlock()
	if len(conns) == 0 {
		return fmt.Errorf("no gateway connection")
	}
	for _, c := range conns {
		if err := c.ss.send(c.conn, map[string]any{"op": 7, "d": nil}); err != nil {
			return err
		}
	}
	return nil
}

func (s *Server) signalReady() {
	select {
	case s.ready <- struct{}{}:
	default: // nobody is waiting for this many sessions
	}
}

type gatewayPayload struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
}

// gateway serves one websocket: hello, then identify (a new session for the shard it names)
// or resume (the session it names, with what it missed), heartbeats, and the dispatches.
func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	conn, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	var connWrite sync.Mutex // before a session owns the connection
	cur := (*session)(nil)
	write := func(v any) error {
		if cur != nil {
			return cur.send(conn, v)
		}
		connWrite.Lock()
		defer connWrite.Unlock()
		return conn.WriteJSON(v)
	}
	if write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 1000}}) != nil {
		return
	}
	defer func() {
		s.mu.Lock()
		if cur != nil && cur.conn == conn {
			cur.conn = nil
		}
		s.mu.Unlock()
	}()
	for {
		var p gatewayPayload
		if err := conn.ReadJSON(&p); err != nil {
			return
		}
		switch p.Op {
		case 1:
			write(map[string]any{"op": 11})
		case 2:
			var id struct {
				Token string `json:"token"`
				Shard []int  `json:"shard"`
			}
			json.Unmarshal(p.D, &id)
			if id.Token != "Bot "+s.Token && id.Token != s.Token {
				connWrite.Lock()
				conn.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
				connWrite.Unlock()
				return
			}
			shard, count := 0, 1
			if len(id.Shard) == 2 && id.Shard[1] > 0 && id.Shard[0] >= 0 && id.Shard[0] < id.Shard[1] {
				shard, count = id.Shard[0], id.Shard[1]
			}
			ss := &session{id: "session-" + s.id(), shard: shard, conn: conn, seq: 1}
			s.mu.Lock()
			if old := s.shards[shard]; old != nil && old.conn != nil && old.conn != conn {
				old.conn.Close() // Discord ends the older session of a shard identified again
			}
			s.sessions[ss.id], s.shards[shard], s.shardCount = ss, ss, count
			s.identifies++
			s.mu.Unlock()
			cur = ss
			write(map[string]any{"op": 0, "t": "READY", "s": 1, "d": map[string]any{
				"v": 9, "session_id": ss.id, "user": map[string]any{"id": s.AppID, "username": "briefbot", "bot": true},
				"application": map[string]any{"id": s.AppID}, "guilds": []any{}, "private_channels": []any{},
				"shard": []int{shard, count}}})
			s.signalReady()
		case 6:
			var res struct {
				SessionID string `json:"session_id"`
				Seq       int64  `json:"seq"`
			}
			json.Unmarshal(p.D, &res)
			s.mu.Lock()
			ss, ok := s.sessions[res.SessionID]
			ok = ok && s.shards[ss.shard] == ss // a shard's older sessions cannot be resumed
			var missed []map[string]any
			var seq int64
			if ok {
				ss.conn = conn
				s.resumes++
				for _, e := range ss.sent {
					if e.seq > res.Seq {
						missed = append(missed, e.payload)
					}
				}
				seq = ss.seq
			}
			s.mu.Unlock()
			if !ok {
				write(map[string]any{"op": 9, "d": false}) // invalid session: identify again
				continue
			}
			cur = ss
			for _, e := range missed {
				write(e) // what the client missed while away, as Discord replays it
			}
			write(map[string]any{"op": 0, "t": "RESUMED", "s": seq, "d": map[string]any{}})
			s.signalReady()
		}
	}
}
