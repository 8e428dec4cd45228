package web

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Write copies site into dir, for a static host. Each file is written to
// a temporary file beside it and renamed into place, so a host serving
// the folder never sees half a file; writing twice gives the same folder.
// Nothing is written outside dir.
func Write(dir string, site fs.FS) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", dir, err)
	}
	return fs.WalkDir(site, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name == "." {
			return nil
		}
		if !fs.ValidPath(name) || strings.Contains(name, "..") {
			return fmt.Errorf("refusing to write %q outside %s", name, dir)
		}
		target := filepath.Join(dir, filepath.FromSlash(name))
		if d.IsDir() {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return fmt.Errorf("creating %s: %w", target, err)
			}
			return nil
		}
		data, err := fs.ReadFile(site, name)
		if err != nil {
			return fmt.Errorf("reading %s: %w", name, err)
		}
		return writeAtomic(target, data)
	})
}

// writeAtomic writes data to path through a temporary file in the same
// folder, removed again if anything fails.
func writeAtomic(path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".dejargon-*")
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
		return fmt.Errorf("%s: writing: %w", path, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("%s: setting mode: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("%s: writing: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
