// Response-time goals: the channels a customer writes through and, per channel, the
// target and the maximum delay of a reply. The defaults live in rules/late-response.yml;
// LintOptions (--channel, the configuration) may choose the channel and replace goals.

public enum SupportChannel: String, Sendable, CaseIterable {
    case messages, reviews, returns, issues
}

public struct ResponseTime: Sendable, Equatable {
    /// Seconds within which a reply should go out.
    public var target: Double
    /// Seconds after which a reply is late.
    public var maximum: Double

    public init(target: Double, maximum: Double) {
        self.target = target
        self.maximum = maximum
    }

    /// "2h", "30m", "2d", "90 min", "24 hours" → seconds; nil when it is not a duration.
    public static func seconds(_ text: String) -> Double? {
        let trimmed = text.lowercased().filter { $0 != " " }
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
        guard let value = Double(digits), value >= 0 else { return nil }
        switch trimmed.dropFirst(digits.count) {
        case "m", "min", "mins", "minute", "minutes": return value * 60
        case "h", "hr", "hrs", "hour", "hours": return value * 3600
        case "d", "day", "days": return value * 86400
        default: return nil
        }
    }

    /// How a delay reads in a message: "45 min", "26 h", "3 days 4 h".
    public static func describe(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded(.down))
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        if hours < 48 {
            let rest = minutes % 60
            return rest == 0 || hours >= 10 ? "\(hours) h" : "\(hours) h \(rest) min"
        }
        let rest = hours % 24
        return rest == 0 ? "\(hours / 24) days" : "\(hours / 24) days \(rest) h"
    }
}
