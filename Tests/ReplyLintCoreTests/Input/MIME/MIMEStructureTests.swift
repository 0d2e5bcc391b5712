// Which parts of a MIME message become the reply, the quote and the headers, and bad input.
import Foundation
import Testing
@testable import ReplyLintCore

struct MIMEStructureTests {
    private func read(_ text: String) throws -> Document {
        try DocumentReader.document(path: "reply.eml", bytes: Array(text.utf8), format: .eml)
    }

    private func problem(_ text: String) -> String? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return (error as? InputError)?.problem
        }
    }

    private let head = "From: Alex <alex@acme.example>\nSubject: Re: refund\nDate: Fri, 20 Nov 2026 11:00:00 +0000\nMIME-Version: 1.0\n"

    private func alternative(_ parts: [(type: String, body: String)], boundary: String = "alt") -> String {
        var text = head + "Content-Type: multipart/alternative; boundary=\"\(boundary)\"\n\npreamble text\n"
        for part in parts { text += "--\(boundary)\nContent-Type: \(part.type)\n\n\(part.body)\n" }
        return text + "--\(boundary)--\nepilogue text\n"
    }

    @Test func alternativeReadsThePlainPartWhicheverComesFirst() throws {
        let document = try read(alternative([("text/html; charset=utf-8", "<p>Hi from HTML</p>"), ("text/plain; charset=utf-8", "Hi from plain text")]))
        #expect(document.body.string == "Hi from plain text")
        #expect(document.bodySource == "text/plain part")
        #expect(document.format == .eml)
    }

    @Test func htmlOnlyAlternativeReadsTheHTMLPartThroughTheInjectedReader() throws {
        let text = alternative([("text/html; charset=iso-8859-1", "<p>Hi</p>")])
        var seen: (String, String?)?
        let document = try MIMEInput.document(path: "reply.eml", bytes: Array(text.utf8)) { html, charset in
            seen = (String(decoding: html, as: UTF8.self), charset)
            return ReplyParts(body: VisibleText(bytes: Array("Hi".utf8), map: SourceMap(offset: 3)))
        }
        #expect(seen?.0 == "<p>Hi</p>")
        #expect(seen?.1 == "iso-8859-1")
        #expect(document.bodySource == "text/html part")
        // The reader's map (offset 3 in the HTML bytes) is composed through the part's place in the file.
        let htmlStart = try #require(text.range(of: "<p>Hi")).lowerBound
        let expected = text.utf8.distance(from: text.startIndex, to: htmlStart) + 3
        #expect(document.body.map.sourceOffset(for: 0) == expected)
    }

    @Test func anEmptyPlainAlternativeGivesWayToTheHTMLPart() throws {
        let document = try read(alternative([("text/plain; charset=utf-8", "  "), ("text/html; charset=utf-8", "<p>Hi from HTML</p>")]))
        #expect(document.bodySource == "text/html part")
        #expect(document.body.string.contains("Hi from HTML"))
    }

    @Test func preambleAndEpilogueAreNotRead() throws {
        let document = try read(alternative([("text/plain", "Only this")]))
        #expect(document.body.string == "Only this")
    }

    @Test func attachmentsAreSkipped() throws {
        let text = head + """
        Content-Type: multipart/mixed; boundary=mix

        --mix
        Content-Type: text/plain; name="log.txt"

        attachment text, not the reply
        --mix
        Content-Type: application/pdf
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK
        --mix
        Content-Type: text/plain
        Content-Disposition: inline

        The reply.
        --mix--
        """
        #expect(try read(text).body.string == "The reply.")
    }

    @Test func attachedMessageIsTheQuoteWhenTheReplyHasNone() throws {
        let text = head + """
        Content-Type: multipart/mixed; boundary=mix

        --mix
        Content-Type: text/plain

        Hi Priya, a new kettle is on its way.
        --mix
        Content-Type: message/rfc822
        Content-Disposition: attachment; filename="original.eml"

        From: =?UTF-8?Q?Priya_N=C3=A1ir?= <priya@example.com>
        Subject: Broken kettle
        Date: Thu, 19 Nov 2026 18:30:00 +0000
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: quoted-printable

        Can you send a new one?=20
        --mix--
        """
        let document = try read(text)
        #expect(document.body.string == "Hi Priya, a new kettle is on its way.")
        #expect(document.quoted?.string == "Can you send a new one? ")
        #expect(document.quotedHeaders.from == "Priya Náir <priya@example.com>")
        #expect(document.quotedHeaders.subject == "Broken kettle")
        #expect(document.quotedHeaders.sentAt.map(MailDate.iso8601) == "2026-11-19T18:30:00Z")
        #expect(document.headers.subject == "Re: refund")
        let quoted = try #require(document.quoted)
        let location = document.location(of: 0, in: quoted)
        #expect(document.source.lineText(location.line) == "Can you send a new one?=20")
        #expect(location.column == 1)
    }

    @Test func theReplysOwnQuoteWinsOverAnAttachedMessage() throws {
        let text = head + """
        Content-Type: multipart/mixed; boundary=mix

        --mix
        Content-Type: text/plain

        Sorted, thanks.

        > Where is my parcel?
        --mix
        Content-Type: message/rfc822

        From: Someone <s@example.com>

        Something else.
        --mix--
        """
        let document = try read(text)
        #expect(document.quoted?.string.hasPrefix("Where is my parcel?") == true)
        #expect(document.quotedHeaders.from == nil)
    }

    @Test func unclosedBoundaryReadsToTheEnd() throws {
        let text = head + "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nThe rest of the file\nis the part."
        let document = try read(text)
        #expect(document.body.string == "The rest of the file\nis the part.")
        #expect(document.notes == ["a multipart boundary is never closed; its last part was read to the end of the file"])
    }

    @Test func missingBoundaryIsGuessedOrRefused() throws {
        let guessed = head + "Content-Type: multipart/mixed\n\n--xyz\nContent-Type: text/plain\n\nHello.\n--xyz--\n"
        let document = try read(guessed)
        #expect(document.body.string == "Hello.")
        #expect(document.notes.first?.contains("without a boundary parameter") == true)
        let hopeless = head + "Content-Type: multipart/mixed\n\nHello, no delimiter anywhere.\n"
        #expect(problem(hopeless) == "multipart message without a boundary parameter")
    }

    @Test func deepNestingIsCappedNotRecursedWithoutEnd() throws {
        var nested = ""
        for level in 0..<200 { nested += "--b\(level)\nContent-Type: multipart/mixed; boundary=b\(level + 1)\n\n" }
        nested += "--b200\nContent-Type: text/plain\n\ndeep\n"
        #expect(problem(head + "Content-Type: multipart/mixed; boundary=b0\n\n" + nested) == "e-mail has no text part, nothing to lint")
        let shallow = head + "Content-Type: multipart/mixed; boundary=top\n\n--top\nContent-Type: text/plain\n\nShallow reply.\n"
            + "--top\nContent-Type: multipart/mixed; boundary=b0\n\n" + nested + "--top--\n"
        let document = try read(shallow)
        #expect(document.body.string == "Shallow reply.")
        #expect(document.notes.contains("MIME parts nested deeper than 20 levels were not read"))
    }

    @Test func badInputIsAnErrorTheUserCanActOn() {
        #expect(problem(head) == "e-mail has headers but no body, nothing to lint")
        #expect(problem(head + "Content-Type: text/plain") == "e-mail has headers but no body, nothing to lint")
        #expect(problem(head + "\n\n   \n") == "empty draft, nothing to lint")
        #expect(problem(head + "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n") == "e-mail has no text part, nothing to lint")
        #expect(problem("From: a\u{0}b\nSubject: x\n\nbody") == "binary file (holds NUL bytes), not a draft")
        #expect(problem("\u{89}PNG\r\n\u{1A}\n\u{0}\u{0}\u{0}\rIHDR") == "binary file (holds NUL bytes), not a draft")
    }

    @Test func binaryAttachmentBytesDoNotMakeTheMessageBinary() throws {
        var bytes = Array((head + "Content-Type: multipart/mixed; boundary=m\n\n--m\nContent-Type: text/plain\n\nHello.\n--m\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: binary\n\n").utf8)
        bytes += [0, 1, 2, 0xFF, 0xFE, 0, 0x0A]
        bytes += Array("--m--\n".utf8)
        let document = try DocumentReader.document(path: "reply.eml", bytes: bytes, format: .eml)
        #expect(document.body.string == "Hello.")
    }

    @Test func quotedPrintableFindingPositionsPointIntoTheFile() throws {
        let marked = Marked("""
        From: Alex <alex@acme.example>
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: quoted-printable

        Hi Priya, I=E2=80=99m 1️⃣gonna fix it. A long line is bro=
        ken here, 2️⃣u see.
        """)
        let linter = Linter(rules: Fixture.rules, options: LintOptions())
        let findings = linter.lint(try read(marked.text), incoming: nil)
        #expect(findings.filter { $0.rule == "slang" }.map(\.start) == [marked[1], marked[2]])
    }
}
