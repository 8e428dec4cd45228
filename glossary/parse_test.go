package glossary

import (
	"errors"
	"strings"
	"testing"
)

func TestParseValid(t *testing.T) {
	src := `version: 1
entries:
  - term: SLA
    kind: acronym
    expansion: service level agreement
    definition: A supplier's written promise about how well a service will work.
    replace: [service promise]
  - term: leverage
    kind: jargon
    replace: use
    fix: false
    case_sensitive: false
    audiences: [general, business]
    severity: error
`
	g, err := Parse("team.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entries) != 2 {
		t.Fatalf("got %d entries, want 2", len(g.Entries))
	}
	sla, lev := g.Entries[0], g.Entries[1]
	if sla.Term != "SLA" || sla.Kind != Acronym || !sla.IsCaseSensitive() || sla.DefaultSeverity() != Warning {
		t.Errorf("SLA parsed wrong: %+v", sla)
	}
	if sla.Source != "team.yaml:3:5" {
		t.Errorf("SLA source = %q, want team.yaml:3:5", sla.Source)
	}
	if lev.IsCaseSensitive() || lev.Fixable() || lev.DefaultSeverity() != Error || len(lev.Replace) != 1 || lev.Replace[0] != "use" {
		t.Errorf("leverage parsed wrong: %+v", lev)
	}
	if !lev.AppliesTo(General) || lev.AppliesTo(Technical) {
		t.Errorf("leverage audiences wrong: %v", lev.Audiences)
	}
}

func TestParseBareListAndEmpty(t *testing.T) {
	g, err := Parse("a.yaml", []byte("- term: synergy\n  kind: jargon\n  replace: [cooperation]\n"))
	if err != nil || len(g.Entries) != 1 {
		t.Fatalf("bare list: %v, %v", g, err)
	}
	for _, src := range []string{"", "# only a comment\n", "\xef\xbb\xbf", "version: 1\nentries:\n"} {
		g, err := Parse("e.yaml", []byte(src))
		if err != nil || len(g.Entries) != 0 {
			t.Errorf("Parse(%q) = %v, %v; want empty glossary", src, g, err)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"unknown key", "entries:\n  - term: x\n    kind: jargon\n    replacement: [y]\n", []string{`g.yaml:4:5: unknown key "replacement"`}},
		{"missing term", "entries:\n  - kind: jargon\n    replace: [y]\n", []string{"g.yaml:2:5: entry has no 'term'"}},
		{"missing kind", "entries:\n  - term: x\n", []string{`g.yaml:2:5: entry "x" has no 'kind'`}},
		{"bad kind", "entries:\n  - term: x\n    kind: buzzword\n", []string{`g.yaml:3:11: "kind" must be one of acronym, jargon, wordy, not "buzzword"`}},
		{"wrong type", "entries:\n  - term: [a, b]\n    kind: jargon\n", []string{`g.yaml:2:11: "term" must be text, not a list`}},
		{"wrong bool", "entries:\n  - term: x\n    kind: jargon\n    fix: maybe\n", []string{`g.yaml:4:10: "fix" must be true or false, not "maybe"`}},
		{"bad audience", "entries:\n  - term: x\n    kind: jargon\n    audiences: [finance]\n", []string{`g.yaml:4:16: "audiences" must list only`}},
		{"none among others", "entries:\n  - term: x\n    kind: acronym\n    audiences: [none, general]\n", []string{`g.yaml:4:16: "audiences" cannot list none with other audiences`}},
		{"duplicate", "entries:\n  - term: Leverage\n    kind: jargon\n  - term: leverage\n    kind: jargon\n", []string{`g.yaml:4:5: duplicate term "leverage" (first defined at line 2)`}},
		{"two problems", "entries:\n  - term: x\n    kind: nope\n  - kind: jargon\n", []string{"g.yaml:3:11:", "g.yaml:4:5: entry has no 'term'"}},
		{"syntax", "entries:\n  - term: x\n   kind: [\n", []string{"g.yaml:3:1: invalid YAML"}},
		{"not a mapping", "just text\n", []string{"g.yaml:1:1: a glossary is a mapping"}},
		{"bad version", "version: 2\nentries: []\n", []string{`g.yaml:1:10: unsupported glossary version "2"`}},
		{"entries not list", "entries: {term: x}\n", []string{"g.yaml:1:10: 'entries' must be a list"}},
		{"unknown top key", "entrys: []\n", []string{`g.yaml:1:1: unknown key "entrys"`}},
		{"senses not a list", "entries:\n  - term: x\n    kind: jargon\n    senses: {when: y}\n", []string{"g.yaml:4:13: 'senses' must be a list"}},
		{"sense without cues", "entries:\n  - term: x\n    kind: jargon\n    senses:\n      - replace: [y]\n", []string{"g.yaml:5:9: a sense needs 'when'"}},
		{"sense with nothing to say", "entries:\n  - term: x\n    kind: jargon\n    senses:\n      - when: [y]\n", []string{"g.yaml:5:9: a sense needs a 'definition' or 'replace'"}},
		{"plain sense with advice", "entries:\n  - term: x\n    kind: jargon\n    senses:\n      - {when: [y], plain: true, replace: [z]}\n", []string{"g.yaml:5:9: a plain sense reports nothing"}},
		{"unknown sense key", "entries:\n  - term: x\n    kind: jargon\n    senses:\n      - {when: [y], replac: [z]}\n", []string{`g.yaml:5:21: unknown key "replac" in a sense`, "g.yaml:5:9: a sense needs a 'definition'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("g.yaml", []byte(tt.src))
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error %v is not an ErrorList", err)
			}
			if len(list) != len(tt.want) {
				t.Fatalf("got %d errors (%v), want %d", len(list), err, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(list[i].Error(), w) {
					t.Errorf("error %d = %q, want prefix %q", i, list[i].Error(), w)
				}
			}
		})
	}
}

func TestParseSenses(t *testing.T) {
	src := `entries:
  - term: bandwidth
    kind: jargon
    replace: [time]
    senses:
      - when: [network, Mbps]
        definition: How much data a connection carries at once.
        replace: [network capacity]
      - when: radio
        plain: true
`
	g, err := Parse("s.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ss := g.Entries[0].Senses
	if len(ss) != 2 || strings.Join(ss[0].When, ",") != "network,Mbps" || ss[0].Replace[0] != "network capacity" || ss[0].Plain ||
		len(ss[1].When) != 1 || !ss[1].Plain {
		t.Fatalf("senses parsed wrong: %+v", ss)
	}
	e := g.Entries[0].WithSense(&ss[0])
	if e.Replace[0] != "network capacity" || e.Definition == "" || e.Senses != nil || g.Entries[0].Replace[0] != "time" {
		t.Errorf("WithSense: got %+v, entry now %+v", e, g.Entries[0])
	}
}

func TestMergeOverridesInPlace(t *testing.T) {
	a := &Glossary{Entries: []*Entry{{Term: "leverage", Kind: Jargon, Replace: []string{"use"}}, {Term: "SLA", Kind: Acronym}}}
	b := &Glossary{Entries: []*Entry{{Term: "Leverage", Kind: Jargon, Replace: []string{"rely on"}}, {Term: "sla", Kind: Jargon}}}
	m := Merge(a, b)
	if len(m.Entries) != 3 {
		t.Fatalf("got %d entries, want 3 (SLA acronym and sla jargon differ by case)", len(m.Entries))
	}
	if m.Entries[0].Replace[0] != "rely on" {
		t.Errorf("later glossary did not override: %v", m.Entries[0].Replace)
	}
	if got := m.Lookup("LEVERAGE"); got == nil || got.Replace[0] != "rely on" {
		t.Errorf("Lookup folded case: %v", got)
	}
	if got := m.Lookup("SLA"); got == nil || got.Kind != Acronym {
		t.Errorf("Lookup exact: %v", got)
	}
}
