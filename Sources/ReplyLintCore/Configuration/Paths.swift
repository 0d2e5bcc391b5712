// Absolute, normalised paths for configuration discovery and globs, without Foundation's
// URL machinery on the lint path.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum Paths {
    /// The current directory, read once.
    static let currentDirectory: String = {
        guard let path = getcwd(nil, 0) else { return "/" }
        defer { free(path) }
        return String(cString: path)
    }()

    /// `path` made absolute (against the current directory) with "." and ".." resolved.
    public static func absolute(_ path: String) -> String {
        normalize(path.hasPrefix("/") ? path : currentDirectory + "/" + path)
    }

    public static func normalize(_ path: String) -> String {
        if isNormal(path) { return path }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Already absolute and normal: no empty, "." or ".." part and no trailing slash (the
    /// common case, checked without splitting the path).
    private static func isNormal(_ path: String) -> Bool {
        var utf8 = path.utf8.makeIterator()
        guard utf8.next() == UInt8(ascii: "/") else { return false }
        var partLength = 0   // bytes of the current part
        var dots = 0
        while let byte = utf8.next() {
            if byte == UInt8(ascii: "/") {
                if partLength == 0 || (dots == partLength && dots <= 2) { return false }
                partLength = 0
                dots = 0
            } else {
                partLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        if path.utf8.count == 1 { return true }
        return partLength > 0 && !(dots == partLength && dots <= 2)
    }

    /// The directory holding `path` ("/a/b/c.txt" → "/a/b"; "/" stays "/").
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// `path` relative to `base`, or nil when it is not inside it.
    public static func relative(_ path: String, to base: String) -> String? {
        if base == "/" { return String(path.dropFirst()) }
        guard path.hasPrefix(base) else { return nil }
        let rest = path.dropFirst(base.count)
        if rest.isEmpty { return "" }
        guard rest.first == "/" else { return nil }
        return String(rest.dropFirst())
    }

    /// `relative` resolved against the directory `base`.
    public static func resolve(_ relative: String, against base: String) -> String {
        normalize(relative.hasPrefix("/") ? relative : base + "/" + relative)
    }

    public static func isFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// A path shorter to read in messages: relative to the current directory when inside it.
    public static func display(_ path: String) -> String {
        relative(path, to: currentDirectory).flatMap { $0.isEmpty ? nil : $0 } ?? path
    }
}
