package wordfreq

import (
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

func TestLookupFolds(t *testing.T) {
	tests := []struct {
		word, key string
		// atLeast is the word's own frequency band floor it must reach by
		// folding; 0 means it must stay rare for business readers.
		atLeast Zipf
	}{
		{"shards", "shard", 25},               // plural
		{"sharding", "shard", 25},             // -ing
		{"stopped", "stop", 50},               // doubled consonant
		{"organizations", "organisation", 40}, // either spelling, and plural
		{"colours", "color", 40},
		{"analyzing", "analyse", 30},
		{"refracting", "refract", 20}, // as familiar as refracted
		{"rarer", "rare", 35},         // comparative
		{"obliquely", "oblique", 25},  // adverb
		{"plumpness", "plump", 25},    // quality noun
		{"inequality", "equality", 25},
		{"passeth", "pass", 50}, // old third person
		{"publick", "public", 40},
		{"hypervisors", "hypervisor", 0},
		{"idempotent", "idempotent", 0},
	}
	for _, tt := range tests {
		w := Default().Lookup(tt.word)
		if w.Key != tt.key {
			t.Errorf("%s: key %q, want %q", tt.word, w.Key, tt.key)
		}
		if tt.atLeast == 0 {
			if w.Zipf >= Threshold(glossary.Business) {
				t.Errorf("%s: Zipf %s, want it rare for business readers", tt.word, w.Zipf)
			}
		} else if w.Zipf < tt.atLeast {
			t.Errorf("%s: Zipf %s, want at least %s", tt.word, w.Zipf, tt.atLeast)
		}
	}
}

func TestLookupDoesNotOverfold(t *testing.T) {
	// news is not a form of new; the table knows it on its own.
	if w := Default().Lookup("news"); w.Key != "news" {
		t.Errorf("news: key %q", w.Key)
	}
	// A word the table lacks keeps its own frequency: folding only ever
	// finds forms the table has.
	if w := Default().Lookup("tokenization"); w.Known || w.Zipf != unseen() {
		t.Errorf("tokenization: %+v", w)
	}
}

func TestThresholds(t *testing.T) {
	if Threshold(glossary.Technical) != Off {
		t.Error("the rule should be off for technical readers")
	}
	for _, a := range glossary.Audiences {
		if a != glossary.Technical && Threshold(a) > Threshold(glossary.General) {
			t.Errorf("%s is stricter than general", a)
		}
		if _, ok := thresholds[a]; !ok {
			t.Errorf("no threshold for %s", a)
		}
	}
}

func TestRare(t *testing.T) {
	if _, rare := Default().Rare("password", 20); rare {
		t.Error("password is rare")
	}
	w, rare := Default().Rare("failover", 20)
	if !rare || w.Band().Name != "unseen" {
		t.Errorf("failover: %+v rare=%v", w, rare)
	}
}
