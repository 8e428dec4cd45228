package yamlnode

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestSyntaxError(t *testing.T) {
	tests := []struct {
		src  string
		line int
	}{
		{"entries:\n  - term: x\n   kind: [\n", 3},
		{"a: b: c\n", 1},
		{"ok: 1\nalso: 2\nbad: [\n", 3},
		{"ok: 1\r\nbad: 'x\r\n", 2},
		{"ok: 1\rbad: {\r", 2},
	}
	for _, tt := range tests {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(tt.src), &n)
		if err == nil {
			t.Fatalf("%q parsed", tt.src)
		}
		line, msg := SyntaxError([]byte(tt.src), err)
		if line != tt.line || msg == "" {
			t.Errorf("SyntaxError(%q) = %d, %q; want line %d", tt.src, line, msg, tt.line)
		}
	}
}

func TestDescribe(t *testing.T) {
	for src, want := range map[string]string{"[1]": "a list", "{a: 1}": "a mapping", "~": "nothing", "true": "true/false", "3.5": "a number", "x": `"x"`} {
		var n yaml.Node
		if err := yaml.Unmarshal([]byte(src), &n); err != nil {
			t.Fatal(err)
		}
		if got := Describe(n.Content[0]); got != want {
			t.Errorf("Describe(%s) = %q, want %q", src, got, want)
		}
	}
}
