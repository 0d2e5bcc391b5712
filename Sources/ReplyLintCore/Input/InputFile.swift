// Reads a draft's bytes from disk or standard input, refusing what is not a draft.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum InputFile {
    /// Drafts larger than this are refused rather than read.
    public static let defaultMaximumSize = 32 * 1024 * 1024

    /// The bytes of `path` ("-" is standard input).
    public static func read(_ path: String, maximumSize: Int = defaultMaximumSize) throws(InputError) -> [UInt8] {
        let descriptor: Int32
        if path == "-" {
            descriptor = 0
        } else {
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw InputError(path: path, problem: describe(errno)) }
        }
        defer { if descriptor != 0 { close(descriptor) } }
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR { throw InputError(path: path, problem: "is a directory") }
            if (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > maximumSize {
                throw InputError(path: path, problem: "file is \(megabytes(Int(status.st_size))); replylint reads drafts up to \(megabytes(maximumSize))")
            }
        }
        let regular = (status.st_mode & S_IFMT) == S_IFREG
        let expected = regular ? Int(status.st_size) : 0
        // A regular file is read straight into the array (no zeroed buffer, no second copy),
        // asking for one byte more than its size: a read of a regular file stops short only at
        // its end, so getting no more than the size means the whole file is read, without a
        // second read to see the end. A file that grew, and a pipe, go on in chunks.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, initialized in
            while initialized < expected {
                let count = Glibc.read(descriptor, buffer.baseAddress! + initialized, expected + 1 - initialized)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 { return }
                initialized += count
            }
        }
        if failure != 0 { throw InputError(path: path, problem: describe(failure)) }
        if regular, expected > 0, bytes.count <= expected { return bytes }
        // Not zeroed: for a regular file this buffer only sees the end of the file.
        var chunk = [UInt8](unsafeUninitializedCapacity: 65536) { _, initialized in initialized = 65536 }
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, problem: describe(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumSize {
                throw InputError(path: path, problem: "input is larger than \(megabytes(maximumSize)), the most replylint reads")
            }
        }
        return bytes
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        case EISDIR: return "is a directory"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    static func megabytes(_ count: Int) -> String {
        let tenths = (count * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
