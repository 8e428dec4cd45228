package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// GitHubAnnotationsPerLevel is how many annotations of each level (error,
// warning, notice) GitHub Actions shows for one step; it drops the rest
// without a word. See "Limitations" in
// https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md.
const GitHubAnnotationsPerLevel = 10

// GitHub prints GitHub Actions workflow commands, which the runner turns
// into annotations on the pull request's changed lines:
//
//	::warning file=a.md,line=5,col=24,endLine=5,endColumn=32,title=dejargon jargon::"leverage" is jargon; try "use"
//
// A suggestion becomes a notice; a file that could not be checked an error.
//
// GitHub shows at most GitHubAnnotationsPerLevel annotations of each
// level per step, so the most severe findings are annotated first (files
// that could not be checked, then errors, warnings and notices, each in
// path order) and the findings beyond the limits are printed as plain lines
// in a collapsed log group. When any were left out, one notice takes the
// last notice place and says how many and where they are.
//
// Findings beyond the limits are written as they arrive, so memory stays
// bounded by the annotations kept, whatever the size of the tree.
type GitHub struct {
	// StepSummary says a Markdown job summary is also being written, so
	// the closing notice can point to it.
	StepSummary bool

	kept     map[string][]lint.Finding // the findings to annotate, by level
	overflow int                       // findings printed as plain lines
	grouped  bool                      // the log group for them is open
}

// Format writes r.
func (g *GitHub) Format(w io.Writer, r *Report) error { return stream(g, w, r) }

// WriteFile keeps one file's findings for annotation while each level has
// room, and prints the rest as plain lines in the overflow group.
func (g *GitHub) WriteFile(w io.Writer, findings []lint.Finding) error {
	if g.kept == nil {
		g.kept = map[string][]lint.Finding{}
	}
	bw := bufio.NewWriter(w)
	for i := range findings {
		f := &findings[i]
		level := githubLevel(f.Severity)
		if len(g.kept[level]) < GitHubAnnotationsPerLevel {
			g.kept[level] = append(g.kept[level], *f)
			continue
		}
		g.spill(bw, f)
	}
	return bw.Flush()
}

// EndFile writes nothing: findings beyond the limits are written as they
// come, and the annotations at Finish.
func (*GitHub) EndFile(io.Writer) error { return nil }

// spill prints a finding that gets no annotation as a plain line inside
// the overflow group, where the job log keeps it.
func (g *GitHub) spill(w *bufio.Writer, f *lint.Finding) {
	if !g.grouped {
		g.grouped = true
		w.WriteString("::group::dejargon: findings beyond GitHub's annotation limits\n")
	}
	g.overflow++
	fmt.Fprintf(w, "%s:%d:%d: %s %s: %s\n", f.Path, f.Line, f.Column, f.Severity, f.Rule, messageWithMeaning(f))
}

// Finish writes the annotations, most severe first, and the closing notice.
// Files that could not be checked are errors, files a walk skipped
// warnings and files read with a caveat notices.
func (g *GitHub) Finish(w io.Writer, _ Summary, notices []FileError) error {
	bw := bufio.NewWriter(w)
	var errs []FileError
	for _, e := range notices {
		if e.IsError() {
			errs = append(errs, e)
		}
	}
	// The last notice place is kept for the closing notice when anything
	// goes unannotated.
	errorRoom := max(GitHubAnnotationsPerLevel-len(errs), 0)
	if extra := len(g.kept["error"]) - errorRoom; extra > 0 {
		for i := range g.kept["error"][errorRoom:] {
			g.spill(bw, &g.kept["error"][errorRoom+i])
		}
		g.kept["error"] = g.kept["error"][:errorRoom]
	}
	if notices := g.kept["notice"]; g.overflow > 0 && len(notices) == GitHubAnnotationsPerLevel {
		g.spill(bw, &notices[len(notices)-1])
		g.kept["notice"] = notices[:len(notices)-1]
	}
	if g.grouped {
		bw.WriteString("::endgroup::\n")
	}
	for i, e := range errs {
		if i == GitHubAnnotationsPerLevel {
			// More unreadable files than error places: the rest go to the
			// log as plain lines, still counted as errors by the exit status.
			fmt.Fprintf(bw, "dejargon: %s: %s\n", e.Path, e.Message)
			continue
		}
		fmt.Fprintf(bw, "::error file=%s,title=%s::%s\n",
			escapeProperty(e.Path), escapeProperty("dejargon could not check this file"), escapeData(e.Message))
	}
	// Skipped files and caveats go to the job log as plain lines: they
	// must not take the annotation places findings need.
	for _, e := range notices {
		if !e.IsError() {
			fmt.Fprintf(bw, "dejargon: %s: %s\n", Escape(e.Path), Escape(e.Message))
		}
	}
	for _, level := range []string{"error", "warning", "notice"} {
		for i := range g.kept[level] {
			writeAnnotation(bw, &g.kept[level][i])
		}
	}
	if g.overflow > 0 {
		where := "the job log, in the group \"dejargon: findings beyond GitHub's annotation limits\""
		if g.StepSummary {
			where += ", and the job summary"
		}
		msg := fmt.Sprintf("%s not annotated: GitHub shows %d annotations of each level per step. The full report is in %s.",
			plural(g.overflow, "more finding"), GitHubAnnotationsPerLevel, where)
		fmt.Fprintf(bw, "::notice title=%s::%s\n", escapeProperty("dejargon: "+plural(g.overflow, "more finding")), escapeData(msg))
	}
	return bw.Flush()
}

func writeAnnotation(w *bufio.Writer, f *lint.Finding) {
	props := []string{
		"file=" + escapeProperty(f.Path),
		fmt.Sprintf("line=%d", f.Line),
		fmt.Sprintf("endLine=%d", f.EndLine),
	}
	// GitHub honours columns only within one line; on a span over
	// several lines it would reject or misplace them.
	if f.EndLine == f.Line {
		props = append(props, fmt.Sprintf("col=%d", f.Column), fmt.Sprintf("endColumn=%d", f.EndColumn))
	}
	props = append(props, "title="+escapeProperty("dejargon "+f.Rule))
	fmt.Fprintf(w, "::%s %s::%s\n", githubLevel(f.Severity), strings.Join(props, ","), escapeData(messageWithMeaning(f)))
}

func githubLevel(s glossary.Severity) string {
	switch s {
	case glossary.Error:
		return "error"
	case glossary.Suggestion:
		return "notice"
	}
	return "warning"
}

// escapeData escapes a command's message: the runner reads a command up
// to the end of the line and decodes these three.
var dataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

func escapeData(s string) string { return dataEscaper.Replace(s) }

// escapeProperty escapes a property value, where a comma would end the
// value and a colon pair would end the properties.
var propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
