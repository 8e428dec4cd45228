package readability_test

import (
	"fmt"

	"github.com/dejargon/dejargon/lint/readability"
	"github.com/dejargon/dejargon/lint/sentence"
)

func ExampleAccumulator() {
	// One accumulator per document, fed sentence by sentence from each
	// segment.
	segments := []string{
		"Password rules are changing.",
		"From Monday, passwords must be twelve letters long. Ask us if you need help.",
	}
	var doc readability.Accumulator
	for _, seg := range segments {
		for _, s := range sentence.Split(seg) {
			doc.Add(s.Text(seg))
		}
	}
	m := doc.Metrics()
	fmt.Printf("%d words, %d sentences, grade %.1f, SMOG shown: %v\n",
		m.Words, m.Sentences, m.FleschKincaidGrade, m.HasSMOG)
	// Output: 18 words, 3 sentences, grade 1.8, SMOG shown: false
}

func ExampleSyllables() {
	for _, w := range []string{"review", "infrastructure", "SQL", "state-of-the-art"} {
		fmt.Println(w, readability.Syllables(w))
	}
	// Output:
	// review 2
	// infrastructure 4
	// SQL 3
	// state-of-the-art 4
}
