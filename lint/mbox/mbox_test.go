package mbox

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint/email"
	"github.com/dejargon/dejargon/lint/internal/doccheck"
)

// check reads src message by message, as check does, and returns each
// finding as "line:column match".
func check(t *testing.T, src string) []string {
	t.Helper()
	l, err := doccheck.Linter()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	err = Each(strings.NewReader(src), func(m *Message) error {
		doc := m.Document("box.mbox", email.Options{})
		fs := l.Check(doc)
		if err := doccheck.Check(doc, fs); err != nil {
			return err
		}
		m.Place(fs)
		for _, f := range fs {
			if got := src[f.Offset : f.Offset+f.Length]; got != f.Match {
				return fmt.Errorf("finding %q at mailbox offset %d, where the mailbox holds %q", f.Match, f.Offset, got)
			}
			if f.Rule != "acronym-undefined" || f.Term == "SLA" {
				out = append(out, fmt.Sprintf("%d:%d %s", f.Line, f.Column, f.Match))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEachPlacesFindings(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "two messages",
			src: "From a@example.com Mon Nov  2 09:00:00 2026\n" +
				"Subject: hello\n\nWe leverage it.\n\n" +
				"From b@example.com Mon Nov  2 10:00:00 2026\n" +
				"Subject: circle back\n\nPlease touch base.\n",
			want: []string{"4:4 leverage", "7:10 circle back", "9:8 touch base"},
		},
		{
			// ">>From" was a quoted ">From" line before escaping: still a quote.
			name: "mboxo and mboxrd escapes lose one >",
			src: "From a@example.com Mon Nov  2 09:00:00 2026\n" +
				"Subject: x\n\n>From leverage on, we\n\n>>From the SLA team: touch base\n",
			want: []string{"4:7 leverage"},
		},
		{
			name: "an escaped From line is prose, not a quote",
			src: "From a@example.com Mon Nov  2 09:00:00 2026\n" +
				"Subject: x\n\nHi,\n>From today we leverage\nthe portal.\n",
			want: []string{"5:16 leverage"},
		},
		{
			name: "a From line inside a paragraph does not split",
			src: "From a@example.com Mon Nov  2 09:00:00 2026\n" +
				"Subject: x\n\nHi,\nFrom today we leverage it.\n",
			want: []string{"5:15 leverage"},
		},
		{
			name: "CRLF and quoted-printable",
			src: "From a@example.com Mon Nov  2 09:00:00 2026\r\n" +
				"Subject: x\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nWe lev=\r\nerage caf=C3=A9.\r\n",
			want: []string{"5:4 lev=\r\nerage"},
		},
		{
			name: "text before the first From line is read too",
			src:  "Subject: stray\n\nWe leverage.\n\nFrom a@example.com Mon Nov  2 09:00:00 2026\nSubject: x\n\ncircle back\n",
			want: []string{"3:4 leverage", "8:1 circle back"},
		},
		{
			name: "empty mailbox",
			src:  "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, tt.src)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestEachLongLines reads lines longer than the read buffer, a From line
// among them, without losing or moving anything.
func TestEachLongLines(t *testing.T) {
	long := strings.Repeat("x", 200<<10)
	src := "From a@example.com " + long + "\nSubject: x\n\n" + long + " leverage\n\nFrom b@example.com\n\nwe leverage\n"
	got := check(t, src)
	want := []string{fmt.Sprintf("4:%d leverage", len(long)+2), "8:4 leverage"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestTooLargeMessage skips a message over the bound with a note and
// reads the next one.
func TestTooLargeMessage(t *testing.T) {
	const limit = 64 << 10
	var b bytes.Buffer
	b.WriteString("From a@example.com\nSubject: big\n\n")
	line := strings.Repeat("leverage ", 100) + "\n"
	for b.Len() <= limit+len(line) {
		b.WriteString(line)
	}
	b.WriteString("\nFrom b@example.com\nSubject: small\n\ncircle back\n")
	var large, read int
	err := each(bytes.NewReader(b.Bytes()), limit, func(m *Message) error {
		if m.TooLarge {
			large++
			if !strings.Contains(TooLargeNote(m), "line 2 ") {
				t.Errorf("note %q does not name line 2", TooLargeNote(m))
			}
			return nil
		}
		read++
		return nil
	})
	if err != nil || large != 1 || read != 1 {
		t.Errorf("large %d, read %d, err %v; want 1, 1, nil", large, read, err)
	}
}

// TestReadWhole reads a mailbox as one document with the segments of
// every message placed in the mailbox.
func TestReadWhole(t *testing.T) {
	src := "From a@example.com\nSubject: one\n\n>From here we leverage\n\nFrom b@example.com\nSubject: two\n\ncircle back\n"
	doc := Read("box.mbox", []byte(src), email.Options{})
	l, err := doccheck.Linter()
	if err != nil {
		t.Fatal(err)
	}
	fs := l.Check(doc)
	if err := doccheck.Check(doc, fs); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%d:%d %s", f.Line, f.Column, f.Match))
	}
	want := []string{"4:15 leverage", "9:1 circle back"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %v, want %v", got, want)
	}
}

// FuzzEach feeds mailboxes: messages must split without panics, and every
// finding must point at the bytes it names in the mailbox.
func FuzzEach(f *testing.F) {
	f.Add("From a@example.com\nSubject: x\n\n>From here we leverage\n\nFrom b@example.com\n\ncircle back\n")
	f.Add("From a\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nlev=\r\nerage =C3=A9\r\n>>From x\r\n")
	f.Add("no From line at all, leverage\n")
	l, err := doccheck.Linter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		err := Each(strings.NewReader(src), func(m *Message) error {
			if m.Offset < 0 || m.Offset+len(m.Raw) > len(src) || src[m.Offset:m.Offset+len(m.Raw)] != string(m.Raw) {
				return fmt.Errorf("message at %d is not the mailbox's bytes", m.Offset)
			}
			doc := m.Document("fuzz.mbox", email.Options{IncludeQuoted: true})
			fs := l.Check(doc)
			if err := doccheck.Check(doc, fs); err != nil {
				return err
			}
			m.Place(fs)
			for _, f := range fs {
				if f.Offset+f.Length > len(src) || src[f.Offset:f.Offset+f.Length] != f.Match {
					return fmt.Errorf("finding %q at %d is not the mailbox's bytes", f.Match, f.Offset)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
