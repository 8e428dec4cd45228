package lint

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/rules"
)

func TestQuietNames(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"time zones after a number", "From 9:00 PST to 17:00 CET.", ""},
		{"time zones after AM and PM", "From 9 PM PST to 1 AM AEST.", ""},
		{"time zones alone", "All times are in PST, CST, CET, BST, AEST, UTC or GMT.", ""},
		{"a time zone does not hide the acronym beside it", "Our ZTNA gateway moves at 02:00 BST.", "ZTNA"},
		{"network generations", "Works on 3G, 4G and 5G.", ""},
		{"Wi-Fi", "Connect to the Wi-Fi or WI-FI network.", ""},
		{"codes with two digit groups", "The H1N1 and H5N1 guidance.", ""},
		{"one digit group is still an acronym", "We sell B2B and run EC2.", "B2B EC2"},
		{"a name with a hyphenated number", "COVID-19 and SARS-2 rules apply.", ""},
		{"units everyone knows, alone", "How many GB, MB, TB or Mbps do you need?", ""},
		{"units after a number", "A 128 GB phone on a 100 Mbps plan at 3000 IOPS.", ""},
		{"other units alone still count", "Watch the IOPS.", "IOPS"},
		{"company suffix", "Our suppliers KPMG Ltd, XYZT LLC, ABCD GmbH and QRST plc.", ""},
		{"company suffix after a comma", "Signed with ACME, Inc. and WXYZ Corp today.", ""},
		{"several capitalised words before the suffix", "Support from ZTNA Data Services Limited.", ""},
		{"a company suffix does not hide a later acronym", "ACME Ltd runs our ZTNA gateway.", "ZTNA"},
		{"mixed-case product names", "Use iOS, macOS, eBay, iPad, MyPortal, OneDrive, iCloud and HRconnect.", ""},
		{"mixed-case acronyms still count", "Sign in with OAuth to the SaaS tool.", "OAuth SaaS"},
		{"sender's signature", "NWU IT will move the ZTNA gateway tonight.\n\nRegards,\nNWU ITS", "ZTNA"},
		{"a sign-off names only unknown acronyms", "Call the SSO desk.\n\nThanks,\nThe SSO Team", "SSO"},
		{"a last sentence is no signature", "The ZTNA gateway moves.\n\nAsk the ZTNA desk.", "ZTNA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := acronymTerms(t, glossary.Business, paragraphs(tt.src)); got != tt.want {
				t.Errorf("%q: got %q, want %q", tt.src, got, tt.want)
			}
		})
	}
}

// TestQuietUnitsEveryAudience shows the documented choice for units:
// quiet for every audience, with or without a number.
// TestQuietUnitsEveryAudience: everyday units stay quiet for every
// audience, through the built-in glossary (audiences: [none]) and, for a
// glossary that does not know them, through the unit list.
func TestQuietUnitsEveryAudience(t *testing.T) {
	builtin, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for name, g := range map[string]*glossary.Glossary{"built-in": builtin, "empty": {}} {
		for _, a := range glossary.Audiences {
			l, err := New(g, WithAudience(a), WithRuleDisabled(rules.AcronymDensity.ID))
			if err != nil {
				t.Fatal(err)
			}
			fs := l.Check(plainDoc("Plans from 100 Mbps to 1 Gbps. How many Mbps, GB or MB do you need? 5 GB or 1 TB."))
			if len(fs) != 0 {
				t.Errorf("%s glossary, %s: got %s, want no findings", name, a, summary(fs))
			}
		}
	}
}

func TestProperNames(t *testing.T) {
	g, err := glossary.Parse("names.yaml", []byte(`
entries:
  - {term: data warehouse, kind: jargon, replace: [reporting database]}
  - {term: cloud backup, kind: jargon, replace: [online backup]}
  - {term: deploy, kind: jargon, replace: [release]}
`))
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, src, want string }{
		{"inside a product name", "The Acme Data Warehouse is down.", ""},
		{"a name at the start of a sentence", "Contoso Cloud Backup will be slow tonight.", ""},
		{"a name that the term starts", "Cloud Backup Express moves tonight.", ""},
		{"lower case is the term", "Our data warehouse is down.", "data warehouse"},
		{"capitalised at a sentence start only", "Data warehouse teams will deploy.", "Data warehouse deploy"},
		{"capitalised term without a name around it", "The Data Warehouse is down.", "Data Warehouse"},
		{"a small word is not part of a name", "Please Deploy today, and Our Cloud Backup too.", "Deploy Cloud Backup"},
		{"title case says nothing about names", "Scheduled Maintenance for the Acme Data Warehouse Tonight", "Data Warehouse"},
		{"punctuation ends a name", "We use Acme. Data Warehouse work starts.", "Data Warehouse"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range l.Check(plainDoc(tt.src)) {
				if f.Rule == string(glossary.Jargon) {
					got = append(got, f.Match)
				}
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("%q: got %q, want %q", tt.src, s, tt.want)
			}
		})
	}
}

// paragraphs makes a plain-text document with one segment per paragraph.
func paragraphs(src string) *Document {
	doc := &Document{Path: "t.txt", Source: []byte(src)}
	off := 0
	for _, p := range strings.Split(src, "\n\n") {
		doc.Segments = append(doc.Segments, NewVerbatimSegment(Paragraph, p, off))
		off += len(p) + 2
	}
	return doc
}
