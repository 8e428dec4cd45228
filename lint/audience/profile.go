package audience

import (
	"fmt"

	"github.com/dejargon/dejargon/glossary"
)

// Profile describes a kind of reader: which acronyms they know without a
// definition, how many acronyms one text may ask them to learn, and how
// hard a text they read comfortably. How much each rule matters to them
// is the rule's own data (analysis.Rule.Severity). Audience affects only
// which findings appear and their severity, never how text is matched.
type Profile struct {
	Audience glossary.Audience
	// Known lists acronyms this reader knows without a definition.
	Known map[string]bool
	// MaxAcronyms is how many distinct acronyms a text may use before
	// acronym-density reports it; 0 means no limit.
	MaxAcronyms int
	// TargetGrade is the highest reading grade level the reader is
	// comfortable with, for the readability rules.
	TargetGrade float64
	// MaxSentenceWords is the longest sentence, in words, the reader
	// follows without effort.
	MaxSentenceWords int
}

// DefaultAudience is the audience when none is chosen: colleagues outside
// IT, the readers dejargon exists for.
const DefaultAudience = glossary.Business

// profileSpec is the read-only description a Profile is built from.
type profileSpec struct {
	known            [][]string
	maxAcronyms      int
	targetGrade      float64
	maxSentenceWords int
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

// profileSpecs holds the four audiences; the README table "Acronyms and
// audiences" describes the same values and must change with them.
var profileSpecs = map[glossary.Audience]profileSpec{
	glossary.General: {
		known:            [][]string{knownToAnyone},
		maxAcronyms:      2,
		targetGrade:      8,
		maxSentenceWords: 20,
	},
	glossary.Business: {
		known:            [][]string{knownToAnyone, knownAtWork},
		maxAcronyms:      3,
		targetGrade:      10,
		maxSentenceWords: 25,
	},
	glossary.Executive: {
		known:            [][]string{knownToAnyone, knownAtWork, knownToLeaders},
		maxAcronyms:      3,
		targetGrade:      10,
		maxSentenceWords: 25,
	},
	glossary.Technical: {
		known:            [][]string{knownToAnyone, knownAtWork, knownToTechnical},
		maxAcronyms:      6,
		targetGrade:      12,
		maxSentenceWords: 30,
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
		MaxAcronyms:      spec.maxAcronyms,
		TargetGrade:      spec.targetGrade,
		MaxSentenceWords: spec.maxSentenceWords,
	}
	for _, list := range spec.known {
		for _, k := range list {
			p.Known[k] = true
		}
	}
	return p, nil
}

// Counts reports whether findings for entry e concern this reader: the
// entry names the audience, or none. IT terms such as "latency" name
// only the non-technical audiences in the built-in glossary, which is how
// technical readers accept them.
func (p *Profile) Counts(e *glossary.Entry) bool {
	return e.AppliesTo(p.Audience)
}
