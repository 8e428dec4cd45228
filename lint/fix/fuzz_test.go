package fix

import (
	"testing"

	"github.com/dejargon/dejargon/lint/reader"
)

// FuzzFix plans and applies fixes to any input in any format: it must
// never panic, its edits must apply to the bytes they were planned on,
// and fixing the result again must change nothing.
func FuzzFix(f *testing.F) {
	for _, s := range []string{
		"Going forward, we leverage SSO.\r\nAn SLA in\norder to spin up.",
		"# Going **forward**\n\n```\nleverage\n```\n",
		"Subject: SSO\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nleverage=\r\n it\r\n",
		"<p>Going&nbsp;forward we leverage an SLA</p>",
		"\ufeffa use case, an ideation \xff utilizing",
	} {
		f.Add(s, uint8(0))
	}
	l := testLinterF(f)
	types := []reader.Type{reader.Text, reader.Markdown, reader.HTML, reader.Email}
	f.Fuzz(func(t *testing.T, src string, typ uint8) {
		opts := reader.Options{Type: types[int(typ)%len(types)]}
		doc, err := reader.Read("f", []byte(src), opts)
		if err != nil {
			return
		}
		out, err := Apply(doc.Source, PlanFor(l, doc).Edits)
		if err != nil {
			t.Fatalf("Apply: %v", err)
		}
		doc2, err := reader.Read("f", out, opts)
		if err != nil {
			return
		}
		if again := PlanFor(l, doc2).Edits; len(again) != 0 && opts.Type == reader.Text {
			t.Errorf("second fix of %q planned %+v", out, again)
		}
	})
}
