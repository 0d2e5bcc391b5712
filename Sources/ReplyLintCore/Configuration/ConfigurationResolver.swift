// Finds the configuration of each draft: the nearest .replylint.yml from the draft's
// folder upward (to the filesystem root), or the one `--config` names for every draft.
// Results are kept per folder, so thousands of drafts cost one look-up per folder and
// one read per configuration file.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public final class ConfigurationResolver: @unchecked Sendable {
    public static let fileName = ".replylint.yml"

    private let lock = NSLockLite()
    private let explicit: Configuration?
    private var byDirectory: [String: Configuration?] = [:]
    /// By the folder part of a path as given (relative to the current directory, which a run
    /// does not change), so the drafts of one folder skip making their paths absolute.
    private var byGivenDirectory: [Substring: Configuration?] = [:]
    private var byFile: [String: Configuration] = [:]
    private var reader = ConfigurationReader()
    /// The first bad configuration met while walking folders (the walk cannot throw).
    public private(set) var firstError: DataError?

    /// `explicitPath` (from `--config`) replaces discovery for every draft.
    public init(explicitPath: String? = nil) throws(DataError) {
        if let explicitPath {
            let path = Paths.absolute(explicitPath)
            guard Paths.isFile(path) else {
                throw DataError(file: explicitPath, line: 1, column: 1, problem: "no such configuration file")
            }
            explicit = try reader.read(path)
        } else {
            explicit = nil
        }
    }

    /// Warnings (unknown keys) from every configuration read so far.
    public var warnings: [String] { lock.withLock { reader.warnings } }

    /// The configuration of a draft at `path` ("-" is standard input: the current folder's).
    public func configuration(forFile path: String) throws(DataError) -> Configuration? {
        if let explicit { return explicit }
        let given = Self.givenDirectory(of: path)
        if let known = lock.withLock({ byGivenDirectory[given] }) { return known }
        let absolute = Paths.absolute(path == "-" ? "./-" : path)
        let found = try configuration(forDirectory: Paths.directory(of: absolute))
        lock.withLock { byGivenDirectory[given] = .some(found) }
        return found
    }

    /// "drafts/a/x.txt" → "drafts/a", "x.txt" → "", "/x.txt" → "/" (bytes, not characters).
    private static func givenDirectory(of path: String) -> Substring {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return slash == utf8.startIndex ? "/" : Substring(path[..<slash])
    }

    /// The configuration that governs an absolute folder.
    public func configuration(forDirectory directory: String) throws(DataError) -> Configuration? {
        if let explicit { return explicit }
        let result: Result<Configuration?, DataError> = lock.withLock {
            do throws(DataError) {
                return .success(try lookUp(directory))
            } catch {
                if firstError == nil { firstError = error }
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Whether a path met while walking folders is excluded by its configuration.
    /// A bad configuration is remembered in `firstError` and excludes nothing.
    public func isExcluded(_ path: String) -> Bool {
        guard let configuration = try? configuration(forFile: path) else { return false }
        return configuration.isExcluded(Paths.absolute(path))
    }

    private func lookUp(_ directory: String) throws(DataError) -> Configuration? {
        if let cached = byDirectory[directory] { return cached }
        let candidate = directory == "/" ? "/" + Self.fileName : directory + "/" + Self.fileName
        let found: Configuration?
        if Paths.isFile(candidate) {
            if let known = byFile[candidate] {
                found = known
            } else {
                let configuration = try reader.read(candidate)
                byFile[candidate] = configuration
                found = configuration
            }
        } else if directory == "/" {
            found = nil
        } else {
            found = try lookUp(Paths.directory(of: directory))
        }
        byDirectory[directory] = .some(found)
        return found
    }
}
