// Keeps the compiled phrase automaton of a rule set on disk, so the next run with the
// same binary and the same rule files starts without building it (most of a short
// lint's time). The key covers the executable (inode, size, modification time) and
// every rule file's path and contents; a file that is missing, damaged or from other
// rules is ignored and the automaton is built as usual.
//
// Where: $REPLYLINT_CACHE_DIR, else $XDG_CACHE_HOME/replylint, else ~/.cache/replylint.
// REPLYLINT_CACHE=off turns it off.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

enum PhraseIndexCache {
    /// Files kept in the folder; older ones are removed when a new one is written.
    static let keep = 8
    /// Seconds after which a temporary file is taken as abandoned (the default rules are
    /// built on a background thread, which a process that exits early does not wait for).
    static let staleTemporary = 600

    static var directory: String? {
        if let setting = variable("REPLYLINT_CACHE")?.lowercased(), ["0", "off", "false", "no"].contains(setting) {
            return nil
        }
        if let directory = variable("REPLYLINT_CACHE_DIR"), !directory.isEmpty { return directory }
        if let base = variable("XDG_CACHE_HOME"), base.hasPrefix("/") { return base + "/replylint" }
        if let home = variable("HOME"), home.hasPrefix("/") { return home + "/.cache/replylint" }
        return nil
    }

    private static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The cache file for these rule files, or nil when caching is off or the running
    /// executable cannot be identified.
    static func path(for files: [DataFile]) -> String? {
        guard let directory, let binary = executableIdentity() else { return nil }
        var hash = Hash()
        hash.add(version)
        for number in binary { hash.add(number) }
        for file in files {
            hash.add(file.path)
            var contents = file.contents
            hash.add(Int(bitPattern: UInt(contents.withUTF8 { Checksum.of(UnsafeRawBufferPointer($0)) })))
        }
        return directory + "/phrases-" + String(hash.value, radix: 16) + ".bin"
    }

    static let magic = Array("RLRULES".utf8)
    static let version = 5

    /// What a cache file holds: the compiled automaton, the parsed rule and lexicon files,
    /// and where in the automaton the lexicons' phrases start (so they can be replayed on a
    /// thread of their own while the rule files are).
    struct Entry {
        var phrases: PhraseIndex
        var parsed: ParsedFiles
        var lexiconsAt: PhraseIndex.Position
    }

    static func load(_ path: String) -> Entry? {
        guard let bytes = try? InputFile.read(path, maximumSize: 256 << 20) else { return nil }
        return try? decode(bytes)
    }

    static func decode(_ bytes: [UInt8]) throws(BinaryFormatError) -> Entry {
        var reader = try BinaryReader(checked: bytes)
        guard try reader.array(of: UInt8.self) == magic, try reader.integer() == version else { throw BinaryFormatError() }
        let phrases = try PhraseIndex(reading: &reader)
        let parsed = try ParsedFiles(reading: &reader)
        let lexiconsAt = PhraseIndex.Position(lists: Int32(clamping: try reader.integer()), phrases: try reader.integer())
        guard reader.isAtEnd, lexiconsAt.lists <= phrases.listCount, lexiconsAt.phrases <= phrases.phrases.count
        else { throw BinaryFormatError() }
        return Entry(phrases: phrases, parsed: parsed, lexiconsAt: lexiconsAt)
    }

    static func encode(_ entry: Entry) -> [UInt8] {
        var writer = BinaryWriter()
        writer.array(magic)
        writer.integer(version)
        entry.phrases.write(to: &writer)
        entry.parsed.write(to: &writer)
        writer.integer(Int(entry.lexiconsAt.lists))
        writer.integer(entry.lexiconsAt.phrases)
        return writer.finished()
    }

    /// Writes atomically (temporary file, then rename); failures are silent, as the
    /// cache only saves time.
    static func store(_ entry: Entry, at path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let temporary = path + ".\(getpid()).tmp"
        let bytes = encode(entry)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            return
        }
        prune(directory, keeping: path)
    }

    private static func prune(_ directory: String, keeping current: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        var files: [(path: String, modified: Int)] = []
        let now = time(nil)
        for name in names where name.hasPrefix("phrases-") {
            let path = directory + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            #if os(Linux)
            let modified = Int(info.st_mtim.tv_sec)
            #else
            let modified = Int(info.st_mtimespec.tv_sec)
            #endif
            if name.hasSuffix(".bin") {
                files.append((path, modified))
            } else if name.hasSuffix(".tmp"), now - modified > staleTemporary {
                unlink(path)  // left by a process that exited while writing
            }
        }
        guard files.count > keep else { return }
        for file in files.sorted(by: { $0.modified > $1.modified }).dropFirst(keep) where file.path != current {
            unlink(file.path)
        }
    }

    /// Inode, size and modification time of the running executable (Linux only).
    private static func executableIdentity() -> [Int]? {
        #if os(Linux)
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        return [Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        #else
        return nil
        #endif
    }

    /// FNV-1a, 64 bits.
    struct Hash {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ text: String) {
            for byte in text.utf8 { mix(byte) }
            mix(0xFF)
        }

        mutating func add(_ number: Int) {
            withUnsafeBytes(of: Int64(number).littleEndian) { for byte in $0 { mix(byte) } }
        }

        private mutating func mix(_ byte: UInt8) {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
    }
}
