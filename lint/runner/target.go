package runner

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dejargon/dejargon/internal/textfile"
	"github.com/dejargon/dejargon/lint/report"
)

// Target is one file to check.
type Target struct {
	// Path is the file as the walk found it (or as it was named).
	Path string
	// Named says the user named this file on the command line, rather
	// than a walk finding it: a named file that cannot be read as text is
	// an error, a walked one is skipped with a note; a named FIFO is read,
	// a walked one skipped; a named link may lead anywhere.
	Named bool
}

// Roots are the folders and files named on the command line, resolved,
// that a walk stays within: a symbolic link found by a walk is followed
// only when its target lies inside one of them.
type Roots []string

// NewRoots resolves the named paths (those that exist).
func NewRoots(paths []string) Roots {
	var r Roots
	for _, p := range paths {
		if p == StdinPath {
			continue
		}
		if real, err := resolve(p); err == nil {
			r = append(r, real)
		}
	}
	return r
}

// Contains reports whether the resolved path real lies inside a root.
func (r Roots) Contains(real string) bool {
	for _, root := range r {
		rel, err := filepath.Rel(root, real)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel) {
			return true
		}
	}
	return false
}

// resolve returns the absolute path of p with every link followed.
func resolve(p string) (string, error) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	return filepath.Abs(real)
}

// followLink decides what a walk does with the symbolic link at path: the
// target's type when the walk may read it, or a skip notice saying why
// not. Links to folders are not followed (nor reported), which also keeps
// a walk out of link loops.
func followLink(path string, roots Roots) (fs.FileMode, *report.FileError) {
	real, err := resolve(path)
	if err != nil {
		why := "a broken symbolic link; skipped"
		if isLoop(err) {
			why = "a symbolic link loop; skipped"
		}
		e := report.Skipped(path, why)
		return 0, &e
	}
	info, err := os.Stat(real)
	if err != nil {
		e := report.Skipped(path, fmt.Sprintf("a symbolic link whose target cannot be read (%s); skipped", describeErr(err)))
		return 0, &e
	}
	if info.IsDir() {
		return info.Mode(), nil
	}
	if !roots.Contains(real) {
		e := report.Skipped(path, "a symbolic link to a file outside the folders named; not followed")
		return 0, &e
	}
	return info.Mode(), nil
}

// isLoop reports whether err is the system's "too many levels of symbolic
// links".
func isLoop(err error) bool {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return strings.Contains(err.Error(), "too many levels of symbolic links") || strings.Contains(err.Error(), "too many links")
}

// ReadTarget reads a file to check, bounded by limit, sniffing it for
// binary content first when text is set. A walked file must
// be a regular file (a FIFO put in its place is refused without waiting);
// a named one is read whatever it is, as cat would. The error is a notice
// of the right kind: a named file that cannot be read as text is an
// error, a walked one a skip.
func ReadTarget(t Target, limit int64, text bool) ([]byte, *report.FileError) {
	var src []byte
	var err error
	if t.Named {
		src, err = textfile.ReadFile(t.Path, limit, text)
	} else {
		src, err = textfile.ReadRegular(t.Path, limit, text)
	}
	if err == nil {
		return src, nil
	}
	e := ReadNotice(t.Path, t.Named, err)
	return nil, &e
}

// ReadNotice turns a reading error into a notice: an error when the user
// named the input (or it is simply unreadable), a skip when a walk found
// something that is not a text file it should read.
func ReadNotice(name string, named bool, err error) report.FileError {
	var notRegular *textfile.NotRegularError
	var tooLarge *textfile.TooLargeError
	switch {
	case errors.Is(err, textfile.ErrBinary) && named:
		return report.Failed(name, "binary file: cannot be read as text")
	case errors.Is(err, textfile.ErrBinary):
		return report.Skipped(name, "binary file, skipped")
	case errors.As(err, &tooLarge) && named:
		return report.Failed(name, tooLarge.Error())
	case errors.As(err, &tooLarge):
		return report.Skipped(name, tooLarge.Error()+"; skipped")
	case errors.As(err, &notRegular) && named:
		return report.Failed(name, notRegular.Error()+"; cannot be read as text")
	case errors.As(err, &notRegular):
		return report.Skipped(name, notRegular.Error()+"; skipped")
	}
	return report.Failed(name, describeErr(err))
}
