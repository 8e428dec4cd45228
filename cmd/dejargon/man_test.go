package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/dejargon/dejargon/lint/config"
)

// TestManPageComplete: the page names every command, every flag of each,
// the exit statuses, every config key and every environment variable.
func TestManPageComplete(t *testing.T) {
	root := newRootCmd(&streams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}})
	var buf bytes.Buffer
	if err := writeMan(&buf, root); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, sec := range []string{"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "CONFIGURATION FILE", "ENVIRONMENT", "EXAMPLES"} {
		if !strings.Contains(page, ".SH "+sec+"\n") {
			t.Errorf("no %s section", sec)
		}
	}
	cmds := visibleCommands(root)
	if len(cmds) < 10 {
		t.Fatalf("only %d commands found", len(cmds))
	}
	for _, c := range cmds {
		path := strings.TrimPrefix(c.CommandPath(), "dejargon ")
		if !strings.Contains(page, ".SS "+path+"\n") {
			t.Errorf("command %q has no subsection", path)
		}
		c.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) {
			if f.Name != "help" && !strings.Contains(page, "\\-\\-"+escapeDash(f.Name)) {
				t.Errorf("flag --%s of %q is missing", f.Name, path)
			}
		})
	}
	for _, k := range config.Keys {
		if !strings.Contains(page, `.BI "`+k.Name+`: "`) {
			t.Errorf("config key %s is missing", k.Name)
		}
	}
	for _, e := range environment {
		if !strings.Contains(page, e.name) {
			t.Errorf("environment variable %s is missing", e.name)
		}
	}
	for _, status := range []string{".B 0\n", ".B 1\n", ".B 2\n"} {
		if !strings.Contains(page, status) {
			t.Errorf("exit status %q is missing", status)
		}
	}
}

// TestManPageRenders runs the page through man(1), when it is installed,
// and fails on any warning groff gives.
func TestManPageRenders(t *testing.T) {
	man, err := exec.LookPath("man")
	if err != nil {
		t.Skip("man is not installed")
	}
	dir := t.TempDir()
	root := newRootCmd(&streams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}})
	if err := writeManDir(dir, root); err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "*.1"))
	if len(pages) < 10 {
		t.Fatalf("--dir wrote %d pages", len(pages))
	}
	for _, p := range pages {
		cmd := exec.Command(man, "--warnings", "-l", p)
		cmd.Env = append(os.Environ(), "MANWIDTH=80", "MAN_KEEP_FORMATTING=0")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("man %s: %v\n%s", filepath.Base(p), err, stderr.String())
		}
		if stderr.Len() > 0 {
			t.Errorf("man %s warns:\n%s", filepath.Base(p), stderr.String())
		}
		if len(out) == 0 {
			t.Errorf("man %s rendered nothing", filepath.Base(p))
		}
	}
}
