// `replylint compose`: reads a customer's message (intents, facts, tone, questions,
// escalation), renders a reply from the templates, leaves named slots for what only the
// agent knows, and lints the reply against the message with replylint's own rules.
import ReplyLintCore

public struct Composer: Sendable {
    public let rules: RuleSet
    let classifier: IntentClassifier
    let extractor: FactExtractor
    let renderer: TemplateRenderer
    let escalationCues: EscalationCues

    /// Longest slot value written into a reply.
    static let maximumSlotValue = 1000

    public init(rules: RuleSet) throws(DataError) {
        self.rules = rules
        classifier = try IntentClassifier()
        extractor = try FactExtractor()
        renderer = try TemplateRenderer()
        switch EscalationCues.embedded {
        case .success(let cues): escalationCues = cues
        case .failure(let error): throw error
        }
    }

    /// Composes a reply to `message`; `values` fill slots by name; billing disputes above
    /// `escalationThreshold` (default: rules/escalation/cues.yml) escalate.
    public func compose(_ message: Document, values: [String: String] = [:], escalationThreshold: Double? = nil) -> ComposeResult {
        let incoming = AnalyzedDocument(message, phrases: rules.phrases)
        let tone = ToneAnalyzer(rules.lexicons.tone).score(incoming).label
        let intents = classifier.classify(incoming.analysis)
        let facts = extractor.facts(of: message, incoming.analysis)
        let escalation = escalationCues.escalation(in: incoming.analysis, threshold: escalationThreshold)
        let asked = Questions.extract(from: incoming, rules: rules)

        var context = Self.context(facts, tone: tone, intents: intents)
        context["has_questions"] = asked.contains { $0.kind != .complaint }
        let template = escalation == nil ? intents[0].intent.rawValue : "escalation"
        if escalation == nil {
            context["body"] = intents.enumerated().map { position, score in
                var values = context
                values["primary"] = position == 0
                return renderer.render(score.intent.rawValue, values).trimmingWhitespace
            }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        }
        let frame = escalation == nil ? "reply" : "escalation"
        var marked = renderer.render(frame, context)

        // Questions the template does not answer get a slot each, under the intents' parts.
        // Judged with sample values in open slots, so filling a slot never changes the slots.
        let coverage = AnswerCoverage(draft: analyze(fill(marked, renderer.samples.merging(values) { $1 }), path: "reply.txt"), rules: rules)
        let open = coverage.unanswered(asked.filter { $0.kind != .complaint })
        let isOpen = { (question: Question) in open.contains { $0.range == question.range } }
        var answerSlots: [String: String] = [:]
        if escalation == nil, !open.isEmpty {
            context["questions"] = open.enumerated().map { number, question -> [String: String] in
                let slot = "answer_\(number + 1)"
                answerSlots[slot] = question.shortText
                return ["text": TemplateRenderer.value(question.shortText, limit: 80), "answer": TemplateRenderer.marked(slot)]
            }
            marked = renderer.render(frame, context)
        }
        let slots = TemplateRenderer.markedNames(in: marked).map { name in
            ComposeResult.Slot(
                name: name, filled: !(values[name] ?? "").isEmpty, question: answerSlots[name],
                describe: answerSlots[name].map { "your answer to \"\($0)\"" } ?? renderer.descriptions[name] ?? name
            )
        }
        let reply = fill(marked, values)
        return ComposeResult(
            intents: intents, escalation: escalation, facts: facts, tone: tone, template: template, reply: reply,
            slots: slots,
            questions: asked.map { .init(text: $0.shortText, answered: !isOpen($0)) },
            findings: selfCheck(reply, incoming: incoming, escalated: escalation != nil)
        )
    }

    /// The values the templates see.
    static func context(_ facts: Facts, tone: ToneLabel, intents: [IntentScore]) -> [String: Any] {
        var context: [String: Any] = [
            "upset": tone == .upset, "positive": tone == .positive, "neutral": tone == .neutral,
            "wants_refund": intents.contains { $0.intent == .refund },
        ]
        if let name = facts.name?.first { context["name"] = TemplateRenderer.value(name, limit: 40) }
        if let order = facts.order { context["order"] = TemplateRenderer.value(order, limit: 32) }
        if let product = facts.product { context["product"] = TemplateRenderer.value(product, limit: 40) }
        if let amount = facts.amounts.first { context["amount"] = TemplateRenderer.value(amount, limit: 24) }
        return context
    }

    /// The reply with each slot marker replaced by its value, or `[label]` while unfilled.
    func fill(_ marked: String, _ values: [String: String]) -> String {
        var result = ""
        var parts = marked.split(separator: TemplateRenderer.marker, omittingEmptySubsequences: false).makeIterator()
        var inside = false
        while let part = parts.next() {
            if inside {
                let name = String(part)
                if let value = values[name], !value.isEmpty {
                    result += TemplateRenderer.value(value, limit: Self.maximumSlotValue)
                } else {
                    result += "[" + name.replacingUnderscores + "]"
                }
            } else {
                result += part
            }
            inside.toggle()
        }
        return Self.tidy(result)
    }

    /// Lints the reply against the customer's message. The escalation is the result's own
    /// field; an escalated reply leaves the questions to the specialist; a reply being
    /// composed has no sending time yet, so late-response is the agent's lint, not compose's.
    func selfCheck(_ reply: String, incoming: AnalyzedDocument, escalated: Bool) -> [Finding] {
        var options = LintOptions()
        options.disabled = ["escalate", "late-response"]
        if escalated { options.disabled.insert("unanswered-question") }
        let linter = Linter(rules: rules, options: options)
        return linter.lint(analyze(reply, path: "reply.txt").document, incoming: incoming)
    }

    func analyze(_ text: String, path: String) -> AnalyzedDocument {
        let document = PlainTextInput.document(path: path, text: Array(text.utf8))
        return AnalyzedDocument(document, phrases: rules.phrases)
    }

    /// No trailing spaces, at most one blank line in a row, one final line break.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            while line.last == " " || line.last == "\t" { line = line.dropLast() }
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}

extension TemplateRenderer {
    static func marked(_ name: String) -> String { "\(marker)\(name)\(marker)" }

    /// Slot names in a marked reply, in order of first appearance.
    static func markedNames(in text: String) -> [String] {
        var names: [String] = []
        for (index, part) in text.split(separator: marker, omittingEmptySubsequences: false).enumerated() where index % 2 == 1 {
            if !names.contains(String(part)) { names.append(String(part)) }
        }
        return names
    }
}
