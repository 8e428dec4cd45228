package engine

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

const teamGlossary = `version: 1
entries:
  - term: CAB
    kind: acronym
    expansion: change advisory board
  - term: frobnicate
    kind: jargon
    replace: [adjust]
`

const draft = "The CAB will frobnicate the plan. We leverage it.\n"

func rulesOf(t *testing.T, req Request) []string {
	t.Helper()
	var e Engine
	res, err := e.Check(req)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range res.Findings {
		out = append(out, f.Rule+":"+f.Match)
	}
	return out
}

func TestTeamFiles(t *testing.T) {
	tests := []struct {
		name     string
		team     []TeamFile
		want     string
		audience glossary.Audience
		notes    []string
	}{
		{
			name: "built-in only",
			// No glossary lists frobnicate: it is a rare word.
			want: "acronym-undefined:CAB rare-word:frobnicate jargon:leverage",
		},
		{
			name: "a glossary",
			team: []TeamFile{{Name: "glossary.yaml", Text: teamGlossary}},
			want: "acronym-undefined:CAB jargon:frobnicate jargon:leverage",
		},
		{
			name:     "a config naming a glossary that is loaded too",
			team:     []TeamFile{{Name: ".dejargon.yaml", Text: "glossaries: [team/glossary.yaml]\naudience: technical\nallow: [leverage]\n"}, {Name: "glossary.yaml", Text: teamGlossary}},
			want:     "acronym-undefined:CAB jargon:frobnicate",
			audience: glossary.Technical,
		},
		{
			name:  "a config naming a glossary that is not loaded",
			team:  []TeamFile{{Name: "my-settings.yml", Text: "glossaries: [glossary.yaml]\nrules: {jargon: off}\n"}},
			want:  "acronym-undefined:CAB rare-word:frobnicate",
			notes: []string{"the config names the glossary glossary.yaml; load it too to use its terms"},
		},
		{
			name: "a config without the built-in glossary",
			team: []TeamFile{{Name: ".dejargon.yaml", Text: "builtin: off\n"}, {Name: "g.yaml", Text: teamGlossary}},
			want: "acronym-undefined:CAB jargon:frobnicate",
		},
		{
			name: "a glossary as a bare list",
			team: []TeamFile{{Name: "list.yaml", Text: "- term: frobnicate\n  kind: jargon\n"}},
			want: "acronym-undefined:CAB jargon:frobnicate jargon:leverage",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(rulesOf(t, Request{Text: draft, Audience: "business", Team: tt.team}), " ")
			if got != tt.want {
				t.Errorf("findings %q, want %q", got, tt.want)
			}
			info, err := LoadTeam(tt.team)
			if err != nil {
				t.Fatal(err)
			}
			if info.Audience != tt.audience {
				t.Errorf("audience %q, want %q", info.Audience, tt.audience)
			}
			if strings.Join(info.Notes, "|") != strings.Join(tt.notes, "|") {
				t.Errorf("notes %q, want %q", info.Notes, tt.notes)
			}
		})
	}
}

// TestConfigAudienceWhenPageNamesNone: the page's picker wins, as a flag
// does; with no audience asked for, the config's applies.
func TestConfigAudienceWhenPageNamesNone(t *testing.T) {
	team := []TeamFile{{Name: ".dejargon.yaml", Text: "audience: executive\n"}}
	var e Engine
	res, err := e.Check(Request{Text: draft, Team: team})
	if err != nil {
		t.Fatal(err)
	}
	if res.Profile.Audience != glossary.Executive {
		t.Errorf("audience %s, want executive", res.Profile.Audience)
	}
	res, err = e.Check(Request{Text: draft, Team: team, Audience: glossary.General})
	if err != nil {
		t.Fatal(err)
	}
	if res.Profile.Audience != glossary.General {
		t.Errorf("audience %s, want general", res.Profile.Audience)
	}
}

func TestBrokenTeamFiles(t *testing.T) {
	tests := []struct {
		name string
		team []TeamFile
		want string
	}{
		{"bad YAML", []TeamFile{{Name: "g.yaml", Text: "entries: [\n"}}, "g.yaml:"},
		{"bad entry", []TeamFile{{Name: "g.yaml", Text: "version: 1\nentries:\n  - term: x\n    kind: nonsense\n"}}, "g.yaml:4:"},
		{"bad config key", []TeamFile{{Name: ".dejargon.yaml", Text: "audiense: general\n"}}, ".dejargon.yaml:1:1: unknown key"},
		{"unknown rule", []TeamFile{{Name: ".dejargon.yaml", Text: "rules: {nope: off}\n"}}, "unknown rule"},
		{"two configs", []TeamFile{{Name: ".dejargon.yaml", Text: "audience: general\n"}, {Name: ".dejargon.yml", Text: "audience: general\n"}}, "only one config"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e Engine
			_, err := e.Check(Request{Text: draft, Team: tt.team})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestLinterReused: the page re-checks on every pause in typing, so the
// linter is built once per set of settings.
func TestLinterReused(t *testing.T) {
	var e Engine
	req := Request{Text: draft, Audience: "business"}
	if _, err := e.Check(req); err != nil {
		t.Fatal(err)
	}
	first := e.linter
	req.Text = "Another draft.\n"
	if _, err := e.Check(req); err != nil {
		t.Fatal(err)
	}
	if e.linter != first {
		t.Error("same settings built a new linter")
	}
	req.Audience = "general"
	if _, err := e.Check(req); err != nil {
		t.Fatal(err)
	}
	if e.linter == first {
		t.Error("a new audience kept the old linter")
	}
}
