// The embedded data files of compose (rules/compose/*.yml, rules/templates/*.mustache).
import ReplyLintCore

enum ComposeData {
    /// One embedded file by its path under rules/ ("compose/intents.yml").
    static func file(_ path: String) throws(DataError) -> DataFile {
        guard let file = RuleSet.embeddedFiles.first(where: { $0.path == "rules/" + path }) else {
            throw DataError(file: "rules/" + path, line: 1, column: 1, problem: "missing data file of compose")
        }
        return file
    }

    static func yaml(_ path: String) throws(DataError) -> DataNode {
        let file = try file(path)
        return try YAMLReader.read(file.contents, file: file.path)
    }

    /// Adds a phrase to a list, reporting a bad phrase at its place in the file.
    static func add(_ item: DataNode, to list: PhraseListID, number: Int, in index: inout PhraseIndex) throws(DataError) {
        let text = try item.string()
        do throws(PhraseSyntaxError) {
            try index.add(text, to: list, item: number)
        } catch {
            throw item.error(error.description)
        }
    }
}
