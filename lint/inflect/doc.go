// Package inflect knows enough English morphology for dejargon to match
// jargon in any of its forms and to rewrite it grammatically.
//
// A glossary lists base forms ("leverage", "spin up", "synergy"), but drafts
// say "leveraging", "spun up" and "synergies". The matcher asks Forms and
// Spellings for every form of a term so that one glossary entry catches all
// of them; `dejargon fix` asks FormOf which form was written and Inflect to
// put the plain replacement into the same form, then MatchCase to keep the
// writer's capitalisation.
//
// Two kinds of error are possible and they are not equally bad. A non-word in
// a list of forms ("visitted") costs nothing, because no draft contains it.
// A different real word ("user" from "use", "sunny" from "sun") makes the
// checker flag text that is fine, so the rules here are conservative: only
// inflections (-s, -ed, -ing, plurals, possessives) and the -ization nouns of
// -ize verbs are generated, never derivations such as -er, -ly or -able, and
// short or grammatical words are left alone. Likewise Inflect refuses (ok is
// false) rather than guess when the result might be ungrammatical, so the
// fixer leaves the text for a person to edit.
//
// Everything is computed from read-only tables and rules; there is no state
// and every function is safe for concurrent use. Only ASCII lower-case words
// are inflected: other input comes back unchanged.
package inflect
