// Frequent English words that Hunspell's en_US dictionary accepts (rules/spelling/
// common-words.txt, sorted, one per line), and those en_GB accepts besides
// (common-words-en-gb.txt: "authorisation", "colour"). A word found here is correct without
// asking Hunspell, so a draft of everyday words never loads a dictionary (the largest cost
// of a short lint). A list is searched in place, by bisecting its bytes: nothing is built.

struct CommonWords: Sendable {
    private let list: String

    /// The embedded list for en_US.
    static let embedded = CommonWords(named: "common-words.txt")
    /// The embedded list of frequent words en_GB accepts and en_US does not.
    static let british = CommonWords(named: "common-words-en-gb.txt")

    private init(named name: String) {
        self.init(RuleSet.embeddedFiles.first { $0.path == "rules/spelling/" + name }?.contents ?? "")
    }

    /// `list`: words in byte order, one per line.
    init(_ list: String) {
        var list = list
        list.makeContiguousUTF8()
        self.list = list
    }

    var count: Int { list.utf8.count(where: { $0 == UInt8(ascii: "\n") }) }

    /// Whether Hunspell would accept `word` because the list holds it: as written, or
    /// written with a capital first letter or in capitals (Hunspell's own case rules).
    func contains(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        if has(bytes) { return true }
        guard let first = bytes.first, Self.isUpper(first) else { return false }
        let rest = bytes.dropFirst()
        if rest.allSatisfy({ !Self.isUpper($0) }) {
            return has(Self.lowered(bytes))
        }
        if rest.allSatisfy({ !Self.isLower($0) }) {
            let lower = Self.lowered(bytes)
            return has(lower) || has([first] + lower.dropFirst())
        }
        return false
    }

    /// Whether the list holds `key` exactly as written.
    func has(_ key: [UInt8]) -> Bool {
        guard !key.isEmpty, !key.contains(UInt8(ascii: "\n")) else { return false }
        return list.utf8.withContiguousStorageIfAvailable { Self.search(key, in: $0) } ?? false
    }

    /// Bisects a sorted, newline-separated list by byte offset: the line around the middle
    /// offset is compared and half the bytes are dropped each time.
    private static func search(_ key: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var low = 0
        var high = text.count
        while low < high {
            var start = (low + high) / 2
            while start > low && text[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            var end = start
            while end < high && text[end] != UInt8(ascii: "\n") { end += 1 }
            switch compare(key, text, start..<end) {
            case 0: return true
            case ..<0: high = start
            default: low = end + 1
            }
        }
        return false
    }

    private static func compare(_ key: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var index = 0
        for offset in range {
            guard index < key.count else { return -1 }
            if key[index] != text[offset] { return Int(key[index]) - Int(text[offset]) }
            index += 1
        }
        return index < key.count ? 1 : 0
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    private static func lowered(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { isUpper($0) ? $0 + 0x20 : $0 }
    }
}
