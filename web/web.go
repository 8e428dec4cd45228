// Package web is the page writers use without a terminal: a static site
// (static/) whose engine is dejargon compiled to WebAssembly (package
// wasm, built into static/gen by `go generate ./web`). It serves the site
// from the binary for `dejargon serve` and writes it to a folder for any
// static host. Nothing on the page talks to a server after it loads; the
// Content-Security-Policy below forbids it.
package web

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
)

//go:generate go run ./internal/buildwasm

// static holds the page. static/gen holds the engine and Go's loader for
// it, which `go generate ./web` builds and git ignores; static/gen/README
// is tracked so the folder, and this embed, exist in a clean clone.
//
//go:embed static
var static embed.FS

// EngineFile and LoaderFile are the generated files the page needs.
const (
	EngineFile = "gen/dejargon.wasm"
	LoaderFile = "gen/wasm_exec.js"
)

// BuildCommand builds the generated files, from the repository root.
const BuildCommand = "go generate ./web"

// ErrNoEngine says the binary was built without the page's engine.
var ErrNoEngine = fmt.Errorf("this dejargon was built without the web page's engine (web/static/%s); run %q in a clone of the source and build dejargon again", EngineFile, BuildCommand)

// Site returns the page's files, or ErrNoEngine when the engine was not
// built before this binary.
func Site() (fs.FS, error) {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		return nil, fmt.Errorf("opening the embedded page: %w", err)
	}
	if err := CheckSite(sub); err != nil {
		return nil, err
	}
	return sub, nil
}

// CheckSite reports ErrNoEngine unless site holds the generated files.
func CheckSite(site fs.FS) error {
	for _, name := range []string{EngineFile, LoaderFile} {
		if _, err := fs.Stat(site, name); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return ErrNoEngine
			}
			return fmt.Errorf("opening the embedded page: %w", err)
		}
	}
	return nil
}
