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
            if origin.stepping {
                let run = decoder.copiedRunLength(bytes, from: index, limit: min(count, origin.runEnd))
                if run > 0 {
                    builder.append(copied: bytes[index..<index + run], from: origin.source)
                    index += run
                    continue
                }
            }
            if bytes[index] == 0x0D, decoder.asciiCompatible {
                // CRLF → LF (the LF is read next, as itself); a lone CR stands as a LF.
                if index + 1 < count, bytes[index + 1] == 0x0A {
                    index += 1
                } else {
                    builder.append(standingFor: origin.source, [0x0A])
                    index += 1
                }
                continue
            }
            let (text, length) = decoder.character(bytes, at: index)
            builder.append(standingFor: origin.source, text)
            index += length
        }
        return Result(text: builder.build(), note: note)
    }
}
