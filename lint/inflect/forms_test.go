package inflect

import (
	"slices"
	"strings"
	"testing"
)

func TestFormsContains(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		// regular verbs: -s, -ed, -ing, e-dropping, y → ies/ied
		{"leverage", []string{"leverages", "leveraged", "leveraging"}},
		{"use", []string{"uses", "used", "using"}},
		{"carry", []string{"carries", "carried", "carrying"}},
		{"play", []string{"plays", "played", "playing"}},
		{"agree", []string{"agrees", "agreed", "agreeing"}},
		{"die", []string{"dies", "died", "dying"}},
		{"singe", []string{"singed", "singeing"}},
		{"panic", []string{"panicked", "panicking"}},
		{"fix", []string{"fixes", "fixed", "fixing"}},
		{"veto", []string{"vetoes", "vetoed", "vetoing"}},
		// doubling
		{"drop", []string{"dropped", "dropping"}},
		{"plan", []string{"planned", "planning"}},
		{"commit", []string{"committed", "committing"}},
		{"quiz", []string{"quizzes", "quizzed"}},
		{"visit", []string{"visited", "visiting"}},
		{"open", []string{"opened", "opening"}},
		{"model", []string{"modeled", "modelled", "modeling", "modelling"}},
		{"travel", []string{"traveled", "travelled"}},
		// irregular verbs
		{"spin", []string{"spins", "spun", "spinning"}},
		{"run", []string{"runs", "ran", "running"}},
		{"take", []string{"takes", "took", "taken", "taking"}},
		{"make", []string{"made", "making"}},
		{"give", []string{"gave", "given"}},
		{"get", []string{"got", "gotten", "getting"}},
		{"go", []string{"goes", "went", "gone", "going"}},
		{"bring", []string{"brought"}},
		{"drive", []string{"drove", "driven", "driving"}},
		{"set", []string{"sets", "setting"}},
		{"put", []string{"puts", "putting"}},
		{"build", []string{"built"}},
		{"hold", []string{"held"}},
		{"keep", []string{"kept"}},
		{"sell", []string{"sold"}},
		{"think", []string{"thought"}},
		{"write", []string{"wrote", "written", "writing"}},
		{"speak", []string{"spoke", "spoken"}},
		{"learn", []string{"learned", "learnt"}},
		{"rebuild", []string{"rebuilt", "rebuilding"}},
		{"upsell", []string{"upsold"}},
		{"overtake", []string{"overtook", "overtaken", "overtaking"}},
		{"undergo", []string{"undergoes", "underwent", "undergone"}},
		{"be", []string{"is", "are", "was", "were", "been", "being"}},
		// nouns
		{"synergy", []string{"synergies", "synergy's", "synergies'"}},
		{"process", []string{"processes", "process's", "processes'"}},
		{"analysis", []string{"analyses"}},
		{"criterion", []string{"criteria", "criteria's"}},
		{"child", []string{"children", "children's"}},
		{"day", []string{"days"}},
		{"memo", []string{"memos"}},
		{"tech", []string{"techs"}},
		{"follow-up", []string{"follow-ups"}},
		{"deep-dive", []string{"deep-dives", "deep-dived", "deep-diving"}},
		// -ize/-ise nouns, in both spellings
		{"utilize", []string{"utilization", "utilizations", "utilized"}},
		{"utilise", []string{"utilisation", "utilisations", "utilised"}},
		{"prioritize", []string{"prioritization"}},
	}
	for _, tt := range tests {
		got := Forms(tt.word)
		if got[0] != tt.word {
			t.Errorf("Forms(%q)[0] = %q, want the word itself", tt.word, got[0])
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Forms(%q) = %q, missing %q", tt.word, got, w)
			}
		}
	}
}

// TestFormsRefusals checks that no form is a different common word. These
// are the false positives that would make the checker flag correct text.
func TestFormsRefusals(t *testing.T) {
	tests := []struct {
		word   string
		banned []string
	}{
		{"use", []string{"user", "users", "usable", "useful", "usage", "usely"}},
		{"sun", []string{"sunny", "sunly"}},
		{"quick", []string{"quickly", "quicker"}},
		{"scale", []string{"scalable", "scaler", "scaly"}},
		{"lead", []string{"leader", "leaded"}},
		{"hope", []string{"hopping", "hopped"}},
		{"hop", []string{"hoping", "hoped"}},
		{"singe", []string{"singing"}},
		{"dye", []string{"dying"}},
		{"dog", []string{"dogged"}},
		{"wick", []string{"wicked"}},
		{"new", []string{"news"}},
		{"income", []string{"incoming"}},
		{"go", []string{"gos", "goer"}},
		{"dive", []string{"dove"}},
		{"relay", []string{"relaid"}},
		{"belief", []string{"believes"}},
		{"synergy", []string{"synergistic", "synergize"}},
		{"prize", []string{"prization"}},
		{"size", []string{"sization"}},
		{"capsize", []string{"capsization"}},
		{"advise", []string{"advisation"}},
		{"analysis", []string{"analysises"}},
	}
	for _, tt := range tests {
		got := Forms(tt.word)
		for _, b := range tt.banned {
			if slices.Contains(got, b) {
				t.Errorf("Forms(%q) = %q, contains the different word %q", tt.word, got, b)
			}
		}
	}
}

// TestFormsAlone checks words that must not be inflected at all: short and
// grammatical words, and anything that is not a plain lower-case word.
func TestFormsAlone(t *testing.T) {
	for _, w := range []string{"it", "its", "us", "up", "out", "down", "over", "the", "and", "with", "can", "will", "", "SLA", "Kubernetes", "don't", "b2b", "café", "a--b", "-ish"} {
		if got := Forms(w); len(got) != 1 || got[0] != w {
			t.Errorf("Forms(%q) = %q, want just the word", w, got)
		}
	}
}

func TestFormsNoDuplicates(t *testing.T) {
	for _, w := range []string{"set", "put", "bus", "focus", "model", "be", "read", "cut", "follow-up", "deer", "sheep"} {
		got := Forms(w)
		seen := map[string]bool{}
		for _, f := range got {
			if seen[f] {
				t.Errorf("Forms(%q) = %q, %q twice", w, got, f)
			}
			seen[f] = true
		}
	}
}

func TestSpellings(t *testing.T) {
	tests := []struct {
		word string
		want []string // exactly, word first
	}{
		{"utilize", []string{"utilize", "utilise"}},
		{"utilise", []string{"utilise", "utilize"}},
		{"utilization", []string{"utilization", "utilisation"}},
		{"organizational", []string{"organizational", "organisational"}},
		{"organisationally", []string{"organisationally", "organizationally"}},
		{"prioritising", []string{"prioritising", "prioritizing"}},
		{"analyze", []string{"analyze", "analyse"}},
		{"analysed", []string{"analysed", "analyzed"}},
		{"color", []string{"color", "colour"}},
		{"behaviours", []string{"behaviours", "behaviors"}},
		{"favorite", []string{"favorite", "favourite"}},
		{"unfavourable", []string{"unfavourable", "unfavorable"}},
		{"center", []string{"center", "centre"}},
		{"centred", []string{"centred", "centered"}},
		{"centering", []string{"centering", "centring"}},
		{"catalog", []string{"catalog", "catalogue"}},
		{"cataloguing", []string{"cataloguing", "cataloging"}},
		{"modeling", []string{"modeling", "modelling"}},
		{"canceled", []string{"canceled", "cancelled"}},
		{"travelled", []string{"travelled", "traveled"}},
		{"counselor", []string{"counselor", "counsellor"}},
		{"program", []string{"program", "programme"}},
		{"programmes", []string{"programmes", "programs"}},
		{"judgment", []string{"judgment", "judgement"}},
		{"licence", []string{"licence", "license"}},
		{"defence", []string{"defence", "defense"}},
		{"practised", []string{"practised", "practiced"}},
		{"fulfil", []string{"fulfil", "fulfill"}},
		{"grey", []string{"grey", "gray"}},
		{"optimisation's", []string{"optimisation's", "optimization's"}},
		{"colorization", []string{"colorization", "colorisation"}},
		// no other spelling, and no rule may invent one
		{"use", []string{"use"}},
		{"humorous", []string{"humorous"}},
		{"honorary", []string{"honorary"}},
		{"laboratory", []string{"laboratory"}},
		{"advise", []string{"advise"}},
		{"exercise", []string{"exercise"}},
		{"promise", []string{"promise"}},
		{"otherwise", []string{"otherwise"}},
		{"surprise", []string{"surprise"}},
		{"raise", []string{"raise"}},
		{"size", []string{"size"}},
		{"prize", []string{"prize"}},
		{"seize", []string{"seize"}},
		{"capsize", []string{"capsize"}},
		{"meter", []string{"meter"}},
		{"filled", []string{"filled"}},
		{"hour", []string{"hour"}},
		{"SLA", []string{"SLA"}},
	}
	for _, tt := range tests {
		if got := Spellings(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("Spellings(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestAllFormsBothSpellings(t *testing.T) {
	got := AllForms("utilize")
	for _, w := range []string{"utilize", "utilise", "utilizing", "utilising", "utilization", "utilisation", "utilisations"} {
		if !slices.Contains(got, w) {
			t.Errorf("AllForms(utilize) = %q, missing %q", got, w)
		}
	}
	if got[0] != "utilize" {
		t.Errorf("AllForms(utilize)[0] = %q", got[0])
	}
}

func TestDialect(t *testing.T) {
	tests := []struct {
		word string
		want Dialect
	}{
		{"utilize", American}, {"utilise", British}, {"colour", British},
		{"travelled", British}, {"traveled", American}, {"centre", British},
		{"use", Neutral}, {"license", Neutral}, {"licence", British},
		{"program", Neutral}, {"Utilised", British}, {"analyses", Neutral},
	}
	for _, tt := range tests {
		if got := DialectOf(tt.word); got != tt.want {
			t.Errorf("DialectOf(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	respell := []struct {
		word string
		d    Dialect
		want string
	}{
		{"traveled", British, "travelled"},
		{"travelled", American, "traveled"},
		{"organized", British, "organised"},
		{"Colours", American, "Colors"},
		{"license", British, "license"},
		{"licences", American, "licenses"},
		{"use", British, "use"},
		{"colorization", British, "colorisation"},
		{"analyses", American, "analyses"},
	}
	for _, tt := range respell {
		if got := Respell(tt.word, tt.d); got != tt.want {
			t.Errorf("Respell(%q, %v) = %q, want %q", tt.word, tt.d, got, tt.want)
		}
	}
}

func FuzzForms(f *testing.F) {
	for _, s := range []string{"use", "spin", "utilise", "follow-up", "it", "", "a-", "Zz", "quiz", "ie", "e", "y", "sis", "\xff", "re", "rebe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		got := Forms(word)
		if len(got) == 0 || got[0] != word {
			t.Fatalf("Forms(%q) = %q, want the word first", word, got)
		}
		sp := Spellings(word)
		if len(sp) == 0 || sp[0] != word {
			t.Fatalf("Spellings(%q) = %q, want the word first", word, sp)
		}
		for _, s := range got[1:] {
			if s == word || strings.TrimFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' || r == '-' || r == '\'' }) != "" {
				t.Fatalf("Forms(%q) has odd form %q", word, s)
			}
		}
		FormOf(word, word)
		FormOf(word, "use")
		Inflect(word, Past)
		Inflect(word+" up", ThirdOrPlural)
		Inflect(word+" of view", Plural)
		MatchCase(word, "use")
		Respell(word, British)
	})
}

func TestIsIrregularParticiple(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"taken", true},
		{"split", true},
		{"led", true},
		{"ground", true},
		{"rebuilt", true},
		{"overridden", true},
		{"misunderstood", true},
		{"foregone", true},
		{"mislaid", true},
		{"bidden", true},
		{"deployed", false}, // regular
		{"take", false},
		{"unset", false}, // a verb of its own, not un + set
		{"outcome", false},
		{"red", false},
	}
	for _, tt := range tests {
		if got := IsIrregularParticiple(tt.word); got != tt.want {
			t.Errorf("IsIrregularParticiple(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
