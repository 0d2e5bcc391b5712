// The labelled set (fixtures/compose/): compose must read at least 90 % of the messages
// fully right (intent, extra intents, escalation, name and order), and every reply it
// writes must lint clean once the agent has filled the slots.
import Testing
@testable import ReplyLintCompose
import ReplyLintCore

struct LabelledSetTests {
    static let messages = LabelledMessage.all

    @Test func theSetCoversWhatComposeMeets() {
        let set = Self.messages
        #expect(set.count >= 80)
        for intent in Intent.allCases {
            #expect(set.contains { $0.intent == intent.rawValue }, "no message of intent \(intent.rawValue)")
        }
        #expect(set.filter { !$0.extra.isEmpty }.count >= 8, "multi-intent messages")
        #expect(set.filter(\.escalate).count >= 10, "escalation cases")
        #expect(set.contains { $0.name == nil } && set.contains { $0.order == nil })
        #expect(set.contains { $0.file.hasSuffix(".eml") }, "names from a From header")
    }

    @Test func atLeastNinetyPercentFullyCorrect() throws {
        var wrong: [String] = []
        for message in Self.messages {
            let result = ComposeFixture.composer.compose(try DocumentReader.read(path: message.path))
            let got = Reading(result)
            let expected = Reading(
                intent: message.intent, extra: message.extra.sorted(), escalate: message.escalate,
                name: message.name, order: message.order
            )
            if got != expected { wrong.append("\(message.file): expected \(expected), got \(got)") }
        }
        let correct = Double(Self.messages.count - wrong.count) / Double(Self.messages.count)
        #expect(correct >= 0.9, "\(Int(correct * 100)) % fully correct; wrong:\n\(wrong.joined(separator: "\n"))")
    }

    @Test("the reply with its slots filled lints clean", arguments: messages)
    func filledReplyLintsClean(_ message: LabelledMessage) throws {
        let document = try DocumentReader.read(path: message.path)
        let open = ComposeFixture.composer.compose(document)
        #expect(!open.isReady, "a reply always has slots to fill (at least the agent's name)")
        let result = ComposeFixture.composer.compose(document, values: ComposeFixture.filled(open, answers: message.answers))
        #expect(result.slots.map(\.name) == open.slots.map(\.name), "filling slots changes no slot")
        #expect(result.unfilledSlots.isEmpty)
        #expect(result.findings.isEmpty, "\(result.findings.map { "\($0.rule): \($0.message)" })\n\(result.reply)")
        #expect(result.isReady)
    }

    struct Reading: Equatable, CustomStringConvertible {
        var intent: String
        var extra: [String]
        var escalate: Bool
        var name: String?
        var order: String?

        init(intent: String, extra: [String], escalate: Bool, name: String?, order: String?) {
            self.intent = intent
            self.extra = extra
            self.escalate = escalate
            self.name = name
            self.order = order
        }

        init(_ result: ComposeResult) {
            self.init(
                intent: result.intent.rawValue, extra: result.intents.dropFirst().map(\.intent.rawValue).sorted(),
                escalate: result.escalation != nil, name: result.facts.name?.first, order: result.facts.order
            )
        }

        var description: String {
            "\(intent) +\(extra) escalate=\(escalate) name=\(name ?? "-") order=\(order ?? "-")"
        }
    }
}
