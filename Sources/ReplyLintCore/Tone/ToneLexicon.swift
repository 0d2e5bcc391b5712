// The tone analyser's data from rules/tone/*.yml: cue phrases with their weights,
// the words that modify cues, and the settings for capitals, punctuation and scoring.
// All phrases go into the shared automaton as one list, so scoring a message costs
// no extra pass over its text.

public struct ToneLexicon: Sendable {
    enum Role: Sendable, Equatable {
        /// Evidence of tone, of `cues[entry.cue]`.
        case cue
        case negator, intensifier, downtoner, sarcasmLead
        /// "but": the clause before it counts less.
        case contrast
        /// A set phrase that holds a cue word without its tone ("would be great").
        case mask
    }

    struct Entry: Sendable {
        var role: Role
        var cue: Int = 0
        var weight: Double = 0
        /// Factor for the weight when a negator comes just before; nil: negation changes nothing.
        var negated: Double?
        /// Sarcasm can turn it around.
        var ironic = false
    }

    struct Cue: Sendable {
        var name: String
        var say: String
    }

    struct Caps: Sendable {
        var run: Double
        var word: Double
        var most: Double
        var acronyms: Set<String>
        var shortWords: Set<String>
    }

    struct Punctuation: Sendable {
        var exclamations: Double
        var questions: Double
        var mixed: Double
        var boost: Double
        var single: Double
    }

    struct Scoring: Sendable {
        var smoothing: Double
        var upsetAtMost: Double
        var positiveAtLeast: Double
        var intensifier: Double
        var downtoner: Double
        var sarcasm: Double
        var complaintForSarcasm: Double
        var beforeBut: Double
        var praiseInQuestion: Double
        var repeatFactor: Double
        var negationReach: Int
        var intensifierReach: Int
        /// Cues that, in the same sentence as praise, make the praise sarcastic.
        var grievances: Set<String>
        /// Cues that mean nothing against praise in their own sentence.
        var neutralInPraise: Set<String>
    }

    /// Cues the analyser itself produces, whatever the files call theirs.
    struct BuiltInCues: Sendable {
        var negation: Int
        var sarcasm: Int
        var caps: Int
        var punctuation: Int
        var waiting: Int
    }

    let list: PhraseListID
    let entries: [Entry]
    let cues: [Cue]
    let caps: Caps
    let punctuation: Punctuation
    let waiting: WaitingWords
    let scoring: Scoring
    let builtIn: BuiltInCues
    /// For each cue, whether it is a grievance (see Scoring.grievances).
    let isGrievance: [Bool]
    /// For each cue, whether praise in its sentence cancels it (Scoring.neutralInPraise).
    let isNeutralInPraise: [Bool]
}
