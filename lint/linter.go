package lint

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/audience"
	"github.com/dejargon/dejargon/lint/match"
	"github.com/dejargon/dejargon/lint/rules"
	"github.com/dejargon/dejargon/lint/wordfreq"
)

// Linter checks documents against a glossary for one audience. Build it
// once with New; it is immutable and safe for concurrent use, so one
// Linter checks many files in parallel.
type Linter struct {
	glossary *glossary.Glossary
	matcher  *match.Matcher
	profile  *audience.Profile
	rules    []*analysis.Rule
	// checks are the distinct checks of the enabled rules, each run once.
	checks   []analysis.Check
	severity map[string]glossary.Severity
	disabled map[string]bool
	allowed  []string
	// allow finds the allowed terms in the text; nil when there are none.
	allow *match.Matcher
	// rareWordBelow, when set, replaces the audience's rare-word threshold.
	rareWordBelow *wordfreq.Zipf
	// reportUnused reports disable comments that silence nothing.
	reportUnused bool
	// cache keeps the rules' document-independent results (a
	// replacement's inflected form) across the files this linter checks.
	cache *analysis.Cache
	// stream, when set, replaces the sizes from which and in which
	// CheckEach reads a document in windows (stream.go).
	stream *streaming
}

// Option configures a Linter.
type Option func(*Linter) error

// WithAudience checks for readers of audience a (default business).
func WithAudience(a glossary.Audience) Option {
	return func(l *Linter) error {
		p, err := audience.NewProfile(a)
		if err != nil {
			return err
		}
		l.profile = p
		return nil
	}
}

// WithRuleSeverity reports rule id at severity s instead of its default.
func WithRuleSeverity(id string, s glossary.Severity) Option {
	return func(l *Linter) error {
		if s.Rank() == 0 {
			return fmt.Errorf("rule %s: unknown severity %q", id, s)
		}
		l.severity[id] = s
		return nil
	}
}

// WithRuleDisabled turns rule id off.
func WithRuleDisabled(id string) Option {
	return func(l *Linter) error {
		l.disabled[id] = true
		return nil
	}
}

// WithAllowed never flags the given terms (say, the company's product
// names): each is found in the text as a phrase, in any case and word
// form, and no finding inside it is reported, so "Synergy Cloud" keeps its
// "Synergy".
func WithAllowed(terms ...string) Option {
	return func(l *Linter) error {
		for _, t := range terms {
			if strings.TrimSpace(t) != "" {
				l.allowed = append(l.allowed, t)
			}
		}
		return nil
	}
}

// WithRareWordThreshold reports words whose Zipf frequency is below z
// (rare-word) instead of the audience's default; wordfreq.Off reports
// none, and for technical readers, whose default is off, any other value
// turns the rule on.
func WithRareWordThreshold(z wordfreq.Zipf) Option {
	return func(l *Linter) error {
		l.rareWordBelow = &z
		return nil
	}
}

// WithUnusedDisables reports every disable comment that silenced no
// finding, under the disable-directive rule.
func WithUnusedDisables() Option {
	return func(l *Linter) error {
		l.reportUnused = true
		return nil
	}
}

// WithRules adds rules beyond the built-in ones (package rules).
func WithRules(rs ...*analysis.Rule) Option {
	return func(l *Linter) error {
		l.rules = append(l.rules, rs...)
		return nil
	}
}

// New builds a Linter for glossary g.
func New(g *glossary.Glossary, opts ...Option) (*Linter, error) {
	l := &Linter{
		glossary: g,
		matcher:  match.NewMatcher(g),
		rules:    rules.All(),
		severity: map[string]glossary.Severity{},
		disabled: map[string]bool{},
		cache:    &analysis.Cache{},
	}
	for _, opt := range opts {
		if err := opt(l); err != nil {
			return nil, err
		}
	}
	if l.profile == nil {
		p, err := audience.NewProfile(audience.DefaultAudience)
		if err != nil {
			return nil, err
		}
		l.profile = p
	}
	if l.rareWordBelow != nil {
		l.profile.RareWordBelow = *l.rareWordBelow
	}
	// A threshold of off (the technical audience's default) is the rule
	// turned off, and `dejargon config` says so.
	if l.profile.RareWordBelow == wordfreq.Off {
		l.disabled[rules.RareWord.ID] = true
	}
	if len(l.allowed) > 0 {
		l.allow = match.NewMatcher(allowGlossary(l.allowed))
	}
	known := map[string]bool{}
	for _, r := range l.rules {
		known[r.ID] = true
	}
	for id := range l.severity {
		if !known[id] {
			return nil, fmt.Errorf("unknown rule %q", id)
		}
	}
	for id := range l.disabled {
		if !known[id] {
			return nil, fmt.Errorf("unknown rule %q", id)
		}
	}
	// A check reporting several rules runs once, and not at all when
	// every rule it reports is off (sentence splitting is costly).
	for _, r := range l.rules {
		if l.disabled[r.ID] || containsCheck(l.checks, r.Check) {
			continue
		}
		l.checks = append(l.checks, r.Check)
	}
	return l, nil
}

// allowGlossary makes the allowed terms a glossary to match them with.
func allowGlossary(terms []string) *glossary.Glossary {
	g := &glossary.Glossary{}
	insensitive := false
	for _, t := range terms {
		g.Entries = append(g.Entries, &glossary.Entry{Term: t, Kind: glossary.Jargon, CaseSensitive: &insensitive})
	}
	return g
}

func containsCheck(cs []analysis.Check, c analysis.Check) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// Glossary returns the glossary the linter checks against.
func (l *Linter) Glossary() *glossary.Glossary { return l.glossary }

// Profile returns the audience profile the linter checks for.
func (l *Linter) Profile() *Profile { return l.profile }

// Rules returns the rules the linter knows, enabled or not.
func (l *Linter) Rules() []*analysis.Rule { return append([]*analysis.Rule(nil), l.rules...) }

// RuleIDs lists the ids of every rule the linter runs, sorted.
func (l *Linter) RuleIDs() []string {
	var ids []string
	for _, r := range l.rules {
		ids = append(ids, r.ID)
	}
	sort.Strings(ids)
	return ids
}

// Severity returns the severity rule r's findings get for this linter's
// audience and settings, when no glossary entry sets its own.
func (l *Linter) Severity(r *analysis.Rule) glossary.Severity {
	if s, ok := l.severity[r.ID]; ok {
		return s
	}
	return r.SeverityFor(l.profile.Audience)
}

// Enabled reports whether rule id is on.
func (l *Linter) Enabled(id string) bool { return !l.disabled[id] }

// Analyze tokenizes and matches every segment of doc.
func (l *Linter) Analyze(doc *Document) *Analysis {
	a := analysis.Open(doc, l.glossary, l.matcher, l.profile, l.Enabled)
	a.SharedCache = l.cache
	a.ReadAll()
	return a
}

// Check returns the findings in doc, sorted by position. A large document
// is read in windows, as CheckEach reads it, so that only its findings
// are held whole.
func (l *Linter) Check(doc *Document) []Finding {
	if bounds, starts := l.windows(doc); bounds != nil {
		// The windows' batches are joined once, at their exact size,
		// rather than grown into one slice of large values.
		var batches [][]Finding
		total := 0
		l.checkWindows(doc, bounds, starts, func(fs []Finding) {
			batches = append(batches, fs)
			total += len(fs)
		})
		out := make([]Finding, 0, total)
		for _, fs := range batches {
			out = append(out, fs...)
		}
		return out
	}
	out, a := l.CheckAnalysis(doc)
	a.Release()
	return out
}

// CheckEach checks doc like Check and passes its findings to yield in
// report order, one batch at a time; yield may keep each batch. A large
// document streams through a window of paragraphs at a time, so that
// neither its analysis nor its findings are ever held whole: callers that
// print as they go (the runner's OnFile) should prefer it to Check.
func (l *Linter) CheckEach(doc *Document, yield func([]Finding)) {
	if bounds, starts := l.windows(doc); bounds != nil {
		l.checkWindows(doc, bounds, starts, yield)
		return
	}
	fs, a := l.CheckAnalysis(doc)
	// Findings hold no tokens: the analysis's storage can serve the next
	// document before they are passed on.
	a.Release()
	if len(fs) > 0 {
		yield(fs)
	}
}

// CheckAnalysis returns the findings in doc, sorted by position, and the
// analysis they came from, so a caller that also wants the document's
// sentences or readability (dejargon stats) does not analyse it twice.
func (l *Linter) CheckAnalysis(doc *Document) ([]Finding, *Analysis) {
	a := l.Analyze(doc)
	// Most findings are glossary matches; sizing for them up front spares
	// copying large Finding values while the slice grows.
	n := 0
	for i := range a.Segments {
		n += len(a.Segments[i].Matches)
	}
	out := make([]Finding, 0, n+4)
	allowed := l.allowedRanges(a)
	used := make([]bool, len(doc.Suppressions))
	// runChecks runs checks on a, appending what they report to *out and
	// marking in used the suppressions that silenced something.
	runChecks := func(a *Analysis, checks []analysis.Check, out *[]Finding, used []bool) {
		emit := func(f Finding) {
			if l.keep(doc, allowed, used, &f) {
				*out = append(*out, f)
			}
		}
		for _, c := range checks {
			c.Run(a, emit)
		}
	}
	if sentences, others := l.splitChecks(); len(sentences) > 0 && len(others) > 0 && l.parallel(a) {
		// A large document: the sentence checks on one core, the others on
		// another, each on its own view of the analysis and its own record
		// of used suppressions. Each rule is reported by one check, so no
		// two checks report findings that sort alike, and the stable sort
		// below gives the same output in whatever order the lists join.
		var later []Finding
		usedLater := make([]bool, len(used))
		var wg sync.WaitGroup
		fork := a.Fork()
		wg.Go(func() { runChecks(fork, sentences, &later, usedLater) })
		runChecks(a, others, &out, used)
		wg.Wait()
		out = append(out, later...)
		for i, u := range usedLater {
			used[i] = used[i] || u
		}
	} else {
		runChecks(a, l.checks, &out, used)
	}
	if l.reportUnused && !l.disabled[rules.DisableDirective.ID] {
		for i, s := range doc.Suppressions {
			if !used[i] && s.To > s.From {
				f := rules.UnusedDisable(a, s)
				if sev, ok := l.severity[f.Rule]; ok {
					f.Severity = sev
				}
				out = append(out, f)
			}
		}
	}
	sortFindings(out)
	return out, a
}

// keep applies the user's settings to f, a finding a check reported in
// doc: it returns false when the rule is off, the term allowed or the
// finding silenced, and otherwise gives f the severity the user set and
// the document's positions. used marks the suppressions that silence
// something (only needed for reporting unused ones).
func (l *Linter) keep(doc *Document, allowed []sourceRange, used []bool, f *Finding) bool {
	if l.disabled[f.Rule] || insideRange(allowed, f.Offset, f.Offset+f.Length) || l.suppressed(doc.Suppressions, used, f) {
		return false
	}
	if s, ok := l.severity[f.Rule]; ok {
		f.Severity = s
	}
	if f.Suggestions == nil {
		f.Suggestions = []string{}
	}
	analysis.Localize(doc, f)
	return true
}

// suppressed reports whether a suppression silences f, marking in used
// every one that does (only needed for reporting unused ones).
func (l *Linter) suppressed(ss []Suppression, used []bool, f *Finding) bool {
	hit := false
	for i := range ss {
		if analysis.Suppressed(ss[i:i+1], f) {
			if !l.reportUnused {
				return true
			}
			used[i], hit = true, true
		}
	}
	return hit
}

// splitChecks parts l.checks into the sentence checks and the others,
// each in l.checks order.
func (l *Linter) splitChecks() (sentences, others []analysis.Check) {
	for _, c := range l.checks {
		if analysis.ReadsSentences(c) {
			sentences = append(sentences, c)
		} else {
			others = append(others, c)
		}
	}
	return sentences, others
}

// parallel reports whether a's checks are worth running side by side.
func (l *Linter) parallel(a *Analysis) bool {
	if runtime.GOMAXPROCS(0) < 2 {
		return false
	}
	n := 0
	for i := range a.Segments {
		n += len(a.Segments[i].Segment.Text)
	}
	return n >= analysis.ParallelText
}

// sortFindings sorts fs by position, stably. A Finding is a large value,
// so it sorts their indices and then moves each finding once, following
// the permutation's cycles, instead of swapping findings while sorting.
func sortFindings(fs []Finding) {
	sorted := true
	for i := 1; i < len(fs) && sorted; i++ {
		sorted = !fs[i].Less(&fs[i-1])
	}
	if sorted {
		return
	}
	order := make([]int32, len(fs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int { return compareFindings(&fs[i], &fs[j]) })
	// Position i must receive fs[order[i]]. Walk each cycle once, marking
	// placed positions with -1.
	for start := range order {
		if order[start] < 0 {
			continue
		}
		held := fs[start]
		at := start
		for {
			from := int(order[at])
			order[at] = -1
			if from == start {
				fs[at] = held
				break
			}
			fs[at] = fs[from]
			at = from
		}
	}
}

func compareFindings(x, y *Finding) int {
	switch {
	case x.Less(y):
		return -1
	case y.Less(x):
		return 1
	}
	return 0
}

// sourceRange is a byte range [start, end) of the original file.
type sourceRange struct{ start, end int }

// allowedRanges finds the allowed terms in the document.
func (l *Linter) allowedRanges(a *Analysis) []sourceRange {
	if l.allow == nil {
		return nil
	}
	var out []sourceRange
	var ms []match.Match
	for i := range a.Segments {
		s := &a.Segments[i]
		ms = l.allow.Match(s.Segment.Text, s.Tokens, ms[:0])
		for _, m := range ms {
			from, to := s.Segment.SourceSpan(s.Tokens[m.First].Start, s.Tokens[m.Last].End)
			out = append(out, sourceRange{from, to})
		}
	}
	return out
}

// insideRange reports whether [start, end) lies within one of rs.
func insideRange(rs []sourceRange, start, end int) bool {
	for _, r := range rs {
		if start >= r.start && end <= r.end {
			return true
		}
	}
	return false
}

// Lookup finds the glossary entry for term as a writer might type it: the
// term itself, one of its forms, or an inflection (leveraging finds
// leverage).
func (l *Linter) Lookup(term string) *glossary.Entry {
	if e := l.glossary.Lookup(term); e != nil {
		return e
	}
	toks := match.Tokenize(term, nil)
	ms := l.matcher.Match(term, toks, nil)
	if len(ms) == 1 && ms[0].First == 0 && ms[0].Last == len(toks)-1 {
		return ms[0].Entry
	}
	return nil
}
