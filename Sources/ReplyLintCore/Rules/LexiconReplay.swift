// Replaying a cached automaton, the tone and question lexicons need not wait for the rule
// files: the cache records where their phrases start, so they are replayed from there on a
// thread of their own (RuleSet.build checks that the rule files end exactly there).

/// The lexicons replayed against a cached automaton, offered to a thread of their own.
enum LexiconReplay {
    static func start(_ cached: PhraseIndex, from position: PhraseIndex.Position) -> SharedWork<Result<(Lexicons, PhraseIndex), DataError>> {
        var phrases = cached
        phrases.replay(from: position)
        let start = phrases
        let parsed = ParsedFiles.current
        let work = SharedWork<Result<(Lexicons, PhraseIndex), DataError>> {
            return ParsedFiles.$current.withValue(parsed) {
                var phrases = start
                return Result { () throws(DataError) in (try Lexicons.load(into: &phrases), phrases) }
            }
        }
        work.startInBackground()
        return work
    }
}
