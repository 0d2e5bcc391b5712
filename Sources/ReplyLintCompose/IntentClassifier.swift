// Classifies a customer's message into intents by weighted cue phrases
// (rules/compose/intents.yml), matched with a phrase index of its own.
import Foundation
import ReplyLintCore

public struct IntentClassifier: Sendable {
    struct Cue: Sendable {
        let intent: Intent
        let weight: Double
    }

    let phrases: PhraseIndex
    /// Per phrase list: the intent and weight of its cues.
    let cues: [Cue]
    let extraConfidence: Double
    let fallback: Intent
    let fallbackConfidence: Double

    public init() throws(DataError) {
        let node = try ComposeData.yaml("compose/intents.yml")
        try node.rejectUnknownKeys(["extra_confidence", "fallback", "fallback_confidence", "intents"], what: "the intent cues")
        extraConfidence = try node.required("extra_confidence").number()
        fallbackConfidence = try node.required("fallback_confidence").number()
        let fallbackNode = try node.required("fallback")
        guard let fallback = Intent(rawValue: try fallbackNode.string()) else { throw fallbackNode.error("unknown intent") }
        self.fallback = fallback
        var index = PhraseIndex()
        var cues: [Cue] = []
        for item in try node.required("intents").list() {
            try item.rejectUnknownKeys(["intent", "cues"], what: "an intent")
            let nameNode = try item.required("intent")
            guard let intent = Intent(rawValue: try nameNode.string()) else {
                throw nameNode.error("unknown intent (known: \(Intent.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            for group in try item.required("cues").list() {
                try group.rejectUnknownKeys(["weight", "phrases"], what: "a cue group")
                let list = index.addList(named: "intent \(intent.rawValue) \(cues.count)")
                cues.append(Cue(intent: intent, weight: try group.required("weight").number()))
                for (number, phrase) in try group.required("phrases").list().enumerated() {
                    try ComposeData.add(phrase, to: list, number: number, in: &index)
                }
            }
        }
        index.compile()
        phrases = index
        self.cues = cues
    }

    /// Every intent with a cue in the message, most confident first; the first is the main
    /// intent. Extras below `extra_confidence` are dropped.
    public func classify(_ analysis: TextAnalysis) -> [IntentScore] {
        var seen = Set<Int64>()
        var scores: [Intent: Double] = [:]
        var counted: [Intent: [Range<Int>]] = [:]
        let hits = phrases.match(analysis.tokens, in: analysis.bytes)
            .sorted { (cues[Int($0.list)].weight, $1.start) > (cues[Int($1.list)].weight, $0.start) }
        for hit in hits {
            // Each phrase counts once, however often the customer repeats it, and words
            // already counted for an intent do not count for it again through another phrase.
            let cue = cues[Int(hit.list)]
            guard !(counted[cue.intent] ?? []).contains(where: { $0.overlaps(hit.tokenRange) }),
                  seen.insert(Int64(hit.list) << 32 | Int64(hit.item)).inserted else { continue }
            counted[cue.intent, default: []].append(hit.tokenRange)
            scores[cue.intent, default: 0] += cue.weight
        }
        let ranked = scores.map { IntentScore(intent: $0.key, confidence: 1 - exp(-$0.value)) }
            .sorted { ($0.confidence, rank($1.intent)) > ($1.confidence, rank($0.intent)) }
        guard let main = ranked.first else { return [IntentScore(intent: fallback, confidence: fallbackConfidence)] }
        return [main] + ranked.dropFirst().filter { $0.confidence >= extraConfidence }
    }

    /// Ties go to the intent listed first.
    private func rank(_ intent: Intent) -> Int {
        Intent.allCases.firstIndex(of: intent) ?? 0
    }
}
