// Package baseline records the findings a docs tree has today, so a team
// can adopt dejargon without fixing everything first and still be told
// about every new finding.
//
// A finding is recorded by its path, rule, term and the words around it on
// its line, never by line number: adding or removing lines elsewhere in
// the file leaves it recorded. A key may stand for several identical
// findings; the file keeps the count, and only that many are silenced.
package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dejargon/dejargon/internal/atomicfile"
	"github.com/dejargon/dejargon/internal/textfile"
	"github.com/dejargon/dejargon/lint"
)

// Version is the baseline file format version this package reads and
// writes.
const Version = 1

// file is the baseline file as stored: JSON, one entry per distinct key,
// sorted, so it diffs well in review.
type file struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// Entry is one recorded finding key and how many findings share it.
type Entry struct {
	Path    string `json:"path"`
	Rule    string `json:"rule"`
	Term    string `json:"term"`
	Context string `json:"context"`
	Count   int    `json:"count"`
}

type key struct{ path, rule, term, context string }

// Baseline is a loaded set of recorded findings.
type Baseline struct {
	// dir is the absolute folder of the baseline file; recorded paths are
	// relative to it, so the file works from any working folder.
	dir    string
	counts map[key]int
}

// New records findings for a baseline file to be kept at path.
func New(path string, findings []lint.Finding) (*Baseline, error) {
	dir, err := absDir(path)
	if err != nil {
		return nil, err
	}
	b := &Baseline{dir: dir, counts: map[key]int{}}
	for i := range findings {
		b.counts[b.key(&findings[i])]++
	}
	return b, nil
}

// Load reads a baseline file.
func Load(path string) (*Baseline, error) {
	data, err := textfile.ReadFile(path, textfile.DefaultLimit, true)
	if errors.Is(err, textfile.ErrBinary) {
		return nil, fmt.Errorf("%s: not a dejargon baseline: binary file", path)
	}
	if err != nil {
		return nil, fmt.Errorf("reading baseline: %w", err)
	}
	var f file
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: not a dejargon baseline: %w", path, err)
	}
	if f.Version != Version {
		return nil, fmt.Errorf("%s: baseline version %d, this dejargon reads version %d", path, f.Version, Version)
	}
	dir, err := absDir(path)
	if err != nil {
		return nil, err
	}
	b := &Baseline{dir: dir, counts: map[key]int{}}
	for _, e := range f.Findings {
		b.counts[key{e.Path, e.Rule, e.Term, e.Context}] += max(e.Count, 1)
	}
	return b, nil
}

// Write saves the baseline to path.
func (b *Baseline) Write(path string) error {
	f := file{Version: Version, Findings: []Entry{}}
	for k, n := range b.counts {
		f.Findings = append(f.Findings, Entry{Path: k.path, Rule: k.rule, Term: k.term, Context: k.context, Count: n})
	}
	sort.Slice(f.Findings, func(i, j int) bool {
		a, c := f.Findings[i], f.Findings[j]
		if a.Path != c.Path {
			return a.Path < c.Path
		}
		if a.Rule != c.Rule {
			return a.Rule < c.Rule
		}
		if a.Term != c.Term {
			return a.Term < c.Term
		}
		return a.Context < c.Context
	})
	// The file is committed and read in diffs: R&D stays R&D, not
	// R\u0026D as json.Marshal escapes it for HTML.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("encoding baseline: %w", err)
	}
	// Written whole or not at all: a full disk must not leave half a
	// baseline in place of the old one.
	if err := atomicfile.Write(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing baseline: %w", err)
	}
	return nil
}

// Len counts the findings the baseline records.
func (b *Baseline) Len() int {
	n := 0
	for _, c := range b.counts {
		n += c
	}
	return n
}

// Filter returns the findings the baseline does not record, in their
// order, and how many it silenced.
func (b *Baseline) Filter(findings []lint.Finding) ([]lint.Finding, int) {
	return b.Matcher().Filter(findings)
}

// Matcher silences the findings a baseline records across several calls:
// a large file's findings come in batches, and a key recorded twice must
// silence its first two findings whichever batches they come in, as it
// would in one call.
type Matcher struct {
	b *Baseline
	// used counts the findings each key has silenced so far; only keys the
	// baseline records get in, so it is never larger than the baseline.
	used map[key]int
}

// Matcher returns a Matcher with nothing silenced yet.
func (b *Baseline) Matcher() *Matcher { return &Matcher{b: b, used: map[key]int{}} }

// Filter returns the findings the baseline does not record, in their
// order, and how many it silenced. Findings must come in report order,
// each finding once, over all calls.
func (m *Matcher) Filter(findings []lint.Finding) ([]lint.Finding, int) {
	out := make([]lint.Finding, 0, len(findings))
	for i := range findings {
		k := m.b.key(&findings[i])
		if m.used[k] < m.b.counts[k] {
			m.used[k]++
			continue
		}
		out = append(out, findings[i])
	}
	return out, len(findings) - len(out)
}

func (b *Baseline) key(f *lint.Finding) key { return keyOf(b.relPath(f.Path), f) }

// keyOf is the one place a finding's key is made: what identifies it
// whatever line it stands on.
func keyOf(path string, f *lint.Finding) key {
	return key{path: path, rule: f.Rule, term: f.Term, context: Context(f)}
}

// FingerprintKey is the baseline's key for f as one string, with the path
// as the finding names it: SARIF fingerprints are built from it, so code
// scanning follows an alert across runs exactly when a baseline would.
func FingerprintKey(f *lint.Finding) string {
	k := keyOf(filepath.ToSlash(f.Path), f)
	return k.path + "\x00" + k.rule + "\x00" + k.term + "\x00" + k.context
}

// relPath names a finding's file relative to the baseline's folder.
// Standard input ("<stdin>") keeps its name.
func (b *Baseline) relPath(p string) string {
	if strings.HasPrefix(p, "<") {
		return p
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	rel, err := filepath.Rel(b.dir, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}

func absDir(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("baseline %s: %w", path, err)
	}
	return filepath.Dir(abs), nil
}
