package lint

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

const senseGlossary = `
entries:
  - term: bandwidth
    kind: jargon
    definition: People's time and attention for more work.
    replace: [time, capacity]
    senses:
      - when: [network, Mbps, connection, broadband]
        definition: How much data a connection can carry at once.
        replace: [connection speed]
      - when: [radio, frequency]
        plain: true
  - term: ticket
    kind: jargon
    replace: [request]
    senses:
      - when: [train, concert, parking]
        plain: true
`

func TestSenses(t *testing.T) {
	g, err := glossary.Parse("senses.yaml", []byte(senseGlossary))
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, src, want string }{
		{"no cue: the entry's own sense", "The team has no bandwidth this month.", `"bandwidth" is jargon; try "time" or "capacity"`},
		{"a cue picks the sense", "We will double the bandwidth of your broadband.", `"bandwidth" is jargon; try "connection speed"`},
		{"a cue after the term, in another form", "More bandwidth for the office networks.", `"bandwidth" is jargon; try "connection speed"`},
		{"a cue in any case", "Extra bandwidth: 100 MBPS.", `"bandwidth" is jargon; try "connection speed"`},
		{"a plain sense reports nothing", "The radio bandwidth is wide.", ""},
		{"more cues win", "On the radio network the connection bandwidth doubled.", `"bandwidth" is jargon; try "connection speed"`},
		{"a plain sense of another entry", "Keep your train ticket.", ""},
		{"cues far away do not count", "Trains are late. " + strings.Repeat("word ", 13) + "Open a ticket.", `"ticket" is jargon; try "request"`},
		{"the default of another entry", "Open a ticket with the desk.", `"ticket" is jargon; try "request"`},
		{"a cue in the next sentence does not count", "Please open a ticket. The train leaves at six.", `"ticket" is jargon; try "request"`},
		{"a cue in the sentence before counts", "Buy a parking permit! Then keep the ticket.", ""},
		{"an abbreviation does not end the sentence", "Keep the ticket, e.g. the train one.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range l.Check(plainDoc(tt.src)) {
				if f.Rule == string(glossary.Jargon) {
					got = append(got, f.Message)
				}
			}
			if s := strings.Join(got, " | "); s != tt.want {
				t.Errorf("%q: got %q, want %q", tt.src, s, tt.want)
			}
		})
	}
	// A finding in a sense carries that sense's definition, and its entry
	// is the sense's, so a fix uses the sense's replacement.
	fs := l.Check(plainDoc("Our broadband bandwidth doubles."))
	if len(fs) != 1 || fs[0].Definition != "How much data a connection can carry at once." || fs[0].Entry.Replace[0] != "connection speed" || fs[0].Term != "bandwidth" {
		t.Errorf("got %+v", fs)
	}
}
