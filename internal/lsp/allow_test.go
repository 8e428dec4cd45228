package lsp

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestAllowEdit(t *testing.T) {
	for _, tc := range []struct {
		name, src, term, want string
	}{
		{"empty file", "", "leverage", "allow:\n  - leverage\n"},
		{"no allow key", "audience: business\n", "leverage", "audience: business\nallow:\n  - leverage\n"},
		{"no final newline", "audience: business", "SSO", "audience: business\nallow:\n  - SSO\n"},
		{"block list", "allow:\n  - Acme\n  - Widget # ours\naudience: business\n", "leverage", "allow:\n  - Acme\n  - Widget # ours\n  - leverage\naudience: business\n"},
		{"block list at column 0", "allow:\n- Acme\n", "SSO", "allow:\n- Acme\n- SSO\n"},
		{"block list at the end", "allow:\n  - Acme", "SSO", "allow:\n  - Acme\n  - SSO\n"},
		{"flow list", "allow: [Acme, \"B]\"]\n", "SSO", "allow: [Acme, \"B]\", SSO]\n"},
		{"empty flow list", "allow: []\n", "SSO", "allow: [SSO]\n"},
		{"empty value", "allow:\naudience: business\n", "SSO", "allow:\n  - SSO\naudience: business\n"},
		{"CRLF", "audience: business\r\n", "SSO", "audience: business\r\nallow:\r\n  - SSO\r\n"},
		{"needs quotes", "allow:\n  - Acme\n", "a: b", "allow:\n  - Acme\n  - 'a: b'\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := allowEdit(tc.src, tc.term)
			if err != nil {
				t.Fatal(err)
			}
			got := tc.src[:e.Offset] + e.New + tc.src[e.End():]
			if got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
			// The result is YAML whose allow list ends with the term.
			var v struct{ Allow []string }
			if err := yaml.Unmarshal([]byte(got), &v); err != nil || len(v.Allow) == 0 || v.Allow[len(v.Allow)-1] != tc.term {
				t.Errorf("allow list %v, %v", v.Allow, err)
			}
		})
	}
	for _, bad := range []string{"allow: Acme\n", "- a\n- b\n", "{allow: [a]}\n", "allow: [a\n"} {
		if _, err := allowEdit(bad, "SSO"); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
