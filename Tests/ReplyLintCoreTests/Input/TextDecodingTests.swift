// Invalid UTF-8 is found wherever it is: ASCII is skipped eight bytes at a time, and a
// bad byte at any position in or after such a run must still be the one reported.
import Testing
@testable import ReplyLintCore

struct TextDecodingTests {
    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17, 40])
    func theFirstBadByteIsFoundAfterAnyLengthOfASCII(at position: Int) {
        var bytes = Array(String(repeating: "a", count: 48).utf8)
        bytes[position] = 0xFF
        #expect(TextDecoding.firstInvalidOffset(bytes) == position)
    }

    @Test func validMultibyteTextHasNoBadByte() {
        #expect(TextDecoding.firstInvalidOffset(Array("Thanks, Zoë! Order 👋🏽 ships today.".utf8)) == nil)
        #expect(TextDecoding.firstInvalidOffset([]) == nil)
    }

    @Test func aTruncatedSequenceAfterASCIIIsBad() {
        let bytes = Array("twelve bytes".utf8) + [0xE2, 0x80]
        #expect(TextDecoding.firstInvalidOffset(bytes) == 12)
        #expect(TextDecoding.asciiPrefixLength(bytes) == 12)
    }
}
