package wordfreq

import "strings"

// Use is one use of a word in a document, as a rule feeds it to a Finder.
type Use struct {
	// Lower is the word in lower case, from Shape.
	Lower string
	Case  Case
	// Defined says the text explains the word here (Defined).
	Defined bool
	// Ref lets the caller find the use again, say a token's index.
	Ref int
}

// Group is a rare word of a document: every use of its forms.
type Group struct {
	// Word is what the table knows about the first use.
	Word Word
	// Term is the word to name in a message or a glossary: the shortest
	// form the document uses (hypervisor, of hypervisor and hypervisors).
	Term string
	// Uses are in document order.
	Uses []Use

	lower   int
	defined bool
}

// Finder collects the rare words of one document: words less frequent
// than a threshold, their forms counted together, leaving out names (words
// the document only writes with a capital) and words the document defines
// anywhere. It is
// for one document and one goroutine.
type Finder struct {
	table  *Table
	below  Zipf
	words  map[string]Word
	groups map[string]*Group
	order  []*Group
}

// NewFinder returns a finder of the words of t less frequent than below;
// with below Off it finds nothing.
func NewFinder(t *Table, below Zipf) *Finder {
	return &Finder{table: t, below: below}
}

// IsRare reports whether lower, a lower-case word, is less frequent than
// the threshold, its forms folded. Words frequent as written, nearly all
// of them, cost one table lookup; the others are looked up once a
// document. A rule asks this first and works out the rest of a Use (is
// it code, is it defined here) only for rare words.
func (f *Finder) IsRare(lower string) bool {
	if f.below == Off {
		return false
	}
	if z, _, ok := f.table.Raw(lower); ok && z >= f.below {
		return false
	}
	return f.lookup(lower).Zipf < f.below
}

// IsRareWritten is IsRare for a word as ShapeWritten returns it, whose
// first letter is a capital when capital is true. It makes a lower-case
// copy only of a word the table does not settle with one lookup.
func (f *Finder) IsRareWritten(word string, capital bool) bool {
	if f.below == Off {
		return false
	}
	if z, _, ok := f.table.raw(word, capital); ok && z >= f.below {
		return false
	}
	if capital {
		word = strings.ToLower(word)
	}
	return f.lookup(word).Zipf < f.below
}

func (f *Finder) lookup(lower string) Word {
	w, seen := f.words[lower]
	if !seen {
		w = f.table.Lookup(lower)
		if f.words == nil {
			f.words = map[string]Word{}
		}
		f.words[lower] = w
	}
	return w
}

// Add records one use of a rare word; other words are ignored.
func (f *Finder) Add(u Use) {
	if !f.IsRare(u.Lower) {
		return
	}
	w := f.lookup(u.Lower)
	if f.groups == nil {
		f.groups = map[string]*Group{}
	}
	g := f.groups[w.Key]
	if g == nil {
		g = &Group{Word: w, Term: u.Lower}
		f.groups[w.Key] = g
		f.order = append(f.order, g)
	}
	if len(u.Lower) < len(g.Term) || len(u.Lower) == len(g.Term) && u.Lower < g.Term {
		g.Term = u.Lower
	}
	g.Uses = append(g.Uses, u)
	g.defined = g.defined || u.Defined
	if u.Case == Lower {
		g.lower++
	}
}

// Rare returns the rare words in order of first use.
func (f *Finder) Rare() []*Group {
	var out []*Group
	for _, g := range f.order {
		if g.defined || g.isName() {
			continue
		}
		out = append(out, g)
	}
	return out
}

// isName reports a word the document never writes in small letters:
// capitalised mid-sentence it is a name, and one seen only at sentence
// starts, in headings or in a signature (Priya) is one far more often
// than it is a rare word that happens to open every sentence it is in.
func (g *Group) isName() bool { return g.lower == 0 }
