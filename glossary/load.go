package glossary

import (
	"errors"
	"fmt"

	"github.com/dejargon/dejargon/internal/textfile"
)

// Load reads and parses the glossary file at path. Its start is sniffed
// and its size bounded, so /dev/zero or a binary file is refused at once,
// without its content in the message.
func Load(path string) (*Glossary, error) {
	data, err := textfile.ReadFile(path, textfile.DefaultLimit, true)
	if errors.Is(err, textfile.ErrBinary) {
		return nil, fmt.Errorf("glossary %s: binary file, not YAML", path)
	}
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
