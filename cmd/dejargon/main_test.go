package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("u", false, "rewrite the expected output in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"dejargon": func() { os.Exit(run(os.Args[1:], systemStreams())) },
	})
}

// TestScripts runs the command-line scenarios in testdata/script, each a
// txtar file that runs the real binary. `go test ./cmd/dejargon -u`
// rewrites their expected output after a deliberate change.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "")
			// Scripts may read the repository's own testdata (glossary
			// suggest runs over it).
			testdata, err := filepath.Abs("../../testdata")
			if err != nil {
				return err
			}
			env.Setenv("TESTDATA", testdata)
			// Office files are binary, so scripts copy them from here.
			office, err := filepath.Abs("../../testdata/office")
			if err != nil {
				return err
			}
			env.Setenv("OFFICE", office)
			return nil
		},
	})
}
