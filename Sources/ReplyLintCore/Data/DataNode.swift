// Rule, lexicon and configuration files as a small tree that remembers where each
// value stood, so every complaint about a file can name its line.

public struct DataError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let column: Int
    public let problem: String

    public init(file: String, line: Int, column: Int, problem: String) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    public var description: String { "\(file):\(line):\(column): \(problem)" }
}

public struct DataNode: Sendable {
    public enum Value: Sendable {
        case null
        case scalar(String)
        case list([DataNode])
        case map([(key: String, value: DataNode)])
    }

    public let value: Value
    public let file: String
    public let line: Int
    public let column: Int

    public init(_ value: Value, file: String, line: Int, column: Int) {
        self.value = value
        self.file = file
        self.line = line
        self.column = column
    }

    public func error(_ problem: String) -> DataError {
        DataError(file: file, line: line, column: column, problem: problem)
    }

    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    public var scalar: String? {
        if case .scalar(let text) = value { return text }
        return nil
    }

    public var entries: [(key: String, value: DataNode)]? {
        if case .map(let entries) = value { return entries }
        return nil
    }

    public var items: [DataNode]? {
        if case .list(let items) = value { return items }
        return nil
    }

    public subscript(key: String) -> DataNode? {
        entries?.first { $0.key == key }?.value
    }

    public var keys: [String] { entries?.map(\.key) ?? [] }

    // MARK: Typed reads that explain what was expected

    public func string() throws(DataError) -> String {
        guard let text = scalar else { throw error("expected text, found \(kindName)") }
        return text
    }

    public func bool() throws(DataError) -> Bool {
        switch scalar?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected true or false, found \(scalar.map { "'\($0)'" } ?? kindName)")
        }
    }

    public func number() throws(DataError) -> Double {
        guard let text = scalar, let value = Double(text) else {
            throw error("expected a number, found \(scalar.map { "'\($0)'" } ?? kindName)")
        }
        return value
    }

    /// A list of texts; a single text counts as a list of one.
    public func strings() throws(DataError) -> [String] {
        if let text = scalar { return [text] }
        guard let items else { throw error("expected a list of texts, found \(kindName)") }
        var result: [String] = []
        for item in items { result.append(try item.string()) }
        return result
    }

    public func list() throws(DataError) -> [DataNode] {
        guard let items else { throw error("expected a list, found \(kindName)") }
        return items
    }

    public func map() throws(DataError) -> [(key: String, value: DataNode)] {
        guard let entries else { throw error("expected a mapping (key: value), found \(kindName)") }
        return entries
    }

    /// The value of a key that must be present.
    public func required(_ key: String) throws(DataError) -> DataNode {
        guard let node = self[key], !node.isNull else { throw error("missing '\(key)'") }
        return node
    }

    /// Fails on keys outside `known`, naming the first one and where it stands.
    public func rejectUnknownKeys(_ known: Set<String>, what: String) throws(DataError) {
        for (key, value) in try map() where !known.contains(key) {
            throw DataError(
                file: file, line: value.line, column: 1,
                problem: "unknown key '\(key)' in \(what) (known: \(known.sorted().joined(separator: ", ")))"
            )
        }
    }

    public var kindName: String {
        switch value {
        case .null: return "nothing"
        case .scalar: return "text"
        case .list: return "a list"
        case .map: return "a mapping"
        }
    }
}
