// The `customer-name` kind: the draft's greeting names someone other than the customer
// who wrote (a template reused with the last customer's name), or, as an info, the
// draft never uses a name the customer gave. Says nothing when the customer's name is
// unknown; short forms (Bob for Robert), full names and group greetings ("Hi team") pass.
//
//   messages: {wrong_name: ..., no_name: ...}    slots: greeting, customer, source

struct CustomerNameCheck: Check {
    let definition: RuleDefinition
    let wrongName: String
    let noName: String

    static let kind = RuleKind(name: "customer-name", keys: ["messages"]) { definition, node, _ throws(DataError) in
        let messages = try node.required("messages")
        try messages.rejectUnknownKeys(["wrong_name", "no_name"], what: "customer-name messages")
        return CustomerNameCheck(
            definition: definition,
            wrongName: try messages.required("wrong_name").string(),
            noName: try messages.required("no_name").string()
        )
    }

    func run(_ context: LintContext) -> [Finding] {
        // The customer's name first: without an incoming message the lexicon is never loaded.
        guard let customer = context.customerName, case .success(let lexicon) = NameLexicon.embedded,
              let line = FirstReplyLine.first(context.analysis, before: context.document.replyRange.upperBound) else { return [] }
        let values = ["customer": customer.first, "source": customer.source.rawValue]
        switch Greeting(context.analysis, line: line, lexicon: lexicon) {
        case .group:
            return []
        case .named(let words, let range):
            if lexicon.matches(words, customer) { return [] }
            // "Dear Ms Nair" with no family name known: cannot tell.
            if let first = words.first, lexicon.titles.contains(Folding.fold(first)) { return [] }
            return [context.finding(
                definition, range: range, message: wrongName,
                values: values.merging(["greeting": words.joined(separator: " ")]) { $1 }
            )]
        case .nameless:
            if usesName(context, customer, lexicon) { return [] }
            var finding = context.finding(definition, range: line, message: noName, values: values)
            finding.severity = .info
            return [finding]
        }
    }

    /// Whether the customer's name (or a short form of it) appears anywhere in the reply.
    private func usesName(_ context: LintContext, _ customer: CustomerName, _ lexicon: NameLexicon) -> Bool {
        let analysis = context.analysis
        let end = context.document.replyRange.upperBound
        return analysis.tokens.contains { token in
            token.kind == .word && Int(token.end) <= end && token.flags.contains(.capitalized)
                && lexicon.matches([analysis.string(token)], customer)
        }
    }
}

extension NameLexicon {
    /// Whether the words of a greeting name this customer: the first name or a short form
    /// of it, or the family name after a title.
    func matches(_ words: [String], _ customer: CustomerName) -> Bool {
        words.contains { word in
            sameName(word, customer.first) || customer.last.map { Folding.fold($0) == Folding.fold(word) } == true
        }
    }
}

extension LintContext {
    /// The customer's name from their message, when it says one.
    public var customerName: CustomerName? {
        guard let incoming, case .success(let lexicon) = NameLexicon.embedded else { return nil }
        // Boxed: an optional memo value would read back as "cached nil" before it is computed.
        return cached("customer.name") { FoundName(name: CustomerName.find(in: incoming.document, lexicon: lexicon)) }.name
    }
}

private struct FoundName {
    let name: CustomerName?
}
