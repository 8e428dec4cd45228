package analysis

// Fix is one way to cure a finding: edits to the original file, applied
// together. A rule computes a finding's fixes once, when it reports it;
// `dejargon fix`, SARIF `fixes`, the editor's quick fixes and the web
// page all apply these edits and none recomputes them.
type Fix struct {
	// Title says what the fix does, for a menu: `Replace with "using"`.
	Title string `json:"title"`
	// Edits are sorted by offset and never overlap.
	Edits []Edit `json:"edits"`
}

// Edit replaces Length bytes of the original file at byte Offset with New.
type Edit struct {
	Offset int    `json:"offset"`
	Length int    `json:"length"`
	New    string `json:"new"`
}

// End is the offset just past the bytes the edit replaces.
func (e Edit) End() int { return e.Offset + e.Length }
