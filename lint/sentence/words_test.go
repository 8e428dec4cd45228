package sentence

import (
	"reflect"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"  ", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"Don't panic", []string{"Don't", "panic"}},
		{"We’re live", []string{"We’re", "live"}},
		{"state-of-the-art tooling", []string{"state-of-the-art", "tooling"}},
		{"a - b", []string{"a", "b"}},
		{"a -b- c", []string{"a", "b", "c"}},
		{"'quoted' words", []string{"quoted", "words"}},
		{"the users' files", []string{"the", "users", "files"}},
		{"v1.2.3 costs 3.5% of 1,000", []string{"v1.2.3", "costs", "3.5", "of", "1,000"}},
		{"end. Next", []string{"end", "Next"}},
		{"one,two", []string{"one", "two"}},
		{"naïve café", []string{"naïve", "café"}},
		{"e.g. this", []string{"e", "g", "this"}},
		{"--flag", []string{"flag"}},
	}
	for _, tc := range tests {
		var got []string
		for _, w := range Words(tc.text) {
			got = append(got, w.Text(tc.text))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
