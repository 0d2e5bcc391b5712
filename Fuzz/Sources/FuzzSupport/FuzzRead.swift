// One fuzz input through a reader only: bytes to a Document (decoding, HTML or MIME
// parsing, quote and signature separation, source map), then `replylint parse` output.
// Much cheaper than FuzzLint, so the readers, where the C library and the byte-level
// code live, get many more executions.
import ReplyLintCore

public enum FuzzRead {
    public static func run(_ data: UnsafePointer<UInt8>?, _ size: Int, format: InputFormat) {
        let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
        guard let document = try? DocumentReader.document(path: "fuzz.\(format.rawValue)", bytes: bytes, format: format) else {
            return   // refused with a message: binary, empty
        }
        let parse = ParseReport(document)
        _ = parse.json()
        _ = parse.text()
        // Positions in the reply and the quote map back into the file (a bad map traps here).
        for text in [document.body, document.quoted].compactMap({ $0 }) {
            for offset in stride(from: 0, through: text.bytes.count, by: 61) {
                let location = document.location(of: offset, in: text)
                precondition(location.line >= 1 && location.line <= document.source.lineStarts.count + 1)
            }
        }
    }
}
