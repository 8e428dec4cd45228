package lint

import (
	"slices"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

// TestBuiltinFixesReadRight applies each fix the built-in glossary offers
// for a term, one at a time, and compares the sentences that come out:
// every one must be English, whatever the form the term is written in.
// A glossary entry whose replacements are verbs must not list a noun or
// adjective among its forms (rollout for roll out), since the form is
// then taken for the base and gets a verb ("The introduce of").
func TestBuiltinFixesReadRight(t *testing.T) {
	g, err := glossary.LoadAll(true)
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, WithAudience(glossary.Business))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		src, term string
		want      []string
	}{
		{"The rollout of the new laptops starts on Monday.", "rollout", []string{
			"The launch of the new laptops starts on Monday.",
			"The introduction of the new laptops starts on Monday.",
		}},
		{"Two rollouts are planned.", "rollouts", []string{
			"Two launches are planned.",
			"Two introductions are planned.",
		}},
		{"We roll out the app in May.", "roll out", []string{
			"We launch the app in May.",
			"We introduce the app in May.",
		}},
		{"We held an ideation session.", "ideation", []string{
			"We held a brainstorming session.",
			"We held an idea generation session.",
		}},
		{"The deployment went well.", "deployment", []string{
			"The release went well.",
			"The installation went well.",
		}},
		{"Use the ticketing system to reach us.", "ticketing system", []string{
			"Use the help desk system to reach us.",
			"Use the request system to reach us.",
		}},
		// An acronym's plain words are alternatives to spelling it out:
		// where it cannot be spelled out (a possessive), fix, which
		// applies the first fix, must not swap it for them instead.
		{"Use the VPN's new client.", "VPN's", nil},
		{"Use the VPN for now.", "VPN", []string{
			"Use the virtual private network (VPN) for now.",
			"Use the secure connection to the company network for now.",
			"Use the secure remote connection for now.",
		}},
		// Spelled out inside a compound it reads "a single sign-on
		// (SSO)-enabled app".
		{"Open an SSO-enabled app.", "SSO", nil},
		// A listed form is read as the base form: a verb phrase listed
		// under a noun entry took the noun ("We certificate change"), and
		// a form with its object lost the object ("look closer at
		// tomorrow").
		{"We rotate certificates every year.", "rotate certificates", []string{
			"We replace the certificates every year.",
			"We change the certificates every year.",
		}},
		{"We rotated certificates last night.", "rotated certificates", []string{
			"We replaced the certificates last night.",
			"We changed the certificates last night.",
		}},
		{"We use kanban for our work.", "kanban", nil},
		{"Move it on the kanban board.", "kanban board", []string{
			"Move it on the task board.",
			"Move it on the work board.",
		}},
		{"With regards to the outage, we are sorry.", "With regards to", []string{
			"About the outage, we are sorry.",
			"On the outage, we are sorry.",
		}},
		// "recommend" needs an object the noun phrase does not have.
		{"We made a recommendation to the board.", "made a recommendation", nil},
		{"We made a recommendation that tests run first.", "made a recommendation that", []string{
			"We recommended that tests run first.",
		}},
		{"We will deploy the update tonight.", "deploy", []string{
			"We will release the update tonight.",
			"We will install the update tonight.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.term, func(t *testing.T) {
			var got []string
			for _, f := range l.Check(plainDoc(tt.src)) {
				if f.Match != tt.term {
					continue
				}
				for _, fx := range f.Fixes {
					out := tt.src
					for _, e := range slices.Backward(fx.Edits) {
						out = out[:e.Offset] + e.New + out[e.Offset+e.Length:]
					}
					got = append(got, out)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("fixes of %q:\n got %s\nwant %s", tt.src, strings.Join(got, " | "), strings.Join(tt.want, " | "))
			}
		})
	}
}

// TestBuiltinSuggestionsFitTheForm checks what the built-in glossary
// suggests for terms fix leaves alone: a noun or adjective gets nouns or
// adjectives, not the verb of the entry it derives from ("full-disk
// encryption": try "scramble").
func TestBuiltinSuggestionsFitTheForm(t *testing.T) {
	g, err := glossary.LoadAll(true)
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, WithAudience(glossary.Business))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ src, term, want string }{
		{"Laptops have full-disk encryption.", "encryption", "scrambling | protection"},
		{"We will encrypt the disk.", "encrypt", "scramble | protect"},
		{"We found signs of data exfiltration.", "exfiltration", "theft | leaking"},
		{"The two systems are interoperable.", "interoperable", "compatible | able to work together"},
		{"The printer was misconfigured.", "misconfigured", "set up wrongly | wrongly set up"},
		{"A misconfiguration caused it.", "misconfiguration", "wrong setting | setting error"},
		{"Users may see timeouts when logging in.", "timeouts", "slow-response errors"},
		{"Let's double-click on that point tomorrow.", "double-click on", "look more closely at | discuss in detail"},
		// The capital of Wi-Fi is the term's own, not the writer's.
		{"We are replacing the Wi-Fi access points today.", "Wi-Fi access points", "Wi-Fi units | wireless transmitters"},
	}
	for _, tt := range tests {
		t.Run(tt.term, func(t *testing.T) {
			var got []string
			for _, f := range l.Check(plainDoc(tt.src)) {
				if f.Match == tt.term {
					got = append(got, strings.Join(f.Suggestions, " | "))
				}
			}
			if strings.Join(got, " / ") != tt.want {
				t.Errorf("%q: suggestions %q, want %q", tt.src, got, tt.want)
			}
		})
	}
}

// TestSpellOutShortensLaterDefinition: the fix for an acronym spelled out
// only after its first use spells it out at the first use and cuts the
// later definition down to the acronym, so the fixed text does not
// spell it out twice. The long form is the document's, in the case and
// number the first use needs.
func TestSpellOutShortensLaterDefinition(t *testing.T) {
	g, err := glossary.LoadAll(true)
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, WithAudience(glossary.Business))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ src, term, want string }{
		{"Connect to the VPN first. The virtual private network (VPN) keeps traffic private.", "VPN", "Connect to the virtual private network (VPN) first. The VPN keeps traffic private."},
		{"Use the VPN. VPN (virtual private network) is on.", "VPN", "Use the virtual private network (VPN). VPN is on."},
		{"The KPIs matter. Key performance indicators (KPIs) are here.", "KPIs", "The key performance indicators (KPIs) matter. KPIs are here."},
		{"I use an SLA. A service level agreement (SLA) is a promise.", "SLA", "I use a service level agreement (SLA). An SLA is a promise."},
		{"Log in to the VPN. Our Virtual Private Network (VPN) is new.", "VPN", "Log in to the Virtual Private Network (VPN). Our VPN is new."},
	}
	for _, tt := range tests {
		t.Run(tt.term, func(t *testing.T) {
			got := ""
			for _, f := range l.Check(plainDoc(tt.src)) {
				if f.Match != tt.term || len(f.Fixes) == 0 {
					continue
				}
				got = tt.src
				for _, e := range slices.Backward(f.Fixes[0].Edits) {
					got = got[:e.Offset] + e.New + got[e.Offset+e.Length:]
				}
			}
			if got != tt.want {
				t.Errorf("first fix of %q:\n got %q\nwant %q", tt.src, got, tt.want)
			}
		})
	}
}
