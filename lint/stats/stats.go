// Package stats measures documents for `dejargon stats`: word and sentence
// counts, readability scores and findings by rule, per file and in total.
// It reads and walks files as `dejargon check` does (package runner's
// Expand and package reader), and renders a table or JSON (render.go).
package stats

import (
	"io"
	"sort"

	"github.com/dejargon/dejargon/internal/textfile"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/readability"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/report"
	"github.com/dejargon/dejargon/lint/runner"
)

// File is what stats reports of one document, or of all of them (the
// total). Counts and scores cover the sentences of paragraphs, list items
// and quotes, the ones the readability rule judges; headings, table cells
// and subjects are labels and do not count.
type File struct {
	Path              string  `json:"path"`
	Words             int     `json:"words"`
	Sentences         int     `json:"sentences"`
	AvgSentenceLength float64 `json:"avg_sentence_length"`
	Grade             float64 `json:"grade"`
	ReadingEase       float64 `json:"reading_ease"`
	// Scores has every readability score, for the JSON report.
	Scores Scores `json:"scores"`
	// Findings counts findings by rule id; rules with none are left out.
	Findings map[string]int `json:"findings_by_rule"`

	counts readability.Accumulator
}

// Scores are the readability scores of a text. SMOG is left out (null)
// below 30 sentences, the sample it was designed for.
type Scores struct {
	FleschReadingEase  float64  `json:"flesch_reading_ease"`
	FleschKincaidGrade float64  `json:"flesch_kincaid_grade"`
	GunningFog         float64  `json:"gunning_fog"`
	SMOG               *float64 `json:"smog"`
	ColemanLiau        float64  `json:"coleman_liau"`
	ARI                float64  `json:"ari"`
}

// Report is the outcome of a stats run.
type Report struct {
	Files  []File             `json:"files"`
	Total  File               `json:"total"`
	Errors []report.FileError `json:"errors"`
	Notes  []report.FileError `json:"-"`
}

// Measure checks doc with l and returns its statistics.
func Measure(l *lint.Linter, doc *lint.Document) File {
	findings, a := l.CheckAnalysis(doc)
	return MeasureAnalysis(findings, a)
}

// MeasureAnalysis returns the statistics of a document already checked,
// from its findings and analysis, for a caller that shows both (the web
// page) without checking the document twice.
func MeasureAnalysis(findings []lint.Finding, a *lint.Analysis) File {
	doc := a.Doc
	f := File{Path: doc.Path, Findings: map[string]int{}, counts: a.ReadabilityCounts()}
	for _, fd := range findings {
		f.Findings[fd.Rule]++
	}
	f.setScores(a.Readability())
	return f
}

func (f *File) setScores(m readability.Metrics) {
	f.Words, f.Sentences = m.Words, m.Sentences
	f.AvgSentenceLength = m.AvgSentenceLength
	f.Grade, f.ReadingEase = m.FleschKincaidGrade, m.FleschReadingEase
	f.Scores = Scores{
		FleschReadingEase:  m.FleschReadingEase,
		FleschKincaidGrade: m.FleschKincaidGrade,
		GunningFog:         m.GunningFog,
		ColemanLiau:        m.ColemanLiau,
		ARI:                m.ARI,
	}
	if m.HasSMOG {
		smog := m.SMOG
		f.Scores.SMOG = &smog
	}
}

// Options adjust a run; they mean what runner.Options' fields of the same
// names mean.
type Options struct {
	Reader    reader.Options
	Stdin     io.Reader
	StdinName string
	LinterFor func(path string) (*lint.Linter, error)
	Skip      func(path string) bool
	// MaxFileSize refuses larger files; 0 means the default limit.
	MaxFileSize int64
}

// Run measures every file below paths ("-" is standard input), in the
// order check reports them. Files that cannot be read are errors; the
// others are still measured.
func Run(paths []string, opts Options) *Report {
	var skip func(string, bool) bool
	if opts.Skip != nil {
		skip = func(path string, _ bool) bool { return opts.Skip(path) }
	}
	files, notices := runner.Expand(paths, skip)
	rep := &Report{Total: File{Path: "total", Findings: map[string]int{}}}
	rep.add(notices...)
	for _, t := range files {
		f, notices := measurePath(t, opts)
		rep.add(notices...)
		if f != nil {
			rep.Files = append(rep.Files, *f)
		}
	}
	sort.SliceStable(rep.Files, func(i, j int) bool { return rep.Files[i].Path < rep.Files[j].Path })
	var total readability.Accumulator
	for _, f := range rep.Files {
		total.Merge(f.counts)
		for id, n := range f.Findings {
			rep.Total.Findings[id] += n
		}
	}
	rep.Total.setScores(total.Metrics())
	return rep
}

// add files each notice under Errors or Notes by its kind.
func (r *Report) add(notices ...report.FileError) {
	for _, n := range notices {
		if n.IsError() {
			n.Kind = report.KindError
			r.Errors = append(r.Errors, n)
		} else {
			r.Notes = append(r.Notes, n)
		}
	}
}

// measurePath reads and measures one file, reading it as check does: a
// walked file that is not text is skipped, a named one is an error.
func measurePath(t Target, opts Options) (*File, []report.FileError) {
	name := t.Path
	var src []byte
	ropts := opts.Reader
	if t.Path == runner.StdinPath {
		name = opts.StdinName
		if name == "" {
			name = "<stdin>"
			if ropts.Type == reader.Auto {
				ropts.Type = reader.Text
			}
		}
		if opts.Stdin == nil {
			return nil, []report.FileError{report.Failed(name, "no standard input")}
		}
		var err error
		if src, err = textfile.ReadAs(opts.Stdin, opts.MaxFileSize, runner.ReadsAsText(name, ropts)); err != nil {
			return nil, []report.FileError{runner.ReadNotice(name, true, err)}
		}
	} else {
		var e *report.FileError
		if src, e = runner.ReadTarget(t, opts.MaxFileSize, runner.ReadsAsText(name, ropts)); e != nil {
			return nil, []report.FileError{*e}
		}
	}
	doc, err := reader.Read(name, src, ropts)
	if err != nil {
		return nil, []report.FileError{runner.ReadNotice(name, t.Named, err)}
	}
	var notes []report.FileError
	for _, n := range doc.Notes {
		notes = append(notes, report.Noted(name, n))
	}
	if opts.LinterFor == nil {
		return nil, append(notes, report.Failed(name, "no linter"))
	}
	l, err := opts.LinterFor(name)
	if err != nil {
		return nil, append(notes, report.Failed(name, err.Error()))
	}
	f := Measure(l, doc)
	return &f, notes
}

// Target is a file to measure.
type Target = runner.Target
