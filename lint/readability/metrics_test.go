package readability

import (
	"math"
	"reflect"
	"testing"

	"github.com/dejargon/dejargon/lint/sentence"
)

func TestFormulas(t *testing.T) {
	tests := []struct {
		name string
		in   counts
		want Metrics
	}{
		{
			name: "no words",
			in:   counts{sentences: 3},
			want: Metrics{Sentences: 3},
		},
		{
			name: "three one-syllable words",
			in:   counts{words: 3, sentences: 1, syllables: 3, characters: 9},
			want: Metrics{
				Words: 3, Sentences: 1, Syllables: 3, Characters: 9,
				AvgSentenceLength:  3,
				FleschReadingEase:  119.19,
				FleschKincaidGrade: -2.62,
				GunningFog:         1.2,
				ColemanLiau:        17.64 - 0.296*100.0/3 - 15.8,
				ARI:                -5.8,
			},
		},
		{
			name: "typical business prose",
			in:   counts{words: 100, sentences: 5, syllables: 150, characters: 450, complex: 10, polysyllables: 12},
			want: Metrics{
				Words: 100, Sentences: 5, Syllables: 150, Characters: 450, ComplexWords: 10, Polysyllables: 12,
				AvgSentenceLength:  20,
				FleschReadingEase:  59.635,
				FleschKincaidGrade: 9.91,
				GunningFog:         12,
				ColemanLiau:        9.18,
				ARI:                9.765,
			},
		},
		{
			name: "thirty sentences bring SMOG",
			in:   counts{words: 600, sentences: 30, syllables: 900, characters: 2700, complex: 60, polysyllables: 90},
			want: Metrics{
				Words: 600, Sentences: 30, Syllables: 900, Characters: 2700, ComplexWords: 60, Polysyllables: 90,
				AvgSentenceLength:  20,
				FleschReadingEase:  59.635,
				FleschKincaidGrade: 9.91,
				GunningFog:         12,
				ColemanLiau:        9.18,
				ARI:                9.765,
				SMOG:               1.0430*math.Sqrt(90) + 3.1291,
				HasSMOG:            true,
			},
		},
		{
			name: "words but no sentences count as one sentence",
			in:   counts{words: 4, syllables: 4, characters: 16},
			want: Metrics{
				Words: 4, Sentences: 1, Syllables: 4, Characters: 16,
				AvgSentenceLength:  4,
				FleschReadingEase:  206.835 - 1.015*4 - 84.6,
				FleschKincaidGrade: 0.39*4 + 11.8 - 15.59,
				GunningFog:         1.6,
				ColemanLiau:        0.0588*400 - 0.296*25 - 15.8,
				ARI:                4.71*4 + 0.5*4 - 21.43,
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.in.metrics()
			if !metricsClose(got, tc.want) {
				t.Errorf("metrics()\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// metricsClose compares counts exactly and scores to within float noise.
func metricsClose(a, b Metrics) bool {
	close := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
	return a.Words == b.Words && a.Sentences == b.Sentences && a.Syllables == b.Syllables &&
		a.Characters == b.Characters && a.ComplexWords == b.ComplexWords &&
		a.Polysyllables == b.Polysyllables && a.HasSMOG == b.HasSMOG &&
		close(a.AvgSentenceLength, b.AvgSentenceLength) &&
		close(a.FleschReadingEase, b.FleschReadingEase) &&
		close(a.FleschKincaidGrade, b.FleschKincaidGrade) &&
		close(a.GunningFog, b.GunningFog) && close(a.ColemanLiau, b.ColemanLiau) &&
		close(a.ARI, b.ARI) && close(a.SMOG, b.SMOG)
}

func TestAccumulatorCounts(t *testing.T) {
	var a Accumulator
	a.Add("We reviewed the quarterly infrastructure budget.")
	got := a.Metrics()
	want := Metrics{Words: 6, Sentences: 1, Syllables: 13, Characters: 42, ComplexWords: 2, Polysyllables: 2}
	if got.Words != want.Words || got.Sentences != want.Sentences || got.Syllables != want.Syllables ||
		got.Characters != want.Characters || got.ComplexWords != want.ComplexWords ||
		got.Polysyllables != want.Polysyllables {
		t.Errorf("counts %+v, want %+v", got, want)
	}
}

func TestZeroGuards(t *testing.T) {
	var empty Accumulator
	empty.Add("")
	empty.Add("  ... !? — ")
	empty.AddWords(nil)
	empty.AddWords([]string{"", ""})
	empty.AddSpans("word", nil)
	empty.AddSpans("word", []sentence.Span{{Start: 2, End: 2}})
	empty.AddText("\n\n")
	if got := empty.Metrics(); got != (Metrics{}) {
		t.Errorf("empty accumulator gave %+v, want zeros", got)
	}
	if got := Measure(nil, 0); got != (Metrics{}) {
		t.Errorf("Measure(nil, 0) = %+v, want zeros", got)
	}
	if got := Measure(nil, -2); got != (Metrics{}) {
		t.Errorf("Measure(nil, -2) = %+v, want zeros", got)
	}
	if got := MeasureText(""); got != (Metrics{}) {
		t.Errorf("MeasureText(\"\") = %+v, want zeros", got)
	}
	if got := Measure([]string{"Done"}, 0); got.Sentences != 1 || got.FleschKincaidGrade == 0 {
		t.Errorf("Measure with words and no sentences = %+v, want one sentence and real scores", got)
	}
}

func TestComplexWords(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"infrastructure", true},
		{"quarterly", true},
		{"Kubernetes", true},
		{"created", false},   // cre-at-ed: the -ed makes the third syllable
		{"processes", false}, // pro-cess-es
		{"computing", false}, // com-put-ing
		{"guaranteed", true}, // the root already has three
		{"developing", true}, // de-vel-op is three before -ing
		{"state-of-the-art", false},
		{"cloud-infrastructure", true},
	}
	for _, tc := range tests {
		if Syllables(tc.word) < 3 {
			t.Errorf("%q has %d syllables; the case needs three or more", tc.word, Syllables(tc.word))
			continue
		}
		if got := isComplex(tc.word); got != tc.want {
			t.Errorf("isComplex(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestFeedingStylesAgree(t *testing.T) {
	text := "The backup failed twice. We moved it to a new disk! Did it work? Yes, it did."
	whole := MeasureText(text)

	var parts, merged Accumulator
	parts.Add("The backup failed twice.")
	disk := "We moved it to a new disk!"
	parts.AddSpans(disk, sentence.Words(disk))
	merged.AddWords([]string{"Did", "it", "work"})
	merged.Add("Yes, it did.")
	parts.Merge(merged)

	measured := Measure([]string{"The", "backup", "failed", "twice", "We", "moved", "it", "to", "a",
		"new", "disk", "Did", "it", "work", "Yes", "it", "did"}, 4)

	if !reflect.DeepEqual(whole, parts.Metrics()) {
		t.Errorf("MeasureText %+v\n differs from Add+Merge %+v", whole, parts.Metrics())
	}
	if !reflect.DeepEqual(whole, measured) {
		t.Errorf("MeasureText %+v\n differs from Measure %+v", whole, measured)
	}
	if whole.Sentences != 4 || whole.Words != 17 {
		t.Errorf("got %d sentences and %d words, want 4 and 17", whole.Sentences, whole.Words)
	}
}

func FuzzMeasureText(f *testing.F) {
	f.Add("The server failed. We restarted it.")
	f.Add("")
	f.Add("a-b-c 1,2,3 'x' ... SQL?! \xff")
	f.Fuzz(func(t *testing.T, text string) {
		m := MeasureText(text)
		for name, v := range map[string]float64{
			"AvgSentenceLength": m.AvgSentenceLength, "FleschReadingEase": m.FleschReadingEase,
			"FleschKincaidGrade": m.FleschKincaidGrade, "GunningFog": m.GunningFog,
			"ColemanLiau": m.ColemanLiau, "ARI": m.ARI, "SMOG": m.SMOG,
		} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%s = %v for %q", name, v, text)
			}
		}
		if m.Words < 0 || m.Sentences < 0 || m.Syllables < m.Words || m.ComplexWords > m.Polysyllables {
			t.Fatalf("inconsistent counts %+v for %q", m, text)
		}
	})
}
