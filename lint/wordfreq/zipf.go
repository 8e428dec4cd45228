package wordfreq

import (
	"fmt"
	"math"
)

// Zipf is a word's frequency on the Zipf scale in tenths: log10 of its
// uses per billion words, so 30 (3.0) is one use per million words and
// every step of 10 is ten times as frequent. The scale (van Heuven et al.,
// 2014) runs from about 1 for words seen once in a corpus to 7 for "the";
// words from 1 to 3 are the low-frequency words readers are slow on or do
// not know, words from 4 up are ones everyone reads without pause.
type Zipf uint8

// ZipfOf computes the Zipf value of a word seen count times in a corpus of
// tokens running words and types distinct words, with the Laplace
// smoothing of van Heuven et al. so that an unseen word gets a value too.
func ZipfOf(count, tokens, types int) Zipf {
	z := math.Log10(float64(count+1)/((float64(tokens)+float64(types))/1e6)) + 3
	return Zipf(math.Round(max(z, 0) * 10))
}

// Float returns the value on the usual scale (2.5, not 25).
func (z Zipf) Float() float64 { return float64(z) / 10 }

func (z Zipf) String() string { return fmt.Sprintf("%d.%d", z/10, z%10) }

// ParseZipf reads a value on the usual scale, between 1 and 7, as written
// in a config file.
func ParseZipf(f float64) (Zipf, error) {
	if math.IsNaN(f) || f < 1 || f > 7 {
		return 0, fmt.Errorf("a Zipf frequency runs from 1 (rarest) to 7 (most common), not %g", f)
	}
	return Zipf(math.Round(f * 10)), nil
}

// Band names a range of the Zipf scale in words a writer understands.
type Band struct {
	// Name is the band's name: common, familiar, uncommon, rare, unseen.
	Name string
	// From is the lowest Zipf value in the band.
	From Zipf
	// Gloss says what the band means for a reader.
	Gloss string
}

// bands lists the bands from the most to the least frequent. A word's band
// is the first whose From it reaches.
var bands = [...]Band{
	{"common", 40, "10 or more uses a million words: every reader knows it"},
	{"familiar", 30, "1 to 10 uses a million words: most readers know it"},
	{"uncommon", 20, "1 use in 1 to 10 million words: many readers pause on it"},
	{"rare", 15, "1 to 3 uses in 50 million words: many readers do not know it"},
	{"unseen", 0, "not once in 50 million words of everyday English: few readers know it"},
}

// Bands lists the bands from the most to the least frequent.
func Bands() []Band { return append([]Band(nil), bands[:]...) }

// BandOf returns the band z falls in.
func BandOf(z Zipf) Band {
	for _, b := range bands {
		if z >= b.From {
			return b
		}
	}
	return bands[len(bands)-1]
}

// BandThreshold returns the threshold that reports the words of the band
// named name and every rarer band: where the band above it starts.
// "rare" gives 2.0, so words of the rare and unseen bands are reported.
func BandThreshold(name string) (Zipf, bool) {
	for i := 1; i < len(bands); i++ {
		if bands[i].Name == name {
			return bands[i-1].From, true
		}
	}
	return 0, false
}
