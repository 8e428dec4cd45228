package fix

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint/text"
)

func TestExplainOrderAndDefinitions(t *testing.T) {
	l := testLinter(t)
	src := "We leverage a VPN and SSO. Our key performance indicator (KPI) is clear.\n\n" +
		"Leveraging the VPN again, the KPI rose and going forward we leverage it.\n"
	doc := text.Read("mail.txt", []byte(src))
	doc.Definitions = map[string]string{"VPN": "virtual private network"}
	terms := Explain(l, doc)
	var got []string
	for _, term := range terms {
		got = append(got, term.Term+"="+term.Expansion)
	}
	want := []string{"leverage=", "VPN=virtual private network", "SSO=single sign-on", "KPI=key performance indicator"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("terms = %q, want %q", got, want)
	}

	var b strings.Builder
	if err := WriteTermsText(&b, terms); err != nil {
		t.Fatal(err)
	}
	wantText := `Terms used in this message

leverage
  Means the same as "use".

VPN (virtual private network)
  A private tunnel to the office network.

SSO (single sign-on)
  One sign-in that opens many apps.

KPI (key performance indicator)
`
	if b.String() != wantText {
		t.Errorf("text glossary:\n%s\nwant:\n%s", b.String(), wantText)
	}

	b.Reset()
	if err := WriteTermsMarkdown(&b, terms[:3]); err != nil {
		t.Fatal(err)
	}
	wantMD := "## Terms used in this message\n\n" +
		"- **leverage**: Means the same as \"use\".\n" +
		"- **VPN** (virtual private network): A private tunnel to the office network.\n" +
		"- **SSO** (single sign-on): One sign-in that opens many apps.\n"
	if b.String() != wantMD {
		t.Errorf("markdown glossary:\n%s\nwant:\n%s", b.String(), wantMD)
	}
}
