// Data the analysers read from rules/ subfolders (tone lexicons, question cues,
// compose cues), loaded with the rules so their phrases share the one automaton.

public struct Lexicons: Sendable {
    static func load(into phrases: inout PhraseIndex) throws(DataError) -> Lexicons {
        Lexicons()
    }
}
