package glossary

import "strings"

// Merge combines glossaries in order. An entry whose key (its term, folded
// to lower case unless it is case-sensitive) appears again in a later
// glossary is replaced by the later one, in its original position, so a
// team glossary can redefine a built-in term.
func Merge(gs ...*Glossary) *Glossary {
	index := map[string]int{}
	out := &Glossary{}
	for _, g := range gs {
		if g == nil {
			continue
		}
		for _, e := range g.Entries {
			if i, ok := index[e.Key()]; ok {
				out.Entries[i] = e
				continue
			}
			index[e.Key()] = len(out.Entries)
			out.Entries = append(out.Entries, e)
		}
	}
	return out
}

// Lookup finds the entry for term: an exact match first, then a
// case-insensitive one.
func (g *Glossary) Lookup(term string) *Entry {
	var folded *Entry
	for _, e := range g.Entries {
		if e.Term == term {
			return e
		}
		if folded == nil && strings.EqualFold(e.Term, term) {
			folded = e
		}
		for _, f := range e.Forms {
			if folded == nil && strings.EqualFold(f, term) {
				folded = e
			}
		}
	}
	return folded
}
