//go:build linux

package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignalRemovesTemporaryFile: SIGTERM during fix used to leave the
// hidden temporary file behind. The test runs the real command on a
// large file, watches the folder until the temporary file appears, sends
// SIGTERM and checks that the file is gone and the original whole. It
// polls for a state and asserts no timing; if the write finishes before
// the temporary file is seen, there was nothing to interrupt, and the
// test says so and skips.
func TestSignalRemovesTemporaryFile(t *testing.T) {
	if testing.Short() {
		t.Skip("fixes a 4 MB file")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if err := os.Mkdir(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// testscript.Main runs the command named by argv[0].
	if err := os.Symlink(self, filepath.Join(bin, "dejargon")); err != nil {
		t.Fatal(err)
	}
	docs := filepath.Join(dir, "docs")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	orig := strings.Repeat("We will leverage the new portal going forward, in order to help.\n", 4<<20/66)
	path := filepath.Join(docs, "big.txt")
	if err := os.WriteFile(path, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(bin, "dejargon"), "fix", path)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	caught := false
watch:
	for {
		select {
		case err := <-done:
			done <- err
			break watch
		default:
		}
		if temps(t, docs) > 0 {
			caught = cmd.Process.Signal(syscall.SIGTERM) == nil
			break
		}
		time.Sleep(time.Millisecond)
	}
	err = <-done
	if !caught {
		t.Skip("the write finished before its temporary file was seen; nothing to interrupt")
	}
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 143 {
		// The signal may land just after the rename: then fix finished.
		if err == nil {
			t.Skip("fix finished as the signal arrived")
		}
		t.Errorf("exit: %v, want status 143", err)
	}
	if n := temps(t, docs); n != 0 {
		t.Errorf("%d temporary files left after SIGTERM", n)
	}
	// The signal may land just after the rename, while fix is still
	// running: the file is then wholly fixed. Either way it is whole,
	// never part old and part new.
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != orig && (strings.Contains(string(got), "leverage") || strings.Count(string(got), "\n") != strings.Count(orig, "\n")) {
		t.Error("an interrupted run left the file neither as it was nor wholly fixed")
	}
}

func temps(t *testing.T, dir string) int {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if strings.Contains(e.Name(), ".dejargon-") {
			n++
		}
	}
	return n
}
