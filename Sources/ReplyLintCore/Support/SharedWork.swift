// Start-up work offered to a background thread that the thread needing the result can take
// over: whoever comes first does it. On this machine a new thread can wait milliseconds for
// a core, and the caller should never wait for a thread that has not even started. A thread
// that does wait for a result meanwhile runs any other work offered and not yet started
// (the main thread, waiting for the default rules, replays the lexicons that the rule
// build offered: its own new thread would often get a core only after the build is done).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class SharedWork<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLockLite()
    private var work: (@Sendable () -> Value)?
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
    }

    /// Offers the work to a new thread and to threads waiting for other shared work
    /// (nobody does anything if it has been taken).
    func startInBackground() {
        OpenWork.offer(ObjectIdentifier(self)) { self.runIfUntaken() }
        BackgroundThread.start { self.runIfUntaken() }
    }

    /// The result: computed on this thread if nobody has started the work, else waited
    /// for while running other offered work.
    func result() -> Value {
        runIfUntaken()
        OpenWork.help(until: { self.lock.withLock { self.value != nil } })
        return lock.withLock { value! }
    }

    private func runIfUntaken() {
        let taken: (@Sendable () -> Value)? = lock.withLock {
            defer { work = nil }
            return work
        }
        guard let taken else { return }
        OpenWork.withdraw(ObjectIdentifier(self))
        let result = taken()
        lock.withLock { value = result }
        OpenWork.changed()
    }
}

/// Work offered and possibly not started yet, and the threads waiting for shared work.
enum OpenWork {
    private static let monitor = Monitor()
    nonisolated(unsafe) private static var offered: [(owner: ObjectIdentifier, run: @Sendable () -> Void)] = []

    static func offer(_ owner: ObjectIdentifier, _ run: @escaping @Sendable () -> Void) {
        monitor.locked { offered.append((owner, run)) }
    }

    /// Takes back what `owner` offered: its work has been started.
    static func withdraw(_ owner: ObjectIdentifier) {
        monitor.locked { offered.removeAll { $0.owner == owner } }
    }

    /// Wakes the waiting threads: some work has finished.
    static func changed() {
        monitor.locked {}
    }

    /// Runs offered work, or sleeps until some work finishes, until `isDone()`.
    static func help(until isDone: () -> Bool) {
        monitor.lock()
        while !isDone() {
            if !offered.isEmpty {
                let run = offered.removeFirst().run
                monitor.unlock()
                run()
                monitor.lock()
            } else {
                monitor.wait()
            }
        }
        monitor.unlock()
    }

    /// A mutex with a condition that every change of state broadcasts.
    private final class Monitor: @unchecked Sendable {
        private var mutex = pthread_mutex_t()
        private var condition = pthread_cond_t()

        init() {
            pthread_mutex_init(&mutex, nil)
            pthread_cond_init(&condition, nil)
        }

        func lock() { pthread_mutex_lock(&mutex) }
        func unlock() { pthread_mutex_unlock(&mutex) }
        func wait() { pthread_cond_wait(&condition, &mutex) }

        /// Runs `body` holding the mutex, then wakes every waiting thread.
        func locked(_ body: () -> Void) {
            pthread_mutex_lock(&mutex)
            body()
            pthread_cond_broadcast(&condition)
            pthread_mutex_unlock(&mutex)
        }
    }
}
