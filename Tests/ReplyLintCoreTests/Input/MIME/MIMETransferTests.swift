// Quoted-printable and base64 bodies, and charsets, with the map back to the file.
import Testing
@testable import ReplyLintCore

struct MIMETransferTests {
    private func quotedPrintable(_ text: String) -> (String, ByteOrigins) {
        let bytes = Array(text.utf8)
        let decoded = QuotedPrintable.decode(bytes, 0..<bytes.count)
        return (String(decoding: decoded.bytes, as: UTF8.self), decoded.origins)
    }

    @Test func softBreaksVanishAndEscapesDecode() {
        let (text, _) = quotedPrintable("caf=C3=A9 is a lo=\nng wo=  \r\nrd; a=b stays\n")
        #expect(text == "café is a long word; a=b stays\n")
    }

    @Test func escapesMapToTheirEqualsSignAndLiteralsToThemselves() {
        let source = "I=E2=80=99m he=\nre"
        let (_, origins) = quotedPrintable(source)
        var cursor = ByteOrigins.Cursor(origins)
        #expect(cursor.origin(of: 0).source == 0)        // I
        #expect(cursor.origin(of: 1).source == 1)        // first =E2
        #expect(cursor.origin(of: 2).source == 4)        // =80
        #expect(cursor.origin(of: 3).source == 7)        // =99
        #expect(cursor.origin(of: 4).source == 10)       // m
        #expect(cursor.origin(of: 7).source == 13)       // e before the soft break
        #expect(cursor.origin(of: 8).source == 16)       // r after it
    }

    @Test func base64SkipsGarbageAndPadding() {
        let text = "SGVs bG8s\n!!@@ IHdv\ncmxk==== ***"
        #expect(String(decoding: Base64Body.decode(Array(text.utf8)[...]), as: UTF8.self) == "Hello, world")
        #expect(Base64Body.decode(Array("%%%%".utf8)[...]).isEmpty)
    }

    @Test func singleByteCharsetsComeFromIconv() {
        #expect(CharsetDecoder.utf8([0x80, 0x20, 0x92], charset: "windows-1252") == Array("€ ’".utf8))
        #expect(CharsetDecoder.utf8([0xA4], charset: "ISO-8859-15") == Array("€".utf8))
        #expect(CharsetDecoder.utf8([0xA4], charset: "iso-8859-1") == Array("¤".utf8))
        #expect(CharsetDecoder.utf8([0x63, 0x61, 0x66, 0xE9], charset: "\"latin1\"") == Array("café".utf8))
        #expect(CharsetDecoder.utf8(Array("café".utf8), charset: "us-ascii") == Array("café".utf8))
    }

    @Test func multiByteCharsetsAreReadACharacterAtATime() {
        // "日本" in Shift_JIS.
        #expect(CharsetDecoder.utf8([0x93, 0xFA, 0x96, 0x7B], charset: "shift_jis") == Array("日本".utf8))
    }

    @Test func unknownCharsetsAreNotGuessed() {
        #expect(CharsetDecoder(charset: "x-foo") == nil)
        let result = PartText.visible(Array("caf\u{E9} ok".utf8), origins: .copied(from: 100), charset: "x-foo")
        #expect(result.text.string == "café ok")
        #expect(result.note == "unknown charset x-foo, read as UTF-8")
    }

    @Test func transcodedCharactersMapToTheirInputByte() {
        // "We\u{92}ve \u{80}42" in Windows-1252 at file offset 50.
        let bytes: [UInt8] = [0x57, 0x65, 0x92, 0x76, 0x65, 0x20, 0x80, 0x34, 0x32]
        let text = PartText.visible(bytes, origins: .copied(from: 50), charset: "windows-1252").text
        #expect(text.string == "We’ve €42")
        let apostrophe = text.bytes.firstIndex(of: 0xE2)!
        #expect(text.map.sourceOffset(for: apostrophe) == 52)
        #expect(text.map.sourceOffset(for: apostrophe + 2) == 52)
        #expect(text.map.sourceOffset(for: apostrophe + 3) == 53)  // v
        let four = text.bytes.firstIndex(of: UInt8(ascii: "4"))!
        #expect(text.map.sourceOffset(for: four) == 57)
    }

    @Test func lineEndsBecomeLF() {
        let text = PartText.visible(Array("a\r\nb\rc\n".utf8), origins: .copied(from: 0), charset: "utf-8").text
        #expect(text.string == "a\nb\nc\n")
        #expect(text.map.sourceOffset(for: 2) == 3)  // b
        #expect(text.map.sourceOffset(for: 4) == 5)  // c
    }
}

/// Composing long maps (a quoted-printable part's map through a transcoded file's map).
struct MIMEMapCompositionTests {
    @Test func composingManySegmentsAgreesWithLookingUpTwice() {
        var inner = SourceMap()
        var outer = SourceMap()
        // Inner: runs of 5 copied bytes, each followed by one byte standing for 3 (an escape).
        var source = 0
        for run in 0..<400 {
            inner.add(visible: run * 6, source: source, contiguous: true)
            inner.add(visible: run * 6 + 5, source: source + 5, contiguous: false)
            source += 8
        }
        // Outer: every 7th byte is a transcoded character two bytes long.
        var target = 0
        for position in stride(from: 0, to: source, by: 7) {
            outer.add(visible: position, source: target, contiguous: true)
            outer.add(visible: position + 6, source: target + 6, contiguous: false)
            outer.add(visible: position + 7, source: target + 8, contiguous: true)
            target += 8
        }
        let composed = inner.composed(through: outer)
        for offset in 0..<(400 * 6) {
            #expect(composed.sourceOffset(for: offset) == outer.sourceOffset(for: inner.sourceOffset(for: offset)))
        }
    }
}
