package config

import (
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the config parser: it must return a
// file or an error with a position, never panic.
func FuzzParse(f *testing.F) {
	f.Add([]byte(StarterConfig))
	f.Add([]byte("rules: {jargon: off}\noverrides:\n  - paths: ['**']\n    audience: general\n"))
	f.Add([]byte("ignore: ['[']\n"))
	f.Add([]byte("\xef\xbb\xbfbuiltin: off\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("c.yaml", "/repo", data)
		if err == nil && cfg == nil {
			t.Fatal("no file and no error")
		}
		if err != nil && !strings.HasPrefix(err.Error(), "c.yaml:") {
			t.Fatalf("error without a position: %v", err)
		}
		if cfg != nil {
			for _, o := range cfg.Overrides {
				matchAny(o.Paths, "docs/a.md")
			}
			matchAny(cfg.Top.Ignore, "docs/a.md")
		}
	})
}
