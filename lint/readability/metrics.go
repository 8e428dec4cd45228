package readability

import "math"

// Metrics holds the counts behind a text's readability and the scores
// computed from them. Every field is zero when the text has no words, and
// no field is ever NaN or infinite.
type Metrics struct {
	Words         int // words, as sentence.Words finds them
	Sentences     int // sentences with at least one word
	Syllables     int // syllables in all words
	Characters    int // letters and digits in all words
	ComplexWords  int // words of three or more syllables, less Gunning's exclusions (see isComplex)
	Polysyllables int // words of three or more syllables, with no exclusions (for SMOG)

	AvgSentenceLength float64 // words per sentence

	FleschReadingEase  float64 // 206.835 − 1.015·W/S − 84.6·Y/W; higher is easier, 60–70 is plain English
	FleschKincaidGrade float64 // 0.39·W/S + 11.8·Y/W − 15.59; a US school grade
	GunningFog         float64 // 0.4·(W/S + 100·complex/W)
	ColemanLiau        float64 // 0.0588·L − 0.296·S100 − 15.8, with L and S100 per 100 words
	ARI                float64 // 4.71·chars/W + 0.5·W/S − 21.43

	// SMOG is 1.0430·√(polysyllables·30/S) + 3.1291. McLaughlin calibrated
	// it on samples of 30 sentences, so it is only computed, and HasSMOG
	// only true, from 30 sentences up; below that SMOG is 0 and should be
	// shown as absent, not as a score.
	SMOG    float64
	HasSMOG bool
}

// smogMinSentences is the sample size SMOG was designed for.
const smogMinSentences = 30

// counts is what the scores are computed from; Accumulator and Measure
// both fill one in.
type counts struct {
	words, sentences, syllables, characters, complex, polysyllables int
}

// metrics turns counts into scores. With no words every score is zero; with
// words but no sentences the text is taken as one sentence, since words
// must have been in some sentence.
func (c counts) metrics() Metrics {
	m := Metrics{
		Words:         c.words,
		Sentences:     c.sentences,
		Syllables:     c.syllables,
		Characters:    c.characters,
		ComplexWords:  c.complex,
		Polysyllables: c.polysyllables,
	}
	if c.words <= 0 {
		return m
	}
	if m.Sentences <= 0 {
		m.Sentences = 1
	}
	w, s := float64(c.words), float64(m.Sentences)
	wordsPerSentence := w / s
	syllablesPerWord := float64(c.syllables) / w
	charsPerWord := float64(c.characters) / w

	m.AvgSentenceLength = wordsPerSentence
	m.FleschReadingEase = finite(206.835 - 1.015*wordsPerSentence - 84.6*syllablesPerWord)
	m.FleschKincaidGrade = finite(0.39*wordsPerSentence + 11.8*syllablesPerWord - 15.59)
	m.GunningFog = finite(0.4 * (wordsPerSentence + 100*float64(c.complex)/w))
	m.ColemanLiau = finite(0.0588*100*charsPerWord - 0.296*100*s/w - 15.8)
	m.ARI = finite(4.71*charsPerWord + 0.5*wordsPerSentence - 21.43)
	if m.Sentences >= smogMinSentences {
		m.SMOG = finite(1.0430*math.Sqrt(float64(c.polysyllables)*smogMinSentences/s) + 3.1291)
		m.HasSMOG = true
	}
	return m
}

// finite maps NaN and ±Inf to 0. The guards above already rule them out;
// this keeps a future formula change from leaking one into a report.
func finite(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	return x
}
