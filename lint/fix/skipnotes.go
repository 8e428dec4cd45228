package fix

import (
	"fmt"
	"sort"
)

// SkipNotes says, a line for each reason, why fixes were left for the
// writer because of how the text is stored: encoded (a quoted-printable
// or base64 mail body, a character entity) or run across markup. The
// other reasons are ordinary and check shows them. `dejargon fix` prints
// these on stderr and the web page shows them.
func SkipNotes(skipped []Skip) []string {
	count := map[Reason]int{}
	for _, s := range skipped {
		count[s.Reason]++
	}
	var reasons []string
	for r := range count {
		reasons = append(reasons, string(r))
	}
	sort.Strings(reasons)
	var notes []string
	for _, r := range reasons {
		n := count[Reason(r)]
		terms := fmt.Sprintf("%d terms", n)
		if n == 1 {
			terms = "1 term"
		}
		switch Reason(r) {
		case Encoded:
			notes = append(notes, terms+" not rewritten: the text is stored encoded (quoted-printable or base64 mail, or character entities); edit it by hand")
		case Markup:
			notes = append(notes, terms+" not rewritten: the words run across markup; edit them by hand")
		}
	}
	return notes
}
