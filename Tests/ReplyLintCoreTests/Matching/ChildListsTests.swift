// The compiled automaton's edges: every child is found, whether its node has one child or
// hundreds (scanned or bisected), and no word finds a child it does not have.
import Testing
@testable import ReplyLintCore

struct ChildListsTests {
    @Test func everyChildIsFoundAndNothingElse() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 2, 8, 9, 10, 17, 64, 300] {
            let words = Array(Array(0..<Int32(1000)).shuffled(using: &generator).prefix(size))
            let children: [[(word: Int32, node: Int32)]] = [
                words.enumerated().map { (word: $0.element, node: Int32($0.offset + 2)) },
                [(word: 7, node: 1)],
            ]
            let lists = ChildLists(children)
            for (offset, word) in words.enumerated() {
                #expect(lists.target(from: 0, on: word) == Int32(offset + 2), "size \(size), word \(word)")
            }
            for word in Int32(0)..<1000 where !words.contains(word) {
                #expect(lists.target(from: 0, on: word) == -1, "size \(size), word \(word)")
            }
            #expect(lists.target(from: 1, on: 7) == 1)
            #expect(lists.target(from: 1, on: 8) == -1)
        }
    }
}
