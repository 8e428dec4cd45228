// Command buildwasm builds the web page's engine: package web/wasm for
// GOOS=js GOARCH=wasm into static/gen/dejargon.wasm, and copies the
// loader that comes with the Go installation, wasm_exec.js, beside it, so
// loader and engine always come from the same Go. It runs from package
// web's folder through `go generate ./web`.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	if err := build(); err != nil {
		fmt.Fprintf(os.Stderr, "buildwasm: %s\n", err)
		os.Exit(1)
	}
}

func build() error {
	out := filepath.Join("static", "gen")
	if _, err := os.Stat(out); err != nil {
		return fmt.Errorf("run me in the web folder (go generate ./web): %w", err)
	}
	goroot, err := goEnv("GOROOT")
	if err != nil {
		return err
	}
	loader, err := findLoader(goroot)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(loader)
	if err != nil {
		return fmt.Errorf("reading Go's wasm loader: %w", err)
	}
	if err := writeAtomic(filepath.Join(out, "wasm_exec.js"), data); err != nil {
		return err
	}
	// Build beside the target and rename, so a failed build leaves the
	// last good engine in place.
	tmp := filepath.Join(out, ".dejargon.wasm.tmp")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", tmp, "./wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("building the engine: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(out, "dejargon.wasm")); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("placing the engine: %w", err)
	}
	return nil
}

func goEnv(name string) (string, error) {
	var b bytes.Buffer
	cmd := exec.Command("go", "env", name)
	cmd.Stdout = &b
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go env %s: %w", name, err)
	}
	return strings.TrimSpace(b.String()), nil
}

// findLoader finds wasm_exec.js: lib/wasm since Go 1.24, misc/wasm before.
func findLoader(goroot string) (string, error) {
	for _, dir := range []string{"lib/wasm", "misc/wasm"} {
		p := filepath.Join(goroot, dir, "wasm_exec.js")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	return "", fmt.Errorf("no wasm_exec.js under %s (lib/wasm or misc/wasm)", goroot)
}

func writeAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
