package main

import (
	"flag"
	"fmt"
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
		Condition: scriptCondition,
		Cmds:      hostileCmds,
	})
}

// scriptCondition answers the conditions scripts use beyond testscript's
// own: [root] (running as root, so permissions do not stop reading) and
// [devfull] (the system has /dev/full, a device that is always full).
func scriptCondition(cond string) (bool, error) {
	switch cond {
	case "root":
		return os.Geteuid() == 0, nil
	case "devfull":
		_, err := os.Stat("/dev/full")
		return err == nil, nil
	}
	return false, fmt.Errorf("unknown condition %q", cond)
}
