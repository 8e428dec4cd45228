// Package pkgzip opens the zip packages office documents are stored in
// (.docx, .odt) and reads their parts with a bound on how much they may
// decompress to, so that a zip bomb is refused with a clear error instead
// of filling memory.
package pkgzip

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// MaxTotal bounds the decompressed bytes read from one package: far more
// than the XML of any real document (a 500-page report holds a few MiB),
// far less than a zip bomb unpacks to.
const MaxTotal = 64 << 20

// ErrTooLarge says a package decompresses to more than its bound.
var ErrTooLarge = errors.New("decompresses to more than 64 MiB; not read (a zip bomb?)")

// Package is an opened zip package.
type Package struct {
	Zip   *zip.Reader
	files map[string]*zip.File
	// left is how many more decompressed bytes may be read.
	left int64
}

// Open opens the package in src.
func Open(src []byte) (*Package, error) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, fmt.Errorf("not a zip package: %w", err)
	}
	p := &Package{Zip: zr, files: make(map[string]*zip.File, len(zr.File)), left: MaxTotal}
	for _, f := range zr.File {
		p.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	return p, nil
}

// Has reports whether the package holds a part named name.
func (p *Package) Has(name string) bool { return p.files[name] != nil }

// Read returns the decompressed bytes of part name, or ErrTooLarge (with
// the part's name) when the package's bound would be passed.
func (p *Package) Read(name string) ([]byte, error) {
	f := p.files[name]
	if f == nil {
		return nil, fmt.Errorf("%s: no such part", name)
	}
	if int64(f.UncompressedSize64) > p.left || f.UncompressedSize64 > MaxTotal {
		return nil, fmt.Errorf("%s: %w", name, ErrTooLarge)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer rc.Close()
	// The size in the zip's directory may lie; the limit does not.
	data, err := io.ReadAll(io.LimitReader(rc, p.left+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(data)) > p.left {
		return nil, fmt.Errorf("%s: %w", name, ErrTooLarge)
	}
	p.left -= int64(len(data))
	return data, nil
}

// Resolve returns the part a relationship target names, relative to the
// folder of the part that holds the relationship.
func Resolve(from, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(target, "/")
	}
	return path.Clean(path.Join(path.Dir(from), target))
}
