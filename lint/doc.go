// Package lint is dejargon's engine. It turns a document into prose
// segments that remember where each byte came from, splits them into
// tokens, matches the tokens against a glossary in one pass, and reports
// findings with exact positions in the original file.
//
// The pipeline, and the package that owns each step:
//
//	source bytes → reader (reader, markdown, html, email)
//	             → Document: segments with source offsets (document)
//	             → tokens and glossary matches (match)
//	             → Analysis, shared by every rule (analysis)
//	             → rules, each described once (rules)
//	             → Findings with their fixes → report, fix
//
// This package ties them together: a Linter holds a glossary, an audience
// (audience) and the user's rule settings, and checks documents. The
// names other programs need (Document, Finding, Fix…) are re-exported
// here, so one import is enough.
package lint
