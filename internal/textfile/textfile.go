// Package textfile reads files that should hold text without trusting
// them: the start is sniffed for binary content before the rest is read,
// reading stops at a size limit, and a walk can insist on regular files
// so a FIFO or device never blocks or floods it.
package textfile

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"
)

// DefaultLimit is the largest file read unless the user says otherwise:
// far above any draft, and low enough that checking a file of this size
// stays within the memory the README states.
const DefaultLimit int64 = 64 << 20

// SniffSize is how much of a file is looked at before it is read whole.
const SniffSize = 8192

// ErrBinary says the content is not text.
var ErrBinary = errors.New("binary file")

// TooLargeError says a file is over the size limit.
type TooLargeError struct{ Limit int64 }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("larger than the %s limit (--max-file-size)", FormatSize(e.Limit))
}

// NotRegularError says a path is a FIFO, socket, device or other
// non-regular file.
type NotRegularError struct{ Mode fs.FileMode }

func (e *NotRegularError) Error() string {
	return DescribeMode(e.Mode) + ", not a regular file"
}

// DescribeMode names a file type in words.
func DescribeMode(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a folder"
	}
	return "not a regular file"
}

// UTF-16 byte order marks: a file starting with one is text even though
// it is full of NUL bytes.
var (
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// HasUTF16BOM reports whether b starts with a UTF-16 byte order mark.
func HasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE)
}

// LooksBinary reports whether head, the start of a file, is something
// other than text: a NUL byte (outside UTF-16 with a byte order mark), or
// mostly invalid UTF-8.
func LooksBinary(head []byte) bool {
	head = head[:min(len(head), SniffSize)]
	if HasUTF16BOM(head) {
		return false
	}
	invalid := 0
	for i := 0; i < len(head); {
		// Most of a text file is ASCII, where a NUL is the one byte that
		// matters: eight bytes at a time are passed over while none of
		// them is NUL or above ASCII, then a byte at a time.
		for i+8 <= len(head) {
			w := binary.LittleEndian.Uint64(head[i:])
			if w&0x8080808080808080 != 0 || (w-0x0101010101010101)&^w&0x8080808080808080 != 0 {
				break
			}
			i += 8
		}
		if i == len(head) {
			break
		}
		if c := head[i]; c < utf8.RuneSelf {
			if c == 0 {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(head[i:])
		// A character cut off at the end of the sniffed part is not an
		// invalid one.
		if r == utf8.RuneError && size == 1 && !(len(head) == SniffSize && len(head)-i < utf8.UTFMax && !utf8.FullRune(head[i:])) {
			invalid++
		}
		i += size
	}
	// Legacy 8-bit text has a few stray bytes; binary data is full of them.
	return len(head) > 0 && invalid*10 > len(head)*3
}

// Read reads r whole, refusing content whose first SniffSize bytes look
// binary (ErrBinary) before reading further, and content over limit bytes
// (a *TooLargeError) without holding more than limit bytes. A limit of 0
// or less means DefaultLimit.
func Read(r io.Reader, limit int64) ([]byte, error) { return ReadAs(r, limit, true) }

// ReadAs is Read; text false skips the binary sniff, for formats that are
// binary by design (a zip package).
func ReadAs(r io.Reader, limit int64, text bool) ([]byte, error) {
	return readAs(r, limit, text, 0)
}

// readAs is ReadAs for input of about size bytes (0: unknown), read into a
// buffer of that size. Grown by doubling instead, a buffer holds up to
// twice the input for as long as the document it becomes is checked.
func readAs(r io.Reader, limit int64, text bool, size int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	head := make([]byte, min(int64(SniffSize), limit+1))
	n, err := io.ReadFull(r, head)
	head = head[:n]
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, err
	}
	if text && LooksBinary(head) {
		return nil, ErrBinary
	}
	if int64(n) > limit {
		return nil, &TooLargeError{Limit: limit}
	}
	if err != nil { // the whole input fitted in the head
		return head, nil
	}
	// ReadFrom grows the buffer whenever fewer than bytes.MinRead bytes are
	// free, so room for that much more keeps a file of the expected size
	// in one buffer.
	buf := bytes.NewBuffer(make([]byte, 0, max(SniffSize*2, min(size, limit)+bytes.MinRead+1)))
	buf.Write(head)
	if _, err := buf.ReadFrom(io.LimitReader(r, limit-int64(n)+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, &TooLargeError{Limit: limit}
	}
	out := buf.Bytes()
	if free := cap(out) - len(out); free > SniffSize && free > len(out)/8 {
		// Input of unknown size (a pipe) leaves the buffer up to half
		// empty; an exact copy lets the larger one go.
		out = bytes.Clone(out)
	}
	return out, nil
}

// ReadFile reads the file at path as Read does (without the binary sniff
// when text is false). A FIFO or device named here is read (as cat reads
// one); a socket is refused, since it cannot be opened as a file.
func ReadFile(path string, limit int64, text bool) ([]byte, error) {
	if info, err := os.Stat(path); err == nil && info.Mode()&fs.ModeSocket != 0 {
		return nil, &NotRegularError{Mode: info.Mode()}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size int64
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		if info.Size() > limitOrDefault(limit) {
			return nil, &TooLargeError{Limit: limitOrDefault(limit)}
		}
		size = info.Size()
	}
	return readAs(f, limit, text, size)
}

// ReadRegular reads the file at path as ReadFile does, but only if it is
// a regular file: it is opened without blocking, so a FIFO put where a
// file was expected is refused (a *NotRegularError) rather than waited on.
func ReadRegular(path string, limit int64, text bool) ([]byte, error) {
	f, err := OpenRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.Size() > limitOrDefault(limit) {
		return nil, &TooLargeError{Limit: limitOrDefault(limit)}
	}
	return readAs(f, limit, text, info.Size())
}

// OpenRegular opens path for reading only if it is a regular file,
// without blocking on a FIFO: for reading a file a walk found in a stream
// (a mailbox), where no size limit applies.
func OpenRegular(path string) (*os.File, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, &NotRegularError{Mode: info.Mode()}
	}
	return f, nil
}

func limitOrDefault(limit int64) int64 {
	if limit <= 0 {
		return DefaultLimit
	}
	return limit
}
