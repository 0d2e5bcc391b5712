// The labelled question/answer pairs of fixtures/questions/, and the decisions
// replylint makes on them.
import Foundation
@testable import ReplyLintCore

struct LabelledPair {
    struct Expectation {
        var ask: String
        var answered: Bool
        var kind: String
    }

    var file: String
    var name: String
    var incoming: String
    var draft: String
    var expect: [Expectation]

    /// Every pair of every file in fixtures/questions/.
    static func all() throws -> [LabelledPair] {
        let directory = packageRoot.appendingPathComponent("fixtures/questions")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yml") }.sorted()
        var pairs: [LabelledPair] = []
        for name in names {
            let path = "fixtures/questions/" + name
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            for item in try YAMLReader.read(text, file: path).list() {
                try item.rejectUnknownKeys(["name", "incoming", "draft", "expect"], what: "a labelled pair")
                var expectations: [Expectation] = []
                for entry in try item.required("expect").list() {
                    try entry.rejectUnknownKeys(["ask", "answered", "kind"], what: "an expectation")
                    expectations.append(Expectation(
                        ask: try entry.required("ask").string(), answered: try entry.required("answered").bool(),
                        kind: try entry["kind"]?.string() ?? "question"
                    ))
                }
                pairs.append(LabelledPair(
                    file: path, name: try item.required("name").string(), incoming: try item.required("incoming").string(),
                    draft: try item.required("draft").string(), expect: expectations
                ))
            }
        }
        return pairs
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Everything the customer asked (complaints aside) was answered.
    var allAnswered: Bool {
        expect.allSatisfy { $0.answered || $0.kind == "complaint" }
    }
}

/// replylint's decisions on one pair, against its labels.
struct PairVerdict {
    var pair: LabelledPair
    var questions: [Question]
    var unanswered: [Question]
    var findings: [Finding]
    /// Labels replylint got wrong, and questions it flagged that no label covers.
    var mistakes: [String] = []
    var decisions = 0

    init(_ pair: LabelledPair) throws {
        self.pair = pair
        let linter = Linter(rules: Fixture.rules)
        let incoming = linter.analyze(try Fixture.document(pair.incoming, path: "incoming.txt"))
        let draft = linter.analyze(try Fixture.document(pair.draft))
        questions = Questions.extract(from: incoming, rules: Fixture.rules)
        let coverage = AnswerCoverage(draft: draft, rules: Fixture.rules)
        unanswered = coverage.unanswered(questions)
        findings = try Fixture.lint(pair.draft, incoming: pair.incoming).filter { $0.rule == "unanswered-question" }
        let bytes = Array(pair.incoming.utf8)
        var covered = Set<Int>()
        for expectation in pair.expect {
            decisions += 1
            guard let range = Self.find(Array(expectation.ask.utf8), in: bytes) else {
                mistakes.append("label not found in the incoming message: \(expectation.ask)")
                continue
            }
            let inside = questions.indices.filter { questions[$0].range.overlaps(range) }
            covered.formUnion(inside)
            let flagged = inside.contains { index in
                questions[index].kind != .complaint && unanswered.contains { $0.range == questions[index].range }
            }
            let correct: Bool
            if expectation.kind == "complaint" {
                let complaints = inside.filter { questions[$0].kind == .complaint }
                correct = !flagged && !complaints.isEmpty
                    && complaints.allSatisfy { coverage.check(questions[$0]).answered == expectation.answered }
            } else {
                correct = flagged == !expectation.answered
            }
            if !correct {
                let seen = inside.map { "\(questions[$0].kind) \(questions[$0].expected) \"\(questions[$0].text)\"" }
                mistakes.append("\(expectation.answered ? "answered" : "unanswered") \(expectation.kind) \"\(expectation.ask)\" → extracted \(seen)")
            }
        }
        for (index, question) in questions.enumerated() where !covered.contains(index) && question.kind != .complaint
            && unanswered.contains(where: { $0.range == question.range }) {
            decisions += 1
            mistakes.append("flagged a question no label covers: \(question.kind) \"\(question.text)\"")
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start..<start + needle.count
        }
        return nil
    }
}
