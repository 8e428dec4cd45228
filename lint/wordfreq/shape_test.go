package wordfreq

import "testing"

func TestShape(t *testing.T) {
	tests := []struct {
		in, lower string
		n         int
		capital   bool
		ok        bool
	}{
		{"hypervisor", "hypervisor", 10, false, true},
		{"Hypervisor", "hypervisor", 10, true, true},
		{"hypervisor's", "hypervisor", 10, false, true},
		{"Newton’s", "newton", 6, true, true},
		{"the", "", 0, false, false},         // too short
		{"SLA", "", 0, false, false},         // acronym
		{"URGENT", "", 0, false, false},      // shouting
		{"GitHub", "", 0, false, false},      // a name in two humps
		{"max_retries", "", 0, false, false}, // code
		{"v1.2", "", 0, false, false},
		{"Node.js", "", 0, false, false},
		{"don't", "", 0, false, false},
		{"café", "", 0, false, false},
		{"user@example.com", "", 0, false, false},
	}
	for _, tt := range tests {
		lower, n, capital, ok := Shape(tt.in)
		if lower != tt.lower || n != tt.n || capital != tt.capital || ok != tt.ok {
			t.Errorf("Shape(%q) = %q %d %v %v, want %q %d %v %v", tt.in, lower, n, capital, ok, tt.lower, tt.n, tt.capital, tt.ok)
		}
	}
}

func TestSentenceStart(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"|Word", true},
		{"Done. |Word", true},
		{"Done? “|Word", true},
		{"see (|Word", false},
		{"the |Word", false},
		{"note:\n|Word", true},
		{"line one\n|Word", true},
		{"a **|Word", false},
	}
	for _, tt := range tests {
		i := len(tt.text[:indexBar(tt.text)])
		text := tt.text[:i] + tt.text[i+1:]
		if got := SentenceStart(text, i); got != tt.want {
			t.Errorf("SentenceStart(%q) = %v", tt.text, got)
		}
	}
}

func indexBar(s string) int {
	for i := range s {
		if s[i] == '|' {
			return i
		}
	}
	return -1
}

func TestDefined(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"We use [sharding], a way of splitting one database into many.", true},
		{"We use [sharding] (splitting one database into many).", true},
		{"[Sharding] means splitting one database into many.", true},
		{"[Sharding] is a way to split a database.", true},
		{"[Idempotent] is short for safe to repeat.", true},
		{"a technique called [sharding].", true},
		{"a technique known as “[sharding]”.", true},
		{"splitting the database ([sharding]) helps.", true},
		{"[Failover]: a second server takes over.", true},
		{"The [failover] — the switch to the spare — took a minute.", true},
		{"The [failover] took a minute.", false},
		{"We tested the [failover], then left.", false},
		{"The [failover] is slow.", false},
		{"Call [idempotent](x) twice.", true}, // looks like a definition; harmless
	}
	for _, tt := range tests {
		start := indexOf(tt.text, '[')
		end := indexOf(tt.text, ']') - 1
		text := tt.text[:start] + tt.text[start+1:end+1] + tt.text[end+2:]
		if got := Defined(text, start, end); got != tt.want {
			t.Errorf("Defined(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func indexOf(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// FuzzRuleHelpers feeds arbitrary text to the helpers the rule calls on
// every document: none may panic, whatever the bytes.
func FuzzRuleHelpers(f *testing.F) {
	f.Add("We use sharding, a way of splitting data (sharding).", 7, 15)
	f.Add("“Idempotent” means…", 3, 13)
	f.Add("\xff\xfe called ", 0, 2)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		start = min(max(start, 0), len(text))
		end = min(max(end, start), len(text))
		Defined(text, start, end)
		SentenceStart(text, start)
		if lower, n, _, ok := Shape(text[start:end]); ok {
			if n > end-start || len(lower) != n {
				t.Fatalf("Shape(%q) = %q, %d", text[start:end], lower, n)
			}
			Default().Lookup(lower)
		}
	})
}
