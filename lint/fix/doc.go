// Package fix rewrites what the checker finds, where a rewrite is safe,
// and explains what must stay.
//
// PlanFor turns a document's findings into edits of the original bytes.
// It only touches text a reader reads byte for byte as it is stored: a
// finding whose span is decoded (an HTML entity, a quoted-printable or
// base64 mail body) or crosses markup (Going **forward**) is skipped with a
// reason, so code, URLs, front matter and encoded mail are never rewritten.
// Jargon and wordy phrases take their entry's first replacement, put into
// the form and capitalisation of the words they replace (utilizing → using,
// Going forward → From now on); when package inflect cannot be sure of the
// grammar the text is left for a person. Acronyms are spelled out at their
// first use, "single sign-on (SSO)", and an "a" or "an" before a rewrite
// is corrected to suit it.
//
// Apply, WriteFile and Diff apply a plan to bytes, to a file (atomically,
// refusing when the file changed on disk) and to a unified diff. Explain
// lists the terms a document still uses, for a glossary at its end.
package fix
