// Line and column of a byte offset, including in lines far longer than a block, where
// columns come from per-block scalar counts (found by the malformed-input test: a 2 MB
// one-line draft with thousands of findings took minutes when each column was a scan).
import Testing
@testable import ReplyLintCore

@Suite struct SourceTextTests {
    /// Column by a plain scan from the line's start: what the fast path must agree with.
    private func scannedLocation(_ bytes: [UInt8], _ offset: Int) -> ReplyLintCore.SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A) {
                line += 1
                column = 1
            } else if byte != 0x0D, byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return ReplyLintCore.SourceLocation(line: line, column: column)
    }

    @Test func longLinesWithMultibyteTextGiveTheSameColumnsAsAScan() {
        let text = "Hi Zoë,\r\n" + String(repeating: "café ünïcödé 👋🏽 thx u ", count: 900) + "\nend\r"
            + String(repeating: "x", count: 9000) + "ß"
        let bytes = Array(text.utf8)
        let source = SourceText(bytes: bytes)
        for offset in stride(from: 0, through: bytes.count, by: 97) where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            #expect(source.location(of: offset) == scannedLocation(bytes, offset), "offset \(offset)")
        }
        #expect(source.location(of: bytes.count) == scannedLocation(bytes, bytes.count))
    }

    @Test func shortLinesAreUnchanged() {
        let source = SourceText(bytes: Array("one\ntwo ü\r\nthree\rfour".utf8))
        #expect(source.location(of: 0) == ReplyLintCore.SourceLocation(line: 1, column: 1))
        #expect(source.location(of: 10) == ReplyLintCore.SourceLocation(line: 2, column: 6))
        #expect(source.location(of: 12) == ReplyLintCore.SourceLocation(line: 3, column: 1))
        #expect(source.location(of: 19) == ReplyLintCore.SourceLocation(line: 4, column: 2))
    }

    /// Text with only LF line ends takes a faster path; its lines must be the same as a scan's.
    @Test func lfOnlyTextGivesTheSameLinesAsAScan() {
        let bytes = Array("Hi Zoë,\n\nthanks\n \nx\n\n".utf8)
        let source = SourceText(bytes: bytes)
        #expect(source.lineStarts == [0, 9, 10, 17, 19, 21, 22])
        for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            #expect(source.location(of: offset) == scannedLocation(bytes, offset), "offset \(offset)")
        }
    }
}
