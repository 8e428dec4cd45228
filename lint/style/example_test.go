package style_test

import (
	"fmt"

	"github.com/dejargon/dejargon/lint/style"
)

func ExamplePassive() {
	s := "The change has been carefully reviewed and we are interested in your view."
	for _, h := range style.Passive(s) {
		fmt.Printf("%d-%d %q\n", h.Start, h.End, s[h.Start:h.End])
	}
	// Output: 11-38 "has been carefully reviewed"
}

func ExampleHiddenVerbs() {
	s := "The team carried out a review of the logs and made a decision."
	for _, h := range style.HiddenVerbs(s) {
		fmt.Printf("%q → %q\n", s[h.Start:h.End], h.Suggestion)
	}
	// Output:
	// "carried out a review of" → "reviewed"
	// "made a decision" → "decided"
}
