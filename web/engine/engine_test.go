package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/fix"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/rules"
	"github.com/dejargon/dejargon/lint/stats"
)

// TestCheckMatchesLibrary checks every shipped example through the engine
// and through the library calls the commands make, and wants the same
// findings, fixed text and reader's glossary.
func TestCheckMatchesLibrary(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/examples/*")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range paths {
		for _, a := range glossary.Audiences {
			t.Run(filepath.Base(path)+"/"+string(a), func(t *testing.T) {
				src, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				name := filepath.Base(path)
				var e Engine
				res, err := e.Check(Request{Text: string(src), FileName: name, Audience: a})
				if err != nil {
					t.Fatal(err)
				}
				l, err := lint.New(g, lint.WithAudience(a))
				if err != nil {
					t.Fatal(err)
				}
				doc, err := reader.Read(name, src, reader.Options{})
				if err != nil {
					t.Fatal(err)
				}
				want := l.Check(doc)
				if len(res.Findings) != len(want) || len(want) == 0 {
					t.Fatalf("%d findings, want %d (and more than none)", len(res.Findings), len(want))
				}
				for i := range want {
					got := res.Findings[i]
					if got.Offset != want[i].Offset || got.Length != want[i].Length || got.Rule != want[i].Rule || got.Message != want[i].Message {
						t.Errorf("finding %d: %s at %d+%d, want %s at %d+%d", i, got.Rule, got.Offset, got.Length, want[i].Rule, want[i].Offset, want[i].Length)
					}
				}
				doc, _ = reader.Read(name, src, reader.Options{})
				edits := fix.PlanFor(l, doc).Edits
				fixed, err := fix.Apply(src, edits)
				if err != nil {
					t.Fatal(err)
				}
				rev, err := e.Revise(Request{Text: string(src), FileName: name, Audience: a})
				if err != nil {
					t.Fatal(err)
				}
				if rev.Fixed != string(fixed) {
					t.Errorf("fixed text differs from fix's:\n%s\nwant\n%s", rev.Fixed, fixed)
				}
				doc, _ = reader.Read(name, src, reader.Options{})
				if terms := fix.Explain(l, doc); len(terms) != len(rev.Terms) {
					t.Errorf("%d terms, want %d", len(rev.Terms), len(terms))
				}
				doc, _ = reader.Read(name, src, reader.Options{})
				if want := stats.Measure(l, doc); res.Stats.Words != want.Words || res.Stats.Grade != want.Grade || len(res.Stats.Findings) != len(want.Findings) {
					t.Errorf("stats %+v, want %+v", res.Stats, want)
				}
				if res.Type != reader.Detect(name) {
					t.Errorf("read as %q, want %q", res.Type, reader.Detect(name))
				}
				if res.Profile.Audience != a || res.Profile.MaxSentenceWords == 0 {
					t.Errorf("profile %+v for audience %s", res.Profile, a)
				}
			})
		}
	}
}

// TestSentencesPointAtText wants each sentence's offsets to hold its
// words, also after multi-byte characters.
func TestSentencesPointAtText(t *testing.T) {
	text := "Café staff 🎉 — naïve ones — read this first. Then they read the second sentence here.\n"
	var e Engine
	res, err := e.Check(Request{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Sentences) != 2 {
		t.Fatalf("%d sentences, want 2: %+v", len(res.Sentences), res.Sentences)
	}
	for i, want := range []string{"Café staff 🎉 — naïve ones — read this first.", "Then they read the second sentence here."} {
		s := res.Sentences[i]
		if got := text[s.Offset : s.Offset+s.Length]; got != want {
			t.Errorf("sentence %d is %q, want %q", i, got, want)
		}
	}
	if res.Sentences[1].Words != 7 {
		t.Errorf("second sentence has %d words, want 7", res.Sentences[1].Words)
	}
}

func TestTypeOverridesFileName(t *testing.T) {
	var e Engine
	text := "Run `leverage` now.\n"
	res, err := e.Check(Request{Text: text, FileName: "draft.txt", Type: reader.Markdown})
	if err != nil {
		t.Fatal(err)
	}
	if res.Type != reader.Markdown || len(res.Findings) != 0 {
		t.Errorf("read as %s with %d findings, want md and none (code is skipped)", res.Type, len(res.Findings))
	}
	res, err = e.Check(Request{Text: text, FileName: "draft.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Type != reader.Text || len(res.Findings) != 1 {
		t.Errorf("read as %s with %d findings, want text and one", res.Type, len(res.Findings))
	}
}

func TestAllowIgnoresTerm(t *testing.T) {
	var e Engine
	text := "We will leverage the portal.\n"
	res, err := e.Check(Request{Text: text})
	if err != nil || len(res.Findings) != 1 {
		t.Fatalf("%v, %d findings, want one", err, len(res.Findings))
	}
	res, err = e.Check(Request{Text: text, Allow: []string{"leverage"}})
	if err != nil || len(res.Findings) != 0 {
		t.Fatalf("%v, %d findings with leverage allowed, want none", err, len(res.Findings))
	}
	rev, err := e.Revise(Request{Text: text, Allow: []string{"leverage"}})
	if err != nil {
		t.Fatal(err)
	}
	if rev.Fixed != text {
		t.Errorf("an allowed term was fixed: %q", rev.Fixed)
	}
}

func TestAudiencesFromTheOneList(t *testing.T) {
	got := Audiences()
	if len(got) != len(glossary.Audiences) || got[0] != lint.DefaultAudience {
		t.Fatalf("audiences %v: want every one of %v, the default first", got, glossary.Audiences)
	}
	seen := map[glossary.Audience]bool{}
	for _, a := range got {
		seen[a] = true
	}
	for _, a := range glossary.Audiences {
		if !seen[a] {
			t.Errorf("audience %s missing", a)
		}
	}
	if len(Types()) != len(reader.Types()) {
		t.Errorf("types %v, want %v", Types(), reader.Types())
	}
}

func TestBrokenDraftNeverFails(t *testing.T) {
	var e Engine
	for _, text := range []string{"", "\xff\xfe broken \xff utf-8 leverage", "<p>unclosed <b>leverage", "Subject: =?bad?=\n\nbody", strings.Repeat("a ", 10000)} {
		for _, name := range []string{"x.txt", "x.md", "x.html", "x.eml"} {
			if _, err := e.Check(Request{Text: text, FileName: name}); err != nil {
				t.Errorf("%s %.20q: %v", name, text, err)
			}
		}
	}
}

func TestRulesFromRegistry(t *testing.T) {
	got := Rules()
	ids := rules.IDs()
	if len(got) != len(ids) {
		t.Fatalf("%d rules, the registry has %d", len(got), len(ids))
	}
	for i, r := range got {
		if r.ID != ids[i] || r.Title == "" || r.Doc == "" {
			t.Errorf("rule %d: %+v, want %s with its title and doc", i, r, ids[i])
		}
	}
}

func TestIgnorable(t *testing.T) {
	var e Engine
	text := "We will leverage the ZTNA portal. " + strings.Repeat("word ", 40) + "end.\n"
	res, err := e.Check(Request{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"jargon": true, "acronym-undefined": true, "long-sentence": false}
	seen := 0
	for i, f := range res.Findings {
		if w, ok := want[f.Rule]; ok {
			seen++
			if res.Ignorable[i] != w {
				t.Errorf("%s %q: ignorable %v, want %v", f.Rule, f.Term, res.Ignorable[i], w)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("saw %d of the %d rules in %+v", seen, len(want), res.Findings)
	}
}
