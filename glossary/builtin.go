package glossary

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
)

// builtinFS holds the built-in glossary, one file per kind, written for
// business readers.
//
//go:embed builtin/*.yaml
var builtinFS embed.FS

// Builtin parses the embedded glossary. It is parsed on each call (a few
// milliseconds) rather than cached in a package variable, so the package
// holds no mutable state; callers keep the result.
func Builtin() (*Glossary, error) {
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
