package report

import (
	"bufio"
	"io"
	"strconv"

	"github.com/dejargon/dejargon/lint"
)

// SchemaVersion is the version of the JSON report. It changes only when a
// field is removed or changes meaning; new fields may be added within a
// version.
const SchemaVersion = 1

// JSON prints the whole report as one JSON object:
//
//	{"version": 1, "findings": [...], "errors": [...], "summary": {...}}
//
// It writes the object piece by piece, findings as their files are done,
// so a large tree is never held in memory whole; the bytes are those of
// encoding the whole report with two-space indentation.
type JSON struct {
	started bool // the opening and at least the "findings" key are written
	any     bool // a finding was written, so the next needs a comma
	enc     jsonEncoder
	buf     []byte // one finding's bytes, reused
}

// Format writes r.
func (j *JSON) Format(w io.Writer, r *Report) error { return stream(j, w, r) }

// WriteFile writes findings of the current file into the findings array.
func (j *JSON) WriteFile(w io.Writer, findings []lint.Finding) error {
	bw := bufio.NewWriter(w)
	j.open(bw)
	for i := range findings {
		if j.any {
			bw.WriteString(",\n")
		} else {
			bw.WriteString("\n")
		}
		j.any = true
		j.buf = appendFinding(append(j.buf[:0], "    "...), &findings[i], "    ")
		if _, err := bw.Write(j.buf); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// EndFile writes nothing: findings are written as they come.
func (*JSON) EndFile(io.Writer) error { return nil }

// Finish closes the findings array and writes the errors and the summary.
func (j *JSON) Finish(w io.Writer, s Summary, errs []FileError) error {
	bw := bufio.NewWriter(w)
	j.open(bw)
	if j.any {
		bw.WriteString("\n  ]")
	} else {
		bw.WriteString("]")
	}
	if errs == nil {
		errs = []FileError{}
	}
	bw.WriteString(",\n  \"errors\": ")
	if err := j.enc.encodeIndented(bw, errs, "  "); err != nil {
		return err
	}
	bw.WriteString(",\n  \"summary\": ")
	if err := j.enc.encodeIndented(bw, s, "  "); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

func (j *JSON) open(w *bufio.Writer) {
	if !j.started {
		j.started = true
		w.WriteString("{\n  \"version\": " + strconv.Itoa(SchemaVersion) + ",\n  \"findings\": [")
	}
}
