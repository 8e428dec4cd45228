package main

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/dejargon/dejargon/lint/fix"
)

// chooseFixes steps through a plan's edits in the terminal and returns
// the ones the user accepted (with their own wording where they edited
// one). quit is set when the user stopped early.
func chooseFixes(io *streams, p *fix.Plan) ([]fix.Edit, bool, error) {
	m := newFixModel(p.Doc.Path, p.Doc.Source, p.Edits)
	final, err := tea.NewProgram(m, tea.WithInput(io.In), tea.WithOutput(io.Out)).Run()
	if err != nil {
		return nil, false, fmt.Errorf("interactive fix: %w", err)
	}
	fm := final.(*fixModel)
	if fm.aborted {
		return nil, true, nil
	}
	return fm.accepted, fm.quit, nil
}

// fixModel is the interactive fixer: one proposed edit at a time, shown
// as its line before and after, with keys to accept, skip, edit or quit.
// It is a plain bubbletea model, so tests drive it with key messages.
type fixModel struct {
	path     string
	src      []byte
	edits    []fix.Edit
	current  int
	accepted []fix.Edit

	editing bool
	buffer  []rune

	quit    bool // stop, keeping what was accepted
	aborted bool // ctrl+c: keep nothing
}

func newFixModel(path string, src []byte, edits []fix.Edit) *fixModel {
	return &fixModel{path: path, src: src, edits: edits}
}

func (m *fixModel) Init() tea.Cmd { return nil }

func (m *fixModel) done() bool { return m.quit || m.aborted || m.current >= len(m.edits) }

func (m *fixModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	key, ok := msg.(tea.KeyPressMsg)
	if !ok || m.done() {
		return m, nil
	}
	if key.String() == "ctrl+c" {
		m.aborted = true
		return m, tea.Quit
	}
	if m.editing {
		m.updateEditing(key)
		return m, m.quitWhenDone()
	}
	switch key.String() {
	case "y", "a", "enter":
		m.accept(m.edits[m.current].New)
	case "n", "s":
		m.current++
	case "e":
		m.editing = true
		m.buffer = []rune(m.edits[m.current].New)
	case "q", "esc":
		m.quit = true
	}
	return m, m.quitWhenDone()
}

// updateEditing handles keys while the user rewrites the replacement.
func (m *fixModel) updateEditing(key tea.KeyPressMsg) {
	switch key.String() {
	case "enter":
		m.editing = false
		m.accept(string(m.buffer))
	case "esc":
		m.editing = false
	case "backspace":
		if len(m.buffer) > 0 {
			m.buffer = m.buffer[:len(m.buffer)-1]
		}
	default:
		if key.Text != "" {
			m.buffer = append(m.buffer, []rune(key.Text)...)
		}
	}
}

// accept keeps the current edit with replacement text and moves on. An
// edit back to the original words is no edit at all.
func (m *fixModel) accept(text string) {
	e := m.edits[m.current]
	e.New = text
	if e.New != e.Old {
		m.accepted = append(m.accepted, e)
	}
	m.current++
}

func (m *fixModel) quitWhenDone() tea.Cmd {
	if m.done() {
		return tea.Quit
	}
	return nil
}

func (m *fixModel) View() tea.View {
	var b strings.Builder
	if m.done() {
		fmt.Fprintf(&b, "%s: %s accepted\n", m.path, plural(len(m.accepted), "fix", "fixes"))
		return tea.NewView(b.String())
	}
	e := m.edits[m.current]
	proposed := e.New
	if m.editing {
		proposed = string(m.buffer)
	}
	before, after := lineContext(m.src, e, proposed)
	fmt.Fprintf(&b, "%s:%d:%d  %s %q  (%d of %d)\n\n", m.path, e.Line, e.Column, e.Rule, e.Term, m.current+1, len(m.edits))
	fmt.Fprintf(&b, "  before: %s\n", before)
	fmt.Fprintf(&b, "  after:  %s\n\n", after)
	if m.editing {
		fmt.Fprintf(&b, "  replace %q with: %s▏\n\n", e.Old, string(m.buffer))
		b.WriteString("  enter keep this wording · esc back\n")
	} else {
		b.WriteString("  y accept · n skip · e edit · q quit (keep accepted) · ctrl+c abort\n")
	}
	return tea.NewView(b.String())
}

// lineContext returns the lines an edit touches, as they are and with
// the replacement in place, line breaks shown as spaces.
func lineContext(src []byte, e fix.Edit, replacement string) (string, string) {
	start := e.Offset
	for start > 0 && src[start-1] != '\n' && src[start-1] != '\r' {
		start--
	}
	end := e.End()
	for end < len(src) && src[end] != '\n' && src[end] != '\r' {
		end++
	}
	flat := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")
	before := string(src[start:end])
	after := string(src[start:e.Offset]) + replacement + string(src[e.End():end])
	return flat.Replace(before), flat.Replace(after)
}
