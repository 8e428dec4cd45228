package report

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// StepSummary collects what a GitHub Actions job summary shows (the file
// named by GITHUB_STEP_SUMMARY, rendered as Markdown on the run's page):
// counts by severity and rule, the files with most findings and the first
// findings, most severe first, each linked to its line. It keeps counts
// per file and a few findings, never the whole report.
type StepSummary struct {
	// Repo links findings to their lines; its zero value makes no links.
	Repo RepoLinks

	perFile map[string]int
	first   map[glossary.Severity][]lint.Finding
}

// RepoLinks says how to link a file at the commit checked, from the
// variables GitHub Actions sets.
type RepoLinks struct {
	Server, Repository, SHA string
	// Workspace is the checkout's folder: paths are made relative to it.
	Workspace string
}

// stepSummaryTop bounds the files and findings listed.
const stepSummaryTop = 10

// Add counts one file's findings.
func (s *StepSummary) Add(fs []lint.Finding) {
	if s.perFile == nil {
		s.perFile = map[string]int{}
		s.first = map[glossary.Severity][]lint.Finding{}
	}
	for i := range fs {
		f := &fs[i]
		s.perFile[f.Path]++
		if len(s.first[f.Severity]) < stepSummaryTop {
			s.first[f.Severity] = append(s.first[f.Severity], *f)
		}
	}
}

// Write appends the Markdown summary of a run counted by sum.
func (s *StepSummary) Write(w io.Writer, sum Summary) error {
	var b strings.Builder
	b.WriteString("## dejargon\n\n")
	// Files that could not be checked get a bold line of their own
	// below, rather than a clause of the summary line.
	line := sum
	line.Errors = 0
	b.WriteString(SummaryLine(line) + "\n\n")
	if sum.Errors > 0 {
		fmt.Fprintf(&b, "**%s could not be checked**; the job log names each one.\n\n", plural(sum.Errors, "file"))
	}
	if sum.Findings > 0 {
		b.WriteString("| Severity | Findings |\n|---|---:|\n")
		for _, sev := range glossary.Severities {
			fmt.Fprintf(&b, "| %s | %d |\n", sev, sum.BySeverity[string(sev)])
		}
		b.WriteString("\n| Rule | Findings |\n|---|---:|\n")
		for _, r := range sortedCounts(sum.ByRule) {
			fmt.Fprintf(&b, "| `%s` | %d |\n", r.name, r.n)
		}
		fmt.Fprintf(&b, "\n### Files with most findings\n\n| File | Findings |\n|---|---:|\n")
		files := sortedCounts(s.perFile)
		for _, f := range files[:min(len(files), stepSummaryTop)] {
			fmt.Fprintf(&b, "| %s | %d |\n", s.link(f.name, f.name, 0), f.n)
		}
		fmt.Fprintf(&b, "\n### First findings, most severe first\n\n")
		listed := 0
		for _, sev := range glossary.Severities {
			for i := range s.first[sev] {
				if listed == stepSummaryTop {
					break
				}
				f := &s.first[sev][i]
				fmt.Fprintf(&b, "- **%s** %s `%s`: %s\n", f.Severity, s.link(fmt.Sprintf("%s:%d:%d", f.Path, f.Line, f.Column), f.Path, f.Line),
					f.Rule, markdownText(messageWithMeaning(f)))
				listed++
			}
		}
		if rest := sum.Findings - listed; rest > 0 {
			fmt.Fprintf(&b, "\n%s in the job log.\n", plural(rest, "more finding"))
		}
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

type count struct {
	name string
	n    int
}

// sortedCounts lists counts largest first, then by name.
func sortedCounts(m map[string]int) []count {
	out := make([]count, 0, len(m))
	for k, n := range m {
		out = append(out, count{k, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].n != out[j].n {
			return out[i].n > out[j].n
		}
		return out[i].name < out[j].name
	})
	return out
}

// link writes text as a Markdown link to file p at line (0: the whole
// file), or as code alone when no repository is known.
func (s *StepSummary) link(text, p string, line int) string {
	code := "`" + strings.ReplaceAll(text, "`", "'") + "`"
	if s.Repo.Server == "" || s.Repo.Repository == "" || s.Repo.SHA == "" || strings.HasPrefix(p, "<") {
		return code
	}
	rel := filepath.ToSlash(p)
	if s.Repo.Workspace != "" {
		if abs, err := filepath.Abs(p); err == nil {
			if r, err := filepath.Rel(s.Repo.Workspace, abs); err == nil && !strings.HasPrefix(r, "..") {
				rel = filepath.ToSlash(r)
			}
		}
	}
	u := strings.TrimRight(s.Repo.Server, "/") + "/" + s.Repo.Repository + "/blob/" + s.Repo.SHA + "/" + (&url.URL{Path: rel}).EscapedPath()
	if line > 0 {
		u += fmt.Sprintf("#L%d", line)
	}
	return "[" + code + "](" + u + ")"
}

// markdownText keeps a message from being read as Markdown or HTML.
var markdownEscaper = strings.NewReplacer("\\", "\\\\", "*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]", "<", "&lt;", ">", "&gt;", "|", "\\|", "`", "\\`", "\n", " ", "\r", " ")

func markdownText(s string) string { return markdownEscaper.Replace(s) }
