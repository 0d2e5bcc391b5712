// The analyser against the labelled messages in fixtures/tone/: fails below 90 %
// on the development set, with a confusion summary to see where it goes wrong.
import Foundation
import Testing
@testable import ReplyLintCore

struct ToneAccuracyTests {
    struct Labelled {
        var label: ToneLabel
        var implicit: Bool
        var text: String
    }

    struct Result {
        var total = 0
        var correct = 0
        /// confusion[expected][scored]
        var confusion: [ToneLabel: [ToneLabel: Int]] = [:]
        var misses: [String] = []

        var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }

        var summary: String {
            var text = "accuracy \(correct)/\(total) = \(Int((accuracy * 1000).rounded()) / 10)%\n"
            for expected in ToneLabel.allCases {
                let row = ToneLabel.allCases.map { "\($0.rawValue) \(confusion[expected]?[$0] ?? 0)" }.joined(separator: ", ")
                text += "  \(expected.rawValue) scored as: \(row)\n"
            }
            return text + misses.map { "  miss: \($0)" }.joined(separator: "\n")
        }
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load(_ name: String) throws -> [Labelled] {
        let path = root.appendingPathComponent("fixtures/tone/\(name)").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var messages: [Labelled] = []
        for item in try YAMLReader.read(text, file: path).list() {
            let labelNode = try item.required("label")
            guard let label = ToneLabel(rawValue: try labelNode.string()) else { throw labelNode.error("unknown label") }
            messages.append(Labelled(label: label, implicit: try item["implicit"]?.bool() ?? false, text: try item.required("text").string()))
        }
        return messages
    }

    static func score(_ messages: [Labelled]) throws -> Result {
        let analyzer = ToneAnalyzer(Fixture.rules.lexicons.tone)
        var result = Result()
        for message in messages {
            let document = try Fixture.document(message.text, path: "message.txt")
            let scored = analyzer.score(AnalyzedDocument(document, phrases: Fixture.rules.phrases)).label
            result.total += 1
            result.confusion[message.label, default: [:]][scored, default: 0] += 1
            if scored == message.label {
                result.correct += 1
            } else {
                result.misses.append("\(message.label.rawValue) scored \(scored.rawValue): \(message.text.split(whereSeparator: \.isNewline).joined(separator: " "))")
            }
        }
        return result
    }

    @Test func developmentSetIsAtLeast90Percent() throws {
        let messages = try Self.load("messages.yml")
        #expect(messages.count >= 150)
        let upset = messages.filter { $0.label == .upset }
        #expect(upset.filter(\.implicit).count * 3 >= messages.count, "a third of the set should be upset without negative words")
        let result = try Self.score(messages)
        #expect(result.accuracy >= 0.9, "\(result.summary)")
    }

    @Test func upsetWithoutNegativeWordsIsFound() throws {
        // The cues general sentiment tools miss: repeat contact, waits, caps, sarcasm, threats.
        let messages = try Self.load("messages.yml").filter(\.implicit)
        let result = try Self.score(messages)
        #expect(result.accuracy >= 0.85, "\(result.summary)")
    }

    @Test func heldOutSetIsAtLeast85Percent() throws {
        let result = try Self.score(try Self.load("holdout.yml"))
        #expect(result.accuracy >= 0.85, "\(result.summary)")
    }
}
