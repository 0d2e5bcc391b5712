// Binaries installed next to the running one: `replylint mcp` starts replylint-mcp, and
// the MCP server's compose tool runs replylint.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum SiblingExecutable {
    /// The folder of the running executable (/proc/self/exe, else argv[0]).
    public static func directory() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { readlink("/proc/self/exe", $0.baseAddress!, $0.count - 1) }
        }
        let path = count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : CommandLine.arguments.first ?? ""
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The executable `name` next to the running one, when it is there and runnable.
    public static func path(named name: String) -> String? {
        guard let directory = directory() else { return nil }
        let candidate = directory + "/" + name
        return access(candidate, X_OK) == 0 ? candidate : nil
    }
}
