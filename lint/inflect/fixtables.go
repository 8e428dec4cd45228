package inflect

// Word lists Inflect uses to tell verb phrases from noun phrases and to
// refuse forms English does not allow.

// particles end or continue phrasal verbs (spin up, carry out, make use of)
// and can never be pluralised.
var particles = map[string]bool{
	"up": true, "down": true, "out": true, "off": true, "on": true,
	"in": true, "over": true, "back": true, "away": true, "through": true,
	"around": true, "about": true, "along": true, "forward": true,
	"of": true, "with": true, "to": true, "for": true, "into": true,
	"onto": true, "upon": true, "apart": true, "aside": true, "ahead": true,
	"together": true, "across": true, "by": true, "at": true, "from": true,
}

// prepositions start the post-modifier of a noun phrase, so the head noun
// comes before them ("rule of thumb" → "rules of thumb").
var prepositions = map[string]bool{
	"of": true, "in": true, "for": true, "on": true, "at": true,
	"with": true, "from": true, "to": true, "by": true, "per": true,
	"under": true, "about": true, "between": true, "within": true,
}

// determiners and pronouns after a verb show a verb phrase ("take the
// lead", "let them know").
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true,
	"these": true, "those": true, "my": true, "your": true, "our": true,
	"their": true, "his": true, "her": true, "its": true, "it": true,
	"them": true, "us": true, "him": true, "me": true, "some": true,
	"any": true, "no": true, "more": true, "less": true, "sure": true,
}

// verbComplements are the adjectives and nouns that complete common
// plain-English verb phrases ("make clear", "make use of", "take part").
var verbComplements = map[string]bool{
	"clear": true, "sure": true, "ready": true, "better": true, "too": true,
	"worse": true, "short": true, "simple": true, "easy": true,
	"easier": true, "clearer": true, "simpler": true, "faster": true,
	"known": true, "aware": true, "possible": true, "certain": true,
	"use": true, "help": true, "place": true, "part": true, "care": true,
	"sense": true, "touch": true, "action": true, "steps": true,
	"time": true, "note": true, "charge": true, "stock": true,
	"hold": true, "track": true, "shape": true, "effect": true,
	"account": true, "mind": true, "line": true, "order": true,
}

// uncountable nouns have no plural, so Inflect refuses Plural for them.
var uncountable = map[string]bool{
	"access": true, "advice": true, "awareness": true, "baggage": true,
	"bandwidth": true, "clarity": true, "compliance": true,
	"confidence": true, "consensus": true, "cooperation": true,
	"co-operation": true, "courage": true, "data": true,
	"equipment": true, "evidence": true, "feedback": true, "fun": true,
	"furniture": true, "governance": true, "guidance": true,
	"hardware": true, "health": true, "help": true, "homework": true,
	"honesty": true, "information": true, "knowledge": true,
	"luck": true, "luggage": true, "machinery": true, "mail": true,
	"momentum": true, "money": true, "music": true, "news": true,
	"oversight": true, "patience": true, "progress": true,
	"research": true, "safety": true, "software": true, "spam": true,
	"staff": true, "stuff": true, "support": true, "teamwork": true,
	"traffic": true, "trust": true, "weather": true, "welfare": true,
	"wellbeing": true, "work": true, "leadership": true,
	"transparency": true, "productivity": true,
}

// zeroNominal verbs are their own action noun: the utilization of
// resources is the use of resources.
var zeroNominal = map[string]bool{
	"use": true, "help": true, "change": true, "start": true, "end": true,
	"stop": true, "plan": true, "test": true, "review": true,
	"report": true, "visit": true, "search": true, "support": true,
	"focus": true, "launch": true, "release": true, "increase": true,
	"decrease": true, "cut": true, "fix": true, "check": true,
	"update": true, "delay": true, "control": true, "study": true,
	"design": true, "record": true, "order": true, "offer": true,
	"answer": true, "reply": true, "return": true, "push": true,
	"move": true, "shift": true, "rise": true, "fall": true,
	"drop": true, "talk": true, "work": true, "aim": true, "access": true,
	"estimate": true, "limit": true, "need": true, "promise": true,
	"request": true, "rest": true, "share": true, "switch": true,
	"trade": true, "trust": true, "watch": true, "care": true,
	"progress": true, "research": true, "contact": true, "advance": true,
	"balance": true, "comment": true, "experience": true,
	"influence": true, "mention": true, "question": true, "matter": true,
	"measure": true, "guide": true, "coach": true, "wait": true,
}

// nominals maps verbs to action nouns that are not simply the verb.
var nominals = map[string]string{
	"act": "action", "adopt": "adoption", "agree": "agreement",
	"analyse": "analysis", "analyze": "analysis", "apply": "application",
	"approve": "approval", "arrange": "arrangement", "choose": "choice",
	"clarify": "clarification", "collect": "collection",
	"combine": "combination", "complete": "completion",
	"connect": "connection", "consider": "consideration",
	"cooperate": "cooperation", "coordinate": "coordination",
	"correct": "correction", "create": "creation", "decide": "decision",
	"deliver": "delivery", "describe": "description",
	"develop": "development", "discuss": "discussion",
	"expand": "expansion", "explain": "explanation",
	"extend": "extension", "fail": "failure", "grow": "growth",
	"improve": "improvement", "inform": "information",
	"integrate": "integration", "introduce": "introduction",
	"invite": "invitation", "manage": "management",
	"operate": "operation", "pay": "payment", "predict": "prediction",
	"prepare": "preparation", "produce": "production",
	"protect": "protection", "provide": "provision",
	"reduce": "reduction", "remove": "removal", "require": "requirement",
	"restrict": "restriction", "select": "selection",
	"simplify": "simplification", "solve": "solution",
	"spend": "spending", "refuse": "refusal", "measure": "measurement",
	"collaborate": "collaboration", "communicate": "communication",
	"achieve": "achievement", "assess": "assessment",
	"commit": "commitment", "engage": "engagement", "invest": "investment",
	"settle": "settlement", "treat": "treatment", "appoint": "appointment",
	"employ": "employment", "enforce": "enforcement", "govern": "government",
	"replace": "replacement",
}

// commonVerbs are verbs likely to appear in plain replacements, including
// those whose endings look like nouns (mention, document).
var commonVerbs = map[string]bool{
	"add": true, "affect": true, "allow": true, "arrange": true,
	"ask": true, "attend": true, "avoid": true, "call": true,
	"carry": true, "cause": true, "close": true, "contact": true,
	"count": true, "delete": true, "email": true, "enable": true,
	"ensure": true, "examine": true, "expect": true, "explore": true,
	"follow": true, "form": true, "gain": true, "handle": true,
	"hope": true, "include": true, "join": true, "list": true,
	"look": true, "lower": true, "meet": true, "note": true,
	"open": true, "own": true, "point": true, "prevent": true,
	"prove": true, "raise": true, "rank": true, "rate": true,
	"reach": true, "recommend": true, "remain": true, "remind": true, "repeat": true,
	"respond": true, "save": true, "serve": true, "sort": true,
	"stay": true, "steer": true, "supply": true, "teach": true,
	"thank": true, "track": true, "train": true, "try": true,
	"want": true, "warn": true, "win": true, "lose": true, "earn": true,
	"finish": true, "begin": true, "speed": true, "slow": true,
	"reject": true, "accept": true, "confirm": true, "check": true,
	"show": true, "tell": true, "say": true, "write": true,
	"mention": true, "question": true, "function": true,
	"position": true, "commission": true, "condition": true,
	"partition": true, "petition": true, "caution": true,
	"ration": true, "audition": true, "provision": true,
	"envision": true, "section": true, "station": true, "motion": true,
	"sanction": true, "auction": true, "fashion": true, "cushion": true,
	"portion": true, "caption": true, "comment": true, "document": true,
	"implement": true, "experiment": true, "complement": true,
	"compliment": true, "supplement": true, "segment": true,
	"ferment": true, "augment": true, "fragment": true, "torment": true,
	"reference": true, "balance": true, "finance": true,
	"influence": true, "experience": true, "sentence": true,
	"silence": true, "fence": true, "dance": true, "advance": true,
	"enhance": true, "commence": true, "sequence": true,
	"license": true, "practice": true, "practise": true,
	"chance": true, "glance": true, "distance": true, "worship": true,
	"evidence": true, "pension": true,
	"empower": true, "fund": true, "hire": true, "fire": true,
	"choose": true, "decide": true, "do": true,
}
