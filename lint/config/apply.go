package config

import (
	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/baseline"
)

// FailRank turns a fail_on value into the lowest severity rank that fails
// a run; "none" never fails. ok is false for an unknown value.
func FailRank(failOn string) (rank int, ok bool) {
	if failOn == "none" {
		return 1 << 30, true
	}
	r := glossary.Severity(failOn).Rank()
	return r, r > 0
}

// Fails reports whether any finding is at or above the fail_on that
// applies to its own path.
func (r *Resolver) Fails(findings []lint.Finding) bool {
	for i := range findings {
		f := &findings[i]
		failOn := r.flags.FailOn
		if e, err := r.Effective(f.Path); err == nil {
			failOn = e.FailOnValue()
		}
		if failOn == "" {
			failOn = string(glossary.Suggestion)
		}
		if rank, ok := FailRank(failOn); ok && f.Severity.Rank() >= rank {
			return true
		}
	}
	return false
}

// ApplyBaselines drops the findings recorded in the baseline that applies
// to each finding's path (--baseline, or the baseline key of its config).
// Findings with no baseline are all kept.
func (r *Resolver) ApplyBaselines(findings []lint.Finding) ([]lint.Finding, error) {
	byFile := map[string][]lint.Finding{}
	var order []string
	var out []lint.Finding
	for _, f := range findings {
		e, err := r.Effective(f.Path)
		if err != nil || e.Baseline == "" {
			out = append(out, f)
			continue
		}
		if _, seen := byFile[e.Baseline]; !seen {
			order = append(order, e.Baseline)
		}
		byFile[e.Baseline] = append(byFile[e.Baseline], f)
	}
	for _, path := range order {
		b, err := baseline.Load(path)
		if err != nil {
			return nil, err
		}
		kept, _ := b.Filter(byFile[path])
		out = append(out, kept...)
	}
	return out, nil
}
