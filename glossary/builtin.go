package glossary

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
)

//go:generate go run ./internal/genbuiltin

// builtinFS holds the built-in glossary, one file per kind, written for
// business readers. The YAML is the source of truth; builtin_gen.go holds
// the same entries as Go values, generated from it, so that start-up does
// not pay for parsing YAML. TestBuiltinGeneratedIsFresh keeps them equal.
//
//go:embed builtin/*.yaml
var builtinFS embed.FS

// Builtin returns the built-in glossary. Each call returns fresh entries
// that the caller may keep or change.
func Builtin() (*Glossary, error) {
	return &Glossary{Entries: builtinEntries()}, nil
}

// ParseBuiltinYAML parses the embedded YAML files of the built-in glossary
// and merges them in file-name order. The generator and the freshness test
// use it; everything else calls Builtin.
func ParseBuiltinYAML() (*Glossary, error) {
	names, err := fs.Glob(builtinFS, "builtin/*.yaml")
	if err != nil {
		return nil, fmt.Errorf("listing built-in glossary: %w", err)
	}
	sort.Strings(names)
	var gs []*Glossary
	for _, name := range names {
		data, err := builtinFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("reading built-in glossary: %w", err)
		}
		g, err := Parse("builtin/"+path.Base(name), data)
		if err != nil {
			return nil, fmt.Errorf("built-in glossary is broken: %w", err)
		}
		gs = append(gs, g)
	}
	return Merge(gs...), nil
}
