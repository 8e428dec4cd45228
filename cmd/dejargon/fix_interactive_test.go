package main

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/dejargon/dejargon/lint/fix"
)

// interactiveEdits are three fixes to a two-line note.
func interactiveEdits() ([]byte, []fix.Edit) {
	src := []byte("We leverage the tool.\nGoing forward, we utilize it.\n")
	return src, []fix.Edit{
		{Offset: 3, Length: 8, Old: "leverage", New: "use", Line: 1, Column: 4, Rule: "jargon", Term: "leverage"},
		{Offset: 22, Length: 13, Old: "Going forward", New: "From now on", Line: 2, Column: 1, Rule: "wordy", Term: "going forward"},
		{Offset: 40, Length: 7, Old: "utilize", New: "use", Line: 2, Column: 19, Rule: "jargon", Term: "utilize"},
	}
}

func key(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// press sends keys to the model and returns whether it asked to quit.
func press(m *fixModel, keys ...string) bool {
	quit := false
	for _, k := range keys {
		_, cmd := m.Update(key(k))
		if cmd != nil {
			if _, ok := cmd().(tea.QuitMsg); ok {
				quit = true
			}
		}
	}
	return quit
}

func TestFixModelShowsBeforeAndAfter(t *testing.T) {
	src, edits := interactiveEdits()
	m := newFixModel("note.txt", src, edits)
	v := m.View().Content
	for _, want := range []string{
		`note.txt:1:4  jargon "leverage"  (1 of 3)`,
		"before: We leverage the tool.",
		"after:  We use the tool.",
		"y accept",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
}

func TestFixModelKeys(t *testing.T) {
	tests := []struct {
		name     string
		keys     []string
		wantNew  []string // New of the accepted edits, in order
		quit     bool
		aborted  bool
		finished bool
	}{
		{"accept all", []string{"y", "y", "y"}, []string{"use", "From now on", "use"}, false, false, true},
		{"enter accepts too", []string{"enter", "a", "enter"}, []string{"use", "From now on", "use"}, false, false, true},
		{"skip the middle", []string{"y", "n", "y"}, []string{"use", "use"}, false, false, true},
		{"skip all", []string{"n", "s", "n"}, nil, false, false, true},
		{"quit keeps what was accepted", []string{"y", "q"}, []string{"use"}, true, false, true},
		{"ctrl+c aborts (chooseFixes then drops all)", []string{"y", "ctrl+c"}, []string{"use"}, false, true, true},
		{"edit the wording", []string{"e", "backspace", "backspace", "backspace", "e", "m", "p", "l", "o", "y", "enter", "n", "n"}, []string{"employ"}, false, false, true},
		{"edit then escape goes back", []string{"e", "x", "esc", "n", "n"}, nil, false, false, false},
		{"edit back to the original is no edit", []string{"e", "backspace", "backspace", "backspace", "l", "e", "v", "e", "r", "a", "g", "e", "enter", "n", "n"}, nil, false, false, true},
		{"keys after the end are ignored", []string{"n", "n", "n", "y", "y"}, nil, false, false, true},
	}
	for _, tt := range tests {
		src, edits := interactiveEdits()
		m := newFixModel("note.txt", src, edits)
		quit := press(m, tt.keys...)
		var got []string
		for _, e := range m.accepted {
			got = append(got, e.New)
		}
		if strings.Join(got, "|") != strings.Join(tt.wantNew, "|") {
			t.Errorf("%s: accepted %q, want %q", tt.name, got, tt.wantNew)
		}
		if m.quit != tt.quit || m.aborted != tt.aborted {
			t.Errorf("%s: quit=%v aborted=%v, want %v %v", tt.name, m.quit, m.aborted, tt.quit, tt.aborted)
		}
		if quit != tt.finished {
			t.Errorf("%s: program quit = %v, want %v", tt.name, quit, tt.finished)
		}
	}
}

func TestFixModelEditView(t *testing.T) {
	src, edits := interactiveEdits()
	m := newFixModel("note.txt", src, edits)
	press(m, "n", "e", "space", "o", "n")
	v := m.View().Content
	for _, want := range []string{
		`note.txt:2:1  wordy "going forward"  (2 of 3)`,
		"after:  From now on on, we utilize it.",
		`replace "Going forward" with: From now on on▏`,
		"enter keep this wording",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	press(m, "enter", "y")
	if v := m.View().Content; !strings.Contains(v, "note.txt: 2 fixes accepted") {
		t.Errorf("final view = %q", v)
	}
	out, err := fix.Apply(src, m.accepted)
	if err != nil {
		t.Fatal(err)
	}
	if want := "We leverage the tool.\nFrom now on on, we use it.\n"; string(out) != want {
		t.Errorf("applied = %q, want %q", out, want)
	}
}
