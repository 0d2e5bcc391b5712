// Reading a rule file's list of phrase patterns into the shared automaton, with
// errors that point at the bad pattern.

extension PhraseIndex {
    /// Adds the patterns under `key` (default: the name) as a list named "<rule> <name>"; each entry's item is its index.
    mutating func addList(_ name: String, of definition: RuleDefinition, from node: DataNode, key: String? = nil) throws(DataError) -> PhraseListID {
        try addList(name, of: definition, items: try node.required(key ?? name).list())
    }

    /// Adds these patterns as a list named "<rule> <name>".
    mutating func addList(_ name: String, of definition: RuleDefinition, items: [DataNode]) throws(DataError) -> PhraseListID {
        let id = addList(named: "\(definition.id) \(name)")
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
