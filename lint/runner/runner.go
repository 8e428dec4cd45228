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
	"sort"
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
	// OnFile, when set, receives each checked file's findings (sorted, and
	// possibly none) as soon as the files before it are done, in path
	// order, on the goroutine that called Run; the report's Findings then
	// stay empty. A large tree is then printed as it is checked instead of
	// being held in memory whole. A mailbox's findings may come in several
	// calls, one after the other, in order.
	OnFile func(findings []lint.Finding)
	// Progress, when set, is called after each file is done, in path
	// order, on the goroutine that called Run, with the files done, the
	// files in all, and the bytes read so far.
	Progress func(done, total int, bytes int64)
}

// displayName is the name a file's findings carry.
func displayName(path string, opts *Options) string {
	if path != StdinPath {
		return path
	}
	if opts.StdinName != "" {
		return opts.StdinName
	}
	return "<stdin>"
}

// Run checks paths (files, folders, or "-" for standard input).
func Run(l *lint.Linter, paths []string, opts Options) *report.Report {
	rep := &report.Report{}
	files, errs := expand(paths, opts.Skip)
	rep.Errors = append(rep.Errors, errs...)
	// Check files in the order their findings are reported, so each file's
	// findings can be passed on as soon as it and those before it are done.
	sort.SliceStable(files, func(i, j int) bool { return displayName(files[i], &opts) < displayName(files[j], &opts) })

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
	done := make([]chan struct{}, len(files))
	for i := range done {
		done[i] = make(chan struct{})
		// A mailbox sends its findings in batches as it is read; the
		// buffer lets it run one batch ahead of the report.
		results[i].batches = make(chan []lint.Finding, 1)
	}
	// The group's limit makes Go block while every worker is busy, so a
	// separate goroutine starts the work and this one collects it in order.
	go func() {
		for i, path := range files {
			g.Go(func() error {
				defer close(done[i])
				checkFile(l, &results[i], path, stdin, stdinErr, &opts)
				return nil
			})
		}
	}()
	// Without OnFile, each file's findings are kept aside and joined once
	// at the end at their exact size, rather than grown into one slice of
	// large values file by file.
	var perFile [][]lint.Finding
	total := 0
	pass := func(fs []lint.Finding) {
		if opts.OnFile != nil {
			opts.OnFile(fs)
		} else if len(fs) > 0 {
			perFile = append(perFile, fs)
			total += len(fs)
		}
	}
	var bytesRead int64
	for i := range results {
		r := &results[i]
		for batch := range r.batches {
			pass(batch)
		}
		<-done[i]
		bytesRead += r.size
		if r.err != nil {
			rep.Errors = append(rep.Errors, *r.err)
		}
		rep.Notes = append(rep.Notes, r.notes...)
		if r.checked {
			rep.FilesChecked++
			if !r.streamed {
				pass(r.findings)
			}
		}
		*r = result{} // let the file's findings go as soon as they are passed on
		// After the file's findings are printed, so a progress line drawn
		// now stays until the next report line.
		if opts.Progress != nil {
			opts.Progress(i+1, len(files), bytesRead)
		}
	}
	_ = g.Wait() // workers report through results, never through the group
	rep.Findings = make([]lint.Finding, 0, total)
	for _, fs := range perFile {
		rep.Findings = append(rep.Findings, fs...)
	}
	report.Sort(rep.Findings)
	return rep
}

// result is what checking one file produced.
type result struct {
	findings []lint.Finding
	err      *report.FileError
	notes    []report.FileError
	checked  bool
	// batches carries a mailbox's findings while it is read; the worker
	// closes it when the file is done, whatever its format.
	batches  chan []lint.Finding
	streamed bool
	size     int64 // bytes read
}

// checkFile reads, parses and checks one file into r.
func checkFile(l *lint.Linter, r *result, path string, stdin []byte, stdinErr error, opts *Options) {
	defer close(r.batches)
	name, src, err := displayName(path, opts), stdin, stdinErr
	ropts := opts.Reader
	if path == StdinPath && ropts.Type == reader.Auto && opts.StdinName == "" {
		ropts.Type = reader.Text
	}
	if ropts.Type == reader.Auto && !reader.Known(name) && path != StdinPath {
		ropts.Type = sniff(path)
	}
	if ropts.Type == reader.Mbox || ropts.Type == reader.Auto && reader.Detect(name) == reader.Mbox {
		checkMailbox(l, r, path, name, stdin, stdinErr, opts)
		return
	}
	if path != StdinPath {
		src, err = os.ReadFile(path)
	}
	if err != nil {
		r.err = &report.FileError{Path: name, Message: describeErr(err)}
		return
	}
	r.size = int64(len(src))
	doc, err := reader.Read(name, src, ropts)
	if errors.Is(err, reader.ErrBinary) {
		r.notes = append(r.notes, report.FileError{Path: name, Message: err.Error()})
		return
	}
	if err != nil {
		r.err = &report.FileError{Path: name, Message: err.Error()}
		return
	}
	for _, n := range doc.Notes {
		r.notes = append(r.notes, report.FileError{Path: name, Message: n})
	}
	lt := l
	if opts.LinterFor != nil {
		if lt, err = opts.LinterFor(name); err != nil {
			r.err = &report.FileError{Path: name, Message: err.Error()}
			return
		}
	}
	r.findings = lt.Check(doc)
	r.checked = true
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
// skip, when not nil, leaves out files and folders as Options.Skip does.
// Missing paths come back as errors; the rest are still listed.
func Expand(paths []string, skip func(path string, isDir bool) bool) ([]string, []report.FileError) {
	return expand(paths, skip)
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
	for _, ext := range reader.Extensions() {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	return false
}
