package textfile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestLooksBinary(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"text", "We leverage it.\n", false},
		{"empty", "", false},
		{"NUL", "GIF89a\x00\x01", true},
		{"UTF-16 LE with BOM", "\xff\xfeW\x00e\x00", false},
		{"UTF-16 BE with BOM", "\xfe\xff\x00W\x00e", false},
		{"a few stray bytes", "caf\xe9 and more words here", false},
		{"mostly invalid", "\xef\xbb\xeeusing", true},
	}
	for _, tt := range tests {
		if got := LooksBinary([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: LooksBinary = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestLooksBinaryAtEveryOffset puts a NUL, or a run of invalid bytes, at
// every offset of ASCII text, so that the eight-bytes-at-a-time scan
// misses neither wherever it falls.
func TestLooksBinaryAtEveryOffset(t *testing.T) {
	base := []byte(strings.Repeat("We leverage it. ", 3))
	for at := range base {
		b := slices.Clone(base)
		b[at] = 0
		if !LooksBinary(b) {
			t.Errorf("NUL at %d: LooksBinary = false", at)
		}
		b = slices.Clone(base)
		copy(b[at:], strings.Repeat("\xff", 16))
		if want := at <= len(base)-15; LooksBinary(b) != want {
			t.Errorf("invalid bytes from %d: LooksBinary = %v, want %v", at, !want, want)
		}
	}
}

// countingReader counts what was read from it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

func TestReadSniffsAndBounds(t *testing.T) {
	c := &countingReader{r: zeros{}}
	if _, err := Read(c, 1<<30); !errors.Is(err, ErrBinary) {
		t.Errorf("endless NULs: err = %v, want ErrBinary", err)
	}
	if c.n > SniffSize {
		t.Errorf("read %d bytes of binary input before refusing it, want at most %d", c.n, SniffSize)
	}
	big := strings.Repeat("word ", 5000)
	var tl *TooLargeError
	if _, err := Read(strings.NewReader(big), 10000); !errors.As(err, &tl) {
		t.Errorf("over the limit: err = %v, want TooLargeError", err)
	}
	for _, n := range []int{0, 10, SniffSize, SniffSize + 1, 25000} {
		in := strings.Repeat("a", n)
		got, err := Read(strings.NewReader(in), 25000)
		if err != nil || !bytes.Equal(got, []byte(in)) {
			t.Errorf("%d bytes: got %d bytes, err %v", n, len(got), err)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"64MiB": 64 << 20, "500KB": 500000, "1048576": 1 << 20, "2G": 2 << 30, "1.5 MiB": 3 << 19} {
		got, err := ParseSize(in)
		if err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "lots", "-1", "0", "12XB"} {
		if _, err := ParseSize(bad); err == nil {
			t.Errorf("ParseSize(%q) accepted", bad)
		}
	}
	if got := FormatSize(64 << 20); got != "64 MiB" {
		t.Errorf("FormatSize = %q", got)
	}
}

// TestReadHoldsNoSpareBuffer: what Read returns is the document's source
// for as long as it is checked, so it must not sit in a buffer up to twice
// its size, whether the size is known up front (a file) or not (a pipe).
func TestReadHoldsNoSpareBuffer(t *testing.T) {
	content := []byte(strings.Repeat("We leverage the portal.\n", 200_000)) // 4.8 MB
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	fromFile, err := ReadFile(path, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	regular, err := ReadRegular(path, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	// A reader that hides its size, as a pipe does.
	piped, err := Read(io.MultiReader(bytes.NewReader(content)), 0)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string][]byte{"ReadFile": fromFile, "ReadRegular": regular, "Read": piped} {
		if !bytes.Equal(got, content) {
			t.Fatalf("%s read %d bytes, want %d", name, len(got), len(content))
		}
		if spare := cap(got) - len(got); spare > len(content)/8 {
			t.Errorf("%s holds %d spare bytes beside %d read", name, spare, len(got))
		}
	}
}
