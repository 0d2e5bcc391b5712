// The compiled automaton kept on disk between runs: read back it matches exactly what
// the built one matches, and a damaged or foreign file is refused (the rules are then
// built as usual), never trusted.
import Foundation
import Testing
@testable import ReplyLintCore

struct PhraseIndexStorageTests {
    private static let texts = [
        "We apologize for any inconvenience this may have caused. Gonna fix it, u know.",
        "As I already told you, you should have read the manual!!! This is the THIRD time I write.",
        "I'm sorry your order arrived damaged. I've refunded the shipping fee today.",
        "Where is my order? I want a refund, and can you tell me when it ships? Note to self: TODO.",
    ]

    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("replylint-cache-\(UUID().uuidString)/phrases.bin").path
    }

    private func hits(_ rules: RuleSet) -> [[PhraseHit]] {
        Self.texts.map { text in
            let analysis = TextAnalysis(VisibleText(text), phrases: rules.phrases)
            return (0..<Int(rules.phrases.listCount)).flatMap { analysis.hits(PhraseListID(raw: Int32($0))) }
        }
    }

    private func findings(_ rules: RuleSet) throws -> [[String]] {
        try Self.texts.map { text in try Fixture.lint(text, incoming: Self.texts[3], rules: rules).map { "\($0.rule) \($0.start)" } }
    }

    private var defaultFiles: [DataFile] {
        RuleSet.embeddedFiles.filter { RuleSet.isRuleFile($0.path, root: "rules/") }
    }

    @Test func theSecondRunReadsTheAutomatonAndMatchesTheSame() throws {
        let path = temporaryPath()
        let built = try RuleSet(files: defaultFiles, cachePath: path)
        #expect(!built.phrasesFromCache)
        #expect(FileManager.default.fileExists(atPath: path))
        let cached = try RuleSet(files: defaultFiles, cachePath: path)
        #expect(cached.phrasesFromCache)
        #expect(hits(cached) == hits(built))
        #expect(try findings(cached) == findings(built))
        #expect(String(describing: cached.definitions) == String(describing: built.definitions))
        #expect(try findings(built).joined().contains { $0.hasPrefix("generic-apology") })
    }

    @Test func aDamagedFileIsRefusedAndReplaced() throws {
        let path = temporaryPath()
        let built = try RuleSet(files: defaultFiles, cachePath: path)
        var bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        // Truncated, then one node number pointed far outside the automaton.
        #expect(throws: BinaryFormatError.self) { try PhraseIndexCache.decode(Array(bytes.prefix(bytes.count / 2))) }
        #expect(try PhraseIndexCache.decode(bytes).parsed.count >= 20)
        for offset in stride(from: bytes.count - 4096, to: bytes.count - 64, by: 512) { bytes[offset] = 0x7F }
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let rebuilt = try RuleSet(files: defaultFiles, cachePath: path)
        #expect(!rebuilt.phrasesFromCache)
        #expect(hits(rebuilt) == hits(built))
        #expect(try RuleSet(files: defaultFiles, cachePath: path).phrasesFromCache)
    }

    @Test func anAutomatonOfOtherRulesIsNotReplayed() throws {
        let path = temporaryPath()
        _ = try RuleSet(files: defaultFiles, cachePath: path)
        // Same file count and lists, one phrase more: the replay notices and builds afresh.
        let slang = try #require(defaultFiles.firstIndex { $0.path == "rules/slang.yml" })
        var files = defaultFiles
        files[slang] = DataFile(path: files[slang].path, contents: files[slang].contents.replacingOccurrences(
            of: "phrases:", with: "phrases:\n  - match: \"yolo\"\n    suggest: \"\"", options: [], range: nil))
        let changed = try RuleSet(files: files, cachePath: path)
        #expect(!changed.phrasesFromCache)
        let fresh = try RuleSet(files: files, cachePath: nil)
        #expect(hits(changed) == hits(fresh))
    }

    @Test func anAbandonedTemporaryFileIsRemovedWhenTheCacheIsWritten() throws {
        let path = temporaryPath()
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Left by a process that exited while writing, an hour ago and just now.
        let abandoned = folder + "/phrases-0123.bin.4242.tmp"
        let writing = folder + "/phrases-4567.bin.4343.tmp"
        for file in [abandoned, writing] { FileManager.default.createFile(atPath: file, contents: Data([1, 2, 3])) }
        var times = [timeval(tv_sec: time(nil) - 3600, tv_usec: 0), timeval(tv_sec: time(nil) - 3600, tv_usec: 0)]
        try #require(utimes(abandoned, &times) == 0)
        _ = try RuleSet(files: defaultFiles, cachePath: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: writing))
    }

    @Test func parsedYAMLRoundTripsWithItsPositions() throws {
        let text = "id: x\nlist:\n  - one\n  - {match: \"two\", n: 3}\nempty: ~\n"
        let tree = try YAMLReader.read(text, file: "rules/x.yml")
        let store = ParsedFiles()
        store.record(path: "rules/x.yml", contents: text, tree: tree)
        var writer = BinaryWriter()
        store.write(to: &writer)
        var reader = try BinaryReader(checked: writer.finished())
        let read = try ParsedFiles(reading: &reader)
        #expect(read.tree(path: "rules/x.yml", contents: text + " ") == nil)
        let again = try #require(read.tree(path: "rules/x.yml", contents: text))
        #expect(String(describing: again) == String(describing: tree))
        let second = try #require(again.entries?[1].value.items?[1])
        #expect((second.line, second.column) == (4, 5))
        #expect(second.entries?.first?.value.scalar == "two")
    }

    /// Trees are decoded when first asked for; one whose encoding is damaged is not
    /// given (its file is parsed again), and the others still are.
    @Test func aDamagedTreeIsParsedAgainNotTrusted() throws {
        let good = "id: good\n"
        let bad = "id: bad\n"
        let store = ParsedFiles()
        store.record(path: "rules/bad.yml", contents: bad, tree: try YAMLReader.read(bad, file: "rules/bad.yml"))
        store.record(path: "rules/good.yml", contents: good, tree: try YAMLReader.read(good, file: "rules/good.yml"))
        var writer = BinaryWriter()
        store.write(to: &writer)
        var body = writer.bytes
        // rules/bad.yml comes first: entry count, path, checksum, tree length, then its root
        // node's line, column and kind; an unknown kind makes the tree unreadable.
        let kind = 8 + 8 + "rules/bad.yml".utf8.count + 8 + 8 + 16
        body[kind] = 9
        let sum = body.withUnsafeBytes { Checksum.of($0) }
        withUnsafeBytes(of: sum.littleEndian) { body.append(contentsOf: $0) }
        var reader = try BinaryReader(checked: body)
        let read = try ParsedFiles(reading: &reader)
        #expect(read.tree(path: "rules/bad.yml", contents: bad) == nil)
        #expect(read.tree(path: "rules/good.yml", contents: good)?.entries?.first?.value.scalar == "good")
    }

    @Test func aWordIdOutsideTheVocabularyIsRefused() throws {
        var index = PhraseIndex()
        let list = index.addList(named: "test")
        try index.add("thanks for waiting", to: list, item: 0)
        index.compile()
        var writer = BinaryWriter()
        index.write(to: &writer)
        var body = Array(writer.finished().dropLast(8))
        // The vocabulary comes first: its key bytes, then its entries (key start, key length
        // and word id, four bytes each).
        func count(at offset: Int) -> Int { body[offset..<offset + 8].withUnsafeBytes { Int($0.loadUnaligned(as: Int64.self)) } }
        #expect(MemoryLayout<ByteKeyTable.Entry>.stride == 12)
        let keyBytes = count(at: 0)
        let words = count(at: 8 + keyBytes)
        #expect(words == 3)
        let firstID = 8 + keyBytes + 8 + 8
        withUnsafeBytes(of: Int32(words + 5).littleEndian) { body.replaceSubrange(firstID..<firstID + 4, with: $0) }
        let sum = body.withUnsafeBytes { Checksum.of($0) }
        withUnsafeBytes(of: sum.littleEndian) { body.append(contentsOf: $0) }
        var reader = try BinaryReader(checked: body)
        #expect(throws: BinaryFormatError.self) { try PhraseIndex(reading: &reader) }
    }

    @Test func aSmallIndexRoundTrips() throws {
        var index = PhraseIndex()
        let list = index.addList(named: "test")
        try index.add("(we|i) (sincerely)? apologize for (any|the) inconvenience", to: list, item: 0)
        try index.add("contact ... yourself", to: list, item: 1)
        index.compile()
        var writer = BinaryWriter()
        index.write(to: &writer)
        var reader = try BinaryReader(checked: writer.finished())
        var read = try PhraseIndex(reading: &reader)
        #expect(reader.isAtEnd)
        #expect(read.finishReplay() == false)
        let text = "We sincerely apologize for the inconvenience. You can contact the courier yourself."
        let analysis = TextAnalysis(VisibleText(text), phrases: index)
        let again = TextAnalysis(VisibleText(text), phrases: read)
        #expect(analysis.hits(list).count == 2)
        #expect(Array(again.hits(list)) == Array(analysis.hits(list)))
    }
}
