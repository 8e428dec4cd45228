// Package runner checks many files at once: it expands folders, reads
// each file with the right reader, checks files in parallel and returns
// one report in a stable order, whatever order the work finished in.
package runner

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/report"
)

// StdinPath is the path argument that means standard input.
const StdinPath = "-"

// Options adjust a run.
type Options struct {
	Reader reader.Options
	// Stdin is read for the path "-"; StdinName names it in findings
	// (and its extension picks the reader).
	Stdin     io.Reader
	StdinName string
	// Workers bounds parallel checks; 0 means one per CPU.
	Workers int
	// LinterFor, when set, chooses the linter for each file (a config file
	// may check some folders for another audience); otherwise every file
	// uses the linter passed to Run.
	LinterFor func(path string) (*lint.Linter, error)
	// Skip, when set, leaves out files and folders (a config file's
	// ignore globs). It applies to files named on the command line too,
	// so a pre-commit hook passing staged files honours it; .gitignore
	// applies only while walking folders.
	Skip func(path string, isDir bool) bool
}

// Run checks paths (files, folders, or "-" for standard input).
func Run(l *lint.Linter, paths []string, opts Options) *report.Report {
	rep := &report.Report{}
	files, errs := expand(paths, opts.Skip)
	rep.Errors = append(rep.Errors, errs...)

	type result struct {
		findings []lint.Finding
		err      *report.FileError
		notes    []report.FileError
		checked  bool
	}
	results := make([]result, len(files))
	var g errgroup.Group
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	g.SetLimit(workers)
	var stdin []byte
	var stdinErr error
	for _, f := range files {
		if f == StdinPath && opts.Stdin != nil {
			// Read stdin before the workers start, once, even if named twice.
			stdin, stdinErr = io.ReadAll(opts.Stdin)
			break
		}
	}
	for i, path := range files {
		g.Go(func() error {
			r := &results[i]
			name, src, err := path, stdin, stdinErr
			if path == StdinPath {
				name = opts.StdinName
				if name == "" {
					name = "<stdin>"
				}
			} else {
				src, err = os.ReadFile(path)
			}
			if err != nil {
				r.err = &report.FileError{Path: name, Message: describeErr(err)}
				return nil
			}
			ropts := opts.Reader
			if path == StdinPath && ropts.Type == reader.Auto && opts.StdinName == "" {
				ropts.Type = reader.Text
			}
			doc, err := reader.Read(name, src, ropts)
			if errors.Is(err, reader.ErrBinary) {
				r.notes = append(r.notes, report.FileError{Path: name, Message: err.Error()})
				return nil
			}
			if err != nil {
				r.err = &report.FileError{Path: name, Message: err.Error()}
				return nil
			}
			for _, n := range doc.Notes {
				r.notes = append(r.notes, report.FileError{Path: name, Message: n})
			}
			lt := l
			if opts.LinterFor != nil {
				if lt, err = opts.LinterFor(name); err != nil {
					r.err = &report.FileError{Path: name, Message: err.Error()}
					return nil
				}
			}
			r.findings = lt.Check(doc)
			r.checked = true
			return nil
		})
	}
	_ = g.Wait() // workers report through results, never through the group
	total := 0
	for _, r := range results {
		total += len(r.findings)
	}
	rep.Findings = make([]lint.Finding, 0, total)
	for i := range results {
		r := &results[i]
		if r.err != nil {
			rep.Errors = append(rep.Errors, *r.err)
		}
		rep.Notes = append(rep.Notes, r.notes...)
		if r.checked {
			rep.FilesChecked++
		}
		rep.Findings = append(rep.Findings, r.findings...)
		r.findings = nil // let the per-file slice go as soon as it is copied
	}
	report.Sort(rep.Findings)
	return rep
}

// describeErr turns a file error into a short message without repeating
// the path, which the caller prints anyway.
func describeErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Expand turns the command-line paths into the list of files to check, in
// a stable order: each argument in turn, folders walked in lexical order.
// Missing paths come back as errors; the rest are still listed.
func Expand(paths []string) ([]string, []report.FileError) {
	return expand(paths, nil)
}

func expand(paths []string, skip func(string, bool) bool) ([]string, []report.FileError) {
	var files []string
	var errs []report.FileError
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		if p == StdinPath {
			add(p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, report.FileError{Path: p, Message: describeErr(err)})
			continue
		}
		if !info.IsDir() {
			if skip == nil || !skip(p, false) {
				add(p)
			}
			continue
		}
		walkErrs := walk(p, skip, add)
		errs = append(errs, walkErrs...)
	}
	return files, errs
}

// skipDirs are folders that never hold a team's prose.
var skipDirs = map[string]bool{".git": true, "node_modules": true, "vendor": true, ".hg": true, ".svn": true}

func walk(root string, skip func(string, bool) bool, add func(string)) []report.FileError {
	var errs []report.FileError
	_ = walkDir(root, skip, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, report.FileError{Path: path, Message: describeErr(err)})
			return nil
		}
		if d.IsDir() {
			if path != root && skipDirs[d.Name()] {
				return fs.SkipDir
			}
			return nil
		}
		if wanted(path) {
			add(path)
		}
		return nil
	})
	return errs
}

func wanted(path string) bool {
	lower := strings.ToLower(path)
	for _, ext := range reader.Extensions {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	return false
}
