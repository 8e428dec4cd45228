package glossary

import (
	"errors"
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the parser: it must never panic, and
// every problem it reports must name the file and a real line.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"version: 1\nentries:\n  - {term: SLA, kind: acronym}\n",
		"- term: x\n  kind: jargon\n  replace: y\n",
		"entries:\n  - term: [\n",
		"entries: &a [*a]\n",
		"\xef\xbb\xbfentries: []",
		"entries:\n  - term: x\n    kind: jargon\n  - term: X\n    kind: jargon\n",
		"entries:\n  - term: x\n    kind: jargon\n    senses:\n      - {when: [a, b], replace: [y]}\n      - {when: c, plain: true}\n",
		"entries:\n  - term: x\n    kind: jargon\n    senses: [{when: []}, 3, {plain: maybe}]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Parse("f.yaml", data)
		if err == nil {
			for _, e := range g.Entries {
				if e.Term == "" || e.Kind == "" {
					t.Fatalf("accepted an entry without term or kind: %+v", e)
				}
			}
			return
		}
		var list ErrorList
		if !errors.As(err, &list) {
			t.Fatalf("error %v is not an ErrorList", err)
		}
		// YAML, like dejargon, ends lines at LF, CRLF or a lone CR.
		lines := strings.Count(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") + strings.Count(string(data), "\r") + 1
		for _, e := range list {
			if e.File != "f.yaml" || e.Line < 1 || e.Line > lines+1 || e.Column < 1 {
				t.Fatalf("bad position in %q", e.Error())
			}
		}
	})
}
