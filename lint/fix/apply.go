package fix

import "fmt"

// Apply returns src with edits applied. Edits must be sorted by offset
// and not overlap, as a Plan's are.
func Apply(src []byte, edits []Edit) ([]byte, error) {
	out := make([]byte, 0, len(src))
	last := 0
	for _, e := range edits {
		if e.Offset < last || e.End() > len(src) {
			return nil, fmt.Errorf("edit at byte %d overlaps another or runs past the end", e.Offset)
		}
		if string(src[e.Offset:e.End()]) != e.Old {
			return nil, fmt.Errorf("edit at byte %d expects %q but finds %q", e.Offset, e.Old, src[e.Offset:e.End()])
		}
		out = append(out, src[last:e.Offset]...)
		out = append(out, e.New...)
		last = e.End()
	}
	return append(out, src[last:]...), nil
}
