// Package report writes findings in the formats people and machines read:
// pretty (a terminal), text (one line per finding, for editors and CI),
// json (a versioned schema), sarif (code scanning), github (workflow
// annotations) and checkstyle (Jenkins, GitLab). Each format is one file
// behind the Formatter interface.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// Report is the outcome of one run.
type Report struct {
	// Findings are sorted by path, line and column.
	Findings []lint.Finding
	// FilesChecked counts the documents read.
	FilesChecked int
	// Errors are the files that could not be checked (KindError).
	Errors []FileError
	// Baselined counts the findings a baseline hid: they are not in
	// Findings, but the summary says how many there were.
	Baselined int
	// Notes are files a walk skipped (KindSkipped) and files read with a
	// caveat (KindNote): a line on stderr and an entry in the machine
	// formats, not a failure.
	Notes []FileError
}

// FileError is a file that could not be checked, was skipped, or was
// checked with a caveat; Kind says which.
type FileError struct {
	Path    string `json:"path"`
	Message string `json:"message"`
	Kind    Kind   `json:"kind"`
}

// Formatter writes a report.
type Formatter interface {
	Format(w io.Writer, r *Report) error
}

// Streamer is a Formatter that can also print findings file by file as
// they are found, so checking a large tree need not hold every finding in
// memory. Files arrive in path order, each file's findings sorted, and a
// large file's findings in several batches, so that they are never held
// whole either.
type Streamer interface {
	Formatter
	// WriteFile takes the next findings of the current file: all of them,
	// or the next batch of them in report order.
	WriteFile(w io.Writer, findings []lint.Finding) error
	// EndFile says the current file's findings are all given: a format
	// that prints a file as a whole (folding a term's repeats into its
	// first use) prints it now. It may follow a file without findings.
	EndFile(w io.Writer) error
	// Finish writes what follows the findings: s counts the whole run and
	// notices lists the files that could not be checked, were skipped or
	// carry a note (see Report.Notices).
	Finish(w io.Writer, s Summary, notices []FileError) error
}

// stream writes a whole report through a Streamer, so a format prints the
// same whether it is given all findings at once or file by file.
func stream(st Streamer, w io.Writer, r *Report) error {
	start := 0
	for i := 1; i <= len(r.Findings); i++ {
		if i == len(r.Findings) || r.Findings[i].Path != r.Findings[start].Path {
			if err := st.WriteFile(w, r.Findings[start:i]); err != nil {
				return err
			}
			if err := st.EndFile(w); err != nil {
				return err
			}
			start = i
		}
	}
	return st.Finish(w, Summarize(r), r.Notices())
}

// formats are the report formats, in the order help and completion list
// them: the one table New and Names read.
var formats = [...]struct {
	name string
	make func(Options) Formatter
}{
	{"pretty", func(o Options) Formatter { return &Pretty{Color: o.Color, Width: o.Width, AllUses: o.AllUses} }},
	{"text", func(o Options) Formatter { return &Text{AllUses: o.AllUses} }},
	{"json", func(Options) Formatter { return &JSON{} }},
	{"sarif", func(o Options) Formatter { return &SARIF{ToolVersion: o.ToolVersion, MaxResults: SARIFMaxResults} }},
	{"github", func(o Options) Formatter { return &GitHub{StepSummary: o.StepSummary} }},
	{"checkstyle", func(Options) Formatter { return Checkstyle{} }},
}

// Names lists the formats New accepts.
var Names = func() []string {
	out := make([]string, len(formats))
	for i, f := range formats {
		out[i] = f.name
	}
	return out
}()

// Options adjust formatters.
type Options struct {
	// Color turns on terminal colours and highlighting.
	Color bool
	// ToolVersion is the version machine formats name as their producer.
	ToolVersion string
	// Width is the terminal's width, which pretty output wraps to (0: no
	// wrapping).
	Width int
	// StepSummary says a GitHub job summary is written too, so the github
	// format can point to it.
	StepSummary bool
	// AllUses makes pretty and text print every use of a repeated term
	// instead of folding later uses into one line.
	AllUses bool
}

// New returns the formatter called name.
func New(name string, opts Options) (Formatter, error) {
	for _, f := range formats {
		if f.name == name {
			return f.make(opts), nil
		}
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", name, strings.Join(Names, ", "))
}

// Sort puts findings in report order.
func Sort(fs []lint.Finding) {
	less := func(i, j int) bool { return fs[i].Less(&fs[j]) }
	// Files are usually checked in path order and each file's findings come
	// sorted, so checking first spares moving large values for nothing.
	if sort.SliceIsSorted(fs, less) {
		return
	}
	sort.SliceStable(fs, less)
}

// Summary counts a report's findings.
type Summary struct {
	FilesChecked      int            `json:"files_checked"`
	FilesWithFindings int            `json:"files_with_findings"`
	Findings          int            `json:"findings"`
	Errors            int            `json:"errors"`
	FilesSkipped      int            `json:"files_skipped"`
	Notes             int            `json:"notes"`
	BySeverity        map[string]int `json:"by_severity"`
	ByRule            map[string]int `json:"by_rule"`
	// Baselined counts the findings a baseline hid; they are in no other
	// count.
	Baselined int `json:"baselined"`

	// lastPath is the file Add counted last, so a file whose findings
	// come in several calls counts once.
	lastPath string
}

// Summarize counts the findings of r.
func Summarize(r *Report) Summary {
	s := NewSummary()
	s.FilesChecked = r.FilesChecked
	s.countNotices(r.Notices())
	s.Baselined = r.Baselined
	s.Add(r.Findings)
	return s
}

// NewSummary returns an empty summary, ready for Add.
func NewSummary() Summary {
	s := Summary{BySeverity: map[string]int{}, ByRule: map[string]int{}}
	for _, sev := range glossary.Severities {
		s.BySeverity[string(sev)] = 0
	}
	return s
}

// Add counts findings, sorted by path, into s. Calls may come file by
// file, and a file's findings may be split across calls.
func (s *Summary) Add(fs []lint.Finding) {
	for i := range fs {
		if s.FilesWithFindings == 0 || fs[i].Path != s.lastPath {
			s.FilesWithFindings++
			s.lastPath = fs[i].Path
		}
		s.Findings++
		s.BySeverity[string(fs[i].Severity)]++
		s.ByRule[fs[i].Rule]++
	}
}

// CountNotices fills in s's counts of errors, skipped files and notes.
func (s *Summary) CountNotices(notices []FileError) { s.countNotices(notices) }

// SummaryLine says in words what a run found: "7 findings in 2 files".
// Files a walk skipped and files that could not be checked are counted,
// so neither is silent: "No findings" must not read as a clean run when
// the exit status is 2.
func SummaryLine(s Summary) string {
	skipped := ""
	if s.Errors > 0 {
		skipped = fmt.Sprintf("; %s could not be checked", plural(s.Errors, "file"))
	}
	if s.FilesSkipped > 0 {
		skipped += fmt.Sprintf("; %s skipped", plural(s.FilesSkipped, "file"))
	}
	if s.Findings == 0 {
		return fmt.Sprintf("No findings in %s checked%s%s.", plural(s.FilesChecked, "file"), skipped, baselinedClause(s))
	}
	line := fmt.Sprintf("%s in %s", plural(s.Findings, "finding"), plural(s.FilesWithFindings, "file"))
	var parts []string
	for _, sev := range glossary.Severities {
		if n := s.BySeverity[string(sev)]; n > 0 {
			parts = append(parts, plural(n, string(sev)))
		}
	}
	line += " (" + strings.Join(parts, ", ") + ")"
	if s.FilesChecked > s.FilesWithFindings {
		line += fmt.Sprintf("; %s checked", plural(s.FilesChecked, "file"))
	}
	return line + skipped + baselinedClause(s) + "."
}

// baselinedClause says how many findings the baseline hid, so a clean
// report is never mistaken for a clean tree.
func baselinedClause(s Summary) string {
	if s.Baselined == 0 {
		return ""
	}
	return fmt.Sprintf("; %s hidden by the baseline", plural(s.Baselined, "finding"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
