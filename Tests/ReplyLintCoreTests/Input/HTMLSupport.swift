// Helpers for the HTML tests: read HTML as DocumentReader does, lint it, show its parts.
import Foundation
@testable import ReplyLintCore

enum HTMLFixture {
    static func document(_ html: String, path: String = "draft.html") throws -> Document {
        try DocumentReader.document(path: path, bytes: Array(html.utf8))
    }

    static func lint(_ html: String) throws -> [Finding] {
        Linter(rules: Fixture.rules, options: LintOptions()).lint(try document(html), incoming: nil)
    }

    static func lintText(_ text: String) throws -> [Finding] {
        Linter(rules: Fixture.rules, options: LintOptions()).lint(try Fixture.document(text), incoming: nil)
    }

    /// The reply (without signature) as a reader sees it.
    static func reply(_ html: String) -> String {
        let parts = HTMLInput.parts(html: Array(html.utf8), charset: nil)
        return parts.reply.trimmed
    }
}

extension VisibleText {
    /// The text without the blank lines and spaces around it, as `replylint parse` shows it.
    var trimmed: String {
        string.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
