// The table every token is looked up in (the phrase vocabulary, the spelling verdicts):
// each key finds its own value, keys that are not there find nothing (also ones sharing
// a hash slot or a length), and a table read back from the cache answers the same.
import Testing
@testable import ReplyLintCore

struct ByteKeyTableTests {
    private func table(_ words: [String]) -> ByteKeyTable {
        var table = ByteKeyTable()
        for (number, word) in words.enumerated() { table.insert(Array(word.utf8), value: Int32(number)) }
        return table
    }

    private let words = (0..<5000).map { "w\($0)x" } + ["", "a", "refund", "réfund", String(repeating: "z", count: 300)]

    @Test func everyKeyFindsItsValueThroughGrowth() {
        let table = table(words)
        #expect(table.count == words.count)
        for (number, word) in words.enumerated() {
            #expect(table.value(for: Array(word.utf8)) == Int32(number), "\(word)")
        }
    }

    @Test func missingKeysFindNothing() {
        let table = table(words)
        for word in ["w5000x", "w1", "refunds", "refun", "b", String(repeating: "z", count: 299)] {
            #expect(table.value(for: Array(word.utf8)) == -1, "\(word)")
        }
    }

    @Test func insertingAKeyAgainKeepsTheFirstValue() {
        var table = table(["refund"])
        #expect(table.insert(Array("refund".utf8), value: 7) == 0)
        #expect(table.count == 1)
    }

    @Test func aTableReadBackAnswersTheSame() throws {
        let original = table(words)
        var writer = BinaryWriter()
        original.write(to: &writer)
        var reader = try BinaryReader(checked: writer.finished())
        let copy = try ByteKeyTable(reading: &reader)
        #expect(reader.isAtEnd)
        for word in words + ["absent", "w9999x"] {
            #expect(copy.value(for: Array(word.utf8)) == original.value(for: Array(word.utf8)))
        }
    }
}
