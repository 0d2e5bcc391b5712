// Shared test helpers: the default rules loaded once, and linting a string.
@testable import ReplyLintCore

enum Fixture {
    /// The default rules, loaded once for all tests.
    static let rules: RuleSet = {
        do {
            return try RuleSet.load()
        } catch {
            fatalError("default rules do not load: \(error)")
        }
    }()

    static func document(_ text: String, path: String = "draft.txt", format: InputFormat = .txt) throws -> Document {
        try DocumentReader.document(path: path, bytes: Array(text.utf8), format: format)
    }

    /// Findings for a draft given as text, optionally with the customer's message.
    static func lint(
        _ draft: String, incoming: String? = nil, template: Bool = false, sentAt: String? = nil, rules: RuleSet = Fixture.rules
    ) throws -> [Finding] {
        var options = LintOptions()
        options.template = template
        options.sentAt = sentAt.flatMap(ISO8601Date.parse)
        let linter = Linter(rules: rules, options: options)
        let customer = try incoming.map { try document($0, path: "incoming.txt") }.map(linter.analyze)
        return linter.lint(try document(draft), incoming: customer)
    }

    static func analysis(_ text: String) -> TextAnalysis {
        TextAnalysis(VisibleText(text), phrases: rules.phrases)
    }
}

/// Inline position markers: "Dear 1️⃣[Name]" → the text without markers, and
/// each marker's 1-based line and column in it.
struct Marked {
    let text: String
    let positions: [Int: SourceLocation]

    init(_ marked: String) {
        let markers: [Character: Int] = ["1️⃣": 1, "2️⃣": 2, "3️⃣": 3, "4️⃣": 4, "5️⃣": 5, "6️⃣": 6, "7️⃣": 7, "8️⃣": 8, "9️⃣": 9]
        var text = ""
        var positions: [Int: SourceLocation] = [:]
        var line = 1
        var column = 1
        for character in marked {
            if let number = markers[character] {
                positions[number] = SourceLocation(line: line, column: column)
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.text = text
        self.positions = positions
    }

    subscript(_ number: Int) -> SourceLocation { positions[number]! }
}
