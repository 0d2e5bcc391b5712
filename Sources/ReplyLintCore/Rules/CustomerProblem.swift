// Whether the customer's message reports a problem, judged from the tone analyser:
// an upset message, or enough weight of problem cues ("broken", "never arrived")
// in a message that is not upset overall.
//
//   problem_cues: [problem, negation, ...]   tone cue names (rules/tone/upset.yml)
//   problem_weight: 0.35                      their summed weight that makes a problem

struct CustomerProblem: Sendable {
    let cues: Set<String>
    let weight: Double

    static let keys: Set<String> = ["problem_cues", "problem_weight"]

    init(_ node: DataNode) throws(DataError) {
        cues = Set(try node.required("problem_cues").strings())
        weight = try node.required("problem_weight").number()
    }

    /// What makes the message a problem ("upset", or the cues' names), or nil when it is not one.
    func reasons(_ tone: ToneScore) -> String? {
        if tone.label == .upset { return tone.reasons().joined(separator: ", ") }
        let found = tone.cues.filter { $0.weight < 0 && cues.contains($0.cue) }
        guard found.reduce(0, { $0 - $1.weight }) >= weight - 1e-9 else { return nil }
        var names: [String] = []
        for cue in found where !names.contains(cue.say) { names.append(cue.say) }
        return names.joined(separator: ", ")
    }
}
