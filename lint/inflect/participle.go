package inflect

import "strings"

// participleOf maps each past participle of an irregular verb to its base
// verbs ("taken" → take, "split" → split, "led" → lead), built once from
// irregularVerbs so that the forms Inflect writes and the participles
// IsIrregularParticiple knows are one list. It is never written after.
var participleOf = func() map[string][]string {
	m := map[string][]string{}
	for base, v := range irregularVerbs {
		for _, p := range v.participle {
			m[p] = append(m[p], base)
		}
	}
	return m
}()

// IsIrregularParticiple reports whether the lower-case word w is the past
// participle of an irregular verb, written as the verb's table lists it or
// after a prefix that keeps the irregularity (rebuilt, overridden,
// misunderstood). Regular participles in -ed are not reported, except
// those of irregular verbs that also take -ed (burned, dreamed).
func IsIrregularParticiple(w string) bool {
	if len(participleOf[w]) > 0 {
		return true
	}
	for _, p := range irregularPrefixes {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || len(rest) < 2 {
			continue
		}
		for _, base := range participleOf[rest] {
			if !notPrefixed[p+base] {
				return true
			}
		}
	}
	return false
}
