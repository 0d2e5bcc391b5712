// Reading the quote fixtures (fixtures/quotes/) and splitting texts for the Input tests.
import Foundation
@testable import ReplyLintCore

enum QuoteFixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/quotes")

    /// The document replylint reads from `fixtures/quotes/<name>`.
    static func document(_ name: String) throws -> Document {
        try DocumentReader.read(path: root.appendingPathComponent(name).path)
    }

    static func split(_ text: String) -> ReplyParts {
        QuoteSplitter.split(VisibleText(text))
    }
}

extension ReplyParts {
    var replyText: String { trimmed(reply.string) }
    var signatureText: String? { signature.map { trimmed($0.string) } }
    var quotedText: String? { quoted.map { trimmed($0.string) } }

    private func trimmed(_ text: String) -> String { ParseReport.trimmed(text) }
}

extension Document {
    var replyText: String { ParseReport(self).reply }
    var signatureText: String? { ParseReport(self).signature }
    var quotedText: String? { ParseReport(self).quoted }

    /// Line and column in the file of where `needle` first stands in the quoted message.
    func quotedLocation(of needle: String) -> SourceLocation? {
        guard let quoted, let range = quoted.string.range(of: needle) else { return nil }
        let offset = quoted.string.utf8.distance(from: quoted.string.startIndex, to: range.lowerBound)
        return location(of: offset, in: quoted)
    }

    /// Line and column in the file of where `needle` first stands in the body.
    func bodyLocation(of needle: String) -> SourceLocation? {
        guard let range = body.string.range(of: needle) else { return nil }
        let offset = body.string.utf8.distance(from: body.string.startIndex, to: range.lowerBound)
        return location(of: offset, in: body)
    }
}
