// Data the analysers read from rules/ subfolders (tone lexicons, question cues,
// compose cues), loaded with the rules so their phrases share the one automaton.

public struct Lexicons: Sendable {
    /// rules/tone/*.yml: cue phrases and settings for the tone analyser.
    public let tone: ToneLexicon
    /// rules/questions/: question cues, answer phrases, synonyms.
    public let questions: QuestionLexicon

    static func load(into phrases: inout PhraseIndex) throws(DataError) -> Lexicons {
        Lexicons(
            tone: try ToneLexicon.load(RuleSet.embeddedFiles(under: "tone/"), into: &phrases),
            questions: try QuestionLexicon.load(into: &phrases)
        )
    }
}
