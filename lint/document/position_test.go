package document

import "testing"

func TestLineIndex(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		off       int
		line, col int
		lineText  string
	}{
		{"start", "hello", 0, 1, 1, "hello"},
		{"lf", "a\nbc leverage", 5, 2, 4, "bc leverage"},
		{"crlf", "a\r\nbc leverage", 6, 2, 4, "bc leverage"},
		{"lone cr", "a\rbc leverage", 5, 2, 4, "bc leverage"},
		{"bom", "\xef\xbb\xbfleverage", 3, 1, 1, "leverage"},
		{"tab is one column", "\tleverage", 1, 1, 2, "\tleverage"},
		{"multibyte", "é 東京 leverage", 10, 1, 6, "é 東京 leverage"},
		{"end of file", "ab\n", 3, 2, 1, ""},
		{"clamped", "ab", 99, 1, 3, "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			li := NewLineIndex([]byte(tt.src))
			p := li.Position(tt.off)
			if p.Line != tt.line || p.Column != tt.col {
				t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.off, p.Line, p.Column, tt.line, tt.col)
			}
			if got := li.Line(tt.line); got != tt.lineText {
				t.Errorf("Line(%d) = %q, want %q", tt.line, got, tt.lineText)
			}
		})
	}
}

func TestSegmentSourceSpan(t *testing.T) {
	// "Going **forward**" read as "Going forward": pieces map each run.
	seg := Segment{Text: "Going forward", Pieces: []Piece{
		{Text: 0, Source: 0, Verbatim: true},
		{Text: 6, Source: 8, Verbatim: true},
	}}
	from, to := seg.SourceSpan(0, 13)
	if from != 0 || to != 15 {
		t.Errorf("span = [%d,%d), want [0,15)", from, to)
	}
	// "touch&nbsp;base": the entity is one decoded piece of six bytes.
	seg = Segment{Text: "touch\u00a0base", Pieces: []Piece{
		{Text: 0, Source: 0, Verbatim: true},
		{Text: 5, Source: 5, SourceLen: 6},
		{Text: 7, Source: 11, Verbatim: true},
	}}
	if from, to := seg.SourceSpan(0, 11); from != 0 || to != 15 {
		t.Errorf("entity span = [%d,%d), want [0,15)", from, to)
	}
	if from, to := seg.SourceSpan(5, 7); from != 5 || to != 11 {
		t.Errorf("entity alone = [%d,%d), want [5,11)", from, to)
	}
}

// TestPositionFromAgrees checks that counting onward from any earlier
// position gives what counting from the line's start gives.
func TestPositionFromAgrees(t *testing.T) {
	src := []byte("\xef\xbb\xbfé leverage\r\n\tdeux 東京 x\ry\n\nlast line, no newline")
	li := NewLineIndex(src)
	for hint := 0; hint <= len(src); hint++ {
		known := li.Position(hint)
		for off := 0; off <= len(src)+2; off++ {
			if got, want := li.PositionFrom(known, off), li.Position(off); got != want {
				t.Fatalf("PositionFrom(%+v, %d) = %+v, want %+v", known, off, got, want)
			}
		}
	}
	if got, want := li.PositionFrom(Position{}, 5), li.Position(5); got != want {
		t.Errorf("from the zero position: %+v, want %+v", got, want)
	}
}
