// Analyses of one document computed once and shared by every draft checked against
// it: an --incoming message is read once per run and compared with each draft, on
// several threads at once.

public final class DocumentMemo: @unchecked Sendable {
    private let lock = NSLockLite()
    private var values: [String: Any] = [:]

    public init() {}

    /// The value for `key`, made by the first caller; the others wait for it.
    public func value<Value>(_ key: String, _ make: () -> Value) -> Value {
        lock.withLock {
            if let stored = values[key], let value = stored as? Value { return value }
            let value = make()
            values[key] = value
            return value
        }
    }
}
