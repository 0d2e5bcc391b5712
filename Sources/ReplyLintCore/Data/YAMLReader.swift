// Reads YAML (through Yams) into DataNode trees, turning parser errors into
// "file:line:column: problem". The basic resolver keeps Yams from compiling its
// tag regexes at start-up: DataNode reads types itself.
import Yams

public enum YAMLReader {
    public static func read(_ text: String, file: String) throws(DataError) -> DataNode {
        guard let store = ParsedFiles.current else { return try parse(text, file: file) }
        if let tree = store.tree(path: file, contents: text) { return tree }
        let tree = try parse(text, file: file)
        store.record(path: file, contents: text, tree: tree)
        return tree
    }

    private static func parse(_ text: String, file: String) throws(DataError) -> DataNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw dataError(error, file: file)
        } catch {
            throw DataError(file: file, line: 1, column: 1, problem: "\(error)")
        }
        guard let root else { return DataNode(.null, file: file, line: 1, column: 1) }
        return try convert(root, file: file, depth: 0)
    }

    private static func convert(_ node: Node, file: String, depth: Int) throws(DataError) -> DataNode {
        let line = node.mark?.line ?? 1
        let column = node.mark?.column ?? 1
        guard depth < 64 else { throw DataError(file: file, line: line, column: column, problem: "nested too deeply") }
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return DataNode(.null, file: file, line: line, column: column)
            }
            return DataNode(.scalar(scalar.string), file: file, line: line, column: column)
        case .sequence(let sequence):
            var items: [DataNode] = []
            for item in sequence { items.append(try convert(item, file: file, depth: depth + 1)) }
            return DataNode(.list(items), file: file, line: line, column: column)
        case .mapping(let mapping):
            var entries: [(key: String, value: DataNode)] = []
            var seen = Set<String>()
            for (key, value) in mapping {
                guard let name = key.scalar?.string else {
                    throw DataError(file: file, line: key.mark?.line ?? line, column: key.mark?.column ?? column, problem: "keys must be text")
                }
                guard seen.insert(name).inserted else {
                    throw DataError(file: file, line: key.mark?.line ?? line, column: key.mark?.column ?? column, problem: "duplicate key '\(name)'")
                }
                entries.append((name, try convert(value, file: file, depth: depth + 1)))
            }
            return DataNode(.map(entries), file: file, line: line, column: column)
        case .alias:
            throw DataError(file: file, line: line, column: column, problem: "YAML aliases are not supported")
        }
    }

    private static func dataError(_ error: YamlError, file: String) -> DataError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return DataError(file: file, line: mark.line, column: mark.column, problem: problem)
        case .reader(let problem, _, _, _):
            return DataError(file: file, line: 1, column: 1, problem: problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return DataError(file: file, line: context.mark.line, column: context.mark.column,
                             problem: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        default:
            return DataError(file: file, line: 1, column: 1, problem: "\(error)")
        }
    }
}
