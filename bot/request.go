// Package bot is briefbot's Discord adapter: slash commands, autocomplete and buttons in,
// embeds out. It is the only package that imports discordgo.
//
// Handlers do not talk to Discord. Each takes a Request (what the user asked, with the guild,
// channel and member it came from) and returns a Reply value (arikawa's style), so most tests
// call a handler and compare the value. The session layer (session.go) turns interactions into
// Requests and Replies into interaction responses: it answers within Discord's 3 seconds by
// deferring any handler that runs past DeferAfter, recovers panics, and always sends
// allowed_mentions with nothing allowed. The console (cmd/briefbot console) drives the same
// handlers from a terminal.
package bot

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Kind is what sort of interaction a Request comes from.
type Kind int

// Interaction kinds.
const (
	Command      Kind = iota // a slash command
	Autocomplete             // the user is typing an option that has autocomplete
	Component                // a button was clicked
)

// Request is one interaction, independent of how it arrived.
type Request struct {
	Kind        Kind
	Name        string            // "quotes", or "feed add" for a subcommand
	Options     map[string]string // option values as typed
	Focused     string            // the option being completed (Autocomplete)
	CustomID    string            // the clicked button's custom_id (Component)
	GuildID     string            // "" in a DM
	ChannelID   string
	UserID      string
	Permissions int64 // the member's permissions in the channel
	Attachment  *Attachment
}

// Attachment is a file attached to a command option.
type Attachment struct {
	URL, Filename, ContentType string
	Size                       int
}

// Int returns the option name as an integer, or def when it is absent or not a number.
func (r Request) Int(name string, def int) int {
	if v, err := strconv.Atoi(strings.TrimSpace(r.Options[name])); err == nil {
		return v
	}
	return def
}

// Reply is a handler's answer.
type Reply struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
	Ephemeral  bool
	Choices    []*discordgo.ApplicationCommandOptionChoice // autocomplete results
	Update     bool                                        // replace the message the button is on
	Files      []File                                      // attached to an interaction reply
	// MentionRole is the one role a posted message may ping (a schedule's role:); with none,
	// no mention in it pings anyone.
	MentionRole string
}

// File is a file attached to a reply, such as a chart.
type File struct {
	Name, ContentType string
	Data              []byte
}

// discordFiles gives discordgo a fresh reader of each file (a send may be retried).
func discordFiles(fs []File) []*discordgo.File {
	out := make([]*discordgo.File, len(fs))
	for i, f := range fs {
		out[i] = &discordgo.File{Name: f.Name, ContentType: f.ContentType, Reader: bytes.NewReader(f.Data)}
	}
	return out
}

// errorReply is an ephemeral message that says what went wrong and what to do.
func errorReply(msg string) Reply { return Reply{Content: msg, Ephemeral: true} }

// requestFrom reads a discordgo interaction into a Request.
func requestFrom(i *discordgo.Interaction) Request {
	req := Request{GuildID: i.GuildID, ChannelID: i.ChannelID, Options: map[string]string{}}
	switch {
	case i.Member != nil && i.Member.User != nil:
		req.UserID = i.Member.User.ID
		req.Permissions = i.Member.Permissions
	case i.User != nil:
		req.UserID = i.User.ID
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			req.Kind = Autocomplete
		}
		data := i.ApplicationCommandData()
		req.Name = data.Name
		opts := data.Options
		for len(opts) == 1 && (opts[0].Type == discordgo.ApplicationCommandOptionSubCommand ||
			opts[0].Type == discordgo.ApplicationCommandOptionSubCommandGroup) {
			req.Name += " " + opts[0].Name
			opts = opts[0].Options
		}
		for _, o := range opts {
			if o.Focused {
				req.Focused = o.Name
			}
			switch v := o.Value.(type) {
			case string:
				req.Options[o.Name] = v
			case float64:
				req.Options[o.Name] = strconv.FormatFloat(v, 'f', -1, 64)
			case bool:
				req.Options[o.Name] = strconv.FormatBool(v)
			}
			if o.Type == discordgo.ApplicationCommandOptionAttachment && data.Resolved != nil {
				if a, ok := data.Resolved.Attachments[req.Options[o.Name]]; ok && a != nil {
					req.Attachment = &Attachment{URL: a.URL, Filename: a.Filename, ContentType: a.ContentType, Size: a.Size}
				}
			}
		}
	case discordgo.InteractionMessageComponent:
		req.Kind = Component
		req.CustomID = i.MessageComponentData().CustomID
	}
	return req
}

// ParseConsole reads a command line as a person types it in the console:
// "/quotes speaker:Volodymyr Zelensky limit:3" or "/feed add url:https://...".
// A value runs until the next " name:" of a word.
func ParseConsole(line string) (Request, bool) {
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "/") {
		return Request{}, false
	}
	req := Request{Options: map[string]string{}}
	fields := strings.Fields(line[1:])
	if len(fields) == 0 {
		return Request{}, false
	}
	req.Name = fields[0]
	rest := fields[1:]
	if len(rest) > 0 && !strings.Contains(rest[0], ":") {
		req.Name += " " + rest[0] // a subcommand
		rest = rest[1:]
	}
	var key string
	for _, f := range rest {
		if k, v, ok := strings.Cut(f, ":"); ok && isOptionName(k) {
			key = k
			req.Options[key] = v
			continue
		}
		if key != "" {
			req.Options[key] += " " + f
		}
	}
	return req, true
}

func isOptionName(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}
