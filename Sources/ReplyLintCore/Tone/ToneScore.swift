// How a message sounds: upset, neutral or positive, how strongly, and the cues
// (with where they stand) that made the analyser say so.

public enum ToneLabel: String, Sendable, CaseIterable {
    case upset, neutral, positive
}

/// One piece of evidence: "repeat-contact" at "THIRD time".
public struct ToneCue: Sendable, Equatable {
    /// The cue's name ("repeat-contact", "caps", "sarcasm").
    public var cue: String
    /// How messages name it ("repeat contact").
    public var say: String
    public var excerpt: String
    /// Byte range in the analysed text (a document's body).
    public var range: Range<Int>
    /// What it added to the score: negative for upset, positive for pleased.
    public var weight: Double

    public init(cue: String, say: String, excerpt: String, range: Range<Int>, weight: Double) {
        self.cue = cue
        self.say = say
        self.excerpt = excerpt
        self.range = range
        self.weight = weight
    }
}

public struct ToneScore: Sendable {
    public var label: ToneLabel
    /// -1 (upset) ... 1 (pleased).
    public var valence: Double
    /// 0 (flat) ... 1 (strongly felt, whichever way).
    public var intensity: Double
    /// In text order.
    public var cues: [ToneCue]

    public init(label: ToneLabel, valence: Double, intensity: Double, cues: [ToneCue]) {
        self.label = label
        self.valence = valence
        self.intensity = intensity
        self.cues = cues
    }

    /// The names of the cues that pushed towards the label, strongest first, each
    /// once: "repeat contact, caps" for a message.
    public func reasons(limit: Int = 3) -> [String] {
        let sign: Double = label == .positive ? 1 : -1
        var totals: [String: Double] = [:]
        var order: [String] = []
        for cue in cues where cue.weight * sign > 0 {
            if totals[cue.say] == nil { order.append(cue.say) }
            totals[cue.say, default: 0] += abs(cue.weight)
        }
        let ranked = order.enumerated().sorted { a, b in
            let (wa, wb) = (totals[a.element]!, totals[b.element]!)
            return wa != wb ? wa > wb : a.offset < b.offset
        }
        return ranked.prefix(limit).map(\.element)
    }
}
