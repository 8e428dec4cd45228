package config

import (
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/baseline"
)

// BaselineFilter applies baselines to findings that come in several calls,
// file by file and a large file in batches, giving each the treatment it
// would get in one call: a key a baseline records n times silences the
// first n findings with that key, whichever call they come in.
type BaselineFilter struct {
	r *Resolver
	// matchers are the baselines in use by file path, each remembering
	// what it has silenced.
	matchers map[string]*baseline.Matcher
}

// NewBaselineFilter returns a filter for one run, with nothing silenced yet.
func (r *Resolver) NewBaselineFilter() *BaselineFilter {
	return &BaselineFilter{r: r, matchers: map[string]*baseline.Matcher{}}
}

// Apply drops the findings recorded in the baseline that applies to each
// finding's path (--baseline, or the baseline key of its config), and
// counts them in hidden. Findings with no baseline are all kept; when no
// finding has one, findings come back as they are.
func (bf *BaselineFilter) Apply(findings []lint.Finding) (kept []lint.Finding, hidden int, err error) {
	byFile := map[string][]lint.Finding{}
	var order []string
	var out []lint.Finding
	// Findings come grouped by path; work out each path's settings once.
	lastPath, lastBaseline := "", ""
	for i := range findings {
		f := &findings[i]
		if i == 0 || f.Path != lastPath {
			lastPath, lastBaseline = f.Path, ""
			if e, err := bf.r.Effective(f.Path); err == nil {
				lastBaseline = e.Baseline
			}
		}
		if lastBaseline == "" {
			if len(order) > 0 {
				out = append(out, *f)
			}
			continue
		}
		if len(order) == 0 {
			// The first finding with a baseline: those before it are kept.
			out = append(make([]lint.Finding, 0, len(findings)), findings[:i]...)
		}
		if _, seen := byFile[lastBaseline]; !seen {
			order = append(order, lastBaseline)
		}
		byFile[lastBaseline] = append(byFile[lastBaseline], *f)
	}
	if len(order) == 0 {
		return findings, 0, nil
	}
	for _, path := range order {
		m := bf.matchers[path]
		if m == nil {
			b, err := bf.r.baselineAt(path)
			if err != nil {
				return nil, 0, err
			}
			m = b.Matcher()
			bf.matchers[path] = m
		}
		k, n := m.Filter(byFile[path])
		out = append(out, k...)
		hidden += n
	}
	return out, hidden, nil
}
