// Expands the paths given on the command line into the drafts to lint: files as
// named, directories searched recursively for draft extensions (hidden entries skipped).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum FileCollector {
    public struct Collection: Sendable {
        public var files: [String] = []
        public var errors: [InputError] = []
    }

    /// `exclude` decides, for a path found inside a directory, whether to skip it.
    public static func collect(_ paths: [String], exclude: (String) -> Bool = { _ in false }) -> Collection {
        var collection = Collection()
        var seen = Set<String>()
        for path in paths {
            if path == "-" {
                if seen.insert(path).inserted { collection.files.append(path) }
                continue
            }
            var status = stat()
            guard stat(path, &status) == 0 else {
                collection.errors.append(InputError(path: path, problem: InputFile.describe(errno)))
                continue
            }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                var found: [String] = []
                walk(path, depth: 0, exclude: exclude, into: &found)
                if found.isEmpty {
                    let extensions = FormatDetector.draftExtensions.keys.sorted().map { "." + $0 }.joined(separator: " ")
                    collection.errors.append(InputError(path: path, problem: "no drafts found (looked for \(extensions))"))
                }
                for file in found where seen.insert(file).inserted { collection.files.append(file) }
            } else if seen.insert(path).inserted {
                collection.files.append(path)
            }
        }
        collection.files.sort()
        return collection
    }

    private static func walk(_ directory: String, depth: Int, exclude: (String) -> Bool, into found: inout [String]) {
        guard depth < 64, let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = prefix + name
            var kind = entry.pointee.d_type
            if kind == UInt8(DT_UNKNOWN) || kind == UInt8(DT_LNK) {
                var status = stat()
                guard stat(path, &status) == 0 else { continue }
                kind = (status.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
                // Symbolic links to directories are not followed: they can loop.
                if entry.pointee.d_type == UInt8(DT_LNK), kind == UInt8(DT_DIR) { continue }
            }
            if exclude(path) { continue }
            if kind == UInt8(DT_DIR) {
                walk(path, depth: depth + 1, exclude: exclude, into: &found)
            } else if kind == UInt8(DT_REG), isDraft(name) {
                found.append(path)
            }
        }
    }

    static func isDraft(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return FormatDetector.draftExtensions[name[name.index(after: dot)...].lowercased()] != nil
    }
}
