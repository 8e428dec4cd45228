package email

import (
	"strconv"
	"strings"
	"testing"
)

// nested builds a message whose multiparts nest depth levels deep, with
// a text part at the bottom.
func nested(depth int) string {
	var b strings.Builder
	b.WriteString("Subject: hello\nContent-Type: multipart/mixed; boundary=b" + itoa(0) + "\n\n")
	for i := 1; i < depth; i++ {
		b.WriteString("--b" + itoa(i-1) + "\nContent-Type: multipart/mixed; boundary=b" + itoa(i) + "\n\n")
	}
	b.WriteString("--b" + itoa(depth-1) + "\nContent-Type: text/plain\n\nWe leverage it.\n")
	return b.String()
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestSkippedPartsAreNoted: parts nested deeper than 50 levels and a
// multipart without a boundary used to be dropped with no trace.
func TestSkippedPartsAreNoted(t *testing.T) {
	if doc := Read("ok.eml", []byte(nested(10)), Options{}); len(doc.Notes) != 0 || len(doc.Segments) < 2 {
		t.Errorf("10 levels: notes %q, %d segments; want no note and the body read", doc.Notes, len(doc.Segments))
	}
	deep := Read("deep.eml", []byte(nested(60)), Options{})
	if len(deep.Notes) != 1 || !strings.Contains(deep.Notes[0], "more than 50 levels") {
		t.Errorf("60 levels: notes %q, want one about the depth", deep.Notes)
	}
	noBoundary := "Subject: hi\nContent-Type: multipart/mixed\n\n--x\nContent-Type: text/plain\n\nWe leverage it.\n"
	doc := Read("nb.eml", []byte(noBoundary), Options{})
	if len(doc.Notes) != 1 || !strings.Contains(doc.Notes[0], "has no boundary") || !strings.Contains(doc.Notes[0], "line 4") {
		t.Errorf("no boundary: notes %q, want one naming the part's line", doc.Notes)
	}
}
