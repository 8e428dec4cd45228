package engine

import (
	"strings"
	"testing"
)

// FuzzEngine feeds the page's engine any draft, under any of the file
// names that pick a reader, with any team file: it must answer or return
// an error, never panic, and its offsets must stay inside the draft.
func FuzzEngine(f *testing.F) {
	f.Add("Going forward we will leverage the SSO portal.\n", uint8(0), "")
	f.Add("# Notice\n\nWe will `leverage` the [SLA](http://x).\n", uint8(1), "version: 1\nentries:\n  - term: CAB\n    kind: acronym\n")
	f.Add("<p>circle <b>back</b> on the KPI</p>", uint8(2), "audience: general\nallow: [KPI]\n")
	f.Add("Subject: =?utf-8?q?going_forward?=\nContent-Type: text/plain\n\nlev=\nerage\n", uint8(3), "glossaries: [g.yaml]\n")
	f.Add("Café 🎉 naïve \xff leverage", uint8(0), "- term: café\n  kind: jargon\n")
	names := []string{"draft.txt", "draft.md", "draft.html", "draft.eml"}
	var e Engine
	f.Fuzz(func(t *testing.T, text string, kind uint8, team string) {
		req := Request{Text: text, FileName: names[int(kind)%len(names)]}
		if team != "" {
			name := "glossary.yaml"
			if strings.Contains(team, "audience") || strings.Contains(team, "allow") || strings.Contains(team, "glossaries") {
				name = ".dejargon.yaml"
			}
			req.Team = []TeamFile{{Name: name, Text: team}}
		}
		res, err := e.Check(req)
		if err != nil {
			return // a broken team file is reported, not checked
		}
		for _, fd := range res.Findings {
			if fd.Offset < 0 || fd.Length < 0 || fd.Offset+fd.Length > len(text) {
				t.Fatalf("finding %s at %d+%d outside a %d-byte draft", fd.Rule, fd.Offset, fd.Length, len(text))
			}
			for _, fx := range fd.Fixes {
				for _, ed := range fx.Edits {
					if ed.Offset < 0 || ed.Length < 0 || ed.Offset+ed.Length > len(text) {
						t.Fatalf("edit at %d+%d outside a %d-byte draft", ed.Offset, ed.Length, len(text))
					}
				}
			}
		}
		for _, s := range res.Sentences {
			if s.Offset < 0 || s.Length < 0 || s.Offset+s.Length > len(text) {
				t.Fatalf("sentence at %d+%d outside a %d-byte draft", s.Offset, s.Length, len(text))
			}
		}
		if _, err := e.Revise(req); err != nil {
			t.Fatalf("revise failed after check succeeded: %v", err)
		}
	})
}
