// A path glob matched byte by byte: `*` (any run within one path segment), `**`
// (any number of whole segments), `?` (one byte other than '/'), `{a,b}` (alternatives).
// No regular expressions: globs are checked for every file a run walks past.

public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let bytes: [UInt8]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.bytes = Array(pattern.utf8)
    }

    /// Whether the pattern names a path relative to a base ("drafts/*.txt") rather than
    /// a bare name that may stand at any depth ("*.bak").
    public var isAnchored: Bool { bytes.contains(UInt8(ascii: "/")) }

    public func matches(_ path: String) -> Bool {
        let text = Array(path.utf8)
        return text.withUnsafeBufferPointer { t in
            bytes.withUnsafeBufferPointer { p in Self.match(p, 0, t, 0, depth: 0) }
        }
    }

    private static let slash = UInt8(ascii: "/")

    private static func match(_ p: UnsafeBufferPointer<UInt8>, _ pi: Int, _ t: UnsafeBufferPointer<UInt8>, _ ti: Int, depth: Int) -> Bool {
        guard depth < 32 else { return false }
        var pi = pi
        var ti = ti
        while pi < p.count {
            let byte = p[pi]
            switch byte {
            case UInt8(ascii: "*"):
                if pi + 1 < p.count, p[pi + 1] == UInt8(ascii: "*") {
                    // "**/" matches zero or more whole segments; a trailing "**" matches the rest.
                    var next = pi + 2
                    if next < p.count, p[next] == slash { next += 1 }
                    if next >= p.count { return true }
                    var start = ti
                    while true {
                        if match(p, next, t, start, depth: depth + 1) { return true }
                        guard let slashAt = firstSlash(t, from: start) else { return false }
                        start = slashAt + 1
                    }
                }
                // A single star: any run of bytes within the current segment.
                var end = ti
                while true {
                    if match(p, pi + 1, t, end, depth: depth + 1) { return true }
                    if end >= t.count || t[end] == slash { return false }
                    end += 1
                }
            case UInt8(ascii: "?"):
                guard ti < t.count, t[ti] != slash else { return false }
                pi += 1
                ti += 1
            case UInt8(ascii: "{"):
                guard let close = closingBrace(p, from: pi) else {
                    // An unclosed brace is a literal '{'.
                    guard ti < t.count, t[ti] == byte else { return false }
                    pi += 1
                    ti += 1
                    continue
                }
                let rest = Array(p[(close + 1)...])
                for alternative in alternatives(p, pi + 1, close) {
                    let expanded = alternative + rest
                    let found = expanded.withUnsafeBufferPointer { match($0, 0, t, ti, depth: depth + 1) }
                    if found { return true }
                }
                return false
            default:
                guard ti < t.count, t[ti] == byte else { return false }
                pi += 1
                ti += 1
            }
        }
        return ti == t.count
    }

    private static func firstSlash(_ t: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < t.count {
            if t[index] == slash { return index }
            index += 1
        }
        return nil
    }

    private static func closingBrace(_ p: UnsafeBufferPointer<UInt8>, from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < p.count {
            if p[index] == UInt8(ascii: "{") { depth += 1 }
            if p[index] == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    /// The comma-separated alternatives between braces (nested braces stay whole).
    private static func alternatives(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var current: [UInt8] = []
        var depth = 0
        for index in start..<end {
            let byte = p[index]
            if byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "}") { depth -= 1 }
            if byte == UInt8(ascii: ","), depth == 0 {
                result.append(current)
                current = []
            } else {
                current.append(byte)
            }
        }
        result.append(current)
        return result
    }
}

/// A glob from a configuration file, matched against paths relative to the directory
/// of the file that wrote it. A glob without '/' matches a file or folder name at any depth.
public struct PathGlob: Sendable, Hashable {
    public let glob: Glob
    /// For "dir/**": "dir" itself, so a folder walk can skip the whole folder.
    let folder: Glob?
    /// Absolute directory the glob is relative to.
    public let base: String

    public init(_ pattern: String, base: String) {
        var pattern = pattern
        if pattern.hasPrefix("./") { pattern.removeFirst(2) }
        if pattern.hasSuffix("/") { pattern += "**" }
        self.glob = Glob(pattern)
        self.folder = pattern.hasSuffix("/**") ? Glob(String(pattern.dropLast(3))) : nil
        self.base = base
    }

    /// `path` is absolute and normalised.
    public func matches(_ path: String) -> Bool {
        guard let relative = Paths.relative(path, to: base) else { return false }
        if let folder, folder.matches(relative) { return true }
        if glob.isAnchored { return glob.matches(relative) }
        for segment in relative.split(separator: "/") where glob.matches(String(segment)) { return true }
        return false
    }
}
