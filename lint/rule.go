package lint

// Rule checks an analysed document and reports what it finds through
// emit. A rule sets the finding's Rule id, Severity and message; the
// linter then applies the user's rule settings and suppressions.
type Rule interface {
	// IDs lists the rule ids the rule may report.
	IDs() []string
	Check(a *Analysis, emit func(Finding))
}
