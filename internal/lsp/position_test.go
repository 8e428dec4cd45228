package lsp

import (
	"testing"
)

func TestPositionAndOffset(t *testing.T) {
	// "a😀b\r\nc\u0301d\re\n": line 0 "a😀b", line 1 "c\u0301d" (CRLF),
	// line 2 "e" (lone CR), line 3 "" after the last "\n".
	text := "a\U0001F600b\r\nc\u0301d\re\n"
	li := newLineIndex(text)
	for _, tc := range []struct {
		off     int
		enc     encoding
		want    position
		offBack int // the offset the position converts back to
	}{
		{0, utf16Encoding, position{0, 0}, 0},
		{1, utf16Encoding, position{0, 1}, 1},
		{5, utf16Encoding, position{0, 3}, 5},   // "b" after the emoji: two UTF-16 units
		{5, utf8Encoding, position{0, 5}, 5},    // five bytes
		{5, utf32Encoding, position{0, 2}, 5},   // two characters
		{3, utf16Encoding, position{0, 1}, 1},   // inside the emoji: its start
		{6, utf16Encoding, position{0, 4}, 6},   // the line's end, before "\r\n"
		{7, utf16Encoding, position{0, 4}, 6},   // between "\r" and "\n": still the line's end
		{8, utf16Encoding, position{1, 0}, 8},   // "c"
		{11, utf16Encoding, position{1, 2}, 11}, // "d" after c and the combining mark
		{11, utf8Encoding, position{1, 3}, 11},
		{13, utf16Encoding, position{2, 0}, 13}, // "e" after a lone CR
		{15, utf16Encoding, position{3, 0}, 15}, // the end of the text
		{99, utf16Encoding, position{3, 0}, 15}, // past it
	} {
		if got := li.position(tc.off, tc.enc); got != tc.want {
			t.Errorf("position(%d, %s) = %v, want %v", tc.off, tc.enc, got, tc.want)
		}
		if got := li.offset(tc.want, tc.enc); got != tc.offBack {
			t.Errorf("offset(%v, %s) = %d, want %d", tc.want, tc.enc, got, tc.offBack)
		}
	}
	for _, tc := range []struct {
		p    position
		enc  encoding
		want int
	}{
		{position{0, 99}, utf16Encoding, 6}, // past the line's end: its end
		{position{0, 2}, utf16Encoding, 1},  // between the emoji's surrogates: its start
		{position{0, 3}, utf8Encoding, 1},   // inside the emoji's bytes: its start
		{position{9, 0}, utf16Encoding, len(text)},
		{position{-1, 0}, utf16Encoding, 0},
	} {
		if got := li.offset(tc.p, tc.enc); got != tc.want {
			t.Errorf("offset(%v, %s) = %d, want %d", tc.p, tc.enc, got, tc.want)
		}
	}
}

func TestPositionOfColumn(t *testing.T) {
	li := newLineIndex("x: 1\n\U0001F600: bad\n")
	if got := li.positionOfColumn(2, 4, utf16Encoding); got != (position{1, 4}) {
		t.Errorf("got %v", got)
	}
	if got := li.positionOfColumn(2, 4, utf8Encoding); got != (position{1, 6}) {
		t.Errorf("got %v", got)
	}
}

func TestNegotiate(t *testing.T) {
	for _, tc := range []struct {
		offered []string
		want    encoding
	}{
		{nil, utf16Encoding},
		{[]string{"utf-16"}, utf16Encoding},
		{[]string{"utf-16", "utf-8"}, utf8Encoding},
		{[]string{"utf-32"}, utf32Encoding},
		{[]string{"latin-1"}, utf16Encoding},
	} {
		if got := negotiate(tc.offered); got != tc.want {
			t.Errorf("negotiate(%v) = %s, want %s", tc.offered, got, tc.want)
		}
	}
}

func TestURIs(t *testing.T) {
	for _, path := range []string{"/tmp/a b/ümlaut#1.md", "/x/y.txt"} {
		uri := pathToURI(path)
		back, ok := uriToPath(uri)
		if !ok || back != path {
			t.Errorf("%q -> %q -> %q", path, uri, back)
		}
	}
	if _, ok := uriToPath("untitled:Untitled-1"); ok {
		t.Error("an untitled buffer has no path")
	}
}
