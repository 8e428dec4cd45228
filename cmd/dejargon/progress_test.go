package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p := &progress{w: &buf, now: func() time.Time { return clock }}
	p.update(1, 10, 1e6)
	clock = clock.Add(500 * time.Millisecond)
	p.update(2, 10, 2e6)
	if buf.Len() != 0 {
		t.Fatalf("drew %q before the delay", buf.String())
	}
	clock = clock.Add(1500 * time.Millisecond)
	p.update(5, 10, 4e6)
	if got := buf.String(); got != "\r\x1b[Kdejargon: 5/10 files, 2.0 MB/s" {
		t.Errorf("drew %q", got)
	}
	clock = clock.Add(10 * time.Millisecond)
	p.update(6, 10, 5e6)
	if strings.Count(buf.String(), "dejargon:") != 1 {
		t.Errorf("redrew within the interval: %q", buf.String())
	}
	p.update(10, 10, 8e6) // the last file always draws
	if !strings.HasSuffix(buf.String(), "10/10 files, 4.0 MB/s") {
		t.Errorf("the last update was not drawn: %q", buf.String())
	}
	p.clear()
	if !strings.HasSuffix(buf.String(), "\r\x1b[K") {
		t.Error("clear did not erase the line")
	}
	var none *progress
	none.update(1, 1, 1) // a nil progress draws nothing and does not panic
	none.clear()
}

func TestNoProgressOffTerminal(t *testing.T) {
	if newProgress(&streams{ErrTerminal: false}, false) != nil {
		t.Error("progress on a stderr that is not a terminal")
	}
	if newProgress(&streams{ErrTerminal: true}, true) != nil {
		t.Error("progress with --quiet")
	}
	t.Setenv("CI", "true")
	if newProgress(&streams{ErrTerminal: true}, false) != nil {
		t.Error("progress in CI")
	}
}
