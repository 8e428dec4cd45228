package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestDeterministic checks that the same flags write the same bytes and
// that the tree has the size asked for, give or take one paragraph a file.
func TestDeterministic(t *testing.T) {
	for _, format := range []string{"md", "text", "eml"} {
		a, b := t.TempDir(), t.TempDir()
		for _, dir := range []string{a, b} {
			if err := write(dir, 200_000, 20, format, 7); err != nil {
				t.Fatal(err)
			}
		}
		var total int64
		err := filepath.Walk(a, func(path string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(a, path)
			x, _ := os.ReadFile(path)
			y, err := os.ReadFile(filepath.Join(b, rel))
			if err != nil || !bytes.Equal(x, y) {
				t.Errorf("%s: %s differs between runs", format, rel)
			}
			total += info.Size()
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if total < 200_000 || total > 200_000+20*2000 {
			t.Errorf("%s: tree is %d bytes, want about 200000", format, total)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"20MB": 20 << 20, "1.5kb": 1536, "100": 100, "1GB": 1 << 30} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "MB", "-1MB", "ten"} {
		if _, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q) succeeded", bad)
		}
	}
}
