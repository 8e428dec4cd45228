//go:build linux || darwin

package fix

import (
	"bytes"
	"errors"
	"fmt"

	"golang.org/x/sys/unix"
)

type xattr struct {
	name  string
	value []byte
}

// readXattrs lists a file's extended attributes (SELinux labels, ACLs,
// user attributes) and their values.
func readXattrs(path string) ([]xattr, error) {
	size, err := unix.Listxattr(path, nil)
	if errors.Is(err, unix.ENOTSUP) || size == 0 {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	buf := make([]byte, size)
	if size, err = unix.Listxattr(path, buf); err != nil {
		return nil, err
	}
	var out []xattr
	for _, name := range bytes.Split(buf[:size], []byte{0}) {
		if len(name) == 0 {
			continue
		}
		val, err := readXattr(path, string(name))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, xattr{name: string(name), value: val})
	}
	return out, nil
}

// writeXattrs sets the attributes on the new file, or says which could
// not be kept.
func writeXattrs(path string, xs []xattr) error {
	for _, x := range xs {
		if has, err := readXattr(path, x.name); err == nil && bytes.Equal(has, x.value) {
			continue // the new file already has it (a folder's default label)
		}
		if err := unix.Setxattr(path, x.name, x.value, 0); err != nil {
			return fmt.Errorf("cannot keep extended attribute %q: %w", x.name, err)
		}
	}
	return nil
}

// readXattr reads one extended attribute's value.
func readXattr(path, name string) ([]byte, error) {
	n, err := unix.Getxattr(path, name, nil)
	if err != nil {
		return nil, err
	}
	val := make([]byte, n)
	if n, err = unix.Getxattr(path, name, val); err != nil {
		return nil, err
	}
	return val[:n], nil
}
