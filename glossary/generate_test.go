package glossary

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// TestBuiltinGeneratedIsFresh fails when builtin/*.yaml changed but
// builtin_gen.go was not regenerated (run `go generate ./glossary`).
func TestBuiltinGeneratedIsFresh(t *testing.T) {
	parsed, err := ParseBuiltinYAML()
	if err != nil {
		t.Fatal(err)
	}
	want, err := GenerateBuiltinSource(parsed)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("builtin_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("builtin_gen.go is stale: run go generate ./glossary")
	}
	gen, _ := Builtin()
	if !reflect.DeepEqual(gen.Entries, parsed.Entries) {
		t.Fatal("generated entries differ from the parsed YAML")
	}
}
