// Paths as reports write them: relative to the directory replylint ran in when the
// file lies below it, so reports and baselines do not depend on where a checkout lives.

public enum ReportPath {
    /// `path` without "./" prefixes and doubled slashes, relative to `directory` when inside it.
    public static func relative(_ path: String, to directory: String) -> String {
        var cleaned = collapse(path)
        if cleaned.hasPrefix("/") {
            let base = collapse(directory).hasSuffix("/") ? collapse(directory) : collapse(directory) + "/"
            if cleaned.hasPrefix(base) { cleaned = String(cleaned.dropFirst(base.count)) }
        }
        while cleaned.hasPrefix("./") { cleaned.removeFirst(2) }
        return cleaned
    }

    /// Standard input, as given on the command line ("-") or as a document names it.
    public static func isStandardInput(_ path: String) -> Bool { path == "-" || path == "<stdin>" }

    /// A relative path as a URI reference: every byte outside the unreserved set and "/" percent-encoded.
    public static func uri(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func collapse(_ path: String) -> String {
        var out = ""
        var lastWasSlash = false
        for character in path {
            if character == "/" {
                if lastWasSlash { continue }
                lastWasSlash = true
            } else {
                lastWasSlash = false
            }
            out.append(character)
        }
        return out
    }
}
