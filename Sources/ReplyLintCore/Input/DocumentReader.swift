// Turns a file's bytes into a Document with the reader its format needs.

public enum DocumentReader {
    public static func read(path: String, format override: InputFormat? = nil, maximumSize: Int = InputFile.defaultMaximumSize) throws(InputError) -> Document {
        let isMessage = override == .eml || override == nil && MIMEInput.isMessagePath(path)
        let bytes = try InputFile.read(path, maximumSize: isMessage ? max(maximumSize, MIMEInput.maximumSize) : maximumSize)
        return try document(path: path, bytes: bytes, format: override)
    }

    public static func document(path: String, bytes: [UInt8], format override: InputFormat? = nil) throws(InputError) -> Document {
        let shown = path == "-" ? "<stdin>" : path
        let format = override ?? FormatDetector.format(path: path, bytes: bytes)
        if format == .eml {
            // The MIME reader decodes only the text parts; attachments may hold any bytes.
            return try MIMEInput.document(path: shown, bytes: bytes) { HTMLInput.parts(html: $0, charset: $1) }
        }
        if TextDecoding.looksBinary(bytes) {
            throw InputError(path: shown, problem: "binary file (holds NUL bytes), not a draft")
        }
        let decoded = TextDecoding.utf8(bytes)
        if decoded.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError(path: shown, problem: "empty draft, nothing to lint")
        }
        switch format {
        case .html:
            return HTMLInput.document(path: shown, bytes: bytes, notes: [])
        case .txt, .eml:  // .eml is read above
            return PlainTextInput.document(path: shown, text: decoded.bytes, notes: decoded.note.map { [$0] } ?? [])
        }
    }
}
