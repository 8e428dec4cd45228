//go:build unix

package fix

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// meta is what a replaced file must keep of the original.
type meta struct {
	mode     fs.FileMode
	uid, gid int
	links    uint64
	xattrs   []xattr
}

// modeBits are the permission bits kept, setuid, setgid and sticky too.
const modeBits = fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky

func readMeta(path string, info fs.FileInfo) (meta, error) {
	m := meta{mode: info.Mode() & modeBits, uid: -1, gid: -1}
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		m.uid, m.gid, m.links = int(st.Uid), int(st.Gid), uint64(st.Nlink)
	}
	xs, err := readXattrs(path)
	if err != nil {
		return m, fmt.Errorf("reading extended attributes: %w", err)
	}
	m.xattrs = xs
	return m, nil
}

// apply gives f the original's owner, group, mode and extended
// attributes. The owner comes first: changing it clears setuid and
// setgid, which the mode then sets again.
func (m meta) apply(f *os.File) error {
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if st, ok := info.Sys().(*syscall.Stat_t); ok && m.uid >= 0 && (int(st.Uid) != m.uid || int(st.Gid) != m.gid) {
		if err := f.Chown(m.uid, m.gid); err != nil {
			if errors.Is(err, fs.ErrPermission) {
				return fmt.Errorf("cannot keep its owner and group (%d:%d) when replacing it as this user", m.uid, m.gid)
			}
			return fmt.Errorf("keeping owner and group: %w", err)
		}
	}
	if err := f.Chmod(m.mode); err != nil {
		return fmt.Errorf("keeping file mode: %w", err)
	}
	if err := writeXattrs(f.Name(), m.xattrs); err != nil {
		return err
	}
	return nil
}

// processAlive reports whether a process with this id exists.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
