package glossary

import (
	"strings"
	"testing"
	"unicode"
)

// plainWords are ordinary words no built-in entry may be: flagging them
// would teach writers to ignore the tool.
var plainWords = []string{
	"use", "help", "team", "email", "computer", "plan", "issue", "action", "impact", "ask",
	"system", "data", "network", "server", "update", "support", "process", "review", "tool",
	"meeting", "project", "customer", "report", "change", "work", "website", "phone", "password",
	"file", "document", "program", "software", "online", "internet", "app", "screen", "printer",
}

func builtinOrFail(t *testing.T) *Glossary {
	t.Helper()
	g, err := ParseBuiltinYAML()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestBuiltinSize(t *testing.T) {
	g := builtinOrFail(t)
	count := map[Kind]int{}
	for _, e := range g.Entries {
		count[e.Kind]++
	}
	want := map[Kind]int{Acronym: 250, Jargon: 200, Wordy: 150}
	for k, n := range want {
		if count[k] < n {
			t.Errorf("built-in glossary has %d %s entries, want at least %d", count[k], k, n)
		}
	}
}

// TestBuiltinNoDuplicates parses each built-in file on its own and checks
// that no term appears in two files, which Merge would hide.
func TestBuiltinNoDuplicates(t *testing.T) {
	names, err := builtinFS.ReadDir("builtin")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, n := range names {
		data, err := builtinFS.ReadFile("builtin/" + n.Name())
		if err != nil {
			t.Fatal(err)
		}
		g, err := Parse(n.Name(), data)
		if err != nil {
			t.Fatalf("%v", err)
		}
		for _, e := range g.Entries {
			key := strings.ToLower(e.Term)
			if where, dup := seen[key]; dup {
				t.Errorf("%s: term %q already defined at %s", e.Source, e.Term, where)
			}
			seen[key] = e.Source
		}
	}
}

func TestBuiltinEntriesComplete(t *testing.T) {
	for _, e := range builtinOrFail(t).Entries {
		switch e.Kind {
		case Acronym:
			if e.Expansion == "" || e.Definition == "" {
				t.Errorf("%s: acronym %q needs an expansion and a definition", e.Source, e.Term)
			}
		case Jargon, Wordy:
			if len(e.Replace) == 0 {
				t.Errorf("%s: %s %q needs at least one replacement", e.Source, e.Kind, e.Term)
			}
		}
		for _, r := range e.Replace {
			if strings.EqualFold(r, e.Term) {
				t.Errorf("%s: %q is replaced by itself", e.Source, e.Term)
			}
		}
		if e.Definition != "" {
			if msg := checkDefinition(e); msg != "" {
				t.Errorf("%s: %q: %s: %q", e.Source, e.Term, msg, e.Definition)
			}
		}
		for i := range e.Senses {
			s := &e.Senses[i]
			if s.Plain {
				continue
			}
			se := e.WithSense(s)
			if s.Definition == "" || len(s.Replace) == 0 {
				t.Errorf("%s: %q: sense %d needs a definition and replacements, or plain: true", e.Source, e.Term, i+1)
			} else if msg := checkDefinition(se); msg != "" {
				t.Errorf("%s: %q: sense %d: %s: %q", e.Source, e.Term, i+1, msg, se.Definition)
			}
		}
	}
}

func TestBuiltinFlagsNoPlainWord(t *testing.T) {
	plain := map[string]bool{}
	for _, w := range plainWords {
		plain[w] = true
	}
	for _, e := range builtinOrFail(t).Entries {
		for _, s := range append([]string{e.Term}, e.Forms...) {
			if plain[strings.ToLower(s)] && !e.IsCaseSensitive() {
				t.Errorf("%s: %q is a plain word and must not be flagged", e.Source, s)
			}
		}
	}
}

// checkDefinition says what is wrong with a definition, or "" when it is
// one plain sentence that says more than the term's own words.
func checkDefinition(e *Entry) string {
	d := e.Definition
	first, _ := firstRune(d)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return "definition must start with a capital letter"
	}
	if !strings.HasSuffix(d, ".") {
		return "definition must end with a period"
	}
	body := d[:len(d)-1]
	if strings.ContainsAny(body, "?!") || strings.Contains(body, ". ") {
		return "definition must be one sentence"
	}
	own := map[string]bool{}
	for _, w := range words(e.Term + " " + e.Expansion) {
		own[w] = true
	}
	fresh := 0
	for _, w := range words(body) {
		if !own[w] && !stopWords[w] {
			fresh++
		}
	}
	if fresh < 3 {
		return "definition only repeats the term"
	}
	return ""
}

var stopWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true, "and": true, "or": true, "for": true, "in": true, "on": true, "is": true, "it": true, "that": true, "by": true, "with": true}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// TestBuiltinArticlesAgree catches replacements that carry their own
// article for an entry whose forms begin with other determiners: "any
// blockers" must not be told to write "a roadblock".
func TestBuiltinArticlesAgree(t *testing.T) {
	determiners := []string{"a ", "an ", "the ", "any ", "no ", "what's ", "what "}
	startsWith := func(s string, prefixes []string) string {
		for _, p := range prefixes {
			if strings.HasPrefix(strings.ToLower(s), p) {
				return p
			}
		}
		return ""
	}
	for _, e := range builtinOrFail(t).Entries {
		first := startsWith(e.Term, determiners)
		varies := false
		for _, f := range e.Forms {
			varies = varies || startsWith(f, determiners) != first
		}
		if !varies {
			continue
		}
		for _, r := range e.Replace {
			if startsWith(r, []string{"a ", "an ", "the "}) != "" {
				t.Errorf("%s: %q has forms with other determiners, but its replacement %q brings its own article", e.Source, e.Term, r)
			}
		}
	}
}
