// Shared helpers: the default rules and one composer for all tests, the labelled set.
import Foundation
@testable import ReplyLintCompose
import ReplyLintCore

enum ComposeFixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let composer: Composer = {
        do {
            return try Composer(rules: try RuleSet.load())
        } catch {
            fatalError("compose data does not load: \(error)")
        }
    }()

    static func document(_ text: String, path: String = "incoming.txt") throws -> Document {
        try DocumentReader.document(path: path, bytes: Array(text.utf8))
    }

    static func compose(_ text: String, values: [String: String] = [:]) throws -> ComposeResult {
        composer.compose(try document(text), values: values)
    }

    /// Every slot filled: the sample value from rules/compose/slots.yml, or the answer given.
    static func filled(_ result: ComposeResult, answers: [String: String] = [:]) -> [String: String] {
        var values: [String: String] = [:]
        for slot in result.slots { values[slot.name] = answers[slot.name] ?? composer.renderer.samples[slot.name] }
        return values
    }
}

/// One message of fixtures/compose/labels.yml with what a person said it is.
struct LabelledMessage: Sendable, CustomStringConvertible {
    let file: String
    let intent: String
    let extra: [String]
    let escalate: Bool
    let name: String?
    let order: String?
    let answers: [String: String]

    var description: String { file }
    var path: String { ComposeFixture.root.appendingPathComponent("fixtures/compose/messages/" + file).path }

    static let all: [LabelledMessage] = {
        let path = ComposeFixture.root.appendingPathComponent("fixtures/compose/labels.yml").path
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return try YAMLReader.read(text, file: path).list().map { item throws(DataError) in
                var answers: [String: String] = [:]
                if let node = item["answers"] {
                    for (key, value) in try node.map() { answers[key] = try value.string() }
                }
                func optional(_ key: String) throws(DataError) -> String? {
                    guard let node = item[key], !node.isNull else { return nil }
                    return try node.string()
                }
                return LabelledMessage(
                    file: try item.required("file").string(), intent: try item.required("intent").string(),
                    extra: try item.required("extra").strings(), escalate: try item.required("escalate").bool(),
                    name: try optional("name"), order: try optional("order"), answers: answers
                )
            }
        } catch {
            fatalError("\(path): \(error)")
        }
    }()
}
