package glossary

// Sense is one meaning of a term that has two: "bandwidth" is a network's
// capacity next to "Mbps" or "connection", and people's time elsewhere.
// When one of the words in When stands near a use of the term, the sense
// replaces the entry's definition, replacements and note for that use; a
// Plain sense says the term is ordinary English there ("a ticket for the
// train") and nothing is reported. Without a nearby cue the entry's own
// fields apply.
type Sense struct {
	// When lists the cue words, matched in any case, with or without a
	// final s.
	When       []string `json:"when"`
	Definition string   `json:"definition,omitempty"`
	Replace    []string `json:"replace,omitempty"`
	Note       string   `json:"note,omitempty"`
	Plain      bool     `json:"plain,omitempty"`
}

// senseKeys lists the keys a sense may have.
var senseKeys = []string{"when", "definition", "replace", "note", "plain"}

// WithSense returns a copy of e that carries sense s's definition,
// replacements and note in place of its own, for reporting one use.
func (e *Entry) WithSense(s *Sense) *Entry {
	c := *e
	c.Senses = nil
	if s.Definition != "" {
		c.Definition = s.Definition
	}
	if len(s.Replace) > 0 {
		c.Replace = s.Replace
	}
	if s.Note != "" {
		c.Note = s.Note
	}
	return &c
}
