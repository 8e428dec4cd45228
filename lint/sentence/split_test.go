package sentence

import (
	"reflect"
	"testing"
)

// splitCase is one Split input and the sentences it must produce, as text
// so that failures read well; the offsets are checked separately.
type splitCase struct {
	name string
	text string
	want []string
}

// splitCases also seeds FuzzSplit.
var splitCases = []splitCase{
	{"empty", "", nil},
	{"blank", " \n\t ", nil},
	{"plain two", "The server failed. We restarted it.", []string{"The server failed.", "We restarted it."}},
	{"trims space", "  One.   Two.  ", []string{"One.", "Two."}},
	{"heading without punctuation", "Quarterly infrastructure update", []string{"Quarterly infrastructure update"}},
	{"list item without punctuation", "Migrate the mail server to the cloud", []string{"Migrate the mail server to the cloud"}},
	{"question and exclamation", "Is it down? Yes! It is.", []string{"Is it down?", "Yes!", "It is."}},
	{"interrobang run", "It deleted everything?! We have backups.", []string{"It deleted everything?!", "We have backups."}},
	{"repeated bangs", "It works!!! Ship it.", []string{"It works!!!", "Ship it."}},
	{"e.g.", "Use a strong password, e.g. Correct Horse Battery Staple. Then log in.", []string{"Use a strong password, e.g. Correct Horse Battery Staple.", "Then log in."}},
	{"e.g. with comma", "Some tools, e.g., Jira, are slow. Others are fine.", []string{"Some tools, e.g., Jira, are slow.", "Others are fine."}},
	{"i.e.", "Patch the edge hosts, i.e. The ones facing customers.", []string{"Patch the edge hosts, i.e. The ones facing customers."}},
	{"etc. mid sentence", "We checked DNS, routing, etc. and found nothing.", []string{"We checked DNS, routing, etc. and found nothing."}},
	{"etc. at end", "We checked DNS, routing, etc. Nothing was wrong.", []string{"We checked DNS, routing, etc.", "Nothing was wrong."}},
	{"titles", "Dr. Patel met Mr. Jones and Mrs. Lee. Ms. Kaur joined later.", []string{"Dr. Patel met Mr. Jones and Mrs. Lee.", "Ms. Kaur joined later."}},
	{"vs.", "It is Postgres vs. MySQL. Pick one.", []string{"It is Postgres vs. MySQL.", "Pick one."}},
	{"U.S. mid sentence", "Our U.S. Team owns billing. The U.K. Office owns support.", []string{"Our U.S. Team owns billing.", "The U.K. Office owns support."}},
	{"U.S. at end", "The servers are in the U.S. The backups are in Ireland.", []string{"The servers are in the U.S.", "The backups are in Ireland."}},
	{"a.m. and p.m.", "The window runs from 9 a.m. to 5 p.m. Please plan around it.", []string{"The window runs from 9 a.m. to 5 p.m.", "Please plan around it."}},
	{"p.m. before a name", "The call is at 3 p.m. Eastern on Friday.", []string{"The call is at 3 p.m. Eastern on Friday."}},
	{"month before day", "The contract ends on Jan. 31 this year. Renew it.", []string{"The contract ends on Jan. 31 this year.", "Renew it."}},
	{"month at end", "We go live in Sept. The team is ready.", []string{"We go live in Sept.", "The team is ready."}},
	{"Inc. at end", "The supplier is Acme Inc. They bill monthly.", []string{"The supplier is Acme Inc.", "They bill monthly."}},
	{"Ltd. before noun", "Acme Ltd. Support answers in a day.", []string{"Acme Ltd. Support answers in a day."}},
	{"Corp. at end", "We bought it from Initech Corp. It was cheap.", []string{"We bought it from Initech Corp.", "It was cheap."}},
	{"No. before number", "See ticket No. 4521 for details. It is closed.", []string{"See ticket No. 4521 for details.", "It is closed."}},
	{"No. as answer", "Can we skip the test? No. It is required.", []string{"Can we skip the test?", "No.", "It is required."}},
	{"approx.", "It takes approx. 20 minutes. Be patient.", []string{"It takes approx. 20 minutes.", "Be patient."}},
	{"initials", "J. R. R. Tolkien wrote it. We read it.", []string{"J. R. R. Tolkien wrote it.", "We read it."}},
	{"middle initial", "Ask George W. Smith about the budget.", []string{"Ask George W. Smith about the budget."}},
	{"letter then starter", "We chose plan B. The cost was lower.", []string{"We chose plan B.", "The cost was lower."}},
	{"version numbers", "Upgrade to v1.2.3 today. Version 2.0 follows.", []string{"Upgrade to v1.2.3 today.", "Version 2.0 follows."}},
	{"version at end", "We run release 2.0. It is stable.", []string{"We run release 2.0.", "It is stable."}},
	{"decimal percent", "Uptime was 99.95% last month. Costs rose 3.5%. Nobody noticed.", []string{"Uptime was 99.95% last month.", "Costs rose 3.5%.", "Nobody noticed."}},
	{"money", "The licence costs $4.99. It renews yearly.", []string{"The licence costs $4.99.", "It renews yearly."}},
	{"ellipsis lower", "We waited... and waited.", []string{"We waited... and waited."}},
	{"ellipsis upper", "We waited... Then it came back.", []string{"We waited...", "Then it came back."}},
	{"unicode ellipsis", "Loading… Please wait.", []string{"Loading…", "Please wait."}},
	{"quote after period lower", `"Stop." she said. Then she left.`, []string{`"Stop." she said.`, "Then she left."}},
	{"quote after period upper", `He said "Reboot it." Nobody did.`, []string{`He said "Reboot it."`, "Nobody did."}},
	{"curly quotes", "She wrote “It works.” We agreed.", []string{"She wrote “It works.”", "We agreed."}},
	{"question in quotes", `"Is it safe?" he asked. It was.`, []string{`"Is it safe?" he asked.`, "It was."}},
	{"bracketed sentence", "It failed. (See the log.) Then it recovered.", []string{"It failed.", "(See the log.)", "Then it recovered."}},
	{"period inside brackets", "Restart it (twice, if needed.) Then check.", []string{"Restart it (twice, if needed.)", "Then check."}},
	{"opening quote starts sentence", `It broke. "Why?" asked Sam.`, []string{"It broke.", `"Why?" asked Sam.`}},
	{"url and email", "Go to example.com/help. Mail help@example.org for access.", []string{"Go to example.com/help.", "Mail help@example.org for access."}},
	{"file name", "Open config.yaml and edit it. Save.", []string{"Open config.yaml and edit it.", "Save."}},
	{"list number first", "1. Install the agent on each laptop.", []string{"1. Install the agent on each laptop."}},
	{"number at end", "We have 12. Three are spare.", []string{"We have 12.", "Three are spare."}},
	{"number starts sentence", "It failed. 42 users were affected.", []string{"It failed.", "42 users were affected."}},
	{"colon not an end", "Note: the VPN is down. Use the portal.", []string{"Note: the VPN is down.", "Use the portal."}},
	{"blank line", "Hi team,\n\nThe upgrade is done", []string{"Hi team,", "The upgrade is done"}},
	{"soft wrap", "The upgrade is\ndone now.", []string{"The upgrade is\ndone now."}},
	{"bullets", "Steps:\n- back up\n- patch\n- reboot", []string{"Steps:", "- back up", "- patch", "- reboot"}},
	{"et al.", "Smith et al. Describe the method. We use it.", []string{"Smith et al.", "Describe the method.", "We use it."}},
	{"Ph.D. at end", "She has a Ph.D. The thesis covers caching.", []string{"She has a Ph.D.", "The thesis covers caching."}},
	{"Ph.D. before noun", "Our Ph.D. Students run the lab.", []string{"Our Ph.D. Students run the lab."}},
	{"unknown dotted acronym", "The N.Y. Office opens. It is small.", []string{"The N.Y. Office opens.", "It is small."}},
	{"no space after period", "It ended.Then it started.", []string{"It ended.Then it started."}},
	{"trailing space after end", "Done. ", []string{"Done."}},
	{"only punctuation", "?!", []string{"?!"}},
	{"non-latin", "Привет. Как дела?", []string{"Привет.", "Как дела?"}},
	{"markdown emphasis", "**Warning.** The disk is full.", []string{"**Warning.**", "The disk is full."}},
	{"page reference", "See p. 12 of the manual. It explains.", []string{"See p. 12 of the manual.", "It explains."}},
	{"Jr. at end", "The founder is Sam Jones Jr. He retired.", []string{"The founder is Sam Jones Jr.", "He retired."}},
	{"comma after question", "Why now?, you ask.", []string{"Why now?, you ask."}},
}

func TestSplit(t *testing.T) {
	for _, tc := range splitCases {
		t.Run(tc.name, func(t *testing.T) {
			spans := Split(tc.text)
			var got []string
			for _, s := range spans {
				got = append(got, s.Text(tc.text))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
			checkSpans(t, tc.text, spans)
		})
	}
}

func TestSplitOffsets(t *testing.T) {
	text := "  Hello there.  Bye. "
	want := []Span{{2, 14}, {16, 20}}
	if got := Split(text); !reflect.DeepEqual(got, want) {
		t.Errorf("Split(%q) = %v, want %v", text, got, want)
	}
}

func TestSpanText(t *testing.T) {
	src := "abcdef"
	tests := []struct {
		span Span
		want string
	}{
		{Span{1, 3}, "bc"},
		{Span{0, 6}, "abcdef"},
		{Span{4, 9}, ""},
		{Span{-1, 2}, ""},
		{Span{3, 2}, ""},
	}
	for _, tc := range tests {
		if got := tc.span.Text(src); got != tc.want {
			t.Errorf("%v.Text(%q) = %q, want %q", tc.span, src, got, tc.want)
		}
	}
}
