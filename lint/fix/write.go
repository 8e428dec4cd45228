package fix

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrChanged says a file changed on disk after it was read; it is left
// alone so that nobody's edits are lost.
var ErrChanged = errors.New("changed on disk since it was read; not written")

// WriteFile replaces the file at path with data, provided it still holds
// orig, the bytes the plan was made from. It writes a temporary file in
// the same folder and renames it over the original, so a reader never
// sees half a file and a crash leaves the original whole; the original's
// permissions are kept. A symbolic link is followed and its target
// replaced, so the link stays a link.
func WriteFile(path string, orig, data []byte) (err error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	info, err := os.Stat(target)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := unchanged(target, orig); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".dejargon-*")
	if err != nil {
		return fmt.Errorf("%s: creating temporary file: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("%s: writing temporary file: %w", path, err)
	}
	if err = tmp.Chmod(info.Mode().Perm()); err != nil {
		return fmt.Errorf("%s: keeping file mode: %w", path, err)
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
	if err = os.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("%s: replacing file: %w", path, err)
	}
	return nil
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
