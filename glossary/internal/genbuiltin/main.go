// Command genbuiltin writes glossary/builtin_gen.go: the built-in glossary
// as Go values, so the dejargon binary starts without parsing YAML. Run it
// with `go generate ./glossary` after editing glossary/builtin/*.yaml.
package main

import (
	"fmt"
	"os"

	"github.com/dejargon/dejargon/glossary"
)

func main() {
	g, err := glossary.ParseBuiltinYAML()
	if err != nil {
		fmt.Fprintln(os.Stderr, "genbuiltin:", err)
		os.Exit(1)
	}
	src, err := glossary.GenerateBuiltinSource(g)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genbuiltin:", err)
		os.Exit(1)
	}
	if err := os.WriteFile("builtin_gen.go", src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genbuiltin:", err)
		os.Exit(1)
	}
}
