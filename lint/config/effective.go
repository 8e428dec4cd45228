package config

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// Flags are the command-line settings; each one set wins over the config
// file. Zero values mean "not given".
type Flags struct {
	// Glossaries are loaded after the config's, so their terms win.
	Glossaries []string
	NoBuiltin  bool
	Audience   glossary.Audience
	FailOn     string
	// Baseline replaces the config's baseline file.
	Baseline string
}

// Effective is everything that applies to one path: the config file's top
// level, then each override whose globs match, then the flags.
type Effective struct {
	// Path is the path asked about.
	Path string
	// Config is the config file that applies, or "" for none.
	Config string
	// Overrides describes the overrides that matched, in order.
	Overrides []string
	// Ignored says the config's ignore globs leave the path out.
	Ignored bool
	// Baseline is the baseline file's path, or "".
	Baseline string
	Settings
}

// FailOnValue returns the effective fail_on, suggestion when nothing set it.
func (e *Effective) FailOnValue() string {
	if e.FailOn == "" {
		return string(glossary.Suggestion)
	}
	return e.FailOn
}

// BuiltinOn reports whether the built-in glossary is used.
func (e *Effective) BuiltinOn() bool { return e.Builtin == nil || *e.Builtin }

// AudienceValue returns the audience, the default when nothing set it.
func (e *Effective) AudienceValue() glossary.Audience {
	if e.Audience == "" {
		return lint.DefaultAudience
	}
	return e.Audience
}

// effective works out the settings for path (absolute) under file f,
// which may be nil, with flags applied last.
func effective(f *File, abs, shown string, flags Flags, display func(string) string) Effective {
	e := Effective{Path: shown}
	if f != nil {
		e.Config = f.Path
		e.Settings = merge(Settings{}, f.Top)
		if f.Baseline != "" {
			e.Baseline = display(f.Baseline)
		}
		if rel, ok := relSlash(f.Dir, abs); ok {
			for _, o := range f.Overrides {
				if matchAny(o.Paths, rel) {
					e.Settings = merge(e.Settings, o.Settings)
					e.Overrides = append(e.Overrides, fmt.Sprintf("%s:%d (paths: %s)", f.Path, o.Line, strings.Join(o.Paths, ", ")))
				}
			}
			e.Ignored = matchAny(e.Ignore, rel)
		}
	}
	for i, g := range e.Glossaries {
		e.Glossaries[i] = display(g)
	}
	e.Glossaries = append(e.Glossaries, flags.Glossaries...)
	if flags.NoBuiltin {
		off := false
		e.Builtin = &off
	}
	if flags.Audience != "" {
		e.Audience = flags.Audience
	}
	if flags.FailOn != "" {
		e.FailOn = flags.FailOn
	}
	if flags.Baseline != "" {
		e.Baseline = flags.Baseline
	}
	return e
}

// linterKey identifies the settings that shape a linter, so paths that
// share them share one linter.
func (e *Effective) linterKey() string {
	var b strings.Builder
	fmt.Fprintf(&b, "g=%q b=%v a=%s", e.Glossaries, e.BuiltinOn(), e.AudienceValue())
	ids := make([]string, 0, len(e.Rules))
	for id := range e.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Fprintf(&b, " r:%s=%s", id, e.Rules[id])
	}
	allow := append([]string(nil), e.Allow...)
	sort.Strings(allow)
	fmt.Fprintf(&b, " allow=%q", allow)
	if e.RareWordThreshold != nil {
		fmt.Fprintf(&b, " rare=%s", *e.RareWordThreshold)
	}
	return b.String()
}
