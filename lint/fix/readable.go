package fix

import (
	"errors"

	"github.com/dejargon/dejargon/internal/textfile"
)

// ErrWouldBreak says the fixed text would no longer read as text, so the
// file is left alone.
var ErrWouldBreak = errors.New("the fixed text would look binary to dejargon (too many invalid bytes); not written")

// StaysReadable checks that fixing never turns readable input into
// unreadable output: shortening the words around stray invalid bytes can
// push a file over the binary threshold.
func StaysReadable(src, out []byte) error {
	if !textfile.LooksBinary(src) && textfile.LooksBinary(out) {
		return ErrWouldBreak
	}
	return nil
}
