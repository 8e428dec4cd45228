package lint

import (
	"fmt"

	"github.com/dejargon/dejargon/glossary"
)

// Profile describes a kind of reader: which glossary entries count for
// them and how much, which acronyms they know without a definition, how
// many acronyms one text may ask them to learn, and how hard a text they
// read comfortably. Audience affects only which findings appear and their
// severity, never how text is matched.
type Profile struct {
	Audience glossary.Audience
	// Known lists acronyms this reader knows without a definition.
	Known map[string]bool
	// Severity is the severity of each kind's findings for this reader
	// when the entry sets none; a kind missing from it is not checked.
	Severity map[glossary.Kind]glossary.Severity
	// MaxAcronyms is how many distinct acronyms a text may use before
	// acronym-density reports it; 0 means no limit.
	MaxAcronyms int
	// TargetGrade is the highest reading grade level the reader is
	// comfortable with, for the readability rules.
	TargetGrade float64
	// MaxSentenceWords is the longest sentence, in words, the reader
	// follows without effort.
	MaxSentenceWords int
	// SentenceSeverity is the severity of each sentence-level rule
	// (long-sentence, readability, passive-voice, hidden-verb) for this
	// reader.
	SentenceSeverity map[string]glossary.Severity
}

// DefaultAudience is the audience when none is chosen: colleagues outside
// IT, the readers dejargon exists for.
const DefaultAudience = glossary.Business

// profileSpec is the read-only description a Profile is built from.
type profileSpec struct {
	known            [][]string
	severity         map[glossary.Kind]glossary.Severity
	maxAcronyms      int
	targetGrade      float64
	maxSentenceWords int
	sentenceSeverity map[string]glossary.Severity
}

// Known-acronym lists, from the shortest (anyone) to the longest (IT
// staff). Each audience knows its own list and those before it.
var (
	// knownToAnyone are acronyms that read as words to almost everyone.
	knownToAnyone = []string{"US", "USA", "UK", "EU", "UN", "TV", "PC", "PDF", "ID", "OK", "AM", "PM", "FAQ", "CEO", "DIY", "RSVP", "PhD", "3D", "4K", "4G", "5G"}
	// knownAtWork are acronyms of everyday office life.
	knownAtWork = []string{"CFO", "COO", "CTO", "CIO", "HR", "IT", "FYI", "ASAP", "VAT", "GPS", "SMS", "USB", "IP", "Q1", "Q2", "Q3", "Q4", "FY", "UTC", "GMT", "ETA", "TBC", "TBD", "EOD", "PTO", "LLC", "Inc", "HQ", "R&D", "PR", "QA", "WiFi", "URL"}
	// knownToLeaders are acronyms of management reporting.
	knownToLeaders = []string{"KPI", "ROI", "OKR", "P&L", "M&A", "YoY", "QoQ", "B2B", "B2C", "EBITDA", "CAGR", "ESG", "GDPR", "CRM", "ERP", "SaaS"}
	// knownToTechnical are acronyms IT staff use without thinking.
	knownToTechnical = []string{"API", "DNS", "CI", "CD", "CI/CD", "HTTP", "HTTPS", "TLS", "SSL", "SSH", "TCP", "UDP", "URI", "SQL", "NoSQL", "JSON", "YAML", "XML", "HTML", "CSS", "REST", "CLI", "GUI", "UI", "UX", "SDK", "IDE", "OS", "CPU", "GPU", "RAM", "SSD", "HDD", "VM", "VPN", "LAN", "WAN", "CDN", "DB", "SSO", "MFA", "2FA", "LDAP", "SAML", "OAuth", "JWT", "AWS", "GCP", "PaaS", "IaaS", "K8s", "SLA", "SLO", "SLI", "RTO", "RPO", "MTTR", "DevOps", "SRE", "VPC", "IAM", "RBAC", "ACL", "NAT", "DHCP", "SMTP", "IMAP", "FTP", "SFTP", "NFS", "SMB", "RAID", "BIOS", "UEFI", "AD", "DR", "HA", "IoT", "AI", "ML", "LLM", "PII", "CVE", "SIEM", "EDR", "WAF", "DDoS", "VLAN", "IPv4", "IPv6", "ISP", "OTP", "PKI", "CSV", "ETL", "SaaS"}
)

// Severities of the sentence-level rules. Long sentences and a high grade
// lose readers outright, so they warn; passive voice and hidden verbs are
// matters of style and suggest, except that executives get hidden verbs
// as warnings, like wordy phrases, because every extra word costs them.
var (
	sentenceSeverityPlain = map[string]glossary.Severity{
		RuleLongSentence: glossary.Warning, RuleReadability: glossary.Warning,
		RulePassiveVoice: glossary.Suggestion, RuleHiddenVerb: glossary.Suggestion,
	}
	sentenceSeverityExecutive = map[string]glossary.Severity{
		RuleLongSentence: glossary.Warning, RuleReadability: glossary.Warning,
		RulePassiveVoice: glossary.Suggestion, RuleHiddenVerb: glossary.Warning,
	}
	sentenceSeverityTechnical = map[string]glossary.Severity{
		RuleLongSentence: glossary.Suggestion, RuleReadability: glossary.Suggestion,
		RulePassiveVoice: glossary.Suggestion, RuleHiddenVerb: glossary.Suggestion,
	}
)

// profileSpecs holds the four audiences; the README table "Acronyms and
// audiences" describes the same values and must change with them.
var profileSpecs = map[glossary.Audience]profileSpec{
	glossary.General: {
		known:            [][]string{knownToAnyone},
		severity:         map[glossary.Kind]glossary.Severity{glossary.Acronym: glossary.Warning, glossary.Jargon: glossary.Warning, glossary.Wordy: glossary.Suggestion},
		maxAcronyms:      2,
		targetGrade:      8,
		maxSentenceWords: 20,
		sentenceSeverity: sentenceSeverityPlain,
	},
	glossary.Business: {
		known:            [][]string{knownToAnyone, knownAtWork},
		severity:         map[glossary.Kind]glossary.Severity{glossary.Acronym: glossary.Warning, glossary.Jargon: glossary.Warning, glossary.Wordy: glossary.Suggestion},
		maxAcronyms:      3,
		targetGrade:      10,
		maxSentenceWords: 25,
		sentenceSeverity: sentenceSeverityPlain,
	},
	glossary.Executive: {
		known: [][]string{knownToAnyone, knownAtWork, knownToLeaders},
		// Executives skim between meetings: every wordy phrase costs.
		severity:         map[glossary.Kind]glossary.Severity{glossary.Acronym: glossary.Warning, glossary.Jargon: glossary.Warning, glossary.Wordy: glossary.Warning},
		maxAcronyms:      3,
		targetGrade:      10,
		maxSentenceWords: 25,
		sentenceSeverity: sentenceSeverityExecutive,
	},
	glossary.Technical: {
		known: [][]string{knownToAnyone, knownAtWork, knownToTechnical},
		// Colleagues in IT can look up an odd acronym; spelling it out is
		// a courtesy, not a necessity.
		severity:         map[glossary.Kind]glossary.Severity{glossary.Acronym: glossary.Suggestion, glossary.Jargon: glossary.Warning, glossary.Wordy: glossary.Suggestion},
		maxAcronyms:      6,
		targetGrade:      12,
		maxSentenceWords: 30,
		// Colleagues in IT read long technical sentences daily: the
		// sentence rules only suggest.
		sentenceSeverity: sentenceSeverityTechnical,
	},
}

// NewProfile returns the profile for audience a.
func NewProfile(a glossary.Audience) (*Profile, error) {
	if a == "" {
		a = DefaultAudience
	}
	spec, ok := profileSpecs[a]
	if !ok {
		return nil, fmt.Errorf("unknown audience %q (want general, business, executive or technical)", a)
	}
	p := &Profile{
		Audience:         a,
		Known:            map[string]bool{},
		Severity:         map[glossary.Kind]glossary.Severity{},
		MaxAcronyms:      spec.maxAcronyms,
		TargetGrade:      spec.targetGrade,
		MaxSentenceWords: spec.maxSentenceWords,
		SentenceSeverity: map[string]glossary.Severity{},
	}
	for _, list := range spec.known {
		for _, k := range list {
			p.Known[k] = true
		}
	}
	for k, s := range spec.severity {
		p.Severity[k] = s
	}
	for id, s := range spec.sentenceSeverity {
		p.SentenceSeverity[id] = s
	}
	return p, nil
}

// Counts reports whether findings for entry e concern this reader: the
// entry names the audience (or none), and the reader's profile checks its
// kind. IT terms such as "latency" name only the non-technical audiences
// in the built-in glossary, which is how technical readers accept them.
func (p *Profile) Counts(e *glossary.Entry) bool {
	return e.AppliesTo(p.Audience) && p.Severity[e.Kind] != ""
}

// SeverityOf returns the severity of findings for entry e for this
// reader: the entry's own severity when it sets one, else the profile's
// for its kind.
func (p *Profile) SeverityOf(e *glossary.Entry) glossary.Severity {
	if e.Severity != "" {
		return e.Severity
	}
	if s := p.Severity[e.Kind]; s != "" {
		return s
	}
	return e.DefaultSeverity()
}
