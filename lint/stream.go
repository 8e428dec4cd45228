package lint

import (
	"runtime"

	"github.com/dejargon/dejargon/lint/analysis"
)

// A large document streams through the linter a window of segments at a
// time, so that memory stays bounded by a window, not the document: each
// window is tokenized, matched and checked on its own, and its analysis
// dropped once its findings are passed on. Checks that need the whole
// document (analysis.DocumentCheck: the acronym rules, rare words, the
// reading grade) read every window in a first pass and keep only their
// own small state; their few findings are then merged, in order, into the
// findings of the other checks, which a second pass works out window by
// window on every core. A window is made of whole segments, and no
// finding crosses a segment, so the findings are those of Check on the
// whole document (TestWindowsAgreeWithWholeDocument).

// Streaming sizes: from streamText bytes of prose a document is read in
// windows of about windowText bytes. Reading a document twice costs more
// CPU than holding it once, so small documents are read whole. Windows
// are small because a few are in flight on every core, and their
// analyses and findings are most of what a large file keeps alive beside
// its text: on the 32 MB benchmark file, windows of 128 KB peaked at
// 121 MB, of 64 KB at 113 MB and of 32 KB at 112 MB, for the same CPU.
const (
	streamText = 1 << 20
	windowText = 32 << 10
)

// streaming says when a linter reads a document in windows; tests shrink
// it to make every document stream.
type streaming struct {
	from, window int
}

// windows cuts doc into windows, returning the index of each window's first
// segment and, last, the number of segments; nil when doc is read whole:
// it is small, its positions are not in source order (a package document
// counts paragraphs; a format may place segments out of order), or every
// disable comment must be matched against every finding
// (--report-unused-disables).
func (l *Linter) windows(doc *Document) (bounds, starts []int) {
	if l.reportUnused || doc.Layout != nil || len(doc.Segments) < 2 {
		return nil, nil
	}
	from, size := streamText, windowText
	if l.stream != nil {
		from, size = l.stream.from, l.stream.window
	}
	total := 0
	for i := range doc.Segments {
		total += len(doc.Segments[i].Text)
	}
	if total < from {
		return nil, nil
	}
	end, n := 0, 0
	for i := range doc.Segments {
		s := &doc.Segments[i]
		if len(s.Text) == 0 {
			continue
		}
		start, stop := s.SourceSpan(0, len(s.Text))
		if start < end {
			return nil, nil
		}
		if len(bounds) == 0 || n >= size {
			bounds, starts, n = append(bounds, i), append(starts, start), 0
		}
		end, n = stop, n+len(s.Text)
	}
	if len(bounds) < 2 {
		return nil, nil
	}
	bounds[0], starts[0] = 0, 0
	return append(bounds, len(doc.Segments)), starts
}

// checkWindows is CheckEach for a document cut into windows.
func (l *Linter) checkWindows(doc *Document, bounds, starts []int, yield func([]Finding)) {
	shell := analysis.Open(doc, l.glossary, l.matcher, l.profile, l.Enabled)
	shell.SharedCache = l.cache
	var whole, local []analysis.Check
	for _, c := range l.checks {
		if analysis.IsDocumentCheck(c) {
			whole = append(whole, c)
		} else {
			local = append(local, c)
		}
	}
	found := l.documentFindings(shell, bounds, whole)
	n := len(bounds) - 1
	ordered(n, func(i int) []Finding {
		w := shell.Window(bounds[i], bounds[i+1])
		allowed := l.allowedRanges(w)
		// Most findings are glossary matches: sized for them, the
		// window's findings are not copied while the slice grows.
		size := 0
		for i := range w.Segments {
			size += len(w.Segments[i].Matches)
		}
		out := make([]Finding, 0, size+4)
		emit := func(f Finding) {
			if l.keep(doc, allowed, nil, &f) {
				out = append(out, f)
			}
		}
		for _, c := range local {
			c.Run(w, emit)
		}
		w.Release()
		return out
	}, func(i int, out []Finding) {
		// The document checks' findings in this window's stretch of
		// the source join its own.
		k := 0
		for k < len(found) && (i == n-1 || found[k].Offset < starts[i+1]) {
			k++
		}
		out = append(out, found[:k]...)
		found = found[k:]
		sortFindings(out)
		if len(out) > 0 {
			yield(out)
		}
	})
}

// documentFindings runs the document checks over every window in turn and
// returns their findings, sorted.
func (l *Linter) documentFindings(shell *Analysis, bounds []int, checks []analysis.Check) []Finding {
	if len(checks) == 0 {
		return nil
	}
	doc := shell.Doc
	passes := make([]analysis.DocumentPass, len(checks))
	var allowed []sourceRange
	var last *Analysis
	ordered(len(bounds)-1, func(i int) *Analysis {
		w := shell.Window(bounds[i], bounds[i+1])
		// Work that needs only the window is done here, on any core.
		for _, c := range checks {
			if p, ok := c.(analysis.WindowPreparer); ok {
				p.Prepare(w)
			}
		}
		return w
	}, func(i int, w *Analysis) {
		if i == 0 {
			for k, c := range checks {
				passes[k] = c.(analysis.DocumentCheck).Begin(w)
			}
		}
		allowed = append(allowed, l.allowedRanges(w)...)
		for _, p := range passes {
			p.Window(w)
		}
		if last != nil {
			last.Release()
		}
		last = w
	})
	var out []Finding
	emit := func(f Finding) {
		if l.keep(doc, allowed, nil, &f) {
			out = append(out, f)
		}
	}
	for _, p := range passes {
		p.Finish(last, emit)
	}
	sortFindings(out)
	return out
}

// ordered computes work(i) for i in [0, n) on every core and hands each
// result to use in order of i, on the calling goroutine, with only a few
// results in flight at a time.
func ordered[T any](n int, work func(int) T, use func(int, T)) {
	workers := runtime.GOMAXPROCS(0)
	type job struct {
		i   int
		out chan T
	}
	jobs := make(chan job)
	queue := make(chan job, workers)
	go func() {
		defer close(jobs)
		defer close(queue)
		for i := range n {
			j := job{i, make(chan T, 1)}
			queue <- j
			jobs <- j
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				j.out <- work(j.i)
			}
		}()
	}
	for j := range queue {
		use(j.i, <-j.out)
	}
}
