package inflect

// This file holds the read-only word lists the rules consult. They are
// closed lists on purpose: English morphology has too many exceptions for a
// rule to be safe, and a list is easy to review and extend.

// irregular describes a verb whose past or past participle is not made with
// -ed. The first entry of past and participle is the one Inflect writes;
// later entries are accepted variants (British "learnt", American "gotten").
type irregular struct {
	past, participle []string
	third, gerund    string // only when the regular rule would get them wrong
}

func irr(past, participle string) irregular {
	return irregular{past: []string{past}, participle: []string{participle}}
}

// irregularVerbs maps a base verb to its irregular forms. Prefixed verbs
// (rebuild, overtake, undergo) are found by stripping a prefix, see
// lookupIrregular. Homographs that are genuine inflections are kept ("spoke",
// "left", "found") because the matcher needs them, except "dove" as the past
// of dive: it is chiefly the bird, and "dived" is standard everywhere.
var irregularVerbs = map[string]irregular{
	"arise":      irr("arose", "arisen"),
	"awake":      irr("awoke", "awoken"),
	"be":         {past: []string{"was", "were"}, participle: []string{"been"}, third: "is"},
	"bear":       {past: []string{"bore"}, participle: []string{"borne", "born"}},
	"beat":       irr("beat", "beaten"),
	"become":     irr("became", "become"),
	"begin":      irr("began", "begun"),
	"bend":       irr("bent", "bent"),
	"beset":      irr("beset", "beset"),
	"bet":        irr("bet", "bet"),
	"bid":        {past: []string{"bid", "bade"}, participle: []string{"bid", "bidden"}},
	"bind":       irr("bound", "bound"),
	"bite":       irr("bit", "bitten"),
	"bleed":      irr("bled", "bled"),
	"blow":       irr("blew", "blown"),
	"break":      irr("broke", "broken"),
	"breed":      irr("bred", "bred"),
	"bring":      irr("brought", "brought"),
	"broadcast":  irr("broadcast", "broadcast"),
	"build":      irr("built", "built"),
	"burn":       {past: []string{"burned", "burnt"}, participle: []string{"burned", "burnt"}},
	"burst":      irr("burst", "burst"),
	"buy":        irr("bought", "bought"),
	"cast":       irr("cast", "cast"),
	"catch":      irr("caught", "caught"),
	"choose":     irr("chose", "chosen"),
	"cling":      irr("clung", "clung"),
	"come":       irr("came", "come"),
	"cost":       irr("cost", "cost"),
	"creep":      irr("crept", "crept"),
	"cut":        irr("cut", "cut"),
	"deal":       irr("dealt", "dealt"),
	"dig":        irr("dug", "dug"),
	"dive":       irr("dived", "dived"),
	"do":         {past: []string{"did"}, participle: []string{"done"}, third: "does"},
	"draw":       irr("drew", "drawn"),
	"dream":      {past: []string{"dreamed", "dreamt"}, participle: []string{"dreamed", "dreamt"}},
	"drink":      irr("drank", "drunk"),
	"drive":      irr("drove", "driven"),
	"eat":        irr("ate", "eaten"),
	"fall":       irr("fell", "fallen"),
	"feed":       irr("fed", "fed"),
	"feel":       irr("felt", "felt"),
	"fight":      irr("fought", "fought"),
	"find":       irr("found", "found"),
	"flee":       irr("fled", "fled"),
	"fling":      irr("flung", "flung"),
	"fly":        irr("flew", "flown"),
	"forbid":     {past: []string{"forbade", "forbad"}, participle: []string{"forbidden"}},
	"forecast":   {past: []string{"forecast", "forecasted"}, participle: []string{"forecast", "forecasted"}},
	"forget":     irr("forgot", "forgotten"),
	"forgive":    irr("forgave", "forgiven"),
	"forsake":    irr("forsook", "forsaken"),
	"freeze":     irr("froze", "frozen"),
	"get":        {past: []string{"got"}, participle: []string{"got", "gotten"}},
	"give":       irr("gave", "given"),
	"go":         {past: []string{"went"}, participle: []string{"gone"}, third: "goes"},
	"grind":      irr("ground", "ground"),
	"grow":       irr("grew", "grown"),
	"hang":       {past: []string{"hung", "hanged"}, participle: []string{"hung", "hanged"}},
	"have":       {past: []string{"had"}, participle: []string{"had"}, third: "has"},
	"hear":       irr("heard", "heard"),
	"hide":       irr("hid", "hidden"),
	"hit":        irr("hit", "hit"),
	"hold":       irr("held", "held"),
	"hurt":       irr("hurt", "hurt"),
	"input":      {past: []string{"input", "inputted"}, participle: []string{"input", "inputted"}},
	"keep":       irr("kept", "kept"),
	"kneel":      {past: []string{"knelt", "kneeled"}, participle: []string{"knelt", "kneeled"}},
	"know":       irr("knew", "known"),
	"lay":        irr("laid", "laid"),
	"lead":       irr("led", "led"),
	"lean":       {past: []string{"leaned", "leant"}, participle: []string{"leaned", "leant"}},
	"leap":       {past: []string{"leaped", "leapt"}, participle: []string{"leaped", "leapt"}},
	"learn":      {past: []string{"learned", "learnt"}, participle: []string{"learned", "learnt"}},
	"leave":      irr("left", "left"),
	"lend":       irr("lent", "lent"),
	"let":        irr("let", "let"),
	"lie":        {past: []string{"lay", "lied"}, participle: []string{"lain", "lied"}, gerund: "lying"},
	"light":      {past: []string{"lit", "lighted"}, participle: []string{"lit", "lighted"}},
	"lose":       irr("lost", "lost"),
	"make":       irr("made", "made"),
	"mean":       irr("meant", "meant"),
	"meet":       irr("met", "met"),
	"mow":        {past: []string{"mowed"}, participle: []string{"mown", "mowed"}},
	"offset":     irr("offset", "offset"),
	"output":     {past: []string{"output", "outputted"}, participle: []string{"output", "outputted"}},
	"pay":        irr("paid", "paid"),
	"prove":      {past: []string{"proved"}, participle: []string{"proved", "proven"}},
	"put":        irr("put", "put"),
	"quit":       {past: []string{"quit", "quitted"}, participle: []string{"quit", "quitted"}},
	"read":       irr("read", "read"),
	"rid":        irr("rid", "rid"),
	"ride":       irr("rode", "ridden"),
	"ring":       irr("rang", "rung"),
	"rise":       irr("rose", "risen"),
	"run":        irr("ran", "run"),
	"saw":        {past: []string{"sawed"}, participle: []string{"sawn", "sawed"}},
	"say":        irr("said", "said"),
	"see":        irr("saw", "seen"),
	"seek":       irr("sought", "sought"),
	"sell":       irr("sold", "sold"),
	"send":       irr("sent", "sent"),
	"set":        irr("set", "set"),
	"sew":        {past: []string{"sewed"}, participle: []string{"sewn", "sewed"}},
	"shake":      irr("shook", "shaken"),
	"shed":       irr("shed", "shed"),
	"shine":      {past: []string{"shone", "shined"}, participle: []string{"shone", "shined"}},
	"shoot":      irr("shot", "shot"),
	"show":       {past: []string{"showed"}, participle: []string{"shown", "showed"}},
	"shrink":     {past: []string{"shrank", "shrunk"}, participle: []string{"shrunk"}},
	"shut":       irr("shut", "shut"),
	"sing":       irr("sang", "sung"),
	"sink":       irr("sank", "sunk"),
	"sit":        irr("sat", "sat"),
	"slay":       irr("slew", "slain"),
	"sleep":      irr("slept", "slept"),
	"slide":      irr("slid", "slid"),
	"sling":      irr("slung", "slung"),
	"slit":       irr("slit", "slit"),
	"smell":      {past: []string{"smelled", "smelt"}, participle: []string{"smelled", "smelt"}},
	"sow":        {past: []string{"sowed"}, participle: []string{"sown", "sowed"}},
	"speak":      irr("spoke", "spoken"),
	"speed":      {past: []string{"sped", "speeded"}, participle: []string{"sped", "speeded"}},
	"spell":      {past: []string{"spelled", "spelt"}, participle: []string{"spelled", "spelt"}},
	"spend":      irr("spent", "spent"),
	"spill":      {past: []string{"spilled", "spilt"}, participle: []string{"spilled", "spilt"}},
	"spin":       irr("spun", "spun"),
	"split":      irr("split", "split"),
	"spoil":      {past: []string{"spoiled", "spoilt"}, participle: []string{"spoiled", "spoilt"}},
	"spread":     irr("spread", "spread"),
	"spring":     irr("sprang", "sprung"),
	"stand":      irr("stood", "stood"),
	"steal":      irr("stole", "stolen"),
	"stick":      irr("stuck", "stuck"),
	"sting":      irr("stung", "stung"),
	"stink":      {past: []string{"stank", "stunk"}, participle: []string{"stunk"}},
	"stride":     irr("strode", "stridden"),
	"strike":     irr("struck", "struck"),
	"string":     irr("strung", "strung"),
	"strive":     {past: []string{"strove", "strived"}, participle: []string{"striven", "strived"}},
	"swear":      irr("swore", "sworn"),
	"sweep":      irr("swept", "swept"),
	"swell":      {past: []string{"swelled"}, participle: []string{"swollen", "swelled"}},
	"swim":       irr("swam", "swum"),
	"swing":      irr("swung", "swung"),
	"take":       irr("took", "taken"),
	"teach":      irr("taught", "taught"),
	"tear":       irr("tore", "torn"),
	"tell":       irr("told", "told"),
	"think":      irr("thought", "thought"),
	"throw":      irr("threw", "thrown"),
	"thrust":     irr("thrust", "thrust"),
	"tread":      irr("trod", "trodden"),
	"understand": irr("understood", "understood"),
	"wake":       irr("woke", "woken"),
	"wear":       irr("wore", "worn"),
	"weave":      irr("wove", "woven"),
	"weep":       irr("wept", "wept"),
	"win":        irr("won", "won"),
	"wind":       irr("wound", "wound"),
	"withdraw":   irr("withdrew", "withdrawn"),
	"withhold":   irr("withheld", "withheld"),
	"withstand":  irr("withstood", "withstood"),
	"wring":      irr("wrung", "wrung"),
	"write":      irr("wrote", "written"),
}

// irregularPrefixes are prefixes that leave a verb's irregularity intact:
// rebuild/rebuilt, overtake/overtook, undergo/underwent, upsell/upsold.
var irregularPrefixes = []string{"re", "over", "under", "out", "mis", "up", "un", "fore", "with"}

// notPrefixed lists words that look like prefix + irregular verb but are
// regular verbs in their own right (relay/relayed, not relaid).
var notPrefixed = map[string]bool{
	"relay": true, "outfit": true, "retread": true, "outcast": true,
	"overcast": true, "unread": true, "unset": true, "outset": true,
	"upcast": true, "outlay": true, "underlay": true, "unsung": true,
	"outcome": true, "income": true, "upshot": true,
}

// nounPlural gives the plurals of nouns the regular rules get wrong; the
// first is preferred. nounOnly marks words that are never verbs, so no
// third-person -s form is made for them ("analysises", "criterions").
type nounPlural struct {
	plurals  []string
	nounOnly bool
}

var irregularNouns = map[string]nounPlural{
	"alumnus":      {[]string{"alumni"}, true},
	"antenna":      {[]string{"antennas", "antennae"}, true},
	"appendix":     {[]string{"appendices", "appendixes"}, true},
	"axis":         {[]string{"axes"}, true},
	"bacterium":    {[]string{"bacteria"}, true},
	"cactus":       {[]string{"cacti", "cactuses"}, true},
	"calf":         {[]string{"calves"}, true},
	"child":        {[]string{"children"}, true},
	"criterion":    {[]string{"criteria"}, true},
	"curriculum":   {[]string{"curricula", "curriculums"}, true},
	"datum":        {[]string{"data"}, true},
	"deer":         {[]string{"deer"}, true},
	"focus":        {[]string{"focuses", "foci"}, false},
	"foot":         {[]string{"feet"}, false},
	"formula":      {[]string{"formulas", "formulae"}, true},
	"fungus":       {[]string{"fungi", "funguses"}, true},
	"goose":        {[]string{"geese"}, true},
	"half":         {[]string{"halves"}, true},
	"index":        {[]string{"indexes", "indices"}, false},
	"knife":        {[]string{"knives"}, false},
	"leaf":         {[]string{"leaves"}, false},
	"life":         {[]string{"lives"}, true},
	"loaf":         {[]string{"loaves"}, false},
	"man":          {[]string{"men"}, false},
	"matrix":       {[]string{"matrices", "matrixes"}, true},
	"medium":       {[]string{"media", "mediums"}, true},
	"memorandum":   {[]string{"memoranda", "memorandums"}, true},
	"millennium":   {[]string{"millennia", "millenniums"}, true},
	"mouse":        {[]string{"mice"}, true},
	"nucleus":      {[]string{"nuclei"}, true},
	"person":       {[]string{"people", "persons"}, true},
	"phenomenon":   {[]string{"phenomena"}, true},
	"radius":       {[]string{"radii", "radiuses"}, true},
	"referendum":   {[]string{"referendums", "referenda"}, true},
	"self":         {[]string{"selves"}, true},
	"series":       {[]string{"series"}, true},
	"sheep":        {[]string{"sheep"}, true},
	"shelf":        {[]string{"shelves"}, true},
	"species":      {[]string{"species"}, true},
	"stimulus":     {[]string{"stimuli"}, true},
	"stratum":      {[]string{"strata"}, true},
	"syllabus":     {[]string{"syllabuses", "syllabi"}, true},
	"thief":        {[]string{"thieves"}, true},
	"tooth":        {[]string{"teeth"}, false},
	"vertex":       {[]string{"vertices", "vertexes"}, true},
	"vortex":       {[]string{"vortices", "vortexes"}, true},
	"wife":         {[]string{"wives"}, true},
	"wolf":         {[]string{"wolves"}, false},
	"woman":        {[]string{"women"}, true},
	"aircraft":     {[]string{"aircraft"}, false},
	"offspring":    {[]string{"offspring"}, true},
	"headquarters": {[]string{"headquarters"}, true},
}

// oesPlurals take -es after o; other nouns in consonant + o take -s (memos,
// photos, demos), which is also the safer guess for new words.
var oesPlurals = map[string]bool{
	"hero": true, "potato": true, "tomato": true, "echo": true, "veto": true,
	"torpedo": true, "embargo": true, "domino": true, "mosquito": true,
	"tornado": true, "volcano": true, "cargo": true, "buffalo": true,
}

// hardCh nouns end in a /k/ sound and so take -s, not -es (techs, epochs).
var hardCh = map[string]bool{
	"tech": true, "epoch": true, "stomach": true, "monarch": true,
	"patriarch": true, "matriarch": true, "oligarch": true, "loch": true,
	"eunuch": true, "czech": true,
}

// stressedFinal lists verbs of more than one syllable that double their
// last consonant because the last syllable is stressed (or by convention,
// like format, program and output). Other such verbs are ambiguous: Forms gives
// both spellings and Inflect writes the single consonant (visited, opened).
var stressedFinal = map[string]bool{
	"abet": true, "abhor": true, "acquit": true, "admit": true, "allot": true,
	"annul": true, "aver": true, "befit": true, "commit": true, "compel": true,
	"concur": true, "confer": true, "control": true, "defer": true,
	"demur": true, "deter": true, "dispel": true, "embed": true, "emit": true,
	"enrol": true, "enroll": true, "equip": true, "excel": true, "expel": true,
	"extol": true, "format": true, "fulfil": true, "incur": true, "infer": true,
	"instil": true, "distil": true, "inter": true, "kidnap": true, "occur": true,
	"omit": true, "outwit": true, "overlap": true, "patrol": true,
	"permit": true, "prefer": true, "program": true, "propel": true,
	"rebel": true, "rebut": true, "recur": true, "refer": true, "refit": true,
	"regret": true, "remit": true, "repel": true, "submit": true,
	"transfer": true, "transmit": true, "unplug": true, "unwrap": true,
	"upset": true, "worship": true, "handicap": true, "outstrip": true,
	"unzip": true, "begin": true, "forget": true, "forbid": true,
	"input": true, "output": true, "offset": true, "beget": true,
}

// llVerbs double a final l in British spelling but not in American:
// travelled/traveled, modelling/modeling, cancelled/canceled.
var llVerbs = map[string]bool{
	"barrel": true, "bevel": true, "cancel": true, "channel": true,
	"chisel": true, "counsel": true, "cudgel": true, "dial": true,
	"duel": true, "enamel": true, "equal": true, "fuel": true, "funnel": true,
	"gravel": true, "grovel": true, "initial": true, "jewel": true,
	"kennel": true, "label": true, "level": true, "libel": true,
	"marshal": true, "marvel": true, "medal": true, "model": true,
	"panel": true, "parcel": true, "pedal": true, "pencil": true,
	"pummel": true, "quarrel": true, "refuel": true, "remodel": true,
	"revel": true, "rival": true, "shovel": true, "signal": true,
	"snorkel": true, "spiral": true, "stencil": true, "swivel": true,
	"total": true, "towel": true, "travel": true, "trial": true,
	"tunnel": true, "unravel": true, "yodel": true, "imperil": true,
	"gruel": true, "dishevel": true, "relabel": true, "tassel": true,
}

// ckVerbs end in c and add k before -ed and -ing (panicked, trafficking).
var ckVerbs = map[string]bool{
	"panic": true, "picnic": true, "traffic": true, "mimic": true,
	"frolic": true, "bivouac": true, "politic": true,
}

// keepE verbs keep their final e before -ing so the result does not turn
// into a different word (singeing, not singing) or because both spellings
// are in use (ageing/aging). The value says whether the e-less spelling is
// also correct. Words in -ee, -oe and -ye always keep it (agreeing, hoeing,
// dyeing) and need no entry.
var keepE = map[string]bool{
	"singe": false, "swinge": false, "tinge": true, "twinge": true,
	"age": true, "binge": true, "whinge": true, "queue": true,
	"route": true, "eye": true,
}

// closedClass words are grammar, not vocabulary: pronouns, determiners,
// prepositions, conjunctions, auxiliaries and particles. Adding endings to
// them makes different words ("outing", "downs", "overs", "its"), and the
// matcher needs them only as they stand, e.g. the "up" of "spin up".
var closedClass = map[string]bool{
	"about": true, "above": true, "across": true, "after": true,
	"again": true, "against": true, "all": true, "along": true,
	"already": true, "also": true, "although": true, "always": true,
	"among": true, "amongst": true, "and": true, "another": true,
	"any": true, "are": true, "around": true, "away": true,
	"because": true, "been": true, "before": true, "behind": true,
	"being": true, "below": true, "beneath": true, "beside": true,
	"besides": true, "between": true, "beyond": true, "both": true,
	"but": true, "can": true, "cannot": true, "could": true, "did": true,
	"does": true, "down": true, "during": true, "each": true,
	"either": true, "else": true, "enough": true, "even": true,
	"ever": true, "every": true, "except": true, "few": true, "for": true,
	"from": true, "had": true, "has": true, "her": true, "here": true,
	"hers": true, "herself": true, "him": true, "himself": true,
	"his": true, "how": true, "however": true, "inside": true, "into": true,
	"its": true, "itself": true, "just": true, "least": true, "less": true,
	"many": true, "may": true, "might": true, "mine": true, "more": true,
	"most": true, "much": true, "must": true, "myself": true,
	"near": true, "neither": true, "never": true, "none": true, "nor": true,
	"not": true, "now": true, "off": true, "often": true, "once": true,
	"one": true, "only": true, "onto": true, "other": true, "ought": true,
	"our": true, "ours": true, "ourselves": true, "out": true,
	"outside": true, "over": true, "own": true, "per": true, "quite": true,
	"rather": true, "same": true, "shall": true, "she": true,
	"should": true, "since": true, "some": true, "such": true,
	"than": true, "that": true, "the": true, "their": true, "theirs": true,
	"them": true, "themselves": true, "then": true, "there": true,
	"these": true, "they": true, "this": true, "those": true,
	"though": true, "through": true, "throughout": true, "thus": true,
	"till": true, "too": true, "toward": true, "towards": true,
	"under": true, "unless": true, "until": true, "upon": true,
	"very": true, "via": true, "was": true, "well": true, "were": true,
	"what": true, "whatever": true, "when": true, "where": true,
	"whereas": true, "whether": true, "which": true, "while": true,
	"who": true, "whom": true, "whose": true, "why": true, "will": true,
	"with": true, "within": true, "without": true, "would": true,
	"yet": true, "you": true, "your": true, "yours": true,
	"yourself": true, "yourselves": true, "able": true,
	"onward": true, "onwards": true, "ahead": true,
	"aside": true, "apart": true, "anyway": true, "whilst": true,
	"am": true, "is": true, "an": true,
	// Two-letter grammar words: "with regards to" is a plural form of
	// "with regard to", but its replacement "on" has no plural ("ons").
	"a": true, "as": true, "at": true, "by": true, "he": true, "i": true,
	"if": true, "in": true, "it": true, "me": true, "my": true, "no": true,
	"of": true, "on": true, "or": true, "so": true, "to": true, "up": true,
	"us": true, "we": true,
}

// notForms blocks results of the regular rules that are a different common
// word, not an inflection of the base: a dog is not "dogged", news is not
// the plural of new.
var notForms = map[string]map[string]bool{
	"crab":   {"crabbed": true},
	"crook":  {"crooked": true},
	"dog":    {"dogged": true},
	"jag":    {"jagged": true},
	"leg":    {"legged": true},
	"new":    {"news": true},
	"rag":    {"ragged": true},
	"rug":    {"rugged": true},
	"wick":   {"wicked": true},
	"wretch": {"wretched": true},
	"pud":    {"pudding": true},
	"ear":    {"earring": true},
	"income": {"incoming": true, "incomed": true},
	"sing":   {"singed": true},
	"good":   {"goods": true},
}
