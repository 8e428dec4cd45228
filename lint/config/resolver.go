package config

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"sync"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/baseline"
)

// Resolver answers, for any path, which settings apply and which linter
// checks it. Building a linter costs milliseconds, so it keeps one per
// distinct set of settings. It is safe for concurrent use.
type Resolver struct {
	loader *Loader
	flags  Flags
	base   []lint.Option

	mu        sync.Mutex
	linters   map[string]*built
	ruleIDs   []string
	baselines map[string]*baseline.Baseline
}

// baselineAt loads the baseline file at path once and keeps it: check
// applies baselines file by file as it streams its report.
func (r *Resolver) baselineAt(path string) (*baseline.Baseline, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if b, ok := r.baselines[path]; ok {
		return b, nil
	}
	b, err := baseline.Load(path)
	if err != nil {
		return nil, err
	}
	if r.baselines == nil {
		r.baselines = map[string]*baseline.Baseline{}
	}
	r.baselines[path] = b
	return b, nil
}

type built struct {
	once   sync.Once
	linter *lint.Linter
	err    error
}

// NewResolver combines a loader and the command-line flags. base options
// (extra rules, say) are applied to every linter before the config's.
func NewResolver(loader *Loader, flags Flags, base ...lint.Option) *Resolver {
	return &Resolver{loader: loader, flags: flags, base: base, linters: map[string]*built{}}
}

// Effective returns the settings for path.
func (r *Resolver) Effective(path string) (Effective, error) {
	f, err := r.loader.ForFile(path)
	if err != nil {
		return Effective{}, err
	}
	return effective(f, r.loader.Abs(path), path, r.flags, r.loader.Display), nil
}

// Ignored reports whether the config's ignore globs leave path (a file or
// a folder) out. A config that cannot be read ignores nothing: the error
// surfaces when the files in it are checked.
func (r *Resolver) Ignored(path string) bool {
	e, err := r.Effective(path)
	return err == nil && e.Ignored
}

// Linter returns the linter for path.
func (r *Resolver) Linter(path string) (*lint.Linter, error) {
	e, err := r.Effective(path)
	if err != nil {
		return nil, err
	}
	return r.LinterFor(&e)
}

// LinterFor returns the linter for settings e, building it on first use.
func (r *Resolver) LinterFor(e *Effective) (*lint.Linter, error) {
	key := e.linterKey()
	r.mu.Lock()
	b := r.linters[key]
	if b == nil {
		b = &built{}
		r.linters[key] = b
	}
	r.mu.Unlock()
	b.once.Do(func() { b.linter, b.err = r.build(e) })
	return b.linter, b.err
}

func (r *Resolver) build(e *Effective) (*lint.Linter, error) {
	if err := r.checkRules(e.Rules); err != nil {
		return nil, err
	}
	g, err := glossary.LoadAll(e.BuiltinOn(), e.Glossaries...)
	if err != nil {
		return nil, r.glossaryError(e, err)
	}
	opts := append([]lint.Option(nil), r.base...)
	opts = append(opts, lint.WithAudience(e.AudienceValue()))
	ids := make([]string, 0, len(e.Rules))
	for id := range e.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		s := e.Rules[id]
		if s.Off {
			opts = append(opts, lint.WithRuleDisabled(id))
		} else {
			opts = append(opts, lint.WithRuleSeverity(id, s.Severity))
		}
	}
	if len(e.Allow) > 0 {
		opts = append(opts, lint.WithAllowed(e.Allow...))
	}
	if e.RareWordThreshold != nil {
		opts = append(opts, lint.WithRareWordThreshold(*e.RareWordThreshold))
	}
	return lint.New(g, opts...)
}

// glossaryError names the config file when a glossary it lists cannot
// be read, since the path alone ("open team.yaml: no such file or
// directory") does not say where the name was written. Problems inside a
// glossary already name their file, line and column.
func (r *Resolver) glossaryError(e *Effective, err error) error {
	var pe *fs.PathError
	if e.Config == "" || !errors.As(err, &pe) || slices.Contains(r.flags.Glossaries, pe.Path) {
		return err
	}
	return fmt.Errorf("%s: glossary %s: %w", e.Config, pe.Path, pe.Err)
}

// RuleIDs lists the rules a linter runs, learned from a linter over an
// empty glossary (cheap to build), so the list follows whatever rules the
// program has rather than a list kept here.
func (r *Resolver) RuleIDs() ([]string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ruleIDs == nil {
		probe, err := lint.New(&glossary.Glossary{}, r.base...)
		if err != nil {
			return nil, err
		}
		r.ruleIDs = probe.RuleIDs()
	}
	return r.ruleIDs, nil
}

// checkRules reports every rule setting that names no rule, at the place
// the config file set it.
func (r *Resolver) checkRules(rules map[string]RuleSetting) error {
	if len(rules) == 0 {
		return nil
	}
	ids, err := r.RuleIDs()
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, id := range ids {
		known[id] = true
	}
	var errs glossary.ErrorList
	for id, s := range rules {
		if !known[id] {
			errs = append(errs, &glossary.PositionError{File: s.At.File, Line: s.At.Line, Column: s.At.Column,
				Msg: UnknownRule(id, ids)})
		}
	}
	sort.Slice(errs, func(i, j int) bool {
		if errs[i].File != errs[j].File {
			return errs[i].File < errs[j].File
		}
		return errs[i].Line < errs[j].Line
	})
	if len(errs) > 0 {
		return errs
	}
	return nil
}
