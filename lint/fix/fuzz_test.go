package fix

import (
	"errors"
	"testing"

	"github.com/dejargon/dejargon/lint/reader"
)

// fuzzReaders are every reader fix can plan with, by the name that picks
// it (.mdx is Markdown with JSX).
var fuzzReaders = []struct {
	name string
	typ  reader.Type
}{
	{"f.txt", reader.Text}, {"f.md", reader.Markdown}, {"f.mdx", reader.Markdown},
	{"f.html", reader.HTML}, {"f.eml", reader.Email},
}

// FuzzFix plans and applies fixes to any input with every reader: it must
// never panic, its edits must apply to the bytes they were planned on,
// readable input must stay readable (fix never writes what dejargon would
// then call binary), and fixing the result again must change nothing.
func FuzzFix(f *testing.F) {
	for _, s := range []string{
		"Going forward, we leverage SSO.\r\nAn SLA in\norder to spin up.",
		"# Going **forward**\n\n```\nleverage\n```\n",
		"Subject: SSO\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nleverage=\r\n it\r\n",
		"<p>Going&nbsp;forward we leverage an SLA</p>",
		"\ufeffa use case, an ideation \xff utilizing",
		"\xef\xbb\xeeutilizing",
		"import X from 'y'\n\n<Note>We leverage it</Note>\n",
	} {
		for i := range fuzzReaders {
			f.Add(s, uint8(i))
		}
	}
	l := testLinterF(f)
	f.Fuzz(func(t *testing.T, src string, which uint8) {
		rd := fuzzReaders[int(which)%len(fuzzReaders)]
		opts := reader.Options{Type: rd.typ}
		doc, err := reader.Read(rd.name, []byte(src), opts)
		if err != nil {
			return
		}
		out, err := Result(doc.Source, PlanFor(l, doc).Edits)
		if errors.Is(err, ErrWouldBreak) {
			return // refused, the file is left as it was
		}
		if err != nil {
			t.Fatalf("Apply: %v", err)
		}
		doc2, err := reader.Read(rd.name, out, opts)
		if err != nil {
			t.Fatalf("%s: fixing readable %q gave unreadable %q: %v", rd.name, src, out, err)
		}
		if again := PlanFor(l, doc2).Edits; len(again) != 0 {
			t.Errorf("%s: second fix of %q planned %+v", rd.name, out, again)
		}
	})
}

// TestFixKeepsTextReadable: fixing "\xef\xbb\xeeutilizing" used to write
// "\xef\xbb\xeeusing", which dejargon then calls binary.
func TestFixKeepsTextReadable(t *testing.T) {
	l := testLinter(t)
	src := []byte("\xef\xbb\xeeutilizing")
	doc, err := reader.Read("f.txt", src, reader.Options{})
	if err != nil {
		t.Fatalf("the input is readable: %v", err)
	}
	edits := PlanFor(l, doc).Edits
	if len(edits) == 0 {
		t.Fatal("no fix planned; the test needs one")
	}
	if out, err := Result(src, edits); !errors.Is(err, ErrWouldBreak) {
		t.Errorf("Result = %q, %v; want ErrWouldBreak", out, err)
	}
}
