// Start-up work offered to a background thread that the thread needing the result can take
// over: whoever comes first does it. On this machine a new thread can wait milliseconds for
// a core, and the caller should never wait for a thread that has not even started.
import Dispatch

final class SharedWork<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLockLite()
    private var work: (@Sendable () -> Value)?
    private var value: Value?
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        done.enter()
    }

    /// Offers the work to a new thread (which does nothing if someone has taken it).
    func startInBackground() {
        BackgroundThread.start { self.runIfUntaken() }
    }

    /// The result: computed on this thread if nobody has started the work, else waited for.
    func result() -> Value {
        runIfUntaken()
        done.wait()
        return lock.withLock { value! }
    }

    private func runIfUntaken() {
        let taken: (@Sendable () -> Value)? = lock.withLock {
            defer { work = nil }
            return work
        }
        guard let taken else { return }
        let result = taken()
        lock.withLock { value = result }
        done.leave()
    }
}
