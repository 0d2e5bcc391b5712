// RFC 5322 header sections and RFC 2047 encoded words as the MIME reader reads them.
import Testing
@testable import ReplyLintCore

struct MIMEHeaderTests {
    private func section(_ text: String) -> HeaderSection {
        let bytes = Array(text.utf8)
        return HeaderSection.parse(bytes, in: 0..<bytes.count)
    }

    @Test func foldedFieldsAreJoinedWithLFAndCRLF() {
        for lineEnd in ["\n", "\r\n", "\r"] {
            let header = section(["Subject: Your order", "  has shipped", "From: Alex", "\t<alex@acme.example>", "", "body"].joined(separator: lineEnd))
            #expect(header.text("subject") == "Your order has shipped")
            #expect(header.text("from") == "Alex <alex@acme.example>")
            #expect(header.sawBlankLine)
        }
    }

    @Test func bodyStartsAfterTheBlankLine() {
        let text = "Subject: x\r\nTo: y\r\n\r\nHello\r\n"
        let header = section(text)
        #expect(header.bodyStart == text.utf8.count - "Hello\r\n".utf8.count)
    }

    @Test func aLineThatIsNotAFieldStartsTheBody() {
        let header = section("Content-Type: text/plain\nHello there, no blank line above.\n")
        #expect(header.fields.count == 1)
        #expect(header.bodyStart == "Content-Type: text/plain\n".utf8.count)
        #expect(!header.sawBlankLine)
    }

    @Test func encodedWordsInBAndQAreDecoded() {
        #expect(EncodedWords.decode(Array("=?UTF-8?B?UmU6IGNhZsOp?=".utf8)) == "Re: café")
        #expect(EncodedWords.decode(Array("=?iso-8859-1?q?Ren=E9e_Dupont?= <r@example.com>".utf8)) == "Renée Dupont <r@example.com>")
        #expect(EncodedWords.decode(Array("=?windows-1252?Q?=80_42?=".utf8)) == "€ 42")
    }

    @Test func blanksBetweenAdjacentEncodedWordsAreDropped() {
        let value = "=?UTF-8?Q?caf=C3=A9?=   \t =?UTF-8?Q?_table?= has shipped"
        #expect(EncodedWords.decode(Array(value.utf8)) == "café table has shipped")
        // Plain text between encoded words keeps its blanks.
        #expect(EncodedWords.decode(Array("=?UTF-8?Q?a?= and =?UTF-8?Q?b?=".utf8)) == "a and b")
    }

    @Test func foldedEncodedSubjectReadsAsOneLine() {
        let header = section("Subject: =?UTF-8?B?UmU6IFlvdXIgb3JkZXIg4oCU?=\r\n =?UTF-8?Q?_caf=C3=A9_table?= has\r\n\tshipped\r\n\r\n")
        #expect(header.text("subject") == "Re: Your order — café table has shipped")
    }

    @Test func brokenEncodedWordsStayAsWritten() {
        #expect(EncodedWords.decode(Array("=?UTF-8?X?abc?= and =?oops".utf8)) == "=?UTF-8?X?abc?= and =?oops")
        #expect(EncodedWords.decode(Array("=?x-unknown?Q?caf=C3=A9?=".utf8)) == "café")
    }

    @Test func dateBecomesSentAt() {
        let headers = section("Date: Fri, 20 Nov 2026 11:00:00 +0100\nFrom: Alex\n\n").messageHeaders
        #expect(headers.date == "Fri, 20 Nov 2026 11:00:00 +0100")
        #expect(headers.sentAt.map(MailDate.iso8601) == "2026-11-20T10:00:00Z")
    }

    @Test func contentTypeParameters() {
        let type = ContentField.parse(Array("Multipart/Alternative; (comment) boundary=\"b1=_x; y\"; charset=UTF-8".utf8))
        #expect(type.value == "multipart/alternative")
        #expect(type.parameters["boundary"] == "b1=_x; y")
        #expect(type.parameters["charset"] == "UTF-8")
        let unquoted = ContentField.parse(Array("multipart/mixed;\r\n boundary=----=_Part_1_2.3".utf8))
        #expect(unquoted.parameters["boundary"] == "----=_Part_1_2.3")
        let continued = ContentField.parse(Array("attachment; filename*0*=utf-8''caf%C3%A9; filename*1=\".pdf\"".utf8))
        #expect(continued.value == "attachment")
        #expect(continued.parameters["filename"] == "café.pdf")
    }

    /// Found by FuzzReadMIME: a comment ending in a backslash at the very end of the field
    /// stepped past its last byte, and reading the next token trapped.
    @Test func aCommentEndingInABackslashStaysInsideTheField() {
        let type = ContentField.parse(Array("text/plain;(charset=utf-7\\".utf8))
        #expect(type.value == "text/plain")
        #expect(type.parameters.isEmpty)
        let escaped = ContentField.parse(Array("text/plain; (a \\) b) charset=utf-8".utf8))
        #expect(escaped.parameters["charset"] == "utf-8")
    }
}
