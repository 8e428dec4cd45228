// Package lint is dejargon's engine. It turns a document into prose
// segments that remember where each byte came from, splits them into
// tokens, matches the tokens against a glossary in one pass, and reports
// findings with exact positions in the original file.
//
// The pipeline is:
//
//	source bytes → reader → Document (segments with source offsets)
//	             → tokens → glossary matches → rules → Findings
//
// Readers for Markdown, HTML and email live in sub-packages and produce the
// same Document, so every rule works on every format.
package lint
