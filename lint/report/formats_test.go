package report

import "testing"

// TestNewKnowsEveryName checks that every listed format can be made and
// that an unlisted one is refused.
func TestNewKnowsEveryName(t *testing.T) {
	for _, name := range Names {
		if f, err := New(name, Options{}); err != nil || f == nil {
			t.Errorf("New(%q) = %v, %v", name, f, err)
		}
	}
	if _, err := New("xml", Options{}); err == nil {
		t.Error(`New("xml") made a formatter`)
	}
}
