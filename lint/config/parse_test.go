package config

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestParseErrorsHavePositions(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown key", "audiense: general\n", `c.yaml:1:1: unknown key "audiense"`},
		{"wrong type", "builtin: [yes]\n", `c.yaml:1:10: "builtin" must be on or off, not a list`},
		{"bad audience", "audience: martians\n", `c.yaml:1:11: "audience" must be one of general, business, executive, technical, not "martians"`},
		{"bad rule value", "rules:\n  jargon: loud\n", `c.yaml:2:11: rule "jargon" must be off, error, warning or suggestion, not "loud"`},
		{"rules not a mapping", "rules: [jargon]\n", `c.yaml:1:8: 'rules' must map rule ids`},
		{"bad fail_on", "fail_on: fatal\n", `c.yaml:1:10: "fail_on" must be one of error, warning, suggestion, none, not "fatal"`},
		{"glossaries mapping", "glossaries: {a: b}\n", `c.yaml:1:13: "glossaries" must be a list of text, not a mapping`},
		{"allow mapping", "allow: {a: b}\n", `c.yaml:1:8: "allow" must be a list of text, not a mapping`},
		{"override without paths", "overrides:\n  - audience: general\n", `c.yaml:2:5: override has no 'paths'`},
		{"override unknown key", "overrides:\n  - paths: [a/**]\n    baseline: x\n", `c.yaml:3:5: unknown key "baseline" in override`},
		{"bad glob", "ignore: ['a/[b']\n", `c.yaml:1:10: "ignore": "a/[b" is not a valid glob`},
		// Globs reaching outside the config's folder used to be accepted
		// and then silently never match.
		{"glob with ..", "ignore:\n  - docs/**\n  - ../other/*.md\n", `c.yaml:3:5: "ignore": "../other/*.md" reaches outside this config file's folder`},
		{"absolute glob", "ignore: [/tmp/drafts]\n", `c.yaml:1:10: "ignore": "/tmp/drafts" reaches outside`},
		{"override glob", "overrides:\n  - paths: [a/../../b]\n    audience: general\n", `c.yaml:2:13: "paths": "a/../../b" reaches outside`},
		{"duplicate key", "audience: general\naudience: technical\n", `c.yaml:2:1: key "audience" is set twice (first at line 1)`},
		{"not a mapping", "- a\n", `c.yaml:1:1: a config file is a mapping of settings, not a list`},
		{"syntax", "audience: [general\n", `c.yaml:`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("c.yaml", "/repo", []byte(tt.yaml))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestParseEveryKey(t *testing.T) {
	dir := filepath.FromSlash("/repo")
	f, err := Parse("c.yaml", dir, []byte(`
glossaries: [team.yaml, ../shared/words.yaml]
builtin: off
audience: executive
rules: {jargon: off, wordy: warning, acronym-density: false}
allow: [Acme Cloud]
ignore: ["**/CHANGELOG.md"]
fail_on: none
baseline: base.json
overrides:
  - paths: ["docs/api/**"]
    audience: technical
    rules: {wordy: off}
`))
	if err != nil {
		t.Fatal(err)
	}
	wantG := []string{filepath.Join(dir, "team.yaml"), filepath.Join(filepath.Dir(dir), "shared", "words.yaml")}
	if strings.Join(f.Top.Glossaries, "|") != strings.Join(wantG, "|") {
		t.Errorf("glossaries = %q, want %q", f.Top.Glossaries, wantG)
	}
	if f.Top.Builtin == nil || *f.Top.Builtin {
		t.Errorf("builtin = %v, want off", f.Top.Builtin)
	}
	if f.Top.Audience != "executive" || f.Top.FailOn != "none" {
		t.Errorf("audience %q fail_on %q", f.Top.Audience, f.Top.FailOn)
	}
	if !f.Top.Rules["jargon"].Off || !f.Top.Rules["acronym-density"].Off || f.Top.Rules["wordy"].Severity != "warning" {
		t.Errorf("rules = %+v", f.Top.Rules)
	}
	if f.Top.Rules["wordy"].At.Line != 5 {
		t.Errorf("rule position = %+v, want line 5", f.Top.Rules["wordy"].At)
	}
	if f.Baseline != filepath.Join(dir, "base.json") {
		t.Errorf("baseline = %q", f.Baseline)
	}
	if len(f.Overrides) != 1 || f.Overrides[0].Audience != "technical" || f.Overrides[0].Line != 11 {
		t.Errorf("overrides = %+v", f.Overrides)
	}
}

func TestStarterConfigParses(t *testing.T) {
	f, err := Parse(FileName, "/repo", []byte(StarterConfig))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Overrides) != 2 || f.Top.Audience != "business" || len(f.Top.Glossaries) != 1 {
		t.Errorf("starter config read as %+v", f)
	}
}

func TestMatchAny(t *testing.T) {
	tests := []struct {
		globs []string
		path  string
		want  bool
	}{
		{[]string{"docs/api/**"}, "docs/api/ref.md", true},
		{[]string{"docs/api/**"}, "docs/api/v2/ref.md", true},
		{[]string{"docs/api/**"}, "docs/apis/ref.md", false},
		{[]string{"docs/api/**"}, "other/docs/api/ref.md", false},
		{[]string{"*.draft.md"}, "notes/deep/x.draft.md", true},
		{[]string{"*.draft.md"}, "notes/x.md", false},
		{[]string{"drafts"}, "a/drafts/x.md", true},
		{[]string{"drafts/"}, "drafts/x.md", true},
		{[]string{"docs/*.md"}, "docs/sub/x.md", false},
		{[]string{"docs/*.md"}, "docs/x.md", true},
		{[]string{"**/CHANGELOG.md"}, "CHANGELOG.md", true},
		{nil, "x.md", false},
	}
	for _, tt := range tests {
		if got := matchAny(tt.globs, tt.path); got != tt.want {
			t.Errorf("matchAny(%q, %q) = %v, want %v", tt.globs, tt.path, got, tt.want)
		}
	}
}
