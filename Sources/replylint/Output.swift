// Buffered standard output and one-line errors on standard error.
import ReplyLintCore

#if canImport(Glibc)
import Glibc
#endif

enum Output {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    static func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    static func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(1, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// "replylint: <message>" on standard error.
    static func error(_ message: String) {
        let line = Array(("replylint: " + message + (message.hasSuffix("\n") ? "" : "\n")).utf8)
        line.withUnsafeBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }

    /// Raw text on standard error (a progress line), unbuffered.
    static func status(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }

    /// Colour only on a terminal, never with NO_COLOR set or TERM=dumb.
    static var useColor: Bool {
        guard isatty(1) == 1 else { return false }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }
}

/// An error that ends the run with exit status 2 and a one-line message.
struct Failure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
