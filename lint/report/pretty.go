package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// Pretty prints findings grouped by file for a person at a terminal: the
// problem, the draft's line with the term highlighted, what to write
// instead and what the term means. Without Color it prints the same
// layout with no escape codes, marking the term with carets.
type Pretty struct {
	Color bool

	wrote bool // a file was written, so the next one needs a blank line
}

// excerptWidth caps how much of a line an excerpt shows, so a file that is
// one enormous line still prints a readable report.
const excerptWidth = 100

type prettyStyles struct {
	path, pos, rule, term, gutter, hint lipgloss.Style
	severity                            map[glossary.Severity]lipgloss.Style
	ruleWidth                           int
}

func newPrettyStyles(color bool) prettyStyles {
	if !color {
		plain := lipgloss.NewStyle()
		return prettyStyles{path: plain, pos: plain, rule: plain, term: plain, gutter: plain, hint: plain,
			severity: map[glossary.Severity]lipgloss.Style{}}
	}
	return prettyStyles{
		path:   lipgloss.NewStyle().Bold(true).Underline(true),
		pos:    lipgloss.NewStyle().Faint(true),
		rule:   lipgloss.NewStyle().Foreground(lipgloss.Cyan),
		term:   lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Black).Background(lipgloss.Yellow),
		gutter: lipgloss.NewStyle().Faint(true),
		hint:   lipgloss.NewStyle().Foreground(lipgloss.Green),
		severity: map[glossary.Severity]lipgloss.Style{
			glossary.Error:      lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Red),
			glossary.Warning:    lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Yellow),
			glossary.Suggestion: lipgloss.NewStyle().Foreground(lipgloss.Blue),
		},
	}
}

// render applies st only when colour is on: an empty lipgloss style still
// emits nothing, but skipping it keeps the plain path obviously plain.
func (p *Pretty) render(st lipgloss.Style, s string) string {
	if !p.Color {
		return s
	}
	return st.Render(s)
}

// Format writes r.
func (p *Pretty) Format(w io.Writer, r *Report) error { return stream(p, w, r) }

// WriteFile writes one file's findings under its path.
func (p *Pretty) WriteFile(w io.Writer, findings []lint.Finding) error {
	if len(findings) == 0 {
		return nil
	}
	st := newPrettyStyles(p.Color)
	// Pad the rule column to the longest rule id of the file, so messages
	// line up whichever rules fired.
	for i := range findings {
		st.ruleWidth = max(st.ruleWidth, len(findings[i].Rule))
	}
	bw := bufio.NewWriter(w)
	if p.wrote {
		bw.WriteString("\n")
	}
	p.wrote = true
	fmt.Fprintln(bw, p.render(st.path, findings[0].Path))
	for i := range findings {
		p.finding(bw, st, &findings[i])
	}
	return bw.Flush()
}

// Finish writes the summary line.
func (p *Pretty) Finish(w io.Writer, s Summary, _ []FileError) error {
	if p.wrote {
		if _, err := io.WriteString(w, "\n"); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, SummaryLine(s))
	return err
}

func (p *Pretty) finding(w io.Writer, st prettyStyles, f *lint.Finding) {
	pos := fmt.Sprintf("%d:%d", f.Line, f.Column)
	sev := string(f.Severity)
	fmt.Fprintf(w, "  %s  %s  %s  %s\n",
		p.render(st.pos, fmt.Sprintf("%-7s", pos)),
		p.render(st.severity[f.Severity], fmt.Sprintf("%-10s", sev)),
		p.render(st.rule, fmt.Sprintf("%-*s", st.ruleWidth, f.Rule)),
		f.Message)
	gutter := fmt.Sprintf("%6d │ ", f.Line)
	blank := strings.Repeat(" ", 6) + " │ "
	before, term, after, ok := excerpt(f)
	if ok {
		if p.Color {
			fmt.Fprintf(w, "  %s%s%s%s\n", p.render(st.gutter, gutter), before, p.render(st.term, term), after)
		} else {
			fmt.Fprintf(w, "  %s%s%s%s\n", gutter, before, term, after)
			fmt.Fprintf(w, "  %s%s%s\n", blank, strings.Repeat(" ", lipgloss.Width(before)), strings.Repeat("^", max(1, lipgloss.Width(term))))
		}
	}
	if f.Definition != "" {
		fmt.Fprintf(w, "  %s%s\n", p.render(st.gutter, blank), p.render(st.hint, "means: ")+f.Definition)
	}
	if f.Occurrences > 1 {
		fmt.Fprintf(w, "  %s%s\n", p.render(st.gutter, blank), fmt.Sprintf("used %d times in this file", f.Occurrences))
	}
}

// excerpt cuts the finding's line into the text before the match, the
// match (up to the end of the line) and the text after, trimmed to a
// window around the match and with tabs shown as spaces.
func excerpt(f *lint.Finding) (before, term, after string, ok bool) {
	line := f.LineText
	if line == "" || !utf8.ValidString(line) {
		line = strings.ToValidUTF8(line, "\uFFFD")
	}
	runes := []rune(line)
	start := f.Column - 1
	if start < 0 || start > len(runes) {
		return "", "", "", false
	}
	end := len(runes)
	if f.EndLine == f.Line {
		end = min(max(f.EndColumn-1, start), len(runes))
	}
	from, to := 0, len(runes)
	if len(runes) > excerptWidth {
		if start > excerptWidth/2 {
			from = start - excerptWidth/3
		}
		to = min(len(runes), max(end, from+excerptWidth))
	}
	before = string(runes[from:start])
	if from > 0 {
		before = "…" + before
	}
	term = string(runes[start:end])
	after = string(runes[end:to])
	if to < len(runes) {
		after += "…"
	}
	tabs := strings.NewReplacer("\t", " ")
	return tabs.Replace(before), tabs.Replace(term), tabs.Replace(after), true
}
