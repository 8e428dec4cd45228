package lint_test

import (
	"fmt"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/reader"
)

// Check a draft with a team glossary, for executives, as another Go
// program would.
func Example() {
	g, err := glossary.Parse("team.yaml", []byte(`
entries:
  - {term: leverage, kind: jargon, replace: [use]}
  - {term: SSO, kind: acronym, expansion: single sign-on, definition: One login for every company system.}
`))
	if err != nil {
		panic(err)
	}
	l, err := lint.New(g, lint.WithAudience(glossary.Executive))
	if err != nil {
		panic(err)
	}
	src := []byte("# Notice\n\nWe will leverage the new **SSO** portal.\n")
	doc, err := reader.Read("notice.md", src, reader.Options{})
	if err != nil {
		panic(err)
	}
	for _, f := range l.Check(doc) {
		fmt.Printf("%s:%d:%d: %s %s: %s\n", f.Path, f.Line, f.Column, f.Severity, f.Rule, f.Message)
	}
	// Output:
	// notice.md:3:9: warning jargon: "leverage" is jargon; try "use"
	// notice.md:3:28: warning acronym-undefined: SSO (single sign-on) is not spelled out; write "single sign-on (SSO)" the first time
}
