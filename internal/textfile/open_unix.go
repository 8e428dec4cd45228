//go:build unix

package textfile

import (
	"os"
	"syscall"
)

// openNonBlocking opens path for reading without waiting for a writer if
// it is a FIFO. On a regular file O_NONBLOCK changes nothing.
func openNonBlocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
