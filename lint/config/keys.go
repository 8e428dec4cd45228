package config

// Key documents one key of a config file.
type Key struct {
	Name string
	// Value is what the key takes, as a reader would write it.
	Value string
	// Doc says what the key does, in one sentence.
	Doc string
	// TopOnly is set for keys an override may not set.
	TopOnly bool
}

// Keys lists every key of a config file in the order the README documents
// them. The parser's list of keys and `dejargon man` come from here.
var Keys = []Key{
	{Name: "glossaries", Value: "[file, …]", Doc: "team glossaries, relative to the config file, loaded after the built-in one so their terms win"},
	{Name: "builtin", Value: "on | off", Doc: "whether the built-in glossary is loaded"},
	{Name: "audience", Value: "general | business | executive | technical", Doc: "who reads the text"},
	{Name: "rules", Value: "{rule-id: off | error | warning | suggestion}", Doc: "turns rules off or sets their severity"},
	{Name: "allow", Value: "[term, …]", Doc: "terms never reported, such as product names"},
	{Name: "ignore", Value: "[glob, …]", Doc: "paths never checked, relative to the config file"},
	{Name: "fail_on", Value: "error | warning | suggestion | none", Doc: "the lowest severity that makes the exit status 1"},
	{Name: "rare_word_threshold", Value: "Zipf 1 to 7 | familiar | uncommon | rare | unseen | off", Doc: "the frequency under which rare-word reports a word; a band reports that band and rarer ones"},
	{Name: "baseline", Value: "file", Doc: "a baseline file whose recorded findings are not reported", TopOnly: true},
	{Name: "overrides", Value: "[{paths: [glob, …], key: value, …}]", Doc: "settings for the paths matching the globs, applied in order", TopOnly: true},
}

// settingKeys are the keys both the top level and an override may set.
var settingKeys = func() []string {
	var out []string
	for _, k := range Keys {
		if !k.TopOnly {
			out = append(out, k.Name)
		}
	}
	return out
}()

// topKeys are every key the top level may set.
var topKeys = func() []string {
	out := make([]string, len(Keys))
	for i, k := range Keys {
		out[i] = k.Name
	}
	return out
}()
