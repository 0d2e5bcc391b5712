// What the customer's message says about who they are and what they bought.
import ReplyLintCore

public struct Facts: Sendable, Equatable {
    public var name: CustomerName?
    /// Order number without a leading '#' ("A-10492").
    public var order: String?
    public var tracking: String?
    /// Sums of money as written ("$84.99").
    public var amounts: [String] = []
    /// Dates as written ("12 March", "11/24/2026").
    public var dates: [String] = []
    /// The first product the message mentions ("kettle").
    public var product: String?

    public init() {}
}
