// Writes a file so that readers see the old contents or the new, never half of it:
// a temporary file in the same directory, flushed, then renamed over the target. An
// existing file keeps its permission bits (and owner, where allowed).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(InputError) {
        let directory = parent(of: path)
        var directoryStatus = stat()
        guard stat(directory, &directoryStatus) == 0 else {
            throw InputError(path: path, problem: "cannot write: \(InputFile.describe(errno)) (\(directory))")
        }
        // Honour a directory marked read-only even when running as root, who could write anyway.
        if directoryStatus.st_mode & 0o222 == 0 {
            throw InputError(path: path, problem: "cannot write: the directory \(directory) is read-only")
        }
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists, existing.st_mode & 0o222 == 0 {
            throw InputError(path: path, problem: "cannot write: the file is read-only")
        }
        var template = Array((directory + "/." + base(of: path) + ".replylint-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw InputError(path: path, problem: "cannot write: \(InputFile.describe(errno)) (\(directory))")
        }
        let temporary = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0 {
            let mode: mode_t = exists ? existing.st_mode & 0o7777 : 0o666 & ~currentUmask()
            if fchmod(descriptor, mode) != 0 { failure = errno }
            if exists { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw InputError(path: path, problem: "cannot write: \(InputFile.describe(failure))")
        }
    }

    public static func write(_ text: String, to path: String) throws(InputError) {
        try write(Array(text.utf8), to: path)
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    private static func base(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
