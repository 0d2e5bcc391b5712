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
}
