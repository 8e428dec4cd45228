package runner

import (
	"bytes"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dejargon/dejargon/lint/report"
)

// runWithin runs Run but fails the test instead of hanging when Run
// blocks (on a FIFO, say).
func runWithin(t *testing.T, paths []string, opts Options) *report.Report {
	t.Helper()
	done := make(chan *report.Report, 1)
	go func() { done <- Run(testLinter(t), paths, opts) }()
	select {
	case rep := <-done:
		return rep
	case <-time.After(20 * time.Second):
		t.Fatal("Run did not return: it blocked on a file")
		return nil
	}
}

func noticeFor(rep *report.Report, suffix string) (report.FileError, bool) {
	for _, n := range rep.Notices() {
		if strings.HasSuffix(n.Path, suffix) {
			return n, true
		}
	}
	return report.FileError{}, false
}

// TestWalkSkipsFIFOAndSocket: a FIFO in a walked folder used to block the
// run forever and a socket gave "no such device or address". Both are
// now skipped, counted and named.
func TestWalkSkipsFIFOAndSocket(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.md"), "We leverage it.")
	if err := syscall.Mkfifo(filepath.Join(dir, "p.md"), 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	sock := filepath.Join(dir, "s.md")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Skipf("cannot make a socket here: %v", err)
	}
	defer ln.Close()
	rep := runWithin(t, []string{dir}, Options{})
	if rep.FilesChecked != 1 || len(rep.Errors) != 0 {
		t.Errorf("checked %d files with errors %v; want 1 and none", rep.FilesChecked, rep.Errors)
	}
	for _, name := range []string{"p.md", "s.md"} {
		n, ok := noticeFor(rep, name)
		if !ok || n.Kind != report.KindSkipped {
			t.Errorf("%s: notice %+v, want a skip", name, n)
		}
	}
	if s := report.Summarize(rep); s.FilesSkipped != 2 {
		t.Errorf("summary counts %d skipped files, want 2", s.FilesSkipped)
	}
}

// TestNamedFIFOIsRead: a FIFO named on the command line is read, as cat
// reads one.
func TestNamedFIFOIsRead(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "p.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("We leverage it.")
		f.Close()
	}()
	rep := runWithin(t, []string{fifo}, Options{})
	if rep.FilesChecked != 1 || len(rep.Findings) != 1 {
		t.Errorf("checked %d files, %d findings (errors %v); want 1 and 1", rep.FilesChecked, len(rep.Findings), rep.Errors)
	}
}

// TestWalkDoesNotFollowLinksOut: a link out of the named folder, a broken
// link and a link loop are skipped with a reason; a link to a file inside
// the folder is checked.
func TestWalkDoesNotFollowLinksOut(t *testing.T) {
	base := t.TempDir()
	tree, outside := filepath.Join(base, "tree"), filepath.Join(base, "victim")
	write(t, filepath.Join(outside, "secret.md"), "We leverage it.")
	write(t, filepath.Join(tree, "real.md"), "We leverage it.")
	links := map[string]string{
		"out.md":   filepath.Join("..", "victim", "secret.md"),
		"in.md":    "real.md",
		"loop.md":  "loop.md",
		"gone.md":  "nowhere.md",
		"folder.d": filepath.Join("..", "victim"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(tree, name)); err != nil {
			t.Fatal(err)
		}
	}
	rep := runWithin(t, []string{tree}, Options{})
	if rep.FilesChecked != 2 {
		t.Errorf("checked %d files, want real.md and in.md", rep.FilesChecked)
	}
	for _, f := range rep.Findings {
		if strings.Contains(f.Path, "victim") || strings.HasSuffix(f.Path, "out.md") {
			t.Errorf("read a file outside the tree: %s", f.Path)
		}
	}
	for name, why := range map[string]string{"out.md": "outside", "loop.md": "loop", "gone.md": "broken"} {
		n, ok := noticeFor(rep, name)
		if !ok || n.Kind != report.KindSkipped || !strings.Contains(n.Message, why) {
			t.Errorf("%s: notice %+v, want a skip saying %q", name, n, why)
		}
	}
	// Named itself, a link may lead anywhere.
	rep = runWithin(t, []string{filepath.Join(tree, "out.md")}, Options{})
	if rep.FilesChecked != 1 {
		t.Errorf("a named link was not checked: %+v", rep.Notices())
	}
}

// TestNamedBinaryIsAnError: a named file that cannot be read as text is
// an error naming why; in a walk the same file is a skip.
func TestNamedBinaryIsAnError(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "logo.md")
	write(t, bin, "GIF89a\x00\x01leverage")
	rep := runWithin(t, []string{bin}, Options{})
	if len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Message, "binary") {
		t.Errorf("named binary file: errors %v, want one saying binary", rep.Errors)
	}
	rep = runWithin(t, []string{dir}, Options{})
	if n, ok := noticeFor(rep, "logo.md"); len(rep.Errors) != 0 || !ok || n.Kind != report.KindSkipped {
		t.Errorf("walked binary file: errors %v, notice %+v; want a skip", rep.Errors, n)
	}
}

// TestUTF16IsDecoded: UTF-16 with a byte order mark used to be called
// binary; it is read, at the right line and column.
func TestUTF16IsDecoded(t *testing.T) {
	dir := t.TempDir()
	for name, bom := range map[string][]byte{"le.txt": {0xFF, 0xFE}, "be.txt": {0xFE, 0xFF}} {
		var b bytes.Buffer
		b.Write(bom)
		for _, r := range "Hello.\nWe leverage it." {
			if name == "le.txt" {
				b.Write([]byte{byte(r), 0})
			} else {
				b.Write([]byte{0, byte(r)})
			}
		}
		write(t, filepath.Join(dir, name), b.String())
	}
	rep := runWithin(t, []string{dir}, Options{})
	if rep.FilesChecked != 2 || len(rep.Findings) != 2 {
		t.Fatalf("checked %d files, %d findings (notices %v); want 2 and 2", rep.FilesChecked, len(rep.Findings), rep.Notices())
	}
	for _, f := range rep.Findings {
		if f.Line != 2 || f.Column != 4 {
			t.Errorf("%s: finding at %d:%d, want 2:4", f.Path, f.Line, f.Column)
		}
	}
}

// zeros is an endless stream of NUL bytes, like /dev/zero.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// endless is an endless stream of text.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "word "[i%5]
	}
	return len(p), nil
}

// TestBoundedReading: /dev/zero used to be read without end. Standard
// input and files are sniffed and bounded.
func TestBoundedReading(t *testing.T) {
	rep := runWithin(t, []string{StdinPath}, Options{Stdin: zeros{}})
	if len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Message, "binary") {
		t.Errorf("endless NULs on stdin: errors %v, want binary", rep.Errors)
	}
	rep = runWithin(t, []string{StdinPath}, Options{Stdin: io.Reader(endless{}), MaxFileSize: 1 << 20})
	if len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Message, "1 MiB limit") {
		t.Errorf("endless text on stdin: errors %v, want the size limit", rep.Errors)
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		rep = runWithin(t, []string{"/dev/zero"}, Options{})
		if len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Message, "binary") {
			t.Errorf("/dev/zero: errors %v, want binary", rep.Errors)
		}
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "big.txt"), strings.Repeat("word ", 1000))
	rep = runWithin(t, []string{dir}, Options{MaxFileSize: 1000})
	if n, ok := noticeFor(rep, "big.txt"); !ok || n.Kind != report.KindSkipped || !strings.Contains(n.Message, "limit") {
		t.Errorf("walked large file: notice %+v, want a skip naming the limit", n)
	}
	rep = runWithin(t, []string{filepath.Join(dir, "big.txt")}, Options{MaxFileSize: 1000})
	if len(rep.Errors) != 1 {
		t.Errorf("named large file: errors %v, want one", rep.Errors)
	}
}

// TestNamedFolderLinkIsWalked: a link to a folder named on the command
// line used to be checked as no files at all, silently.
func TestNamedFolderLinkIsWalked(t *testing.T) {
	base := t.TempDir()
	write(t, filepath.Join(base, "real", "a.md"), "We leverage it.")
	link := filepath.Join(base, "docs")
	if err := os.Symlink("real", link); err != nil {
		t.Fatal(err)
	}
	rep := runWithin(t, []string{link}, Options{})
	if rep.FilesChecked != 1 || len(rep.Findings) != 1 || rep.Findings[0].Path != filepath.Join(link, "a.md") {
		t.Errorf("checked %d files, findings %+v; want docs/a.md", rep.FilesChecked, rep.Findings)
	}
}
