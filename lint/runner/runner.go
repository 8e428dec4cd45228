// Package runner checks many files at once: it expands folders, reads
// each file with the right reader, checks files in parallel and returns
// one report in a stable order, whatever order the work finished in.
package runner

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/dejargon/dejargon/internal/textfile"
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
	// MaxFileSize refuses files larger than this many bytes; 0 means
	// textfile.DefaultLimit.
	MaxFileSize int64
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
	// OnFile, when set, receives each file's findings as soon as the
	// files before it are done, in path order, on the goroutine that
	// called Run; the report's Findings then stay empty. A file's findings
	// come sorted, in one call or, for a large file or a mailbox, in
	// several calls in report order while it is checked, so that neither a
	// large tree nor a large file is ever held in memory whole. A file
	// without findings may get no call.
	OnFile func(findings []lint.Finding)
	// OnFileDone, when set, is called after the last OnFile call of each
	// file Run read or tried to read, with the name its findings carry,
	// whether it had findings, could be checked or not: a report that
	// prints a file as a whole prints it then.
	OnFileDone func(path string)
	// OnRead, when set, is called with a file's size as soon as the file
	// is read whole, before it is checked: a command may pace its memory
	// use by the largest document in hand. It is called from the worker
	// that read the file, so possibly from several goroutines at once.
	OnRead func(size int64)
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
	files, notices := expand(paths, opts.Skip)
	addNotices(rep, notices)
	// Check files in the order their findings are reported, so each file's
	// findings can be passed on as soon as it and those before it are done.
	sort.SliceStable(files, func(i, j int) bool {
		return displayName(files[i].Path, &opts) < displayName(files[j].Path, &opts)
	})

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
		if f.Path == StdinPath && opts.Stdin != nil {
			// Read stdin before the workers start, once (expand names each
			// file once).
			stdin, stdinErr = textfile.ReadAs(opts.Stdin, opts.MaxFileSize, ReadsAsText(displayName(StdinPath, &opts), opts.Reader))
			break
		}
	}
	done := make([]chan struct{}, len(files))
	for i := range done {
		done[i] = make(chan struct{})
		// A file's findings are sent in batches as it is checked; the
		// buffer lets it run one batch ahead of the report.
		results[i].batches = make(chan []lint.Finding, 1)
	}
	// The group's limit makes Go block while every worker is busy, so a
	// separate goroutine starts the work and this one collects it in order.
	go func() {
		for i, t := range files {
			// Only the worker checking stdin holds its bytes, so they go
			// with its document rather than live as long as the run.
			var in []byte
			if t.Path == StdinPath {
				in, stdin = stdin, nil
			}
			g.Go(func() error {
				defer close(done[i])
				checkFile(l, &results[i], t, in, stdinErr, &opts)
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
			addNotices(rep, []report.FileError{*r.err})
		}
		addNotices(rep, r.notes)
		if r.checked {
			rep.FilesChecked++
		}
		if opts.OnFileDone != nil {
			opts.OnFileDone(displayName(files[i].Path, &opts))
		}
		*r = result{}
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
	err     *report.FileError // an error or, for a walked file, a skip
	notes   []report.FileError
	checked bool
	// batches carries the file's findings while it is checked, in report
	// order; the worker closes it when the file is done.
	batches chan []lint.Finding
	size    int64 // bytes read
}

// addNotices files each notice under Errors or Notes by its kind.
func addNotices(rep *report.Report, notices []report.FileError) {
	for _, n := range notices {
		if n.IsError() {
			n.Kind = report.KindError
			rep.Errors = append(rep.Errors, n)
		} else {
			rep.Notes = append(rep.Notes, n)
		}
	}
}

// checkFile reads, parses and checks one file into r.
func checkFile(l *lint.Linter, r *result, t Target, stdin []byte, stdinErr error, opts *Options) {
	defer close(r.batches)
	path := t.Path
	name := displayName(path, opts)
	ropts := opts.Reader
	if path == StdinPath && ropts.Type == reader.Auto && opts.StdinName == "" {
		ropts.Type = reader.Text
	}
	if ropts.Type == reader.Auto && !reader.Known(name) && path != StdinPath {
		ropts.Type = sniff(path)
	}
	if ropts.Type == reader.Mbox || ropts.Type == reader.Auto && reader.Detect(name) == reader.Mbox {
		checkMailbox(l, r, t, name, stdin, stdinErr, opts)
		return
	}
	src := stdin
	if path == StdinPath {
		if stdinErr != nil {
			e := ReadNotice(name, true, stdinErr)
			r.err = &e
			return
		}
	} else {
		var e *report.FileError
		if src, e = ReadTarget(t, opts.MaxFileSize, ReadsAsText(name, ropts)); e != nil {
			r.err = e
			return
		}
	}
	r.size = int64(len(src))
	if opts.OnRead != nil {
		opts.OnRead(r.size)
	}
	doc, err := reader.Read(name, src, ropts)
	if err != nil {
		e := ReadNotice(name, t.Named || path == StdinPath, err)
		r.err = &e
		return
	}
	for _, n := range doc.Notes {
		r.notes = append(r.notes, report.Noted(name, n))
	}
	lt := l
	if opts.LinterFor != nil {
		if lt, err = opts.LinterFor(name); err != nil {
			r.err = &report.FileError{Path: name, Message: err.Error(), Kind: report.KindError}
			return
		}
	}
	lt.CheckEach(doc, func(fs []lint.Finding) { r.batches <- fs })
	r.checked = true
}

// ReadsAsText reports whether the file called name is read as text, and so
// sniffed for binary content before it is read whole: everything but the
// formats that are binary by design (.docx, .odt).
func ReadsAsText(name string, ropts reader.Options) bool {
	t := ropts.Type
	if t == reader.Auto {
		t = reader.Detect(name)
	}
	return !reader.IsBinaryFormat(t)
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

// Expand turns the command-line paths into the files to check, in a
// stable order: each argument in turn, folders walked in lexical order.
// skip, when not nil, leaves out files and folders as Options.Skip does.
// Missing paths come back as errors, and files a walk leaves out (FIFOs,
// sockets, devices, links out of the named folders) as skips; the rest
// are still listed.
func Expand(paths []string, skip func(path string, isDir bool) bool) ([]Target, []report.FileError) {
	return expand(paths, skip)
}

func expand(paths []string, skip func(string, bool) bool) ([]Target, []report.FileError) {
	var files []Target
	var notices []report.FileError
	seen := map[string]bool{}
	add := func(p string, named bool) {
		// "./docs/a.md" and "docs/a.md" are one file: checked twice, its
		// findings would count twice in the summary and the baseline.
		if key := filepath.Clean(p); !seen[key] {
			seen[key] = true
			files = append(files, Target{Path: p, Named: named})
		}
	}
	roots := NewRoots(paths)
	for _, p := range paths {
		if p == StdinPath {
			add(p, true)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			notices = append(notices, report.Failed(p, describeErr(err)))
			continue
		}
		if !info.IsDir() {
			if skip == nil || !skip(p, false) {
				add(p, true)
			}
			continue
		}
		root := p
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			// A link to a folder, named by the user, is walked: with a
			// final separator the walk starts from the folder it leads to
			// instead of stopping at the link.
			root = strings.TrimSuffix(p, string(filepath.Separator)) + string(filepath.Separator)
		}
		notices = append(notices, walk(root, roots, skip, add)...)
	}
	return files, notices
}

// skipDirs are folders that never hold a team's prose.
var skipDirs = map[string]bool{".git": true, "node_modules": true, "vendor": true, ".hg": true, ".svn": true}

// walk adds the files below root a check reads: regular files with a
// known extension, and links to such files inside the roots. FIFOs,
// sockets, devices and links leading out of the roots come back as skips,
// so a walk never blocks on a FIFO nor reads outside what was named.
func walk(root string, roots Roots, skip func(string, bool) bool, add func(string, bool)) []report.FileError {
	var notices []report.FileError
	_ = walkDir(root, skip, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			notices = append(notices, report.Failed(path, describeErr(err)))
			return nil
		}
		if d.IsDir() {
			if path != root && skipDirs[d.Name()] {
				return fs.SkipDir
			}
			return nil
		}
		if !wanted(path) {
			return nil
		}
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			var skipped *report.FileError
			if mode, skipped = followLink(path, roots); skipped != nil {
				notices = append(notices, *skipped)
				return nil
			}
			if mode.IsDir() {
				return nil // links to folders are not followed
			}
		}
		if !mode.IsRegular() {
			notices = append(notices, report.Skipped(path, textfile.DescribeMode(mode)+", not a regular file; skipped"))
			return nil
		}
		add(path, false)
		return nil
	})
	return notices
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
