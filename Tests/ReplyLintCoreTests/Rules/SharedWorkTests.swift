// Start-up work offered to a background thread: done exactly once, by the thread or by the
// first caller that needs it, and every caller gets the same result.
import Dispatch
import Foundation
import Testing
@testable import ReplyLintCore

struct SharedWorkTests {
    @Test func offeredWorkIsDoneOnceForEveryCaller() {
        for _ in 0..<50 {
            let runs = Counter()
            let work = SharedWork<Int> {
                _ = runs.increment()
                return 42
            }
            work.startInBackground()
            let results = Slots<Int>(count: 4)
            DispatchQueue.concurrentPerform(iterations: 4) { results[$0] = work.result() }
            #expect(results.values == [42, 42, 42, 42])
            #expect(runs.increment() == 2)
        }
    }

    @Test func aCallerThatComesFirstDoesTheWorkItself() {
        let caller = pthread_self()
        let work = SharedWork<Bool> { pthread_equal(pthread_self(), caller) != 0 }
        #expect(work.result())
        // Offered afterwards, the work is not done again.
        work.startInBackground()
        #expect(work.result())
    }

    /// A thread waiting for one result runs work offered meanwhile: here nothing else
    /// would ever run it, so waiting returns only because the waiter did it.
    @Test func aWaitingThreadRunsOfferedWork() {
        final class Flag: @unchecked Sendable { var value = false }
        let flag = Flag()
        let owner = Flag()
        OpenWork.offer(ObjectIdentifier(owner)) { flag.value = true }
        OpenWork.help(until: { flag.value })
        #expect(flag.value)
    }

    @Test func workTakenBackIsNotRunByAWaitingThread() {
        final class Box: @unchecked Sendable { var runs = 0 }
        let box = Box()
        OpenWork.offer(ObjectIdentifier(box)) { box.runs += 1 }
        OpenWork.withdraw(ObjectIdentifier(box))
        let work = SharedWork<Int> { 7 }
        #expect(work.result() == 7)
        #expect(box.runs == 0)
    }

    /// Work that offers more work and waits for it (the rule build and the lexicons) ends,
    /// whichever thread takes the inner work.
    @Test func nestedOfferedWorkFinishes() {
        for _ in 0..<50 {
            let outer = SharedWork<Int> {
                let inner = SharedWork<Int> { 20 }
                inner.startInBackground()
                return inner.result() + 1
            }
            outer.startInBackground()
            #expect(outer.result() == 21)
        }
    }
}
