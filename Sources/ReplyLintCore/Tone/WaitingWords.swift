// The words the waiting-time scanner reads (rules/tone/waiting.yml). Unit words,
// "since" and "for days"-style phrases are anchors in the shared automaton; the
// rest are looked up only around an anchor, so plain text costs nothing extra.

struct WaitingWords: Sendable {
    enum Anchor: Sendable {
        /// "week": a unit of this many days, to be read with the amount before it.
        case unit(Double)
        /// "for days": a wait of about this many days on its own.
        case plural(Double)
        case since
    }

    let cue: String
    let say: String
    let list: PhraseListID
    let anchors: [Anchor]
    let units: [String: Double]
    /// "days", "weeks": how long they stand for without a number.
    let plurals: [String: Double]
    let between: Set<String>
    let amounts: [String: Double]
    let leads: [[String]]
    let weakLeads: [[String]]
    let waitingWords: [[String]]
    let after: [[String]]
    let notAfter: [[String]]
    let sinceSkip: Set<String>
    let weekdays: Set<String>
    let months: [[String]]
    let sinceDays: (weekday: Double, date: Double, month: Double)
    /// (at least this many days, weight), longest first.
    let weights: [(days: Double, weight: Double)]

    static let keys: Set<String> = [
        "cue", "say", "units", "between", "amounts", "leads", "weak_leads", "waiting_words", "after", "not_after",
        "since_skip", "since_days", "weekdays", "months", "plurals", "weights",
    ]

    init(_ node: DataNode, index: inout PhraseIndex) throws(DataError) {
        try node.rejectUnknownKeys(Self.keys, what: "waiting")
        cue = try node.required("cue").string()
        say = try node["say"]?.string() ?? cue
        func words(_ key: String) throws(DataError) -> Set<String> {
            Set(try node.required(key).strings().map { Folding.fold($0) })
        }
        func sequences(_ key: String) throws(DataError) -> [[String]] {
            try node.required(key).strings().map { PhrasePattern.words(of: $0) }
        }
        func table(_ key: String) throws(DataError) -> [(String, Double)] {
            var result: [(String, Double)] = []
            for (name, value) in try node.required(key).map() { result.append((Folding.fold(name), try value.number())) }
            return result
        }
        let unitTable = try table("units")
        units = Dictionary(unitTable, uniquingKeysWith: { first, _ in first })
        amounts = Dictionary(try table("amounts"), uniquingKeysWith: { first, _ in first })
        plurals = Dictionary(try table("plurals"), uniquingKeysWith: { first, _ in first })
        between = try words("between")
        leads = try sequences("leads")
        weakLeads = try sequences("weak_leads")
        waitingWords = try sequences("waiting_words")
        after = try sequences("after")
        notAfter = try sequences("not_after")
        sinceSkip = try words("since_skip")
        weekdays = try words("weekdays")
        months = try sequences("months")
        let since = try node.required("since_days")
        try since.rejectUnknownKeys(["weekday", "date", "month"], what: "since_days")
        sinceDays = (
            try since.required("weekday").number(), try since.required("date").number(), try since.required("month").number()
        )
        var rows: [(days: Double, weight: Double)] = []
        for row in try node.required("weights").list() {
            try row.rejectUnknownKeys(["days", "weight"], what: "a waiting weight")
            rows.append((try row.required("days").number(), try row.required("weight").number()))
        }
        weights = rows.sorted { $0.days > $1.days }

        let list = index.addList(named: "tone waiting")
        var found: [Anchor] = []
        func anchor(_ pattern: String, _ kind: Anchor, _ at: DataNode, _ index: inout PhraseIndex) throws(DataError) {
            do throws(PhraseSyntaxError) {
                try index.add(pattern, to: list, item: found.count)
            } catch {
                throw at.error(error.description)
            }
            found.append(kind)
        }
        let unitsNode = try node.required("units")
        for (unit, days) in unitTable { try anchor(unit, .unit(days), unitsNode, &index) }
        let pluralsNode = try node.required("plurals")
        for (plural, value) in try pluralsNode.map() {
            try anchor("(for|in|over|after) \(plural)", .plural(try value.number()), pluralsNode, &index)
        }
        try anchor("since", .since, node, &index)
        self.list = list
        self.anchors = found
    }

    /// The weight of a wait this long, or nil when it is too short to count.
    func weight(days: Double) -> Double? {
        weights.first { days >= $0.days }?.weight
    }
}
