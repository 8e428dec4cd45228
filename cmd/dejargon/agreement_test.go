package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

// verdicts maps "term (kind)" to what one command says about the entry
// for one audience: its severity, or "" when the entry is not flagged.
type verdicts map[string]glossary.Severity

// TestCommandsAgreeOnEveryEntry walks the whole built-in glossary for every
// audience and proves that check, explain and glossary list tell the
// writer the same thing about each entry: whether it is flagged, and at
// which severity.
func TestCommandsAgreeOnEveryEntry(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var doc strings.Builder
	var terms []string
	lineEntry := map[int]*glossary.Entry{}
	for i, e := range g.Entries {
		// One paragraph per entry, so that no two entries run together.
		fmt.Fprintf(&doc, "Then %s came.\n\n", e.Term)
		lineEntry[2*i+1] = e
		terms = append(terms, e.Term)
	}
	for _, a := range glossary.Audiences {
		t.Run(string(a), func(t *testing.T) {
			fromCheck := checkVerdicts(t, a, doc.String(), lineEntry)
			fromExplain := explainVerdicts(t, a, terms)
			fromList := listVerdicts(t, a)
			checked, flagged := 0, 0
			for _, e := range g.Entries {
				key := entryKey(e)
				explained, ok := fromExplain[key]
				if !ok {
					t.Errorf("explain %q: no entry %s", e.Term, key)
					continue
				}
				if listed := fromList[key]; listed != explained {
					t.Errorf("%s: explain says %q, glossary list says %q", key, orQuiet(explained), orQuiet(listed))
				}
				reported, seen := fromCheck[key]
				if !seen {
					// Another entry's finding covers this paragraph: a
					// longer or overlapping term took the words.
					t.Logf("%s: %s is covered by another entry's finding", a, key)
					continue
				}
				checked++
				if reported != "" {
					flagged++
				}
				if reported != explained {
					t.Errorf("%s: explain says %q, check reports %q", key, orQuiet(explained), orQuiet(reported))
				}
			}
			// Nearly every entry is checked on its own words; the few
			// left are terms inside a longer entry's phrase.
			t.Logf("%s: check judged %d of %d entries on their own words, %d of them flagged", a, checked, len(g.Entries), flagged)
			if checked < len(g.Entries)*95/100 || flagged == 0 {
				t.Errorf("check judged only %d of %d entries (%d flagged)", checked, len(g.Entries), flagged)
			}
		})
	}
}

func entryKey(e *glossary.Entry) string { return fmt.Sprintf("%s (%s)", e.Term, e.Kind) }

func orQuiet(s glossary.Severity) string {
	if s == "" {
		return "not flagged"
	}
	return string(s)
}

// checkVerdicts runs check on doc, whose line n holds the term of
// lineEntry[n] alone, and returns what it reports for each entry. An
// entry whose line has a finding only for other entries is left out.
func checkVerdicts(t *testing.T, a glossary.Audience, doc string, lineEntry map[int]*glossary.Entry) verdicts {
	t.Helper()
	code, out, errOut := runWith(t, doc, false, "check", "-a", string(a), "--format", "json", "--fail-on", "none", "-")
	if code != 0 {
		t.Fatalf("check exit %d: %s", code, errOut)
	}
	var report struct {
		Findings []struct {
			Line     int               `json:"line"`
			Rule     string            `json:"rule"`
			Severity glossary.Severity `json:"severity"`
			Term     string            `json:"term"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("check output: %v", err)
	}
	v := verdicts{}
	taken := map[int]bool{}
	for _, f := range report.Findings {
		e := lineEntry[f.Line]
		if e == nil {
			t.Fatalf("finding on line %d, which holds no entry", f.Line)
		}
		switch f.Rule {
		case "acronym-density", "long-sentence", "readability", "passive-voice", "hidden-verb":
			continue
		}
		taken[f.Line] = true
		if f.Term == e.Term {
			v[entryKey(e)] = f.Severity
		}
	}
	for line, e := range lineEntry {
		if !taken[line] {
			v[entryKey(e)] = "" // nothing reported: not flagged
		}
	}
	return v
}

var (
	explainHead     = regexp.MustCompile(`(?m)^(\S.*) \((acronym|jargon|wordy)\)$`)
	explainSeverity = regexp.MustCompile(`(?m)^  severity: +(\S+) for \w+ readers$`)
	explainQuiet    = regexp.MustCompile(`(?m)^  severity: +not flagged for \w+ readers$`)
)

// explainVerdicts runs explain on every term and reads its severity line.
func explainVerdicts(t *testing.T, a glossary.Audience, terms []string) verdicts {
	t.Helper()
	code, out, errOut := runWith(t, "", false, append([]string{"explain", "-a", string(a)}, terms...)...)
	if code != 0 {
		t.Fatalf("explain exit %d: %s", code, errOut)
	}
	v := verdicts{}
	for _, block := range strings.Split(out, "\n\n") {
		head := explainHead.FindStringSubmatch(block)
		if head == nil {
			t.Fatalf("explain block without a heading: %q", block)
		}
		key := head[1] + " (" + head[2] + ")"
		switch m := explainSeverity.FindStringSubmatch(block); {
		case m != nil:
			v[key] = glossary.Severity(m[1])
		case explainQuiet.MatchString(block):
			v[key] = ""
		default:
			t.Fatalf("explain %s: no severity line in %q", key, block)
		}
	}
	return v
}

// listVerdicts runs glossary list for the audience; an entry it leaves
// out is not flagged.
func listVerdicts(t *testing.T, a glossary.Audience) verdicts {
	t.Helper()
	code, out, errOut := runWith(t, "", false, "glossary", "list", "-a", string(a), "--format", "markdown")
	if code != 0 {
		t.Fatalf("glossary list exit %d: %s", code, errOut)
	}
	v := verdicts{}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "| term | kind | severity |") {
		t.Fatalf("glossary list: unexpected table %q", out)
	}
	for _, line := range lines[2:] {
		cells := strings.Split(strings.ReplaceAll(line, `\|`, "\x00"), " | ")
		term := strings.ReplaceAll(strings.TrimPrefix(cells[0], "| "), "\x00", "|")
		v[term+" ("+cells[1]+")"] = glossary.Severity(cells[2])
	}
	return v
}
