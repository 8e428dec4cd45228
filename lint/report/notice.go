package report

import "sort"

// Kind says what a FileError is, and so how each format shows it and
// whether it fails the run.
type Kind string

// The kinds of FileError.
const (
	// KindError: the file could not be checked (missing, unreadable, a
	// named file that is not text, over the size limit). The run exits 2.
	KindError Kind = "error"
	// KindSkipped: a folder walk left the file out on purpose (binary, a
	// FIFO, socket or device, a link out of the folders named, too
	// large). Counted and listed, but not a failure: the user did not
	// name the file.
	KindSkipped Kind = "skipped"
	// KindNote: the file was checked, but part of it could not be read
	// (invalid UTF-8, a message nested too deep, a multipart without a
	// boundary).
	KindNote Kind = "note"
)

// Kinds lists every kind, in the order a report lists them.
var Kinds = []Kind{KindError, KindSkipped, KindNote}

// Skipped returns a KindSkipped entry for path.
func Skipped(path, why string) FileError {
	return FileError{Path: path, Message: why, Kind: KindSkipped}
}

// Noted returns a KindNote entry for path.
func Noted(path, why string) FileError {
	return FileError{Path: path, Message: why, Kind: KindNote}
}

// Failed returns a KindError entry for path.
func Failed(path, why string) FileError {
	return FileError{Path: path, Message: why, Kind: KindError}
}

// kind is e's kind; an entry made without one is an error, as every
// FileError was before kinds existed.
func (e FileError) kind() Kind {
	if e.Kind == "" {
		return KindError
	}
	return e.Kind
}

// IsError reports whether e fails the run.
func (e FileError) IsError() bool { return e.kind() == KindError }

// Notices returns every error, skip and note of r in one list, by path
// and then kind, with each entry's kind filled in: the list JSON prints as
// "errors" and SARIF as notifications.
func (r *Report) Notices() []FileError {
	return MergeNotices(r.Errors, r.Notes)
}

// MergeNotices joins lists of FileErrors into one, sorted by path and
// kind, with kinds filled in.
func MergeNotices(lists ...[]FileError) []FileError {
	var out []FileError
	for _, l := range lists {
		for _, e := range l {
			e.Kind = e.kind()
			out = append(out, e)
		}
	}
	rank := map[Kind]int{}
	for i, k := range Kinds {
		rank[k] = i
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		return rank[out[i].Kind] < rank[out[j].Kind]
	})
	return out
}

// countNotices fills in the summary's counts of errors, skipped files and
// notes.
func (s *Summary) countNotices(notices []FileError) {
	s.Errors, s.FilesSkipped, s.Notes = 0, 0, 0
	for _, e := range notices {
		switch e.kind() {
		case KindError:
			s.Errors++
		case KindSkipped:
			s.FilesSkipped++
		default:
			s.Notes++
		}
	}
}
