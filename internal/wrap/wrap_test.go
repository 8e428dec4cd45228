package wrap

import (
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  []string
	}{
		{"", 10, nil},
		{"one two three", 7, []string{"one two", "three"}},
		{"a verylongwordindeed b", 5, []string{"a", "verylongwordindeed", "b"}},
		{"café crème brûlée", 10, []string{"café crème", "brûlée"}},
	}
	for _, tt := range tests {
		got := Words(tt.in, tt.width)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
			t.Errorf("Words(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}
