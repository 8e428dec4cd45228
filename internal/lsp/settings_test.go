package lsp

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

// TestVSCodeSettingsMatchServer keeps the VS Code extension's settings in
// step with what the server reads: one setting per settings field (plus
// the command's path), and the audiences the glossary knows.
func TestVSCodeSettingsMatchServer(t *testing.T) {
	raw, err := os.ReadFile("../../editors/vscode/package.json")
	if err != nil {
		t.Fatal(err)
	}
	var pkg struct {
		Contributes struct {
			Configuration struct {
				Properties map[string]struct {
					Enum []string `json:"enum"`
				} `json:"properties"`
			} `json:"configuration"`
		} `json:"contributes"`
	}
	if err := json.Unmarshal(raw, &pkg); err != nil {
		t.Fatal(err)
	}
	props := pkg.Contributes.Configuration.Properties
	var got []string
	for k := range props {
		if k != "dejargon.path" {
			got = append(got, strings.TrimPrefix(k, "dejargon."))
		}
	}
	var want []string
	st := reflect.TypeFor[settings]()
	for i := range st.NumField() {
		want = append(want, strings.Split(st.Field(i).Tag.Get("json"), ",")[0])
	}
	sort.Strings(got)
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Errorf("VS Code settings %v, server settings %v", got, want)
	}
	var audiences []string
	for _, a := range glossary.Audiences {
		audiences = append(audiences, string(a))
	}
	if e := props["dejargon.audience"].Enum; !slices.Equal(e, audiences) {
		t.Errorf("VS Code audiences %v, glossary audiences %v", e, audiences)
	}
}

func TestParseSettings(t *testing.T) {
	s, err := parseSettings(json.RawMessage(`{"audience":"executive","glossaries":["team.yaml","/abs/g.yaml"],"debounceMs":0}`))
	if err != nil {
		t.Fatal(err)
	}
	r := s.resolve([]string{"/proj"})
	if r.Audience != "executive" || !slices.Equal(r.Glossaries, []string{"/proj/team.yaml", "/abs/g.yaml"}) || r.DebounceMs == nil || *r.DebounceMs != 0 {
		t.Errorf("got %+v", r)
	}
	for _, bad := range []string{`{"audience":"martians"}`, `{"glossaries":"one.yaml"}`, `[1]`} {
		if _, err := parseSettings(json.RawMessage(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
	if s, err := parseSettings(json.RawMessage(`null`)); err != nil || s.Audience != "" {
		t.Errorf("null: %+v %v", s, err)
	}
}
