// The `tone-mismatch` kind: compares the draft's tone with the customer's. An upset
// customer needs acknowledgement and no breeziness; a pleased one deserves thanks
// and more than one curt line; a hostile or sarcastic reply is wrong for anyone.
// Needs the customer's message: without one it says nothing.
//
//   acknowledgement: [...]   phrases that acknowledge or empathise ("I'm sorry", "I understand")
//   breezy: [...]            phrases too light for an upset customer ("no worries", "Awesome!")
//   hostile: [...]           phrases that are wrong for any customer ("calm down")
//   thanks: [...]            phrases that thank or welcome praise ("thank you", "glad to hear")
//   greetings: [...]         first words of a greeting line, skipped when pointing at the first line
//   exclamations: 2          this many exclamation marks make a reply to an upset customer breezy
//   curt_words: 6            a reply of one line with at most this many words is curt
//   messages: {...}          one message per problem (slots: incoming, cues, draft, excerpt, count)

struct ToneMismatchCheck: Check {
    let definition: RuleDefinition
    let lists: Lists
    let exclamations: Int
    let curtWords: Int
    let messages: [String: String]

    struct Lists: Sendable {
        var acknowledgement: PhraseListID
        var breezy: PhraseListID
        var hostile: PhraseListID
        var thanks: PhraseListID
        var greetings: PhraseListID
    }

    static let messageKeys: Set<String> = [
        "no_acknowledgement", "breezy", "emoji", "exclamations", "no_thanks", "curt", "hostile", "sarcastic",
    ]

    static let kind = RuleKind(
        name: "tone-mismatch",
        keys: ["acknowledgement", "breezy", "hostile", "thanks", "greetings", "exclamations", "curt_words", "messages"]
    ) { definition, node, index throws(DataError) in
        func list(_ key: String) throws(DataError) -> PhraseListID {
            let id = index.addList(named: "\(definition.id) \(key)")
            for (number, item) in try node.required(key).list().enumerated() {
                let pattern = try item.string()
                do throws(PhraseSyntaxError) {
                    try index.add(pattern, to: id, item: number)
                } catch {
                    throw item.error(error.description)
                }
            }
            return id
        }
        let lists = Lists(
            acknowledgement: try list("acknowledgement"), breezy: try list("breezy"), hostile: try list("hostile"),
            thanks: try list("thanks"), greetings: try list("greetings")
        )
        let messagesNode = try node.required("messages")
        try messagesNode.rejectUnknownKeys(messageKeys, what: "tone-mismatch messages")
        var messages: [String: String] = [:]
        for key in messageKeys { messages[key] = try messagesNode.required(key).string() }
        return ToneMismatchCheck(
            definition: definition, lists: lists,
            exclamations: Int(try node.required("exclamations").number()),
            curtWords: Int(try node.required("curt_words").number()),
            messages: messages
        )
    }

    func run(_ context: LintContext) -> [Finding] {
        guard let customer = context.incomingTone else { return [] }
        let reply = ReplyShape(context: context, greetings: lists.greetings)
        guard !reply.scope.isEmpty else { return [] }
        let draft = context.draftTone
        var values = [
            "incoming": customer.label.rawValue,
            "cues": customer.reasons().joined(separator: ", "),
            "draft": draft.label.rawValue,
        ]
        if values["cues"]!.isEmpty { values["cues"] = "no strong cues" }
        var findings = FindingList(definition, context)
        func report(_ key: String, _ range: Range<Int>, _ extra: [String: String] = [:]) {
            _ = findings.append(context.finding(definition, range: range, message: messages[key], values: values.merging(extra) { $1 }))
        }

        // Wrong for any customer: hostility and sarcasm in the reply.
        for hit in reply.hits(lists.hostile) { report("hostile", reply.byteRange(hit)) }
        // "Oh, wonderful!" in a warm reply is delight, not sarcasm: only a reply that is
        // not positive overall is called sarcastic.
        if draft.label != .positive {
            for cue in draft.cues where cue.cue == "sarcasm" && cue.weight < 0 && reply.bytes.contains(cue.range.lowerBound) {
                report("sarcastic", cue.range)
            }
        }

        switch customer.label {
        case .upset:
            let breezy = reply.hits(lists.breezy)
            for hit in breezy { report("breezy", reply.byteRange(hit)) }
            for emoji in reply.emoji() { report("emoji", emoji) }
            let exclaimed = reply.exclamations(avoiding: breezy.map(\.tokenRange))
            if exclaimed.count >= exclamations, let first = exclaimed.first {
                report("exclamations", first, ["count": String(exclaimed.count)])
            }
            if reply.hits(lists.acknowledgement).isEmpty { report("no_acknowledgement", reply.firstLine()) }
        case .positive:
            if reply.hits(lists.thanks).isEmpty {
                report("no_thanks", reply.firstLine())
            } else if reply.isCurt(maximumWords: curtWords) {
                report("curt", reply.firstLine())
            }
        case .neutral:
            break
        }
        return findings.findings
    }
}
