package sentence_test

import (
	"fmt"

	"github.com/dejargon/dejargon/lint/sentence"
)

func ExampleSplit() {
	text := `Dr. Patel upgraded us to v2.1 at 9 a.m. on Jan. 5. "Done." she said. Any questions?!`
	for _, s := range sentence.Split(text) {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text(text))
	}
	// Output:
	// 0-50 Dr. Patel upgraded us to v2.1 at 9 a.m. on Jan. 5.
	// 51-68 "Done." she said.
	// 69-84 Any questions?!
}

func ExampleWords() {
	text := "Don't re-run v1.2 twice."
	fmt.Println(len(sentence.Words(text)))
	// Output: 4
}
