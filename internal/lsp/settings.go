package lsp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/dejargon/dejargon/glossary"
)

// settings are what the client may set in initializationOptions or, under
// the key "dejargon", in workspace/didChangeConfiguration. Like check's
// flags, each one set wins over the config file.
type settings struct {
	// Audience replaces the config's audience.
	Audience string `json:"audience"`
	// Glossaries are loaded after the config's, like --glossary.
	Glossaries []string `json:"glossaries"`
	// NoBuiltin leaves out the built-in glossary, like --no-builtin.
	NoBuiltin bool `json:"noBuiltin"`
	// Config is used instead of the nearest .dejargon.yaml, like --config.
	Config string `json:"config"`
	// DebounceMs replaces the wait after a change, in milliseconds.
	DebounceMs *int `json:"debounceMs"`
}

func parseSettings(raw json.RawMessage) (settings, error) {
	var s settings
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return s, nil
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return settings{}, err
	}
	if s.Audience != "" && !slices.Contains(glossary.Audiences, glossary.Audience(s.Audience)) {
		return settings{}, fmt.Errorf("unknown audience %q (want %s)", s.Audience, audienceList())
	}
	return s, nil
}

func audienceList() string {
	var b bytes.Buffer
	for i, a := range glossary.Audiences {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(a))
	}
	return b.String()
}

// resolve makes the paths in s absolute, against the first workspace
// folder (the editor's project), or the server's folder without one.
func (s settings) resolve(roots []string) settings {
	base := ""
	if len(roots) > 0 {
		base = roots[0]
	} else if wd, err := os.Getwd(); err == nil {
		base = wd
	}
	abs := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(base, p)
	}
	out := s
	out.Glossaries = nil
	for _, g := range s.Glossaries {
		out.Glossaries = append(out.Glossaries, abs(g))
	}
	out.Config = abs(s.Config)
	return out
}
