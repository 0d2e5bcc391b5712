// Reads rules/tone/*.yml into a ToneLexicon. A file holds any of the sections
// `cues` (a list, added up over files), `modifiers` (lists, added up), and
// `caps`, `punctuation`, `waiting`, `scoring` (each in exactly one file).

extension ToneLexicon {
    static let sections: Set<String> = ["cues", "modifiers", "caps", "punctuation", "waiting", "scoring"]

    static func load(_ files: [DataFile], into index: inout PhraseIndex) throws(DataError) -> ToneLexicon {
        let list = index.addList(named: "tone")
        var entries: [Entry] = []
        var cues: [Cue] = []
        var single: [String: DataNode] = [:]
        var origin: [String: String] = [:]

        for file in files.sorted(by: { $0.path < $1.path }) {
            let root = try YAMLReader.read(file.contents, file: file.path)
            if root.isNull { continue }
            try root.rejectUnknownKeys(sections, what: "a tone lexicon")
            for (key, node) in try root.map() {
                switch key {
                case "cues":
                    for item in try node.list() {
                        try readCue(item, cues: &cues, entries: &entries, list: list, index: &index)
                    }
                case "modifiers":
                    try readModifiers(node, entries: &entries, list: list, index: &index)
                default:
                    if let earlier = origin[key] {
                        throw node.error("'\(key)' is also set in \(earlier)")
                    }
                    single[key] = node
                    origin[key] = file.path
                }
            }
        }
        func section(_ key: String) throws(DataError) -> DataNode {
            guard let node = single[key] else {
                throw DataError(file: "rules/tone/", line: 1, column: 1, problem: "no file sets '\(key)'")
            }
            return node
        }
        let waiting = try WaitingWords(try section("waiting"), index: &index)
        let scoring = try readScoring(try section("scoring"))
        func cue(_ name: String, say: String? = nil) -> Int {
            if let existing = cues.firstIndex(where: { $0.name == name }) { return existing }
            cues.append(Cue(name: name, say: say ?? name))
            return cues.count - 1
        }
        let builtIn = BuiltInCues(
            negation: cue("negation"), sarcasm: cue("sarcasm"), caps: cue("caps"), punctuation: cue("punctuation"),
            waiting: cue(waiting.cue, say: waiting.say)
        )
        return ToneLexicon(
            list: list, entries: entries, cues: cues,
            caps: try readCaps(try section("caps")),
            punctuation: try readPunctuation(try section("punctuation")),
            waiting: waiting, scoring: scoring, builtIn: builtIn,
            isGrievance: cues.map { scoring.grievances.contains($0.name) },
            isNeutralInPraise: cues.map { scoring.neutralInPraise.contains($0.name) }
        )
    }

    private static func readCue(
        _ node: DataNode, cues: inout [Cue], entries: inout [Entry], list: PhraseListID, index: inout PhraseIndex
    ) throws(DataError) {
        try node.rejectUnknownKeys(["cue", "say", "weight", "negated", "ironic", "phrases"], what: "a tone cue")
        let name = try node.required("cue").string()
        let say = try node["say"]?.string() ?? String(name.map { $0 == "-" ? " " : $0 })
        let number: Int
        if let existing = cues.firstIndex(where: { $0.name == name }) {
            number = existing
        } else {
            number = cues.count
            cues.append(Cue(name: name, say: say))
        }
        let weight = try node.required("weight").number()
        let negated = try node["negated"]?.number()
        let ironic = try node["ironic"]?.bool() ?? false
        for item in try node.required("phrases").list() {
            var entry = Entry(role: .cue, cue: number, weight: weight, negated: negated, ironic: ironic)
            let pattern: String
            if let text = item.scalar {
                pattern = text
            } else {
                try item.rejectUnknownKeys(["match", "weight", "negated", "ironic"], what: "a tone phrase")
                pattern = try item.required("match").string()
                entry.weight = try item["weight"]?.number() ?? weight
                entry.negated = try item["negated"]?.number() ?? negated
                entry.ironic = try item["ironic"]?.bool() ?? ironic
            }
            try add(pattern, item, entry, &entries, list, &index)
        }
    }

    private static func readModifiers(
        _ node: DataNode, entries: inout [Entry], list: PhraseListID, index: inout PhraseIndex
    ) throws(DataError) {
        let roles: [String: Role] = [
            "negators": .negator, "intensifiers": .intensifier, "downtoners": .downtoner,
            "sarcasm_leads": .sarcasmLead, "masks": .mask, "contrasts": .contrast,
        ]
        try node.rejectUnknownKeys(Set(roles.keys), what: "tone modifiers")
        for (key, value) in try node.map() {
            for item in try value.list() {
                try add(try item.string(), item, Entry(role: roles[key]!), &entries, list, &index)
            }
        }
    }

    private static func add(
        _ pattern: String, _ node: DataNode, _ entry: Entry, _ entries: inout [Entry], _ list: PhraseListID,
        _ index: inout PhraseIndex
    ) throws(DataError) {
        do throws(PhraseSyntaxError) {
            try index.add(pattern, to: list, item: entries.count)
        } catch {
            throw node.error(error.description)
        }
        entries.append(entry)
    }

    private static func readCaps(_ node: DataNode) throws(DataError) -> Caps {
        try node.rejectUnknownKeys(["run", "word", "most", "acronyms", "short_words"], what: "caps")
        return Caps(
            run: try node.required("run").number(),
            word: try node.required("word").number(),
            most: try node.required("most").number(),
            acronyms: Set(try node.required("acronyms").strings().map { $0.uppercased() }),
            shortWords: Set(try node.required("short_words").strings().map { $0.uppercased() })
        )
    }

    private static func readPunctuation(_ node: DataNode) throws(DataError) -> Punctuation {
        try node.rejectUnknownKeys(["exclamations", "questions", "mixed", "boost", "single"], what: "punctuation")
        return Punctuation(
            exclamations: try node.required("exclamations").number(),
            questions: try node.required("questions").number(),
            mixed: try node.required("mixed").number(),
            boost: try node.required("boost").number(),
            single: try node.required("single").number()
        )
    }

    private static func readScoring(_ node: DataNode) throws(DataError) -> Scoring {
        let keys: Set<String> = [
            "smoothing", "upset_at_most", "positive_at_least", "intensifier", "downtoner", "sarcasm",
            "complaint_for_sarcasm", "before_but", "praise_in_question", "repeat", "negation_reach",
            "intensifier_reach", "grievances", "neutral_in_praise",
        ]
        try node.rejectUnknownKeys(keys, what: "scoring")
        func number(_ key: String) throws(DataError) -> Double { try node.required(key).number() }
        let smoothing = try number("smoothing")
        guard smoothing > 0 else { throw try node.required("smoothing").error("smoothing must be above 0") }
        return Scoring(
            smoothing: smoothing,
            upsetAtMost: try number("upset_at_most"),
            positiveAtLeast: try number("positive_at_least"),
            intensifier: try number("intensifier"),
            downtoner: try number("downtoner"),
            sarcasm: try number("sarcasm"),
            complaintForSarcasm: try number("complaint_for_sarcasm"),
            beforeBut: try number("before_but"),
            praiseInQuestion: try number("praise_in_question"),
            repeatFactor: try number("repeat"),
            negationReach: Int(try number("negation_reach")),
            intensifierReach: Int(try number("intensifier_reach")),
            grievances: Set(try node.required("grievances").strings()),
            neutralInPraise: Set(try node.required("neutral_in_praise").strings())
        )
    }
}
