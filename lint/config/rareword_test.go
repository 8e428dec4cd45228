package config

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint/wordfreq"
)

func TestParseRareWordThreshold(t *testing.T) {
	tests := []struct {
		yaml string
		want wordfreq.Zipf
	}{
		{"rare_word_threshold: 2.5\n", 25},
		{"rare_word_threshold: 3\n", 30},
		{"rare_word_threshold: off\n", wordfreq.Off},
		{"rare_word_threshold: false\n", wordfreq.Off},
		{"rare_word_threshold: rare\n", 20},     // rare and unseen words
		{"rare_word_threshold: unseen\n", 15},   // unseen words only
		{"rare_word_threshold: uncommon\n", 30}, // uncommon and rarer
	}
	for _, tt := range tests {
		f, err := Parse("c.yaml", "/repo", []byte(tt.yaml))
		if err != nil {
			t.Errorf("%q: %v", tt.yaml, err)
			continue
		}
		if got := f.Top.RareWordThreshold; got == nil || *got != tt.want {
			t.Errorf("%q: threshold %v, want %s", tt.yaml, got, tt.want)
		}
	}
	for _, bad := range []string{"rare_word_threshold: 9\n", "rare_word_threshold: common\n", "rare_word_threshold: lots\n", "rare_word_threshold: [2]\n"} {
		_, err := Parse("c.yaml", "/repo", []byte(bad))
		if err == nil || !strings.Contains(err.Error(), `c.yaml:1:22: "rare_word_threshold" must be`) {
			t.Errorf("%q: error %v", bad, err)
		}
	}
}

func TestRareWordThresholdPerPath(t *testing.T) {
	f, err := Parse("c.yaml", "/repo", []byte("rare_word_threshold: 2\noverrides:\n  - paths: [docs/api/**]\n    rare_word_threshold: off\n  - paths: [news/**]\n    audience: technical\n"))
	if err != nil {
		t.Fatal(err)
	}
	display := func(s string) string { return s }
	api := effective(f, "/repo/docs/api/x.md", "docs/api/x.md", Flags{}, display)
	news := effective(f, "/repo/news/x.md", "news/x.md", Flags{}, display)
	if *api.RareWordThreshold != wordfreq.Off || *news.RareWordThreshold != 20 {
		t.Errorf("api %s, news %s", *api.RareWordThreshold, *news.RareWordThreshold)
	}
	if api.linterKey() == news.linterKey() {
		t.Error("paths with different thresholds share a linter")
	}
}
