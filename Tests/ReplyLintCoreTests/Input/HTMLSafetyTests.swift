// Hostile and odd HTML: deep nesting, entity bombs, external entities, empty and binary input.
import Testing
@testable import ReplyLintCore

struct HTMLSafetyTests {
    @Test func tenThousandNestedDivsRender() throws {
        let html = String(repeating: "<div>", count: 10_000) + "We are gonna fix it." + String(repeating: "</div>", count: 10_000)
        let findings = try HTMLFixture.lint(html)
        #expect(findings.contains { $0.rule == "slang" && $0.start == SourceLocation(line: 1, column: 50_008) })
    }

    @Test func unclosedDeepNestingRenders() {
        let html = String(repeating: "<div><span><b><blockquote>", count: 5_000) + "Where is it?"
        let parts = HTMLInput.parts(html: Array(html.utf8), charset: nil)
        #expect(parts.body.isBlank)
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let html = """
        <!DOCTYPE html [
          <!ENTITY xxe SYSTEM "file:///etc/passwd">
          <!ENTITY net SYSTEM "http://127.0.0.1:9/evil.dtd">
        ]>
        <html><body><p>Hello &xxe; &net; we are gonna fix it.</p></body></html>
        """
        let document = try HTMLFixture.document(html)
        #expect(!document.body.string.contains("root:"))
        #expect(document.body.string.contains("Hello &xxe; &net; we are gonna fix it."))
    }

    @Test func anEntityBombIsNotExpanded() throws {
        var html = "<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            html += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        html += "]>\n<html><body><p>Hello &lol9; we are gonna fix it.</p></body></html>\n"
        let document = try HTMLFixture.document(html)
        #expect(document.body.bytes.count < html.utf8.count)
        #expect(document.body.string.contains("Hello &lol9; we are gonna fix it."))
    }

    @Test func emptyAndBlankHTMLIsAnInputError() {
        #expect(throws: InputError.self) { try HTMLFixture.document("") }
        #expect(throws: InputError.self) { try HTMLFixture.document("  \n ") }
    }

    @Test func binaryBytesNamedHTMLAreAnInputError() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(throws: InputError.self) { try DocumentReader.document(path: "logo.html", bytes: bytes) }
    }

    @Test func markupWithoutTextGivesAnEmptyReplyAndANote() throws {
        let document = try HTMLFixture.document("<html><head><style>p{}</style></head><body><img src=x></body></html>")
        #expect(document.body.isBlank)
        #expect(document.notes.contains("the HTML shows no text"))
    }

    @Test func invalidUTF8IsRepairedWithExactOffsets() {
        let html: [UInt8] = Array("<p>A".utf8) + [0xFF] + Array(" gonna</p>".utf8)
        let parts = HTMLInput.parts(html: html, charset: nil)
        #expect(parts.body.string == "A\u{FFFD} gonna")
        #expect(parts.body.map.sourceOffset(for: parts.body.bytes.count - 5) == 6)
    }
}
