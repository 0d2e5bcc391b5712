// YAML files already parsed, by path and contents checksum. The rule cache (see
// PhraseIndexCache) keeps the trees a build parsed, so a run with unchanged rules skips
// YAML parsing, the largest start-up cost after the automaton. While a rule set is built,
// `ParsedFiles.current` is the store YAMLReader consults and fills.

final class ParsedFiles: @unchecked Sendable {
    @TaskLocal static var current: ParsedFiles?

    /// A tree, or where its encoding is in `encoded` (read from the cache, decoded when first
    /// asked for: the lexicon files' trees then decode on the thread that replays them,
    /// while the rule files' trees decode on the thread that builds the checks).
    private enum Entry {
        case tree(DataNode)
        case encoded(Range<Int>)
    }

    private let lock = NSLockLite()
    private var trees: [String: (checksum: UInt64, entry: Entry)] = [:]
    private var encoded: [UInt8] = []

    init() {}

    /// The tree of `contents` when this store holds it for `path` (nil also when its
    /// encoding is damaged: the file is then parsed again).
    func tree(path: String, contents: String) -> DataNode? {
        let checksum = Self.checksum(contents)
        let found = lock.withLock { trees[path] }
        guard let found, found.checksum == checksum else { return nil }
        switch found.entry {
        case .tree(let tree):
            return tree
        case .encoded(let range):
            var reader = BinaryReader(unchecked: encoded, range: range)
            guard let tree = try? DataNode(reading: &reader, file: path, depth: 0), reader.isAtEnd else { return nil }
            lock.withLock { trees[path] = (checksum, .tree(tree)) }
            return tree
        }
    }

    func record(path: String, contents: String, tree: DataNode) {
        let checksum = Self.checksum(contents)
        lock.withLock { trees[path] = (checksum, .tree(tree)) }
    }

    var count: Int { lock.withLock { trees.count } }

    private static func checksum(_ contents: String) -> UInt64 {
        var contents = contents
        return contents.withUTF8 { Checksum.of(UnsafeRawBufferPointer($0)) }
    }

    /// Each tree is written as an array of bytes, so that reading can skip it.
    func write(to writer: inout BinaryWriter) {
        let entries = lock.withLock { trees.sorted { $0.key < $1.key } }
        writer.integer(entries.count)
        for (path, item) in entries {
            writer.array(Array(path.utf8))
            writer.integer(Int(bitPattern: UInt(item.checksum)))
            switch item.entry {
            case .tree(let tree):
                var treeWriter = BinaryWriter()
                tree.write(to: &treeWriter)
                writer.array(treeWriter.bytes)
            case .encoded(let range):
                writer.array(Array(encoded[range]))
            }
        }
    }

    init(reading reader: inout BinaryReader) throws(BinaryFormatError) {
        encoded = reader.source
        let count = try reader.integer()
        for _ in 0..<count {
            let path = String(decoding: try reader.array(of: UInt8.self), as: UTF8.self)
            let checksum = UInt64(UInt(bitPattern: try reader.signedInteger()))
            trees[path] = (checksum, .encoded(try reader.skipArray()))
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
