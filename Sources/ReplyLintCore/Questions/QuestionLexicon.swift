// The question analyser's data (rules/questions/*.yml), loaded once with the rules:
// cue phrases, answer phrases and synonym phrases go into the shared phrase automaton;
// word classes are a table looked up only when a message is read for questions (a
// phrase list of single common words would add a hit for nearly every token of every
// draft linted).

public struct QuestionLexicon: Sendable {
    /// Folded word → its WordClass bits (words.yml).
    let words: ByteKeyTable
    let cues: Cues
    let answers: AnswerPhrases
    let synonyms: Synonyms

    /// Phrase lists of cues.yml.
    struct Cues: Sendable {
        let indirect: PhraseListID
        let notQuestions: PhraseListID
        let requestOpeners: PhraseListID
        let waiting: PhraseListID
        let status: PhraseListID
        let rhetorical: PhraseListID
    }

    /// Phrase lists of answers.yml.
    struct AnswerPhrases: Sendable {
        let time: PhraseListID
        let amount: PhraseListID
        let location: PhraseListID
        let response: PhraseListID
        let action: PhraseListID
        let offer: PhraseListID
        let refusal: PhraseListID
        let reason: PhraseListID
        let acknowledgement: PhraseListID
    }

    static let folder = "questions/"

    /// Reads the embedded data files and adds their phrases to `phrases`.
    static func load(into phrases: inout PhraseIndex) throws(DataError) -> QuestionLexicon {
        try load(RuleSet.embeddedFiles(under: folder), into: &phrases)
    }

    static func load(_ files: [DataFile], into phrases: inout PhraseIndex) throws(DataError) -> QuestionLexicon {
        func file(_ name: String) throws(DataError) -> DataNode {
            let path = "rules/" + folder + name
            guard let data = files.first(where: { $0.path == path }) else {
                throw DataError(file: path, line: 1, column: 1, problem: "missing data file of the question analyser")
            }
            return try YAMLReader.read(data.contents, file: path)
        }
        let wordsNode = try file("words.yml")
        try wordsNode.rejectUnknownKeys(Set(WordClass.keys.map(\.0)), what: "the word classes")
        var classes: [[UInt8]: UInt32] = [:]
        for (key, wordClass) in WordClass.keys {
            for item in try wordsNode.required(key).list() {
                let word = Folding.fold(try item.string())
                guard PhrasePattern.words(of: word).count == 1 else { throw item.error("'\(word)' is not one word") }
                classes[Array(word.utf8), default: 0] |= wordClass.rawValue
            }
        }
        var words = ByteKeyTable()
        for (word, bits) in classes { words.insert(word, value: Int32(bitPattern: bits)) }

        let cuesNode = try file("cues.yml")
        try cuesNode.rejectUnknownKeys(["indirect", "not_questions", "request_openers", "waiting", "status", "rhetorical"], what: "the question cues")
        func cueList(_ key: String) throws(DataError) -> PhraseListID {
            try patternList(cuesNode, key, name: "questions: " + key, into: &phrases)
        }
        let cues = Cues(
            indirect: try cueList("indirect"), notQuestions: try cueList("not_questions"),
            requestOpeners: try cueList("request_openers"), waiting: try cueList("waiting"),
            status: try cueList("status"), rhetorical: try cueList("rhetorical")
        )

        let answersNode = try file("answers.yml")
        try answersNode.rejectUnknownKeys(["time", "amount", "location", "response", "action", "offer", "refusal", "reason", "acknowledgement"], what: "the answer phrases")
        func answerList(_ key: String) throws(DataError) -> PhraseListID {
            try patternList(answersNode, key, name: "answers: " + key, into: &phrases)
        }
        let answers = AnswerPhrases(
            time: try answerList("time"), amount: try answerList("amount"), location: try answerList("location"),
            response: try answerList("response"), action: try answerList("action"), offer: try answerList("offer"), refusal: try answerList("refusal"), reason: try answerList("reason"),
            acknowledgement: try answerList("acknowledgement")
        )

        let synonyms = try Synonyms(try file("synonyms.yml"), into: &phrases)
        return QuestionLexicon(words: words, cues: cues, answers: answers, synonyms: synonyms)
    }

    private static func patternList(_ node: DataNode, _ key: String, name: String, into phrases: inout PhraseIndex) throws(DataError) -> PhraseListID {
        let list = phrases.addList(named: name)
        for (number, item) in try node.required(key).list().enumerated() {
            try add(try item.string(), item, to: list, number: number, in: &phrases)
        }
        return list
    }

    static func add(_ pattern: String, _ node: DataNode, to list: PhraseListID, number: Int, in phrases: inout PhraseIndex) throws(DataError) {
        do throws(PhraseSyntaxError) {
            try phrases.add(pattern, to: list, item: number)
        } catch {
            throw node.error(error.description)
        }
    }
}
