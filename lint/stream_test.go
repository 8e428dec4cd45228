package lint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/internal/benchgen/corpus"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/reader"
)

// streamDocs reads the documents the windows are tried on: the examples,
// fixtures and evaluation notices, and generated notices in every
// generated format.
func streamDocs(t *testing.T) []*lint.Document {
	t.Helper()
	var docs []*lint.Document
	for _, dir := range []string{"../testdata/examples", "../testdata/fixtures", "../testdata/eval", "../testdata/readme"} {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || filepath.Ext(path) == ".labels" {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			doc, err := reader.Read(path, src, reader.Options{})
			if err == nil {
				docs = append(docs, doc)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for i, text := range streamCases {
		name := fmt.Sprintf("case-%d.md", i)
		doc, err := reader.Read(name, []byte(text), reader.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	for format := range corpus.Formats {
		err := corpus.Tree(60<<10, 3, format, 7, func(f corpus.File) error {
			doc, err := reader.Read(f.Path, f.Data, reader.Options{})
			if err != nil {
				return err
			}
			docs = append(docs, doc)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(docs) < 30 {
		t.Fatalf("only %d documents", len(docs))
	}
	return docs
}

// streamCases hold what the document checks carry from one window to the
// next: acronyms defined late in the same paragraph and in a later one,
// acronyms in a title spelled out below it, more acronyms than a reader
// takes in, rare words used again, a sender's sign-off, disable comments.
var streamCases = []string{
	"# SLA review\n\nOur SLA changes. The service level agreement (SLA) now covers weekends.\n\nThe SLA is\nsigned.\n",
	"# RTO and RPO\n\nWe test the RTO and the RPO each quarter.\n\nThe recovery time objective (RTO) is four hours.\n\nThe recovery point objective (RPO) is one hour, and the RTO stays.\n",
	"# VPN\n\nThe virtual private network (VPN) needs the new client.\n",
	"SSO, MFA, VPN, SLA, RTO, RPO, DNS, API, SDK, CDN, WAF, IAM and SIEM change today.\n\nThe ZTNA pilot follows. MDM too.\n",
	"The idempotent checksum ran.\n\nAnother idempotent run, and the checksum again: idempotent.\n\n<!-- dejargon-disable-next-line jargonn -->\nWe will leverage it.\n\nThanks,\nJKL\n",
	"Going forward we will leverage synergies. <!-- dejargon-disable-line -->\n\nWe will leverage synergies going forward, in order to circle back on the KPI and the OKR, so that the QBR can take place before the EOQ and the team can spin up the new environment for the pilot that the CAB approved last week after a long discussion.\n\nKPI stands for key performance indicator.\n",
}

// TestWindowsAgreeWithWholeDocument reads documents in windows as small as
// one segment and as large as several paragraphs, for every audience and
// with allowed terms, and wants exactly Check's findings, in its order:
// the streaming path is an optimisation, never a change in what is found.
func TestWindowsAgreeWithWholeDocument(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	docs := streamDocs(t)
	streamed := 0
	for _, aud := range glossary.Audiences {
		for _, window := range []int{1, 700, 4000} {
			opts := []lint.Option{lint.WithAudience(aud)}
			if window == 700 {
				opts = append(opts, lint.WithAllowed("Synergy Cloud", "rollout"))
			}
			whole, err := lint.New(g, opts...)
			if err != nil {
				t.Fatal(err)
			}
			windowed, err := lint.New(g, opts...)
			if err != nil {
				t.Fatal(err)
			}
			lint.Stream(windowed, 0, window)
			for _, doc := range docs {
				want, _ := whole.CheckAnalysis(doc)
				var got []lint.Finding
				batches := 0
				windowed.CheckEach(doc, func(fs []lint.Finding) {
					got = append(got, fs...)
					batches++
				})
				if batches > 1 {
					streamed++
				}
				if len(want) == 0 && len(got) == 0 {
					continue
				}
				if !reflect.DeepEqual(want, got) {
					t.Errorf("%s, %s readers, windows of %d bytes: %s", doc.Path, aud, window, firstDifference(want, got))
				}
			}
		}
	}
	if streamed < 50 {
		t.Errorf("only %d documents came in several batches", streamed)
	}
}

func firstDifference(want, got []lint.Finding) string {
	for i := range min(len(want), len(got)) {
		if !reflect.DeepEqual(want[i], got[i]) {
			return fmt.Sprintf("finding %d: want %+v\ngot %+v", i, want[i], got[i])
		}
	}
	return fmt.Sprintf("want %d findings, got %d", len(want), len(got))
}
