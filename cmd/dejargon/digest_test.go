package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/internal/benchgen/corpus"
	"github.com/dejargon/dejargon/lint/rules"
)

var updateDigest = flag.Bool("update", false, "rewrite testdata/digest/bench.txt with today's output digests")

// digestPath holds the SHA-256 of the command's output on the digest
// corpus, one "name digest" line per command.
const digestPath = "../../testdata/digest/bench.txt"

// digestCommands are the outputs the digest pins: every finding with its
// fixes (JSON), every line of the plain report, and every score.
var digestCommands = []struct {
	name string
	args []string
}{
	{"check-json", []string{"check", "--format", "json", "--fail-on", "error", "--report-unused-disables", "."}},
	{"check-text", []string{"check", "--format", "text", "--fail-on", "error", "--report-unused-disables", "."}},
	{"stats-json", []string{"stats", "--format", "json", "."}},
}

// directives end the large Markdown file of the digest corpus.
const directives = `
<!-- dejargon-disable-next-line passive-voice -->
The old laptops were collected by the service desk.

<!-- dejargon-disable-next-line hidden-verb -->
The new portal is ready for everyone.
`

// TestOutputDigest checks a small benchmark corpus (the generator the
// README's Speed figures use: Markdown, plain text and email, plus the
// examples and the evaluation set) with every
// rule on and compares the SHA-256 of each output with the committed one,
// so speed work that changes one finding, fix, position or score fails
// here. JSON is compacted before hashing: the digest pins the content, not
// the indentation. `go test ./cmd/dejargon -run OutputDigest -update`
// rewrites the digests after a deliberate change to the output (a new
// glossary entry or a reworded message changes them too).
func TestOutputDigest(t *testing.T) {
	dir := t.TempDir()
	for _, tree := range []struct {
		format string
		size   int64
		files  int
	}{{"md", 400_000, 40}, {"text", 600_000, 1}, {"eml", 100_000, 5}, {"md", 400_000, 1}} {
		name := fmt.Sprintf("%s-%d", tree.format, tree.files)
		err := corpus.Tree(tree.size, tree.files, tree.format, 1, func(f corpus.File) error {
			path := filepath.Join(dir, name, filepath.FromSlash(f.Path))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return err
			}
			if tree.files == 1 && tree.format == "md" {
				// One large Markdown file, shared out over the cores, with
				// a disable comment that silences a sentence rule's finding
				// and one that silences nothing.
				f.Data = append(f.Data, directives...)
			}
			return os.WriteFile(path, f.Data, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// The text file is large enough that its work is shared out over the
	// cores (analysis.ParallelText). The generated notices never have a
	// long sentence, a hidden verb or a late definition; the examples and
	// the evaluation set have every rule's findings.
	for _, pattern := range []string{"../../testdata/examples/*", "../../testdata/eval/*"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			switch filepath.Ext(p) {
			case ".txt", ".md", ".html", ".eml":
			default:
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			to := filepath.Join(dir, "real", filepath.Base(filepath.Dir(p)), filepath.Base(p))
			if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(to, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)

	var got strings.Builder
	for _, c := range digestCommands {
		var out, errOut bytes.Buffer
		code := run(c.args, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, NoColor: true})
		if code != 0 || errOut.Len() > 0 {
			t.Fatalf("dejargon %s: exit %d, stderr %q", strings.Join(c.args, " "), code, errOut.String())
		}
		body := out.Bytes()
		if strings.Contains(c.name, "json") {
			var compact bytes.Buffer
			if err := json.Compact(&compact, body); err != nil {
				t.Fatalf("dejargon %s: %v", strings.Join(c.args, " "), err)
			}
			body = compact.Bytes()
		}
		if len(body) < 10_000 {
			t.Fatalf("dejargon %s wrote only %d bytes", strings.Join(c.args, " "), len(body))
		}
		if c.name == "check-json" {
			for _, id := range rules.IDs() {
				if !bytes.Contains(body, []byte(`"rule":"`+id+`"`)) {
					t.Errorf("the digest corpus has no %s finding", id)
				}
			}
		}
		sum := sha256.Sum256(body)
		fmt.Fprintf(&got, "%s %s\n", c.name, hex.EncodeToString(sum[:]))
	}

	path := filepath.Join(wd, digestPath)
	if *updateDigest {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	if got.String() != string(want) {
		t.Errorf("output digests changed:\ngot\n%swant\n%s", got.String(), want)
	}
}
