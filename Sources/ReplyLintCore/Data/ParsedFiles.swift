// YAML files already parsed, by path and contents checksum. The rule cache (see
// PhraseIndexCache) keeps the trees a build parsed, so a run with unchanged rules skips
// YAML parsing, the largest start-up cost after the automaton. While a rule set is built,
// `ParsedFiles.current` is the store YAMLReader consults and fills.

final class ParsedFiles: @unchecked Sendable {
    @TaskLocal static var current: ParsedFiles?

    private let lock = NSLockLite()
    private var trees: [String: (checksum: UInt64, tree: DataNode)] = [:]

    init() {}

    /// The tree of `contents` when this store holds it for `path`.
    func tree(path: String, contents: String) -> DataNode? {
        let checksum = Self.checksum(contents)
        return lock.withLock {
            guard let entry = trees[path], entry.checksum == checksum else { return nil }
            return entry.tree
        }
    }

    func record(path: String, contents: String, tree: DataNode) {
        let checksum = Self.checksum(contents)
        lock.withLock { trees[path] = (checksum, tree) }
    }

    var count: Int { lock.withLock { trees.count } }

    private static func checksum(_ contents: String) -> UInt64 {
        var contents = contents
        return contents.withUTF8 { Checksum.of(UnsafeRawBufferPointer($0)) }
    }

    func write(to writer: inout BinaryWriter) {
        let entries = lock.withLock { trees.sorted { $0.key < $1.key } }
        writer.integer(entries.count)
        for (path, entry) in entries {
            writer.array(Array(path.utf8))
            writer.integer(Int(bitPattern: UInt(entry.checksum)))
            entry.tree.write(to: &writer)
        }
    }

    init(reading reader: inout BinaryReader) throws(BinaryFormatError) {
        let count = try reader.integer()
        for _ in 0..<count {
            let path = String(decoding: try reader.array(of: UInt8.self), as: UTF8.self)
            let checksum = UInt64(UInt(bitPattern: try reader.signedInteger()))
            trees[path] = (checksum, try DataNode(reading: &reader, file: path, depth: 0))
        }
    }
}

extension DataNode {
    private enum Kind: Int {
        case null, scalar, list, map
    }

    func write(to writer: inout BinaryWriter) {
        writer.integer(line)
        writer.integer(column)
        switch value {
        case .null:
            writer.integer(Kind.null.rawValue)
        case .scalar(let text):
            writer.integer(Kind.scalar.rawValue)
            writer.array(Array(text.utf8))
        case .list(let items):
            writer.integer(Kind.list.rawValue)
            writer.integer(items.count)
            for item in items { item.write(to: &writer) }
        case .map(let entries):
            writer.integer(Kind.map.rawValue)
            writer.integer(entries.count)
            for entry in entries {
                writer.array(Array(entry.key.utf8))
                entry.value.write(to: &writer)
            }
        }
    }

    init(reading reader: inout BinaryReader, file: String, depth: Int) throws(BinaryFormatError) {
        guard depth < 64 else { throw BinaryFormatError() }
        let line = try reader.integer()
        let column = try reader.integer()
        guard let kind = Kind(rawValue: try reader.integer()) else { throw BinaryFormatError() }
        let value: Value
        switch kind {
        case .null:
            value = .null
        case .scalar:
            value = .scalar(String(decoding: try reader.array(of: UInt8.self), as: UTF8.self))
        case .list:
            let count = try reader.count()
            var items: [DataNode] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try DataNode(reading: &reader, file: file, depth: depth + 1)) }
            value = .list(items)
        case .map:
            let count = try reader.count()
            var entries: [(key: String, value: DataNode)] = []
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let key = String(decoding: try reader.array(of: UInt8.self), as: UTF8.self)
                entries.append((key, try DataNode(reading: &reader, file: file, depth: depth + 1)))
            }
            value = .map(entries)
        }
        self.init(value, file: file, line: line, column: column)
    }
}
