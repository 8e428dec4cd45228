package inflect

import "testing"

func TestFormOf(t *testing.T) {
	tests := []struct {
		written, lemma string
		want           Form
		ok             bool
	}{
		{"leverage", "leverage", Base, true},
		{"leveraging", "leverage", Gerund, true},
		{"Leveraging", "leverage", Gerund, true},
		{"LEVERAGED", "leverage", PastOrParticiple, true},
		{"leverages", "leverage", ThirdOrPlural, true},
		{"took", "take", Past, true},
		{"taken", "take", PastParticiple, true},
		{"spun", "spin", PastOrParticiple, true},
		{"set", "set", BaseOrPast, true},
		{"ran", "run", Past, true},
		{"synergies", "synergy", ThirdOrPlural, true},
		{"synergy's", "synergy", Possessive, true},
		{"synergies’", "synergy", PluralPossessive, true},
		{"criteria", "criterion", Plural, true},
		{"analyses", "analysis", Plural, true},
		{"utilization", "utilize", Nominal, true},
		{"utilisations", "utilize", NominalPlural, true},
		{"Utilised", "utilize", PastOrParticiple, true},
		{"prioritising", "prioritize", Gerund, true},
		{"colours", "color", ThirdOrPlural, true},
		{"centring", "center", Gerund, true},
		{"travelled", "travel", PastOrParticiple, true},
		{"dropped", "drop", PastOrParticiple, true},
		{"planning", "plan", Gerund, true},
		// phrases
		{"spun up", "spin up", PastOrParticiple, true},
		{"Carrying out", "carry out", Gerund, true},
		{"deep-dived", "deep dive", PastOrParticiple, true},
		{"low-hanging fruits", "low-hanging fruit", ThirdOrPlural, true},
		{"set up", "set up", BaseOrPast, true},
		{"follow-ups", "follow-up", Plural, true},
		{"follow ups", "follow-up", Plural, true},
		{"modelling", "model", Gerund, true},
		{"cataloged", "catalogue", PastOrParticiple, true},
		{"gotten", "get", PastParticiple, true},
		{"foci", "focus", Plural, true},
		// not forms of the lemma
		{"user", "use", Base, false},
		{"users", "use", Base, false},
		{"sunny", "sun", Base, false},
		{"utilizer", "utilize", Base, false},
		{"spun", "spin up", Base, false},
		{"spinning down", "spin up", Base, false},
		{"sheep's", "sheep", Base, false}, // singular or plural possessive
		{"", "use", Base, false},
	}
	for _, tt := range tests {
		got, ok := FormOf(tt.written, tt.lemma)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("FormOf(%q, %q) = %v, %v; want %v, %v", tt.written, tt.lemma, got, ok, tt.want, tt.ok)
		}
	}
}

func TestInflect(t *testing.T) {
	tests := []struct {
		replacement string
		form        Form
		want        string
		ok          bool
	}{
		{"use", Base, "use", true},
		{"use", ThirdPerson, "uses", true},
		{"use", Gerund, "using", true},
		{"use", PastOrParticiple, "used", true},
		{"use", ThirdOrPlural, "uses", true},
		{"use", Nominal, "use", true},
		{"use", BaseOrPast, "", false}, // "we set" could be present or past
		{"make", Past, "made", true},
		{"take", Past, "took", true},
		{"take", PastParticiple, "taken", true},
		{"take", PastOrParticiple, "", false}, // took or taken: unsafe
		{"show", PastOrParticiple, "showed", true},
		{"put", BaseOrPast, "put", true},
		{"stop", Past, "stopped", true},
		{"visit", Past, "visited", true},
		{"commit", Gerund, "committing", true},
		{"travel", Past, "traveled", true},
		{"make", Gerund, "making", true},
		{"agree", Gerund, "agreeing", true},
		{"simplify", ThirdPerson, "simplifies", true},
		{"simplify", Nominal, "simplification", true},
		{"organize", Nominal, "organization", true},
		{"organise", NominalPlural, "organisations", true},
		{"improve", Nominal, "improvement", true},
		{"hurry", Nominal, "", false},
		{"expertise", Nominal, "", false},
		{"advise", Nominal, "", false},
		// phrases
		{"carry out", Gerund, "carrying out", true},
		{"carry out", ThirdOrPlural, "carries out", true},
		{"spin up", Past, "spun up", true},
		{"spin up", PastOrParticiple, "spun up", true},
		{"take on", PastOrParticiple, "", false},
		{"make use of", ThirdPerson, "makes use of", true},
		{"get in touch", Gerund, "getting in touch", true},
		{"take too long", ThirdOrPlural, "takes too long", true},
		{"take too long", Plural, "", false}, // not "take too longs"
		{"carry out", Plural, "", false},
		{"service agreement", Plural, "service agreements", true},
		{"service agreement", ThirdOrPlural, "service agreements", true},
		{"service agreement", PluralPossessive, "service agreements'", true},
		{"service agreement", Past, "", false},
		{"point of view", Plural, "points of view", true},
		{"point of view", Possessive, "point of view's", true},
		{"use case", Plural, "use cases", true},
		{"deep-dive", Past, "deep-dived", true},
		{"check-in", Plural, "check-ins", true},
		{"check-in", Past, "", false},
		// nouns
		{"synergy", Plural, "synergies", true},
		{"process", Plural, "processes", true},
		{"analysis", Plural, "analyses", true},
		{"criterion", PluralPossessive, "criteria's", true},
		{"child", Plural, "children", true},
		{"team", Possessive, "team's", true},
		{"connection between systems", Possessive, "", false}, // not "systems's"
		{"systems", Possessive, "", false},
		{"data loss", Possessive, "data loss's", true},
		{"status", Possessive, "status's", true},
		{"team", PluralPossessive, "teams'", true},
		{"cooperation", Plural, "", false},
		{"cooperation", ThirdOrPlural, "", false},
		{"cooperation", Past, "", false},
		{"advice", PluralPossessive, "", false},
		{"meeting", Past, "", false},     // not "meetinged": an -ing noun is no verb
		{"on", ThirdOrPlural, "", false}, // not "ons"
		{"on", Plural, "", false},
		{"up", Past, "", false},
		{"meeting", ThirdPerson, "", false},
		{"meeting", Plural, "meetings", true},
		{"setting", Gerund, "", false},
		{"bring", Past, "brought", true},
		{"sing", Gerund, "singing", true},
		{"help", ThirdOrPlural, "helps", true}, // a verb, so "helps" is fine
		{"help", Plural, "", false},
		{"man", ThirdOrPlural, "", false}, // mans or men
		// names and acronyms
		{"SLA", Plural, "SLAs", true},
		{"SLA", Past, "", false},
		{"Excel", Past, "", false},
		{"Excel", Possessive, "Excel's", true},
		{"", Plural, "", false},
		{"use", Form(200), "", false},
	}
	for _, tt := range tests {
		got, ok := Inflect(tt.replacement, tt.form)
		if ok != tt.ok || got != tt.want {
			t.Errorf("Inflect(%q, %v) = %q, %v; want %q, %v", tt.replacement, tt.form, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMatchCase(t *testing.T) {
	tests := []struct{ written, replacement, want string }{
		{"utilize", "use", "use"},
		{"Utilize", "use", "Use"},
		{"UTILIZE", "use", "USE"},
		{"Going forward", "from now on", "From now on"},
		{"Going Forward", "from now on", "From Now On"},
		{"GOING FORWARD", "from now on", "FROM NOW ON"},
		{"Leverage", "make use of", "Make use of"},
		{"Synergies Matter", "make use of", "Make Use Of"},
		{"Best Practice", "point of view", "Point of View"},
		{"leverage", "use Excel", "use Excel"},
		{"I", "we", "We"},
		{"\"Synergy", "cooperation", "Cooperation"},
		{"Éclat", "élan", "Élan"},
		{"123", "use", "use"},
		{"Utilize", "", ""},
	}
	for _, tt := range tests {
		if got := MatchCase(tt.written, tt.replacement); got != tt.want {
			t.Errorf("MatchCase(%q, %q) = %q, want %q", tt.written, tt.replacement, got, tt.want)
		}
	}
}

// TestFixPipeline runs the three steps the fixer uses, end to end.
func TestFixPipeline(t *testing.T) {
	tests := []struct{ written, lemma, replacement, want string }{
		{"Leveraging", "leverage", "use", "Using"},
		{"utilised", "utilize", "use", "used"},
		{"Utilization", "utilize", "use", "Use"},
		{"synergies", "synergy", "shared benefit", "shared benefits"},
		{"Spun up", "spin up", "start", "Started"},
		{"actioned", "action", "carry out", "carried out"},
		{"signalled", "signal", "label", "labelled"},
		{"signaled", "signal", "label", "labeled"},
	}
	for _, tt := range tests {
		f, ok := FormOf(tt.written, tt.lemma)
		if !ok {
			t.Errorf("FormOf(%q, %q) failed", tt.written, tt.lemma)
			continue
		}
		r, ok := Inflect(tt.replacement, f)
		if !ok {
			t.Errorf("Inflect(%q, %v) failed", tt.replacement, f)
			continue
		}
		if got := MatchCase(tt.written, Respell(r, DialectOf(tt.written))); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.written, got, tt.want)
		}
	}
}

func TestVerbForm(t *testing.T) {
	tests := []struct {
		verb string
		form Form
		want string
		ok   bool
	}{
		{"decide", Past, "decided", true},
		{"modify", ThirdPerson, "modifies", true},
		{"commit", Gerund, "committing", true},
		{"choose", PastParticiple, "chosen", true},
		{"choose", Past, "chose", true},
		{"pay", Past, "paid", true},
		{"back up", Past, "backed up", true},
		{"own", Past, "owned", true},
		{"cancel", Past, "canceled", true},
		{"review", Base, "review", true},
		{"review", Plural, "", false},
	}
	for _, tt := range tests {
		got, ok := VerbForm(tt.verb, tt.form)
		if got != tt.want || ok != tt.ok {
			t.Errorf("VerbForm(%q, %s) = %q, %v; want %q, %v", tt.verb, tt.form, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzVerbForm(f *testing.F) {
	for _, s := range []string{"decide", "back up", "own", "", " ", "a", "re-use", "be", "go on"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, verb string) {
		for _, form := range []Form{Base, ThirdPerson, Past, PastParticiple, Gerund, Plural} {
			if got, ok := VerbForm(verb, form); ok && got == "" {
				t.Errorf("VerbForm(%q, %s) = empty, ok", verb, form)
			}
		}
		IsIrregularParticiple(verb)
	})
}
