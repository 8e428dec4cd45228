package markdown

import (
	"bytes"
	"testing"
)

// TestPrepareSkipsTheCopyOnlyWhenNothingChanges checks that prepare hands
// back the file itself only when the copy would be the same bytes.
func TestPrepareSkipsTheCopyOnlyWhenNothingChanges(t *testing.T) {
	for _, src := range []string{
		"",
		"# Title\n\nPlain text.\n",
		"Windows\r\nline endings\r\n",
		"a lone\rCR",
		"ends in CR\r",
		"\xef\xbb\xbfBOM first\n",
		"---\ntitle: x\n---\nBody\n",
		"+++\ntitle = 1\n+++\nBody\n",
		"text\n---\nnot front matter\n",
		"---\nunclosed front matter\n",
	} {
		want := prepared([]byte(src), false)
		got := prepare([]byte(src), false)
		if !bytes.Equal(got, want) {
			t.Errorf("prepare(%q) = %q, want %q", src, got, want)
		}
		if copied := needsPreparing([]byte(src)); !copied && !bytes.Equal(want, []byte(src)) {
			t.Errorf("prepare(%q) kept the file, which needed changing", src)
		}
	}
}
