// A draft or message given to a tool either as text or as a file path, read into a Document.
import ReplyLintCore

enum MessageInput {
    /// `text` is shown as `label` in reports (e.g. "<text>"); a path is read from disk.
    static func document(text: String?, path: String?, format: InputFormat?, label: String) throws(ToolError) -> Document {
        do throws(InputError) {
            if let path { return try DocumentReader.read(path: path, format: format) }
            let bytes = Array((text ?? "").utf8)
            if bytes.count > InputFile.defaultMaximumSize {
                throw InputError(path: label, problem: "text is larger than 32 MB, the most replylint reads")
            }
            return try DocumentReader.document(path: label, bytes: bytes, format: format)
        } catch {
            throw ToolError(error.description)
        }
    }

    static func format(_ arguments: ToolArguments) throws(ToolError) -> InputFormat? {
        try arguments.choice("format", InputFormat.allCases.map(\.rawValue)).flatMap(InputFormat.init(rawValue:))
    }
}
