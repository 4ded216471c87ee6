package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestCollectFilesFollowsLinksToFiles: a folder's links to article files are read as the files,
// a broken link and a link to a folder are reported, and files of other kinds are passed over.
func TestCollectFilesFollowsLinksToFiles(t *testing.T) {
	store, dir := t.TempDir(), t.TempDir()
	target := writeFile(t, store, "story.txt", []byte("The harbour at Port Ellen reopened on Friday."))
	writeFile(t, dir, "own.md", []byte("# Own\n\nA file of its own."))
	writeFile(t, dir, "photo.jpg", []byte("not an article"))
	links := map[string]string{
		"linked.txt": target,
		"gone.txt":   filepath.Join(store, "deleted.txt"),
		"folder.txt": store,
		"other.jpg":  target,
	}
	for name, to := range links {
		if err := os.Symlink(to, filepath.Join(dir, name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	files, bad := collectFiles([]string{dir})
	for i := range files {
		files[i] = filepath.Base(files[i])
	}
	if want := []string{"linked.txt", "own.md"}; !slices.Equal(files, want) {
		t.Errorf("files %v, want %v", files, want)
	}
	why := map[string]string{}
	for _, r := range bad {
		why[filepath.Base(r.path)] = r.why
	}
	want := map[string]string{"gone.txt": "no such file", "folder.txt": "a link to a folder or device, not followed"}
	if len(why) != len(want) {
		t.Errorf("rejected %v, want %v", why, want)
	}
	for name, w := range want {
		if why[name] != w {
			t.Errorf("%s rejected for %q, want %q", name, why[name], w)
		}
	}
}
