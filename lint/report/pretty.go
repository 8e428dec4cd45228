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
	// Width is the terminal's width: messages wrap to fit it, their
	// continuation lines indented under the first (0: no wrapping).
	Width int
	// AllUses prints every use of a repeated term in full; by default a
	// term's later uses in a file fold into one line under its first.
	AllUses bool

	wrote  bool // a file was written, so the next one needs a blank line
	cursor lineCursor

	// A file prints at its end, when the widest rule id among its
	// findings and the folded lines are known; until then it keeps the
	// findings shown in full.
	fold      folder
	pending   []lint.Finding
	ruleWidth int
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

// WriteFile takes findings of the current file, which prints at EndFile.
func (p *Pretty) WriteFile(_ io.Writer, findings []lint.Finding) error {
	for i := range findings {
		f := &findings[i]
		// The rule column is padded to the longest rule id of the file,
		// so messages line up whichever rules fired.
		p.ruleWidth = max(p.ruleWidth, len(f.Rule))
		if p.AllUses || p.fold.add(f) {
			p.pending = append(p.pending, *f)
			p.pending[len(p.pending)-1].Fixes = nil // never printed
		}
	}
	return nil
}

// EndFile writes the file's findings under its path, each first use of a
// term with a line saying where its later uses are.
func (p *Pretty) EndFile(w io.Writer) error {
	defer func() { p.fold, p.pending, p.ruleWidth = folder{}, nil, 0 }()
	if len(p.pending) == 0 {
		return nil
	}
	st := newPrettyStyles(p.Color)
	st.ruleWidth = p.ruleWidth
	bw := bufio.NewWriter(w)
	if p.wrote {
		bw.WriteString("\n")
	}
	fmt.Fprintln(bw, p.header(p.pending[0].Path))
	p.wrote = true
	for i := range p.pending {
		f := &p.pending[i]
		p.finding(bw, st, f)
		if later := p.fold.laterUses(i, f.Part != ""); later != "" {
			fmt.Fprintf(bw, "  %s%s\n", p.render(st.gutter, strings.Repeat(" ", 6)+" │ "), later)
		}
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

// header is the file's path, bold and underlined as one span: lipgloss
// underlines character by character, one escape sequence each, which
// bloats logs and breaks copying the path out of some terminals.
func (p *Pretty) header(path string) string {
	path = Escape(path)
	if !p.Color {
		return path
	}
	return "\x1b[1;4m" + path + "\x1b[m"
}

func (p *Pretty) finding(w io.Writer, st prettyStyles, f *lint.Finding) {
	pos := Where(f)
	sev := string(f.Severity)
	// The message starts after the position, severity and rule columns;
	// wrapped lines start under it.
	indent := 2 + 7 + 2 + 10 + 2 + st.ruleWidth + 2
	sep, ruleCol := "  ", fmt.Sprintf("%-*s", st.ruleWidth, f.Rule)
	if p.Width > 0 && p.Width-indent < minWrapWidth && lipgloss.Width(f.Message) > p.Width-indent {
		// Too narrow beside the columns: the message goes below them.
		indent = 4
		sep, ruleCol = "\n"+strings.Repeat(" ", indent), f.Rule
	}
	fmt.Fprintf(w, "  %s  %s  %s%s%s\n",
		p.render(st.pos, fmt.Sprintf("%-7s", pos)),
		p.render(st.severity[f.Severity], fmt.Sprintf("%-10s", sev)),
		p.render(st.rule, ruleCol),
		sep, wrap(Escape(f.Message), p.Width-indent, strings.Repeat(" ", indent)))
	gutter := fmt.Sprintf("%6d │ ", f.Line)
	if f.Part != "" {
		gutter = fmt.Sprintf("%6s │ ", fmt.Sprintf("¶%d", f.Line))
	}
	blank := strings.Repeat(" ", 6) + " │ "
	if i, ok := p.cursor.seek(f); ok {
		before, term, after := excerpt(f, i, p.excerptWidth(utf8.RuneCountInString(gutter)))
		if p.Color {
			fmt.Fprintf(w, "  %s%s%s%s\n", p.render(st.gutter, gutter), before, p.render(st.term, term), after)
		} else {
			fmt.Fprintf(w, "  %s%s%s%s\n", gutter, before, term, after)
			fmt.Fprintf(w, "  %s%s%s\n", blank, strings.Repeat(" ", lipgloss.Width(before)), strings.Repeat("^", max(1, lipgloss.Width(term))))
		}
	}
	if f.Definition != "" {
		indent := 2 + len(blank) - len("│") + 1 + len("means: ")
		fmt.Fprintf(w, "  %s%s\n", p.render(st.gutter, blank), p.render(st.hint, "means: ")+
			wrap(Escape(f.Definition), p.Width-indent, strings.Repeat(" ", indent)))
	}
	if f.Occurrences > 1 {
		fmt.Fprintf(w, "  %s%s\n", p.render(st.gutter, blank), fmt.Sprintf("used %d times in this file", f.Occurrences))
	}
}

// lineCursor remembers how far into a line the last excerpt walked.
// Findings on a line come in column order, so each is found by walking on
// from the previous one rather than from the line's start, which on a file
// that is one long line would grow with the square of its length.
type lineCursor struct {
	path           string
	line, col, idx int
}

// seek returns the byte index in f's line where column f.Column starts,
// and false when the line is shorter than that.
func (c *lineCursor) seek(f *lint.Finding) (int, bool) {
	line := f.LineText
	if c.path != f.Path || c.line != f.Line || c.col > f.Column {
		*c = lineCursor{path: f.Path, line: f.Line, col: 1}
	}
	for c.col < f.Column && c.idx < len(line) {
		_, size := utf8.DecodeRuneInString(line[c.idx:])
		c.idx += size
		c.col++
	}
	return c.idx, c.col == f.Column
}

// excerpt cuts the finding's line into the text before the match, the
// match (up to the end of the line) and the text after, trimmed to a
// window around the match and with tabs shown as spaces. i is the byte
// index of the match in the line and width the most characters the
// window holds. Only the window is ever looked at, so an excerpt costs the
// same on a line of any length.
func excerpt(f *lint.Finding, i, width int) (before, term, after string) {
	line := f.LineText
	// A line of at most width characters is shown whole; a longer
	// one keeps a window around the match.
	long := len(line) > 4*width || utf8.RuneCountInString(line) > width
	from := 0
	if long && runesBetween(line, runesBack(line, i, width/2+1), i) > width/2 {
		from = runesBack(line, i, width/3)
	}
	n := width // a match running past the line ends with it
	if f.EndLine == f.Line {
		n = max(f.EndColumn-f.Column, 0)
	}
	end := runesForward(line, i, min(n, width))
	to := len(line)
	if long {
		to = runesForward(line, end, max(width-runesBetween(line, from, end), 0))
	}
	before, term, after = line[from:i], line[i:end], line[end:to]
	if from > 0 {
		before = "…" + before
	}
	if to < len(line) {
		after += "…"
	}
	// Control characters from the document are shown escaped, never sent
	// to the terminal; the carets are measured on the escaped text, so
	// they stay under the term.
	return Escape(before), Escape(term), Escape(after)
}

// excerptWidth is how many characters of a line an excerpt shows after a
// gutter of gutter characters: excerptWidth, or less when the terminal is
// narrower, so that an excerpt never wraps and its carets stay under the
// term. The two characters left over are for the "…" at either end.
func (p *Pretty) excerptWidth(gutter int) int {
	if p.Width <= 0 {
		return excerptWidth
	}
	return min(excerptWidth, max(p.Width-2-gutter-2, minExcerptWidth))
}

// minExcerptWidth is the narrowest excerpt, however narrow the terminal:
// less would not show enough words around the term to place it.
const minExcerptWidth = 20

// runesForward returns the byte index n characters after i, or the end.
func runesForward(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// runesBack returns the byte index n characters before i, or 0.
func runesBack(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// runesBetween counts the characters in s[i:j].
func runesBetween(s string, i, j int) int { return utf8.RuneCountInString(s[i:j]) }

// minWrapWidth is the narrowest column text is wrapped into; narrower
// would break a message into a word or two a line.
const minWrapWidth = 30

// wrap breaks s at spaces into lines of at most width columns, joined by
// a line break and indent. A word longer than width stands on a line of
// its own; width below 20 (a terminal too narrow to help) leaves s whole.
func wrap(s string, width int, indent string) string {
	if width < 20 || lipgloss.Width(s) <= width {
		return s
	}
	var b strings.Builder
	lineWidth := 0
	for i, word := range strings.Fields(s) {
		n := lipgloss.Width(word)
		switch {
		case i == 0:
		case lineWidth+1+n > width:
			b.WriteString("\n" + indent)
			lineWidth = 0
		default:
			b.WriteString(" ")
			lineWidth++
		}
		b.WriteString(word)
		lineWidth += n
	}
	return b.String()
}
