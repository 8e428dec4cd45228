package runner

import (
	"io/fs"
	"path/filepath"
)

// walkDir walks root in lexical order. It exists as its own function so
// the walking policy (ignore files, symlinks) has one place to grow.
func walkDir(root string, fn fs.WalkDirFunc) error {
	return filepath.WalkDir(root, fn)
}
