//go:build !unix

package textfile

import "os"

// openNonBlocking opens path for reading; systems without FIFOs in the
// file system need nothing more.
func openNonBlocking(path string) (*os.File, error) { return os.Open(path) }
