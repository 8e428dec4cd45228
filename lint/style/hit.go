package style

// Hit is one finding inside a sentence: the byte range [Start, End) of the
// sentence string the detector was given, and, where the detector has one,
// a plainer wording to offer in its place. Add the sentence's own offset
// to map a hit into the segment or file.
type Hit struct {
	Start, End int
	Suggestion string
}
