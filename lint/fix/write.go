package fix

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ErrChanged says a file changed on disk after it was read; it is left
// alone so that nobody's edits are lost.
var ErrChanged = errors.New("changed on disk since it was read; not written")

// ErrReadOnly says a file has no write permission for anyone: fix leaves
// it alone unless told otherwise (WriteOptions.ReadOnly).
var ErrReadOnly = errors.New("read-only; left alone (--write-read-only fixes it anyway)")

// ErrInterrupted says the run was interrupted (Writer.Abort) before the
// file was replaced; it is whole and unchanged.
var ErrInterrupted = errors.New("interrupted; not written")

// HardLinksError says a file has other hard links. Replacing it would cut
// them off (the other names would keep the old text), and writing in
// place is not atomic, so fix leaves it alone.
type HardLinksError struct{ Links uint64 }

func (e *HardLinksError) Error() string {
	return fmt.Sprintf("has %d hard links; left alone, since replacing it would split them (fix the text with --stdin or --dry-run and apply it by hand)", e.Links)
}

// OutsideError says a file's real location lies outside the folders and
// files named on the command line (it was reached through a link).
type OutsideError struct{ Real string }

func (e *OutsideError) Error() string {
	return "is a link to a file outside the folders named; not written (name the file itself to fix it)"
}

// IsNote reports whether err means a file was left alone on purpose (read
// only, hard links, changed on disk) rather than a failure to write it.
func IsNote(err error) bool {
	var hl *HardLinksError
	return errors.Is(err, ErrReadOnly) || errors.As(err, &hl)
}

// WriteOptions adjust how Writer writes a file.
type WriteOptions struct {
	// ReadOnly writes files that have no write permission too.
	ReadOnly bool
	// Inside, when set, says whether a file's resolved path lies inside
	// the roots the user named; a file outside is not written.
	Inside func(real string) bool
}

// Writer replaces files safely, one at a time, and knows the temporary
// file it is writing, so an interrupt can remove it (Abort).
type Writer struct {
	mu      sync.Mutex
	tmp     string // the temporary file being written, if any
	aborted bool
	// Notes receives what the writer noticed on the way, such as stale
	// temporary files it removed.
	Notes func(msg string)
	// beforeRename, in tests, stands for an interrupt arriving after the
	// temporary file is written and before it replaces the original.
	beforeRename func()
}

// WriteFile replaces the file at path with data using a zero Writer; see
// Writer.WriteFile.
func WriteFile(path string, orig, data []byte) error {
	return (&Writer{}).WriteFile(path, orig, data, WriteOptions{ReadOnly: true})
}

// tempMarker is in the name of every temporary file: .NAME.dejargon-PID-N.
const tempMarker = ".dejargon-"

// WriteFile replaces the file at path with data, provided it still holds
// orig, the bytes the plan was made from. It writes a temporary file in
// the same folder and renames it over the original, so a reader never
// sees half a file and a crash leaves the original whole. The new file
// keeps the original's owner, group, permission bits (setuid, setgid and
// sticky too) and extended attributes; when one of them cannot be kept,
// the file is not written and the error says which. A symbolic link is
// followed and its target replaced, so the link stays a link. Files with
// other hard links and read-only files are left alone (HardLinksError,
// ErrReadOnly).
func (w *Writer) WriteFile(path string, orig, data []byte, opts WriteOptions) (err error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if opts.Inside != nil {
		abs, err := filepath.Abs(target)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if !opts.Inside(abs) {
			return fmt.Errorf("%s: %w", path, &OutsideError{Real: abs})
		}
	}
	info, err := os.Stat(target)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file; not written", path)
	}
	if !opts.ReadOnly && info.Mode().Perm()&0o222 == 0 {
		return fmt.Errorf("%s: %w", path, ErrReadOnly)
	}
	meta, err := readMeta(target, info)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if meta.links > 1 {
		return fmt.Errorf("%s: %w", path, &HardLinksError{Links: meta.links})
	}
	if err := unchanged(target, orig); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	w.removeStale(target)
	tmp, err := w.createTemp(target)
	if err != nil {
		return fmt.Errorf("%s: creating temporary file: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			w.forget(tmp.Name(), true)
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("%s: writing temporary file: %w", path, err)
	}
	if err = meta.apply(tmp); err != nil {
		return fmt.Errorf("%s: %w; not written", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("%s: writing temporary file: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("%s: writing temporary file: %w", path, err)
	}
	// Look again just before the rename: an editor may have saved while
	// we were writing.
	if err = unchanged(target, orig); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if w.beforeRename != nil {
		w.beforeRename()
	}
	if err = w.rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// createTemp makes the temporary file next to target and remembers it.
func (w *Writer) createTemp(target string) (*os.File, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.aborted {
		return nil, ErrInterrupted
	}
	pattern := "." + filepath.Base(target) + tempMarker + strconv.Itoa(os.Getpid()) + "-*"
	f, err := os.CreateTemp(filepath.Dir(target), pattern)
	if err != nil {
		return nil, err
	}
	w.tmp = f.Name()
	return f, nil
}

// rename puts the temporary file in place, unless the run was aborted
// meanwhile. It holds the lock, so an interrupt either removes the
// temporary file before the rename or finds nothing left to remove.
func (w *Writer) rename(tmp, target string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.aborted {
		return ErrInterrupted
	}
	if err := os.Rename(tmp, target); err != nil {
		return fmt.Errorf("replacing file: %w", err)
	}
	w.tmp = ""
	return nil
}

// forget drops the remembered temporary file, removing it if asked.
func (w *Writer) forget(name string, remove bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if remove {
		os.Remove(name)
	}
	if w.tmp == name {
		w.tmp = ""
	}
}

// Abort removes the temporary file being written, if any, and makes every
// later write fail with ErrInterrupted. It reports whether a write was
// under way (and so left undone). It is safe to call from a signal
// handler's goroutine while WriteFile runs.
func (w *Writer) Abort() (undone bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.aborted = true
	if w.tmp != "" {
		os.Remove(w.tmp)
		w.tmp = ""
		return true
	}
	return false
}

// staleAge is how old a temporary file in the older form, without a
// process id, must be before it is taken for the leftover of a killed run.
const staleAge = 10 * time.Minute

// removeStale removes temporary files next to target that an earlier run
// left behind when it was killed: those whose process is gone.
func (w *Writer) removeStale(target string) {
	prefix := "." + filepath.Base(target) + tempMarker
	entries, err := os.ReadDir(filepath.Dir(target))
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !e.Type().IsRegular() {
			continue
		}
		if !staleTemp(strings.TrimPrefix(name, prefix), e) {
			continue
		}
		if os.Remove(filepath.Join(filepath.Dir(target), name)) == nil && w.Notes != nil {
			w.Notes(fmt.Sprintf("removed %s, a temporary file left by an interrupted run", name))
		}
	}
}

// staleTemp decides whether a temporary file (rest is its name after the
// marker: PID-RANDOM, or RANDOM in the older form) is a leftover.
func staleTemp(rest string, e fs.DirEntry) bool {
	pidText, _, hasPID := strings.Cut(rest, "-")
	if hasPID {
		pid, err := strconv.Atoi(pidText)
		if err != nil || pid <= 0 {
			return false
		}
		return pid != os.Getpid() && !processAlive(pid)
	}
	if _, err := strconv.ParseUint(rest, 10, 64); err != nil {
		return false
	}
	info, err := e.Info()
	return err == nil && time.Since(info.ModTime()) > staleAge
}

// unchanged reports ErrChanged unless the file at path holds orig.
func unchanged(path string, orig []byte) error {
	now, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading it again: %w", err)
	}
	if !bytes.Equal(now, orig) {
		return ErrChanged
	}
	return nil
}
