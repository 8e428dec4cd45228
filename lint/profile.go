package lint

import (
	"fmt"

	"github.com/dejargon/dejargon/glossary"
)

// Profile describes a kind of reader: which glossary entries count for
// them and which acronyms they know without a definition.
type Profile struct {
	Audience glossary.Audience
	// Known lists acronyms this reader knows without a definition.
	Known map[string]bool
}

// DefaultAudience is the audience when none is chosen: colleagues outside
// IT, the readers dejargon exists for.
const DefaultAudience = glossary.Business

// everyoneKnows lists acronyms that need no definition in any office
// message.
var everyoneKnows = []string{"US", "USA", "UK", "EU", "UN", "CEO", "CFO", "COO", "CTO", "CIO", "HR", "PDF", "FAQ", "TV", "PC", "ID", "OK", "AM", "PM", "USB", "FYI", "ASAP", "IT", "IP", "VAT", "GPS", "SMS"}

// NewProfile returns the profile for audience a.
func NewProfile(a glossary.Audience) (*Profile, error) {
	if a == "" {
		a = DefaultAudience
	}
	valid := false
	for _, x := range glossary.Audiences {
		valid = valid || x == a
	}
	if !valid {
		return nil, fmt.Errorf("unknown audience %q (want general, business, executive or technical)", a)
	}
	p := &Profile{Audience: a, Known: map[string]bool{}}
	for _, k := range everyoneKnows {
		p.Known[k] = true
	}
	return p, nil
}
