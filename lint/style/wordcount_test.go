package style

import "testing"

func TestWordCount(t *testing.T) {
	tests := []struct {
		sentence string
		want     int
	}{
		{"", 0},
		{"   ", 0},
		{"Hello.", 1},
		{"The server failed.", 3},
		{"Don't panic — it's fine.", 4},
		{"Our state-of-the-art tooling works.", 4},
		{"Costs rose 3.5% to £1,200 in Q3.", 7},
		{"Upgrade to v1.2.3 now!", 4},
		{"- a list item -", 3},
		{"'Quoted' words (in brackets) count.", 5},
		{"e.g. this", 3},
	}
	for _, tc := range tests {
		if got := WordCount(tc.sentence); got != tc.want {
			t.Errorf("WordCount(%q) = %d, want %d", tc.sentence, got, tc.want)
		}
	}
}
