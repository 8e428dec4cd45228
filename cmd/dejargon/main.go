// Command dejargon checks drafts for jargon, undefined acronyms and wordy
// phrases, and says what to write instead.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], systemStreams()))
}
