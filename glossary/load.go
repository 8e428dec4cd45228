package glossary

import (
	"fmt"
	"os"
)

// Load reads and parses the glossary file at path.
func Load(path string) (*Glossary, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading glossary: %w", err)
	}
	return Parse(path, data)
}

// LoadAll reads glossaries in order, built-in first when withBuiltin is set,
// and merges them. Every file is read even when an earlier one is broken, so
// all problems are reported together.
func LoadAll(withBuiltin bool, paths ...string) (*Glossary, error) {
	var gs []*Glossary
	var errs ErrorList
	var other error
	if withBuiltin {
		b, err := Builtin()
		if err != nil {
			return nil, err
		}
		gs = append(gs, b)
	}
	for _, p := range paths {
		g, err := Load(p)
		switch e := err.(type) {
		case nil:
			gs = append(gs, g)
		case ErrorList:
			errs = append(errs, e...)
		default:
			if other == nil {
				other = err
			}
		}
	}
	if other != nil {
		return nil, other
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return Merge(gs...), nil
}
