package text

import (
	"testing"
)

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"one", "a b\nc", []string{"a b\nc"}},
		{"two", "a\n\nb\n", []string{"a\n", "b\n"}},
		{"crlf", "a\r\n\r\nb", []string{"a\r\n", "b"}},
		{"lone cr", "a\r\rb", []string{"a\r", "b"}},
		{"blank with spaces", "a\n \t \nb", []string{"a\n", "b"}},
		{"bom", "\xef\xbb\xbfa", []string{"a"}},
		{"empty", "", nil},
		{"only blanks", "\n\n  \n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Read("t.txt", []byte(tt.src))
			if len(doc.Segments) != len(tt.want) {
				t.Fatalf("got %d segments, want %d", len(doc.Segments), len(tt.want))
			}
			for i, s := range doc.Segments {
				if s.Text != tt.want[i] {
					t.Errorf("segment %d = %q, want %q", i, s.Text, tt.want[i])
				}
				off := s.SourceOffset(0)
				if got := tt.src[off : off+len(s.Text)]; got != s.Text {
					t.Errorf("segment %d maps to %q", i, got)
				}
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"a\n\nb", "\r\r\n", "\xef\xbb\xbf", "x\xff\n\ny"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc := Read("f.txt", src)
		prev := 0
		for _, s := range doc.Segments {
			off := s.SourceOffset(0)
			if off < prev || off+len(s.Text) > len(src) || string(src[off:off+len(s.Text)]) != s.Text {
				t.Fatalf("segment %q at %d does not match the source", s.Text, off)
			}
			prev = off + len(s.Text)
		}
	})
}
