package lsp

import (
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

func TestHoverText(t *testing.T) {
	e := &glossary.Entry{Term: "SLA", Kind: glossary.Acronym, Expansion: "service level agreement", Definition: "A promise about service.", Replace: []string{"service agreement"}}
	f := &lint.Finding{Rule: "acronym-undefined", Severity: glossary.Warning, Message: "SLA is not spelled out"}
	for _, tc := range []struct {
		md   bool
		want string
	}{
		{true, "**SLA** (service level agreement) · acronym\n\nA promise about service.\n\nPlainer: \"service agreement\"\n\nwarning **acronym-undefined**: SLA is not spelled out\n\nChecked for executive readers."},
		{false, "SLA (service level agreement) · acronym\n\nA promise about service.\n\nPlainer: \"service agreement\"\n\nwarning acronym-undefined: SLA is not spelled out\n\nChecked for executive readers."},
	} {
		if got := hoverText(e, []*lint.Finding{f}, glossary.Executive, tc.md); got != tc.want {
			t.Errorf("markdown %v:\n%s\nwant\n%s", tc.md, got, tc.want)
		}
	}
}
