// The labelled set decides: at least 90 % of replylint's decisions right, and not
// one `unanswered-question` finding on a pair where everything was answered.
import Foundation
import Testing
@testable import ReplyLintCore

struct QuestionSetTests {
    static let verdicts: [PairVerdict] = {
        do {
            return try LabelledPair.all().map(PairVerdict.init)
        } catch {
            fatalError("cannot read fixtures/questions: \(error)")
        }
    }()

    @Test func theSetIsLargeAndVaried() {
        let pairs = Self.verdicts.map(\.pair)
        #expect(pairs.count >= 60)
        #expect(pairs.filter { $0.expect.isEmpty }.count >= 8, "pairs without a question")
        #expect(pairs.filter { $0.expect.contains { !$0.answered } }.count >= 20, "pairs with an unanswered question")
        #expect(pairs.filter { $0.expect.contains { $0.kind == "complaint" } }.count >= 5, "pairs with a complaint")
    }

    @Test func atLeastNinetyPercentOfDecisionsAreRight() {
        let decisions = Self.verdicts.map(\.decisions).reduce(0, +)
        let mistakes = Self.verdicts.flatMap { verdict in verdict.mistakes.map { "\(verdict.pair.file) \(verdict.pair.name): \($0)" } }
        let accuracy = Double(decisions - mistakes.count) / Double(max(decisions, 1))
        if ProcessInfo.processInfo.environment["QUESTIONS_REPORT"] != nil {
            print("questions: \(decisions - mistakes.count)/\(decisions) decisions right (\(accuracy))\n" + mistakes.joined(separator: "\n"))
        }
        #expect(accuracy >= 0.9, "accuracy \(accuracy) on \(decisions) decisions; wrong:\n\(mistakes.joined(separator: "\n"))")
    }

    @Test func noFindingWhenEverythingWasAnswered() {
        for verdict in Self.verdicts where verdict.pair.allAnswered {
            #expect(verdict.findings.isEmpty, "\(verdict.pair.file) \(verdict.pair.name): \(verdict.findings.map(\.message))")
        }
    }

    @Test func oneFindingPerUnansweredQuestion() {
        for verdict in Self.verdicts {
            let expected = verdict.unanswered.filter { $0.kind != .complaint }.count
            #expect(verdict.findings.count == expected, "\(verdict.pair.name)")
        }
    }
}
