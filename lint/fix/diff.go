package fix

import (
	"fmt"
	"path/filepath"
	"strings"

	udiff "github.com/aymanbagabas/go-udiff"
)

// Diff returns the unified diff that edits make to src, labelled a/path
// and b/path as git labels them, or "" when there are no edits.
func Diff(path string, src []byte, edits []Edit) (string, error) {
	if len(edits) == 0 {
		return "", nil
	}
	out, err := Apply(src, edits)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	name := strings.TrimPrefix(filepath.ToSlash(path), "/")
	return udiff.Unified("a/"+name, "b/"+name, string(src), string(out)), nil
}
