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
