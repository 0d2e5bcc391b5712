// What a .replylint.yml says, after `extends` is followed: rule settings, per-glob
// overrides, excluded paths, extra rules, team phrases and words, template engines and
// variables, and the support team's facts (policy, response times, escalation, channel)
// that rules read through `context.options.configuration`.

/// A rule switched, re-graded or given options by a configuration.
public struct RuleSetting: Sendable {
    public var enabled: Bool?
    public var severity: Severity?
    /// Keys other than `enabled`/`severity`, for the rule to read (`options.ruleOptions[id]`).
    public var options: [String: DataNode] = [:]
    /// Where the setting stands, for warnings about unknown rule ids.
    public var file: String
    public var line: Int

    /// A later setting (a nearer file, an override) on top of this one.
    func merged(with later: RuleSetting) -> RuleSetting {
        var result = later
        result.enabled = later.enabled ?? enabled
        result.severity = later.severity ?? severity
        result.options = options.merging(later.options) { _, new in new }
        return result
    }
}

/// Rule settings and template mode for the files some globs match.
public struct ConfigurationOverride: Sendable {
    public var files: [PathGlob]
    public var rules: [String: RuleSetting]
    public var template: Bool?

    public func applies(to path: String) -> Bool { files.contains { $0.matches(path) } }
}

/// A team phrase: findings of the `custom-phrase` rule with the phrase's own message.
public struct CustomPhrase: Sendable {
    public var pattern: String
    public var message: String
    public var severity: Severity?
    public var file: String
    public var line: Int
}

/// A number of days stated or configured: one value or a range ("3-5 business days").
public struct DayCount: Sendable, Hashable, CustomStringConvertible {
    public var low: Int
    public var high: Int

    public init(_ low: Int, _ high: Int? = nil) {
        self.low = min(low, high ?? low)
        self.high = max(low, high ?? low)
    }

    public var description: String { low == high ? "\(low)" : "\(low)-\(high)" }

    /// Parses "30", "3-5", "3 to 5".
    static func parse(_ text: String) -> DayCount? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2013}" }).filter { $0 != "to" }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, (1...2).contains(numbers.count), numbers.allSatisfy({ $0 >= 0 }) else { return nil }
        return DayCount(numbers[0], numbers.count == 2 ? numbers[1] : nil)
    }
}

/// The shop's policy facts that templates must agree with (`policy-mismatch`).
public struct PolicyFacts: Sendable {
    /// Fact name ("return_window_days", "shipping_days.standard") → days.
    public var days: [String: DayCount] = [:]
    /// Fact name ("free_returns") → yes or no.
    public var flags: [String: Bool] = [:]

    public var returnWindowDays: DayCount? { days["return_window_days"] }
    public var refundDays: DayCount? { days["refund_days"] }
    public var standardShippingDays: DayCount? { days["shipping_days.standard"] }
    public var expressShippingDays: DayCount? { days["shipping_days.express"] }
    public var freeReturns: Bool? { flags["free_returns"] }
    public var isEmpty: Bool { days.isEmpty && flags.isEmpty }

    func merged(with later: PolicyFacts) -> PolicyFacts {
        PolicyFacts(days: days.merging(later.days) { _, new in new }, flags: flags.merging(later.flags) { _, new in new })
    }
}

public struct Configuration: Sendable {
    /// The configuration file found for a draft (absolute), and every file `extends` pulled in.
    public var path: String
    public var files: [String] = []
    public var rules: [String: RuleSetting] = [:]
    public var overrides: [ConfigurationOverride] = []
    public var exclude: [PathGlob] = []
    /// Extra rule directories (absolute).
    public var rulesDirectories: [String] = []
    public var phrases: [CustomPhrase] = []
    /// Folded words the spell checker accepts.
    public var acceptedWords: Set<String> = []
    /// Template engines whose variables template mode allows (nil: every engine).
    public var templateEngines: [String]?
    /// Variable names templates may use (nil: any).
    public var variables: Set<String>?
    /// Response-time targets in hours, by name ("email", "chat", "email.urgent" for nested tables).
    public var responseTimes: [String: Double] = [:]
    /// Escalation settings as written ("billing_threshold" → "100"); see `escalationNumber`.
    public var escalation: [String: String] = [:]
    /// The channel replies go out on ("email", "chat", ...).
    public var channel: String?
    public var policy = PolicyFacts()
    /// `phrases` compiled for the `custom-phrase` rule (nil when there are none).
    public var customPhrases: CustomPhraseSet?

    public init(path: String) {
        self.path = path
    }

    public var directory: String { Paths.directory(of: path) }

    /// An escalation setting read as a number (`escalation: {billing_threshold: 100}`).
    public func escalationNumber(_ key: String) -> Double? { escalation[key].flatMap(Double.init) }

    public func isExcluded(_ path: String) -> Bool { exclude.contains { $0.matches(path) } }

    /// This configuration with a nearer one (`extends` child) on top: the later file wins
    /// key by key; lists add up.
    func merged(with later: Configuration) -> Configuration {
        var result = later
        result.files = files + later.files
        result.rules = rules.merging(later.rules) { old, new in old.merged(with: new) }
        result.overrides = overrides + later.overrides
        result.exclude = exclude + later.exclude
        result.rulesDirectories = rulesDirectories + later.rulesDirectories.filter { !rulesDirectories.contains($0) }
        result.phrases = phrases + later.phrases
        result.acceptedWords = acceptedWords.union(later.acceptedWords)
        result.templateEngines = later.templateEngines ?? templateEngines
        result.variables = later.variables ?? variables
        result.responseTimes = responseTimes.merging(later.responseTimes) { _, new in new }
        result.escalation = escalation.merging(later.escalation) { _, new in new }
        result.channel = later.channel ?? channel
        result.policy = policy.merged(with: later.policy)
        return result
    }
}
