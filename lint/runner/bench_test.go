package runner

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// BenchmarkTree checks a whole tree with the built-in glossary and every
// rule, the way `dejargon check DIR` does. Point DEJARGON_BENCH_TREE at a
// tree written by internal/benchgen (see the README's Speed section).
func BenchmarkTree(b *testing.B) {
	dir := os.Getenv("DEJARGON_BENCH_TREE")
	if dir == "" {
		b.Skip("set DEJARGON_BENCH_TREE to a folder, e.g. one written by go run ./internal/benchgen")
	}
	var size int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			info, ierr := d.Info()
			if ierr == nil {
				size += info.Size()
			}
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	g, err := glossary.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		b.Fatal(err)
	}
	// Two ways to run: streamed file by file as `check --format text`
	// does, and buffered whole as the JSON and SARIF formats need.
	for _, mode := range []struct {
		name   string
		onFile func([]lint.Finding)
	}{{"streamed", func([]lint.Finding) {}}, {"buffered", nil}} {
		b.Run(mode.name, func(b *testing.B) {
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				rep := Run(l, []string{dir}, Options{OnFile: mode.onFile})
				if len(rep.Errors) > 0 {
					b.Fatal(rep.Errors[0].Message)
				}
			}
		})
	}
}
