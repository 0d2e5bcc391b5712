// Binaries installed next to the running replylint-mcp (replylint, for compose).
#if canImport(Glibc)
import Glibc
#endif

enum SiblingExecutable {
    /// The folder of the running executable (/proc/self/exe, else argv[0]).
    static func directory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        var path: String
        if count > 0 {
            buffer[count] = 0
            path = String(cString: buffer)
        } else {
            path = CommandLine.arguments.first ?? ""
        }
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func path(named name: String) -> String? {
        guard let directory = directory() else { return nil }
        let candidate = directory + "/" + name
        return access(candidate, X_OK) == 0 ? candidate : nil
    }
}
