// Reading a rule file's list of phrase patterns into the shared automaton, with
// errors that point at the bad pattern.

extension PhraseIndex {
    /// Adds the patterns under `key` as a list named "<rule> <key>"; each entry's item is its index.
    mutating func addList(_ key: String, of definition: RuleDefinition, from node: DataNode, required: Bool = true) throws(DataError) -> PhraseListID {
        let id = addList(named: "\(definition.id) \(key)")
        let items: [DataNode]
        if required {
            items = try node.required(key).list()
        } else {
            items = try node[key]?.list() ?? []
        }
        for (number, item) in items.enumerated() {
            let pattern = try item.string()
            do throws(PhraseSyntaxError) {
                try add(pattern, to: id, item: number)
            } catch {
                throw item.error(error.description)
            }
        }
        return id
    }
}
