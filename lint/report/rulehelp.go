package report

// RuleHelpURI is where the documentation of rule id lives, for reports
// and editors that link a finding's rule to it.
func RuleHelpURI(id string) string { return rulesHelpURI }
