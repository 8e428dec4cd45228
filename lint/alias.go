package lint

import (
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/audience"
	"github.com/dejargon/dejargon/lint/document"
)

// The names other programs use, kept here so that one import gives the
// whole library: the document model lives in package document, findings
// and the rule model in package analysis, the rules in package rules.
type (
	Document    = document.Document
	Segment     = document.Segment
	SegmentKind = document.SegmentKind
	Piece       = document.Piece
	Suppression = document.Suppression
	Position    = document.Position
	LineIndex   = document.LineIndex
	Layout      = document.Layout
	Part        = document.Part
	Positions   = document.Positions
	Finding     = analysis.Finding
	Fix         = analysis.Fix
	Edit        = analysis.Edit
	Analysis    = analysis.Analysis
	Rule        = analysis.Rule
	Profile     = audience.Profile
)

// The kinds of segment.
const (
	Paragraph = document.Paragraph
	Heading   = document.Heading
	ListItem  = document.ListItem
	TableCell = document.TableCell
	Quote     = document.Quote
	Subject   = document.Subject
	Caption   = document.Caption
)

// DefaultAudience is the audience when none is chosen.
const DefaultAudience = audience.DefaultAudience

// NewVerbatimSegment makes a segment whose text is a slice of the source
// starting at offset.
func NewVerbatimSegment(kind SegmentKind, text string, offset int) Segment {
	return document.NewVerbatimSegment(kind, text, offset)
}

// NewLineIndex indexes the line starts of src.
func NewLineIndex(src []byte) *LineIndex { return document.NewLineIndex(src) }

// NewLayout describes a package document (a .docx, an .odt) whose
// segments are segs and whose segment i is paragraph paragraphs[i].
func NewLayout(parts []Part, segs []Segment, paragraphs []int) *Layout {
	return document.NewLayout(parts, segs, paragraphs)
}
