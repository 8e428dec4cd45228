package email

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint/internal/doccheck"
)

const alternative = "Subject: =?utf-8?q?Going_forward?= =?utf-8?b?LCB3ZSBsZXZlcmFnZQ==?=\r\n" +
	" our SLA\r\n" +
	"MIME-Version: 1.0\r\n" +
	"Content-Type: multipart/mixed; boundary=outer\r\n" +
	"\r\n" +
	"preamble\r\n" +
	"--outer\r\n" +
	"Content-Type: multipart/alternative; boundary=\"inner\"\r\n" +
	"\r\n" +
	"--inner\r\n" +
	"Content-Type: text/plain; charset=utf-8\r\n" +
	"Content-Transfer-Encoding: quoted-printable\r\n" +
	"\r\n" +
	"We will lev=\r\n" +
	"erage caf=C3=A9 data.\r\n" +
	"\r\n" +
	"On Mon, 1 Jan 2024, Alex wrote:\r\n" +
	"> please circle back\r\n" +
	"\r\n" +
	"-- \r\n" +
	"Sam, synergy lead\r\n" +
	"--inner\r\n" +
	"Content-Type: text/html\r\n" +
	"\r\n" +
	"<p>We will leverage data.</p>\r\n" +
	"--inner--\r\n" +
	"--outer\r\n" +
	"Content-Type: text/plain\r\n" +
	"Content-Disposition: attachment; filename=notes.txt\r\n" +
	"\r\n" +
	"attached leverage\r\n" +
	"--outer--\r\n"

func TestRead(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		quoted bool
		want   []string
	}{
		{"alternative", alternative, false, []string{"Going forward, we leverage our SLA", "We will leverage café data."}},
		{"include quoted", alternative, true, []string{"Going forward, we leverage our SLA", "We will leverage café data.", "please circle back"}},
		{"html only", "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n<p>touch&nbsp;base caf=E9</p>\n--b--\n", false, []string{"touch base café"}},
		{"base64", "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: base64\n\nR29pbmcgZm9yd2FyZCCW\nIHRlc3Q=\n", false, []string{"Going forward – test"}},
		{"latin1 8bit", "Subject: hi\nContent-Type: text/plain; charset=iso-8859-1\n\ncaf\xe9 leverage\n", false, []string{"hi", "café leverage"}},
		{"no header", "just text\n\nmore", false, []string{"just text", "more"}},
		{"truncated", "Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\ncut sh", false, []string{"cut sh"}},
		{"outlook", "Subject: re\n\nmine\n\n-----Original Message-----\nFrom: a\ntheirs\n", false, []string{"re", "mine"}},
		{"empty", "", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Read("t.eml", []byte(tt.src), Options{IncludeQuoted: tt.quoted})
			if got := doccheck.Texts(doc); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("segments %q, want %q", got, tt.want)
			}
			if err := doccheck.Check(doc, nil); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestPositions checks where decoded words point in the file.
func TestPositions(t *testing.T) {
	doc := Read("t.eml", []byte(alternative), Options{})
	body := doc.Segments[1]
	at := strings.Index(body.Text, "leverage")
	from, to := body.SourceSpan(at, at+len("leverage"))
	if got := alternative[from:to]; got != "lev=\r\nerage" {
		t.Errorf("leverage maps to %q", got)
	}
	at = strings.Index(body.Text, "data")
	if got := body.SourceOffset(at); got != strings.Index(alternative, "data") {
		t.Errorf("data after =C3=A9 maps to %d", got)
	}
	subj := doc.Segments[0]
	at = strings.Index(subj.Text, "SLA")
	if got := subj.SourceOffset(at); got != strings.Index(alternative, "SLA") {
		t.Errorf("SLA in the folded subject maps to %d", got)
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{alternative, "Subject: =?iso-8859-1?q?caf=E9?=\n\nx", "Content-Transfer-Encoding: quoted-printable\n\na=\n=3D=ZZ=", "Content-Type: multipart/mixed; boundary=a\n\n--a\n\n--a\n--a--"} {
		f.Add([]byte(s), false)
	}
	l, err := doccheck.Linter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte, quoted bool) {
		doc := Read("f.eml", src, Options{IncludeQuoted: quoted})
		if err := doccheck.Check(doc, l.Check(doc)); err != nil {
			t.Fatal(err)
		}
	})
}

func TestLargeAndDeep(t *testing.T) {
	var nested strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&nested, "Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n", i, i)
	}
	nested.WriteString("Content-Type: text/plain\n\ndeep text\n")
	for _, src := range []string{
		nested.String(),
		"Subject: x\n\n" + strings.Repeat("leverage =\n", 200000),
		"Subject: x\n\n" + strings.Repeat("> ", 1000) + "deep quote\n",
		"Content-Transfer-Encoding: base64\n\n" + strings.Repeat("QUJD", 1<<19),
	} {
		doc := Read("t.eml", []byte(src), Options{})
		if err := doccheck.Check(doc, nil); err != nil {
			t.Error(err)
		}
	}
}
