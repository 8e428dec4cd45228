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

// Result applies edits to src, the bytes they were planned on, and checks
// the outcome still reads as text: what fix writes, whatever the caller.
func Result(src []byte, edits []Edit) ([]byte, error) {
	out, err := Apply(src, edits)
	if err != nil {
		return nil, err
	}
	if err := StaysReadable(src, out); err != nil {
		return nil, err
	}
	return out, nil
}
