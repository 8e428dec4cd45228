package style

import "testing"

// checkHits asserts that hits are non-empty, inside s and in order.
func checkHits(t *testing.T, name, s string, hits []Hit) {
	t.Helper()
	prev := 0
	for i, h := range hits {
		if h.Start < prev || h.End <= h.Start || h.End > len(s) {
			t.Fatalf("%s hit %d %+v out of order or bounds (prev end %d, len %d) in %q", name, i, h, prev, len(s), s)
		}
		prev = h.End
	}
}

func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		"The server was quickly restarted by the on-call engineer.",
		"It’s been fixed, hasn’t it?",
		"Was the data backed up?",
		"We carried out a thorough review of the logs.",
		"The board has made a final decision to give approval for it.",
		"made a", "was", "'s", "’", "carry out", "come to a",
		"\xffwas\xfe fixed \x80made a decision",
	} {
		f.Add(s)
	}
}

func FuzzPassive(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkHits(t, "Passive", s, Passive(s))
	})
}

func FuzzHiddenVerbs(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		hits := HiddenVerbs(s)
		checkHits(t, "HiddenVerbs", s, hits)
		for _, h := range hits {
			if h.Suggestion == "" {
				t.Fatalf("hit %+v in %q has no suggestion", h, s)
			}
		}
		if n := WordCount(s); n < 0 || n > len(s) {
			t.Fatalf("WordCount(%q) = %d", s, n)
		}
	})
}
