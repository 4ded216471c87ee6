// Package seeds ships briefbot's seed articles inside the binary, so that `briefbot demo` and the
// tests have real news copy to work on with no network and no files.
package seeds

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/ingest"
)

//go:embed *.txt
var files embed.FS

// Names lists the embedded seed files in order.
func Names() []string {
	entries, _ := fs.ReadDir(files, ".") // an embed.FS root always reads
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

// Articles parses every embedded seed article. Each gets Source "seeds" and a URL naming its
// file ("seed:000_6ca526304d51d5ce"), which keeps it one article however often it is loaded.
func Articles() ([]briefing.Article, error) {
	var out []briefing.Article
	for _, name := range Names() {
		data, err := files.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read seed %s: %w", name, err)
		}
		a, err := ingest.Parse(name, data)
		if err != nil {
			return nil, fmt.Errorf("parse seed %s: %w", name, err)
		}
		a.Source = "seeds"
		a.URL = "seed:" + strings.TrimSuffix(name, path.Ext(name))
		out = append(out, a)
	}
	return out, nil
}
