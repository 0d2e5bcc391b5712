// The spelling verdict of every distinct word seen in a run, by the word's bytes, shared
// by the threads that lint files in parallel: a word is judged once per run, and looking
// it up makes no String.

final class VerdictCache: @unchecked Sendable {
    /// Only touched under `lock`, so Swift's run-time exclusivity checks (on every lookup
    /// of every word) are left out.
    @exclusivity(unchecked) private var table = ByteKeyTable()
    private let lock = NSLockLite()

    /// The verdict stored for `word`, or -1.
    func value(for word: UnsafeBufferPointer<UInt8>) -> Int32 {
        lock.withLock { table.value(for: word) }
    }

    func insert(_ word: UnsafeBufferPointer<UInt8>, value: Int32) {
        let key = Array(word)
        lock.withLock { _ = table.insert(key, value: value) }
    }
}
