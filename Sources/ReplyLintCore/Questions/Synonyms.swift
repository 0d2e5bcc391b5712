// Words support writing uses for the same thing (rules/questions/synonyms.yml), as
// concepts: a single word is looked up by its stem, a phrase through the automaton.

/// What a word stands for when a question and a reply are compared: a synonym group,
/// or the word's own stem.
public struct Concept: Hashable, Sendable, Comparable {
    let raw: Int

    /// Synonym groups are numbered from 0; stems are hashed above them.
    static func group(_ index: Int32) -> Concept { Concept(raw: Int(index)) }

    static func stem(_ bytes: UnsafeBufferPointer<UInt8>) -> Concept {
        Concept(raw: (ByteKeyTable.hash(bytes) & 0x3FFF_FFFF_FFFF_FFFF) | (1 << 62))
    }

    /// The synonym group this concept is, if it is one.
    var group: Int32? { raw < 1 << 62 ? Int32(raw) : nil }

    public static func < (a: Concept, b: Concept) -> Bool { a.raw < b.raw }
}

struct SynonymGroup: Sendable {
    var name: String
    /// The group names the subject of nearly any message ("order", "parcel").
    var generic: Bool
    /// A piece of an answer of this kind in a sentence stands for the group.
    var evidence: AnswerEvidence
}

struct Synonyms: Sendable {
    var groups: [SynonymGroup] = []
    /// Phrases of several words; a hit's item is the group's index.
    let phrases: PhraseListID
    /// Stem of a single word → index into `stemGroups`.
    private var stems = ByteKeyTable()
    private var stemGroups: [[Int32]] = []
    /// Groups standing for each kind of evidence.
    private(set) var byEvidence: [(AnswerEvidence, [Int32])] = []

    init(_ node: DataNode, into index: inout PhraseIndex) throws(DataError) {
        try node.rejectUnknownKeys(["groups"], what: "the synonyms")
        phrases = index.addList(named: "questions: synonyms")
        for item in try node.required("groups").list() {
            try item.rejectUnknownKeys(["name", "words", "generic", "evidence"], what: "a synonym group")
            let number = Int32(groups.count)
            var evidence: AnswerEvidence = []
            if let evidenceNode = item["evidence"] {
                let name = try evidenceNode.string()
                guard let kind = AnswerEvidence.named(name), !kind.isEmpty else {
                    throw evidenceNode.error("evidence must be time, amount, number, measure or location, not '\(name)'")
                }
                evidence = kind
            }
            groups.append(SynonymGroup(
                name: try item.required("name").string(), generic: try item["generic"]?.bool() ?? false, evidence: evidence
            ))
            for wordNode in try item.required("words").list() {
                let text = Folding.fold(try wordNode.string())
                let tokens = PhrasePattern.words(of: text)
                if tokens.count == 1 {
                    add(stem: Stemmer.stem(Array(tokens[0].utf8)), group: number)
                } else {
                    try QuestionLexicon.add(text, wordNode, to: phrases, number: Int(number), in: &index)
                }
            }
        }
        for kind in AnswerEvidence.linkable {
            let linked = groups.indices.filter { groups[$0].evidence.contains(kind) }.map { Int32($0) }
            if !linked.isEmpty { byEvidence.append((kind, linked)) }
        }
    }

    private mutating func add(stem: [UInt8], group: Int32) {
        let slot = stems.insert(stem, value: Int32(stemGroups.count))
        if slot == Int32(stemGroups.count) { stemGroups.append([]) }
        if !stemGroups[Int(slot)].contains(group) { stemGroups[Int(slot)].append(group) }
    }

    /// The groups a stemmed word belongs to.
    func groups(ofStem stem: UnsafeBufferPointer<UInt8>) -> [Int32] {
        let slot = stems.value(for: stem)
        return slot < 0 ? [] : stemGroups[Int(slot)]
    }

    func isGeneric(_ group: Int32) -> Bool { groups[Int(group)].generic }

    /// The groups a piece of evidence stands for ("date" for a time).
    func groups(standingFor kind: AnswerEvidence) -> [Int32] {
        byEvidence.first { $0.0 == kind }?.1 ?? []
    }
}
