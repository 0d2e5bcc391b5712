// A text part's decoded bytes (after quoted-printable or base64) in its charset → UTF-8
// visible text whose map points into the message file: each output character maps to the
// file byte where its input character came from. CRLF becomes LF, a lone CR a LF.

enum PartText {
    struct Result {
        var text: VisibleText
        /// Said when the charset was unknown and the part was read as UTF-8.
        var note: String?
    }

    static func visible(_ bytes: [UInt8], origins: ByteOrigins, charset: String?) -> Result {
        var note: String?
        let decoder: CharsetDecoder
        if let known = CharsetDecoder(charset: charset) {
            decoder = known
            if CharsetDecoder.canonicalName(charset) == "utf-8", TextDecoding.firstInvalidOffset(bytes) != nil {
                note = "invalid UTF-8 in a text part; read with replacement characters"
            }
        } else {
            decoder = CharsetDecoder(charset: "utf-8")!
            note = "unknown charset \(charset ?? ""), read as UTF-8"
        }
        var builder = VisibleTextBuilder()
        var cursor = ByteOrigins.Cursor(origins)
        var index = 0
        let count = bytes.count
        while index < count {
            let origin = cursor.origin(of: index)
            let limit = min(count, origin.runEnd)
            if origin.stepping {
                let run = decoder.copiedRunLength(bytes, from: index, limit: limit)
                if run > 0 {
                    builder.append(copied: bytes[index..<index + run], from: origin.source)
                    index += run
                    continue
                }
                var text: [UInt8] = []
                index = decodeCharacter(bytes, at: index, decoder, into: &text)
                builder.append(standingFor: origin.source, text)
                continue
            }
            // Every byte of the run stands for one place (a base64 body's first line, an
            // escape): decode the run as one piece, so the map gains one segment, not one per character.
            var text: [UInt8] = []
            repeat {
                let run = decoder.copiedRunLength(bytes, from: index, limit: limit)
                if run > 0 {
                    text.append(contentsOf: bytes[index..<index + run])
                    index += run
                } else {
                    index = decodeCharacter(bytes, at: index, decoder, into: &text)
                }
            } while index < limit
            builder.append(standingFor: origin.source, text)
        }
        return Result(text: builder.build(), note: note)
    }

    /// Decodes the character at `index` (CRLF → LF, a lone CR → LF) and returns where the next starts.
    private static func decodeCharacter(_ bytes: [UInt8], at index: Int, _ decoder: CharsetDecoder, into text: inout [UInt8]) -> Int {
        if bytes[index] == 0x0D, decoder.asciiCompatible {
            if index + 1 < bytes.count, bytes[index + 1] == 0x0A { return index + 1 }  // the LF is read next, as itself
            text.append(0x0A)
            return index + 1
        }
        let (character, length) = decoder.character(bytes, at: index)
        text.append(contentsOf: character)
        return index + length
    }
}
