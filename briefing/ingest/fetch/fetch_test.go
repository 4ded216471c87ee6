package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing/ingest"
)

var loopback = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32"), netip.MustParsePrefix("::1/128")}

// site serves the test pages and feeds on loopback and counts requests.
func site(t *testing.T) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	page, err := os.ReadFile("../testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	rss, err := os.ReadFile("../testdata/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	var hits atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"v1"`)
		w.Write(rss)
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		w.Write([]byte("<rss><channel><title>x<item>"))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/error", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 500) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>words words words</p>", 1000))
		for n := 0; n <= ingest.MaxPageBytes; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	mux.HandleFunc("/to-page", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/page", http.StatusFound) })
	mux.HandleFunc("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://127.0.0.1/x", http.StatusFound)
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func TestPageAndFeed(t *testing.T) {
	srv, _ := site(t)
	c := New(2*time.Second, loopback)
	ctx := context.Background()
	a, err := c.Page(ctx, srv.URL+"/page")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, "It is a relief") || !strings.HasSuffix(a.URL, "/news/harbour-reopens") {
		t.Errorf("article = %q at %q", a.Title, a.URL)
	}
	if a, err := c.Page(ctx, srv.URL+"/to-page"); err != nil || !strings.Contains(a.Body, "It is a relief") {
		t.Errorf("redirect within loopback: %v", err)
	}
	f, v, err := c.Feed(ctx, srv.URL+"/feed", Validators{})
	if err != nil || len(f.Items) != 7 || v.ETag != `"v1"` {
		t.Fatalf("feed: %d items, %+v, %v", len(f.Items), v, err)
	}
	if _, _, err := c.Feed(ctx, srv.URL+"/feed", v); !errors.Is(err, ErrNotModified) {
		t.Errorf("conditional request: %v, want ErrNotModified", err)
	}
	arts, skipped, err := c.Articles(ctx, srv.URL+"/feed")
	if err != nil || len(arts) != 7 || len(skipped) != 0 {
		t.Errorf("Articles(feed) = %d articles, %v, %v", len(arts), skipped, err)
	}
}

func TestBadSources(t *testing.T) {
	srv, _ := site(t)
	// A roomy time-out for every source but the one that never answers, so that a busy
	// machine reading the huge page is not taken for a slow server.
	c, quick := New(10*time.Second, loopback), New(300*time.Millisecond, loopback)
	ctx := context.Background()
	var he *HTTPError
	tests := []struct {
		path  string
		check func(error) bool
	}{
		{"/missing", func(err error) bool { return errors.As(err, &he) && he.Status == 404 }},
		{"/error", func(err error) bool { return errors.As(err, &he) && he.Status == 500 }},
		{"/slow", func(err error) bool { return err != nil && strings.Contains(err.Error(), "Timeout") }},
		{"/huge", func(err error) bool {
			return errors.Is(err, ingest.ErrTooLarge) && strings.Contains(err.Error(), fmt.Sprintf("%d MiB", ingest.MaxPageBytes>>20))
		}},
		{"/image", func(err error) bool { return errors.Is(err, ErrContentType) }},
		{"/to-metadata", func(err error) bool { return errors.Is(err, ErrBlocked) }},
		{"/to-ftp", func(err error) bool { return err != nil }},
	}
	for _, tc := range tests {
		client := c
		if tc.path == "/slow" {
			client = quick
		}
		_, err := client.Page(ctx, srv.URL+tc.path)
		if !tc.check(err) {
			t.Errorf("%s: err = %v", tc.path, err)
		}
	}
	if _, _, err := c.Feed(ctx, srv.URL+"/broken", Validators{}); err == nil || !strings.Contains(err.Error(), "not a valid") {
		t.Errorf("broken feed: %v", err)
	}
	for _, u := range []string{"ftp://127.0.0.1/", "file:///etc/passwd", "not a url", "http://"} {
		if _, err := c.Page(ctx, u); err == nil {
			t.Errorf("Page(%q) accepted", u)
		}
	}
}

func TestNoSSRFWithoutAllowlist(t *testing.T) {
	srv, hits := site(t)
	c := New(2*time.Second, nil)
	if _, err := c.Page(context.Background(), srv.URL+"/page"); !errors.Is(err, ErrBlocked) {
		t.Errorf("loopback without allowlist: %v, want ErrBlocked", err)
	}
	if hits.Load() != 0 {
		t.Errorf("the blocked server got %d requests", hits.Load())
	}
}

func TestAllowed(t *testing.T) {
	tests := map[string]bool{
		"93.184.216.34": true, "2606:4700::1111": true,
		"127.0.0.1": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false,
		"169.254.169.254": false, "0.0.0.0": false, "::1": false, "fe80::1": false, "fd00::1": false,
		"100.64.0.1": false, "::ffff:127.0.0.1": false, "224.0.0.1": false,
		// IPv4-compatible and IPv4-translated forms of 127.0.0.1, site-local, reserved class E.
		"::7f00:1": false, "::ffff:0:7f00:1": false, "fec0::1": false, "240.0.0.1": false, "255.255.255.255": false,
	}
	for s, want := range tests {
		if got := Allowed(netip.MustParseAddr(s), nil); got != want {
			t.Errorf("Allowed(%s) = %v", s, got)
		}
	}
	if !Allowed(netip.MustParseAddr("127.0.0.1"), loopback) {
		t.Error("allowlist ignored")
	}
	if p, err := ParseAllow("127.0.0.1, 10.0.0.0/8"); err != nil || len(p) != 2 {
		t.Errorf("ParseAllow = %v, %v", p, err)
	}
	if _, err := ParseAllow("not-an-ip"); err == nil {
		t.Error("ParseAllow accepted junk")
	}
}
