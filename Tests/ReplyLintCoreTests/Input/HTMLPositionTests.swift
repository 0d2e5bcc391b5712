// Findings in HTML drafts point at the exact line and column of the file on disk.
import Testing
@testable import ReplyLintCore

struct HTMLPositionTests {
    func find(_ rule: String, in findings: [Finding]) throws -> Finding {
        try #require(findings.first { $0.rule == rule })
    }

    @Test func findingsAfterEntitiesAndInlineTagsPointIntoTheFile() throws {
        let marked = Marked("""
        <html><body>
        <p>Caf&eacute; &amp; d&eacute;j&agrave; vu &mdash; we&rsquo;re 1️⃣gonna2️⃣ fix it.</p>
        <p>3️⃣We <b>apologize</b> for any
        inconvenience4️⃣.</p>
        </body></html>
        """)
        let findings = try HTMLFixture.lint(marked.text)
        let slang = try find("slang", in: findings)
        #expect(slang.start == marked[1])
        #expect(slang.end == marked[2])
        let apology = try find("generic-apology", in: findings)
        #expect(apology.start == marked[3])
        #expect(apology.end == marked[4])
    }

    @Test func aFindingInsideAMultiLineTagsTextPointsIntoTheFile() throws {
        let marked = Marked("""
        <div
          class="reply"
          style="color: #333">Your order shipped, 1️⃣thx!</div>
        """)
        let slang = try find("slang", in: try HTMLFixture.lint(marked.text))
        #expect(slang.start == marked[1])
    }

    @Test func anEntityInsideAWordKeepsTheWordAndItsPlace() throws {
        let marked = Marked("<p>We are 1️⃣gon&#110;a2️⃣ fix it&#x2e;</p>")
        let slang = try find("slang", in: try HTMLFixture.lint(marked.text))
        #expect(slang.excerpt == "gonna")
        #expect(slang.start == marked[1])
        #expect(slang.end == marked[2])
    }

    @Test func positionsStayExactPastLine65535() throws {
        var html = "<html><body>\n"
        for index in 0..<70_000 { html += "<p>Line \(index) of the order history.</p>\n" }
        let marked = Marked(html + "<p>We are 1️⃣gonna fix it.</p>\n</body></html>\n")
        let slang = try find("slang", in: try HTMLFixture.lint(marked.text))
        #expect(slang.start == marked[1])
        #expect(slang.start.line == 70_002)
    }

    @Test func anHTMLDraftHasTheFindingsOfTheSameTextDraft() throws {
        let text = "Hi Priya,\n\nWe apologize for any inconvenience. We're gonna send a new one, thx!\n\nAlex\n"
        let html = "<div>Hi Priya,</div><div><br></div><div>We apologize for any inconvenience. We&#39;re gonna send a new one, thx!</div><div><br></div><div>Alex</div>"
        let fromText = try HTMLFixture.lintText(text).map { "\($0.rule) \($0.excerpt)" }
        let fromHTML = try HTMLFixture.lint(html).map { "\($0.rule) \($0.excerpt)" }
        #expect(!fromText.isEmpty)
        #expect(fromHTML == fromText)
    }

    @Test func mapsOfAPartPointIntoTheBytesGiven() {
        // Latin-1 bytes, as a MIME part names them: "Café gonna" with é as one byte 0xE9.
        let html: [UInt8] = Array("<p>Caf".utf8) + [0xE9] + Array(" gonna</p>".utf8)
        let parts = HTMLInput.parts(html: html, charset: "ISO-8859-1")
        #expect(parts.body.string == "Café gonna")
        let gonna = parts.body.bytes.count - 5
        #expect(parts.body.map.sourceOffset(for: gonna) == 8)
        #expect(parts.body.map.sourceOffset(for: 3) == 6)
    }

    @Test func aDeclaredCharsetIsReadAndPositionsCountCharacters() throws {
        let bytes: [UInt8] = Array("<meta charset=\"windows-1252\"><p>Caf".utf8) + [0xE9, 0x20, 0x93] + Array("gonna".utf8) + [0x94] + Array("</p>".utf8)
        let document = HTMLInput.document(path: "draft.html", bytes: bytes, notes: [])
        #expect(document.body.string == "Café “gonna”")
        let findings = Linter(rules: Fixture.rules, options: LintOptions()).lint(document, incoming: nil)
        let slang = try find("slang", in: findings)
        #expect(slang.start == SourceLocation(line: 1, column: 39))
    }
}
