// The lint options for late-response: --sent-at (an ISO 8601 instant) and --channel.
import ArgumentParser
import ReplyLintCore

extension SupportChannel: ExpressibleByArgument {}

enum SentAtOption {
    /// Seconds since 1970 of a --sent-at value; a value that is not ISO 8601 ends the run (exit 2).
    static func parse(_ text: String) throws -> Double {
        guard let seconds = ISO8601Date.parse(text) else {
            throw Failure("--sent-at: expected ISO 8601 like 2026-11-20T10:04:00Z")
        }
        return seconds
    }
}
