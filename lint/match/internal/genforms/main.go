// Command genforms writes lint/match/forms_gen.go: the keys of every spelling
// and inflection of the built-in glossary's words, so building the matcher
// at start-up need not work them out. Run it with `go generate ./lint/match`
// after editing the built-in glossary or package inflect.
package main

import (
	"fmt"
	"os"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/match"
)

func main() {
	g, err := glossary.Builtin()
	if err == nil {
		var src []byte
		if src, err = match.GenerateFormsSource(g); err == nil {
			err = os.WriteFile("forms_gen.go", src, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genforms:", err)
		os.Exit(1)
	}
}
