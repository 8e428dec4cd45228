// Package style holds sentence-level plain-language detectors. Each works
// on the text of one sentence (from sentence.Split) and reports byte spans
// relative to that string; add the sentence's offset within its segment,
// and the segment's within the file, to place a finding.
//
// # API
//
//	type Hit struct{ Start, End int; Suggestion string }
//	Passive(sentence string) []Hit      // "was quickly fixed"; Suggestion is empty
//	HiddenVerbs(sentence string) []Hit  // "made a decision" → Suggestion "decided"
//	WordCount(sentence string) int      // for the long-sentence rule
//
// All three are pure functions, safe for concurrent use, and hold their
// word lists in switch statements, so there is no package state at all.
// Hits come back in order, do not overlap and lie inside the sentence;
// FuzzPassive and FuzzHiddenVerbs check that on arbitrary input.
//
// # Passive
//
// A form of "be" (am, is, are, was, were, be, been, being; "'s", "'re",
// "'m" after a pronoun; "isn't" and the like) or of "get", up to two
// adverbs, then a past participle: regular -ed, or an irregular one from
// package inflect's verb table, prefixed forms included ("split",
// "rebuilt", "misunderstood"), the same table the fixer inflects with.
// The span takes in auxiliaries before the "be" ("could have been
// avoided"). Inverted questions ("Was the server restarted?") are found by
// looking past a short subject. Adjectival readings are left out: states
// of mind and standing facts ("is interested", "are located", "was tired",
// "is based in"; with a "by" agent they count again), un- adjectives ("is
// unpatched"), hyphenated compounds ("is cloud-based"), intransitive verbs
// ("is gone"), idioms ("is supposed to", "is used to working", "get
// started") and -ed words that are not verbs ("is red", "a need").
//
// On the 223 labelled sentences in testdata/passive.tsv (121 passive, 102
// not) precision is 0.960 and recall 1.000; the test fails if precision
// drops below 0.90. Every false positive is a participle describing a
// state ("is closed at weekends", "is fixed", "are mixed", "is broken
// again", "are limited seats"), which only meaning can tell apart. The
// sentences were written by the author of the rules, so expect lower
// figures on other people's drafts; see testdata/README.md.
//
// # Hidden verbs
//
// A light verb (make, take, give, provide, carry out, conduct, perform,
// undertake, do, effect, reach, come to, have, hold, in any inflection), an
// optional determiner and adjective, then one of about 130 nouns that name
// an action ("decision", "review", "assistance", "payment"), and an
// optional "of" or other preposition the plain verb swallows. Each noun
// lists the light verbs that really hide it, so "have a payment" or "take
// a review" do not match, and a following noun ("a payment plan") means
// the noun is only a modifier. Suggestion is the plain verb in the light
// verb's tense: "has made a choice" → "chosen", "is carrying out a review
// of" → "reviewing", "provide assistance to" → "help"; an adjective with a
// simple adverb moves with it ("a thorough review" → "thoroughly review",
// "monthly payments" → "pay monthly"). Passives of light verbs ("a decision
// was made") are left to Passive.
//
// # Word count
//
// WordCount uses sentence.Words: runs of letters and digits joined by an
// inner apostrophe or hyphen, or by a point or comma between digits, so
// that "3.5" and "1,000" are one word each. This is the same count the
// readability scores use.
package style
