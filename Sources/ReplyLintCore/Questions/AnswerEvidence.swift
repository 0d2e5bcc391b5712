// The kinds of answer a reply sentence can hold, found once per draft sentence.

public struct AnswerEvidence: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A day, date, time or span: "Friday", "tomorrow", "within 2 hours", "3-5 business days".
    public static let time = AnswerEvidence(rawValue: 1 << 0)
    /// A price or sum: "$18", "£42.50", "free", "the full amount".
    public static let amount = AnswerEvidence(rawValue: 1 << 1)
    /// Any number: "2", "three", "a couple".
    public static let number = AnswerEvidence(rawValue: 1 << 2)
    /// A size or measurement: "10", "XL", "120 cm" (not "one of our bestsellers").
    public static let measure = AnswerEvidence(rawValue: 1 << 7)
    /// Where something is or is found: a tracking number, a link, "at the depot", "in your account".
    public static let location = AnswerEvidence(rawValue: 1 << 3)
    /// A firm yes or no: "yes", "unfortunately", "you can", "it isn't".
    public static let response = AnswerEvidence(rawValue: 1 << 4)
    /// Something done or promised: "I've refunded", "I'll send", "has been cancelled", "would you like me to".
    public static let action = AnswerEvidence(rawValue: 1 << 5)
    /// An apology or acknowledgement: "I'm sorry", "you're right", "I understand".
    public static let acknowledgement = AnswerEvidence(rawValue: 1 << 6)
    /// A cause: "because", "due to", "it turned out".
    public static let reason = AnswerEvidence(rawValue: 1 << 8)
    /// A request declined: "unfortunately", "we can't", "we don't offer".
    public static let refusal = AnswerEvidence(rawValue: 1 << 9)

    /// Kinds a synonym group may stand for (synonyms.yml `evidence:`).
    static let linkable: [AnswerEvidence] = [.time, .amount, .number, .measure, .location]

    static func named(_ name: String) -> AnswerEvidence? {
        switch name {
        case "time": return .time
        case "amount": return .amount
        case "number": return .number
        case "measure": return .measure
        case "location": return .location
        default: return nil
        }
    }
}
