package html

import (
	"strings"
	"testing"
)

// deepInputs are the hostile shapes that used to take seconds: each
// block's kind was found by walking every open block, and each end tag by
// searching the whole stack.
func deepInputs(n int) map[string]string {
	return map[string]string{
		"nested divs":     strings.Repeat("<div>", n) + "deep" + strings.Repeat("</div>", n),
		"unclosed p":      strings.Repeat("<p>leverage ", n),
		"unmatched ends":  strings.Repeat("<p>", n) + strings.Repeat("</div>", n),
		"nested li in td": "<td>" + strings.Repeat("<li>x", n),
		"nested code":     strings.Repeat("<code>", n) + strings.Repeat("</pre>", n),
	}
}

// TestDeepNestingIsLinear counts the elements the reader looks at: it must
// grow with the input, not with its square. (Before, 100,000 nested divs
// made the reader look at about five billion.)
func TestDeepNestingIsLinear(t *testing.T) {
	const n = 100000
	for name, src := range deepInputs(n) {
		x := &extractor{src: []byte(src)}
		x.run(0, len(src))
		if steps := x.blocks.steps + x.skip.steps; steps > 6*n {
			t.Errorf("%s: %d steps for %d elements, want at most %d", name, steps, n, 6*n)
		}
	}
}

func BenchmarkDeepNesting(b *testing.B) {
	for name, src := range deepInputs(100000) {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Read("deep.html", []byte(src))
			}
		})
	}
}
