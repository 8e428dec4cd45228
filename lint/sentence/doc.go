// Package sentence splits the text of one prose segment (a paragraph, a
// heading, a list item, a table cell) into sentences and words, reporting
// byte offsets relative to the string it is given. Callers add the
// segment's own offset to map a span back into the source file.
//
// # API
//
//	Split(text string) []Span   // sentences, trimmed of white space
//	Words(text string) []Span   // words, as every lint package counts them
//	Span{Start, End int}        // half-open byte range; Span.Text(src) slices it
//
// Both functions are pure and safe for concurrent use. They never panic, on
// any input including invalid UTF-8: FuzzSplit checks that spans are
// non-empty, in order, non-overlapping, inside the text and trimmed.
//
// # What counts as a sentence end
//
// A run of '.', '?', '!' or '…' (so "?!" and "..." are one end), plus any
// closing quotes or brackets after it, ends a sentence when white space and
// then something other than a lower-case letter follows. So `"Stop." she
// said` stays whole while `He said "Reboot it." Nobody did.` splits after
// the quote. A period glued to more text ("v1.2.3", "e.g.,", "config.yaml")
// ends nothing. A lone period after an abbreviation is judged by its kind:
// titles and Latin connectives (Dr., Mr., e.g., i.e., vs., approx.) never
// end a sentence; reference words (No., p., vol.) end one unless a number
// follows; month abbreviations do not before a number; and words like Inc.,
// Ltd., Corp., U.S., a.m. or p.m. end one only when a common sentence
// opener ("The", "We", "Please", ...) follows. A single capital letter is an
// initial (J. R. R. Tolkien) under the same opener test, and a number at the
// very start is a list number. Text without final punctuation is one
// sentence, which is what a heading or list item needs. A blank line, or a
// line break before a list bullet, also ends a sentence.
//
// # Why this is hand-written
//
// We evaluated github.com/jdkato/prose/v3 (v3.2.3, whose segment package
// wraps the Punkt algorithm from gopkg.in/neurosnap/sentences.v1) against
// the same table of cases in split_test.go. It got 54 of 66 right; the
// misses were cases this linter meets daily: it split after "e.g.",
// "i.e.", "etc." before a lower-case word, "approx." before a number, "U.S."
// and "Ltd." before a noun, after a quoted question followed by "he asked",
// and after a list number, and it did not split on "…", blank lines, list
// bullets or Markdown emphasis. Fixing those would mean wrapping its output
// in our own rules anyway, on top of a dependency that ships a 19 MB
// directory of trained models and keeps a process-wide loaded model. The
// rules here fit in a few small files, run in linear time and are pinned
// by the table tests, so we chose to hand-write them.
package sentence
