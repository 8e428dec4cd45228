package readability

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// minAgreement is the share of testdata/syllables.tsv on which Syllables
// must match the pronouncing dictionary exactly.
const minAgreement = 0.93

func TestSyllablesAgreeWithDictionary(t *testing.T) {
	f, err := os.Open("testdata/syllables.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()

	total, agree := 0, 0
	var misses []string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		word, count, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("syllables.tsv:%d: no tab", line)
		}
		want, err := strconv.Atoi(count)
		if err != nil {
			if line == 1 {
				continue // header
			}
			t.Fatalf("syllables.tsv:%d: %v", line, err)
		}
		total++
		if got := Syllables(word); got == want {
			agree++
		} else {
			misses = append(misses, word+" "+strconv.Itoa(got)+"≠"+count)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if total < 5000 {
		t.Fatalf("syllables.tsv has %d words, want at least 5000", total)
	}
	share := float64(agree) / float64(total)
	t.Logf("syllable agreement with the CMU dictionary: %d/%d = %.2f%%", agree, total, 100*share)
	if testing.Verbose() && os.Getenv("SYLLABLE_MISSES") != "" {
		t.Logf("misses (got≠want): %s", strings.Join(misses, ", "))
	}
	if share < minAgreement {
		t.Errorf("agreement %.2f%% is below %.0f%%", 100*share, 100*minAgreement)
	}
}

func TestSyllables(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"", 0},
		{"-", 0},
		{"a", 1},
		{"I", 1},
		{"the", 1},
		{"make", 1},
		{"makes", 1},
		{"looked", 1},
		{"played", 1},
		{"wanted", 2},
		{"boxes", 2},
		{"places", 2},
		{"table", 2},
		{"tables", 2},
		{"handled", 2},
		{"called", 1},
		{"lately", 2},
		{"statement", 2},
		{"create", 2},
		{"idea", 3},
		{"media", 3},
		{"social", 2},
		{"nation", 2},
		{"million", 2},
		{"serious", 3},
		{"quiet", 2},
		{"trying", 2},
		{"going", 2},
		{"player", 2},
		{"yes", 1},
		{"league", 1},
		{"unique", 2},
		{"actual", 3},
		{"fluent", 2},
		{"true", 1},
		{"value", 2},
		{"prism", 2},
		{"business", 2},
		{"every", 3},
		{"infrastructure", 4},
		{"organisation", 5},
		{"deployment", 3},
		{"configuration", 5},
		{"someone", 2},
		{"everything", 3},
		{"fire", 2},
		{"centre", 2},
		{"rhythm", 2},
		{"basically", 3},
		{"don't", 1},
		{"café", 2},
		{"state-of-the-art", 4},
		{"2024", 3},
		{"5", 1},
		{"v2", 1},
		{"SQL", 3},
		{"API", 3},
		{"AWS", 5},
		{"IT", 2},
		{"NOT", 1},
		{"NASA", 2},
		{"pm", 2},
		{"dryer", 2},
		{"reinstall", 3},
		{"settling", 3},
		{"pipeline", 2},
		{"takeover", 3},
		{"reliable", 4},
	}
	for _, tc := range tests {
		if got := Syllables(tc.word); got != tc.want {
			t.Errorf("Syllables(%q) = %d, want %d", tc.word, got, tc.want)
		}
	}
}
