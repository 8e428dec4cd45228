// Package corpus generates the benchmark drafts: realistic notices with
// jargon, acronyms and wordy phrases, the same bytes for the same seed.
// Command benchgen writes them to disk, and the engine's digest test
// checks a small tree of them so that no speed work changes a finding.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"path"
	"strings"
)

// generator makes documents from a bank of sentence parts. Roughly one
// sentence in three carries jargon, an acronym or a wordy phrase, about
// the density of a real IT announcement.
type generator struct {
	r *rand.Rand
}

func newGenerator(seed uint64) *generator {
	return &generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Generator makes drafts one at a time, for a caller that lays them out
// itself (benchgen's mailbox).
type Generator struct{ g *generator }

// NewGenerator returns a Generator seeded with seed.
func NewGenerator(seed uint64) *Generator { return &Generator{newGenerator(seed)} }

// Email returns one email message of about size bytes.
func (g *Generator) Email(size int) []byte { return g.g.email(size) }

// Formats maps each format Tree makes to its files' extension.
var Formats = map[string]string{"md": ".md", "text": ".txt", "eml": ".eml"}

// File is one generated draft: a slash-separated path relative to the
// tree's root, and its bytes.
type File struct {
	Path string
	Data []byte
}

// Tree makes files drafts of about total bytes in all, in format (a key of
// Formats), from seed, and hands each to emit in order, so a large tree
// need not be held whole. Files are spread over folders of at most 100,
// as a docs tree would be. It stops at emit's first error.
func Tree(total int64, files int, format string, seed uint64, emit func(File) error) error {
	ext, ok := Formats[format]
	if !ok {
		return fmt.Errorf("unknown format %q (want md, text or eml)", format)
	}
	per := total / int64(files)
	g := newGenerator(seed)
	var written int64
	for i := 0; i < files; i++ {
		want := per
		if i == files-1 {
			want = total - written
		}
		var doc []byte
		switch format {
		case "md":
			doc = g.markdown(int(want))
		case "eml":
			doc = g.email(int(want))
		default:
			doc = g.text(int(want))
		}
		p := path.Join(fmt.Sprintf("section-%02d", i/100), fmt.Sprintf("doc-%04d%s", i, ext))
		if err := emit(File{Path: p, Data: doc}); err != nil {
			return err
		}
		written += int64(len(doc))
	}
	return nil
}

var (
	openers  = []string{"This week", "On Saturday", "From Monday", "After the review", "Before the audit", "During the migration window", "As agreed with finance", "Following last month's outage", "Starting next quarter", "Once the vendor confirms"}
	subjects = []string{"the service desk", "the infrastructure team", "our payroll provider", "the new portal", "the finance system", "every regional office", "the marketing team", "the network group", "the data platform", "customer support"}
	plain    = []string{"will move to the new building", "has fixed the printing problem", "will send a short survey", "is replacing the old laptops", "will publish the new schedule", "has checked every account", "will train the new starters", "is updating the expense form", "will close the old mailbox", "has finished the quarterly report"}
	jargon   = []string{"will leverage the existing SSO integration", "plans to spin up a new staging environment", "will circle back on the open tickets", "needs to touch base about the SLA", "will deprecate the legacy VPN client", "is working to reduce latency on the API", "will sunset the on-prem CRM", "is aligning stakeholders on the RTO and RPO", "will onboard users to MFA going forward", "has the bandwidth to action the backlog"}
	wordy    = []string{"in order to reduce costs", "due to the fact that demand has grown", "at this point in time", "in the event that the upgrade slips", "with regard to the new policy", "for the purpose of the audit", "on a daily basis", "in the near future", "prior to the cutover", "a large number of requests"}
	closers  = []string{"Please contact the service desk with any questions.", "Thank you for your patience.", "We will share an update by Friday.", "No action is needed from you.", "The change should take about two hours."}
	codes    = []string{"kubectl rollout restart deployment/portal\nkubectl get pods -n prod", "SELECT id, sla_tier FROM accounts WHERE region = 'EMEA';", "curl -H 'Authorization: Bearer $TOKEN' https://api.example.com/v2/status", "terraform plan -var-file=prod.tfvars\nterraform apply"}
)

func (g *generator) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *generator) sentence() string {
	var b strings.Builder
	if g.r.IntN(3) == 0 {
		b.WriteString(g.pick(openers))
		b.WriteString(", ")
		b.WriteString(g.pick(subjects))
	} else {
		s := g.pick(subjects)
		b.WriteString(strings.ToUpper(s[:1]) + s[1:])
	}
	b.WriteByte(' ')
	switch g.r.IntN(6) {
	case 0, 1:
		b.WriteString(g.pick(jargon))
	default:
		b.WriteString(g.pick(plain))
	}
	if g.r.IntN(4) == 0 {
		b.WriteByte(' ')
		b.WriteString(g.pick(wordy))
	}
	b.WriteByte('.')
	return b.String()
}

func (g *generator) paragraph() string {
	n := 2 + g.r.IntN(4)
	parts := make([]string, 0, n+1)
	for i := 0; i < n; i++ {
		parts = append(parts, g.sentence())
	}
	if g.r.IntN(3) == 0 {
		parts = append(parts, g.pick(closers))
	}
	// Wrap at about 80 columns, as editors do.
	return wrap(strings.Join(parts, " "), 80)
}

func wrap(s string, width int) string {
	var b strings.Builder
	col := 0
	for i, w := range strings.Fields(s) {
		if i > 0 {
			if col+1+len(w) > width {
				b.WriteByte('\n')
				col = 0
			} else {
				b.WriteByte(' ')
				col++
			}
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}

func (g *generator) text(size int) []byte {
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(g.paragraph())
		b.WriteString("\n\n")
	}
	return []byte(b.String())
}

func (g *generator) markdown(size int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: Change notice %d\nowner: it-comms\ntags: [maintenance, sso]\n---\n\n", g.r.IntN(10000))
	fmt.Fprintf(&b, "# %s\n\n", strings.TrimSuffix(g.sentence(), "."))
	for b.Len() < size {
		switch g.r.IntN(8) {
		case 0:
			fmt.Fprintf(&b, "## %s\n\n", strings.TrimSuffix(g.sentence(), "."))
		case 1:
			for i := 0; i < 3; i++ {
				fmt.Fprintf(&b, "- %s\n", g.sentence())
			}
			b.WriteByte('\n')
		case 2:
			fmt.Fprintf(&b, "```sh\n%s\n```\n\n", g.pick(codes))
		case 3:
			b.WriteString("| System | Window | Notes |\n| --- | --- | --- |\n")
			for i := 0; i < 3; i++ {
				fmt.Fprintf(&b, "| %s | Sat 02:00 | %s |\n", g.pick(subjects), strings.TrimSuffix(g.sentence(), "."))
			}
			b.WriteByte('\n')
		case 4:
			fmt.Fprintf(&b, "See the [runbook](https://wiki.example.com/it/runbooks/%d) and `status --all` for details. %s\n\n", g.r.IntN(500), g.sentence())
		default:
			b.WriteString(g.paragraph())
			b.WriteString("\n\n")
		}
	}
	return []byte(b.String())
}

func (g *generator) email(size int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: IT Service Desk <it@example.com>\r\nTo: All Staff <staff@example.com>\r\nSubject: %s\r\nDate: Mon, 2 Nov 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n", strings.TrimSuffix(g.sentence(), "."))
	b.WriteString("Hi all,\r\n\r\n")
	for b.Len() < size*3/4 {
		b.WriteString(strings.ReplaceAll(g.paragraph(), "\n", "\r\n"))
		b.WriteString("\r\n\r\n")
	}
	b.WriteString("On Fri, 30 Oct 2026, Jo Smith wrote:\r\n")
	for b.Len() < size {
		for _, line := range strings.Split(g.paragraph(), "\n") {
			b.WriteString("> " + line + "\r\n")
		}
		b.WriteString(">\r\n")
	}
	b.WriteString("\r\n-- \r\nIT Service Desk\r\n")
	return []byte(b.String())
}
