package match

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

// TestFormsGeneratedIsFresh fails when the built-in glossary or package
// inflect changed but forms_gen.go was not regenerated (run
// `go generate ./lint/match`).
func TestFormsGeneratedIsFresh(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	want, err := GenerateFormsSource(g)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("forms_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("forms_gen.go is stale: run go generate ./lint/match")
	}
}

// TestBuiltinFormKeysMatchComputed checks the table against the function
// it stands in for, and that other words fall back to computing.
func TestBuiltinFormKeysMatchComputed(t *testing.T) {
	for _, w := range []string{"leverage", "synergy", "utilize", "circle", "spin"} {
		list, ok := builtinFormKeys(w)
		if !ok {
			t.Fatalf("%q is not in the table", w)
		}
		if want := strings.Join(formKeys(w), " "); list != want {
			t.Errorf("table keys for %q = %q, want %q", w, list, want)
		}
	}
	if _, ok := builtinFormKeys("flibbertigibbet"); ok {
		t.Error("a word outside the built-in glossary is in the table")
	}
}
