package lint

// Stream makes l read every document of at least from bytes of prose in
// windows of about window bytes, for tests of the streaming path.
func Stream(l *Linter, from, window int) { l.stream = &streaming{from: from, window: window} }
