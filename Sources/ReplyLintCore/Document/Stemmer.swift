// Porter's suffix stripper (1980) on lower-case ASCII bytes, so "arrived",
// "arrives" and "arrival" meet at "arriv" when a question and a reply are compared.
// Words with other letters are left as they are.

public enum Stemmer {
    /// The stem of a folded (lower-case) word.
    public static func stem(_ word: [UInt8]) -> [UInt8] {
        var buffer = word
        stem(&buffer)
        return buffer
    }

    public static func stem(_ word: String) -> String {
        String(decoding: stem(Array(word.utf8)), as: UTF8.self)
    }

    /// Stems `word` in place.
    public static func stem(_ word: inout [UInt8]) {
        guard word.count > 2, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return }
        var porter = Porter(word)
        porter.run()
        word = porter.bytes
    }
}

/// The algorithm's state: the word and `k`, the end of the part still being looked at.
private struct Porter {
    var bytes: [UInt8]
    /// Length of the stem candidate after a suffix test (`j` in Porter's paper).
    var stemEnd = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func run() {
        step1a()
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
    }

    // MARK: Measures

    /// Whether bytes[index] is a consonant ("y" after a consonant is a vowel).
    func isConsonant(_ index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
            return false
        case UInt8(ascii: "y"):
            return index == 0 ? true : !isConsonant(index - 1)
        default:
            return true
        }
    }

    /// m, the number of vowel-consonant sequences in bytes[0..<length].
    func measure(_ length: Int) -> Int {
        var count = 0
        var index = 0
        while index < length, isConsonant(index) { index += 1 }
        while index < length {
            while index < length, !isConsonant(index) { index += 1 }
            guard index < length else { break }
            count += 1
            while index < length, isConsonant(index) { index += 1 }
        }
        return count
    }

    func hasVowel(_ length: Int) -> Bool {
        (0..<length).contains { !isConsonant($0) }
    }

    /// The stem ends with a double consonant.
    func endsWithDoubleConsonant(_ length: Int) -> Bool {
        length >= 2 && bytes[length - 1] == bytes[length - 2] && isConsonant(length - 1)
    }

    /// consonant-vowel-consonant at the end, the last not w, x or y ("hop", not "snow").
    func endsCVC(_ length: Int) -> Bool {
        guard length >= 3, isConsonant(length - 1), !isConsonant(length - 2), isConsonant(length - 3) else { return false }
        let last = bytes[length - 1]
        return last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
    }

    // MARK: Suffixes

    /// Whether the word ends with `suffix`; sets `stemEnd` to where the suffix starts.
    mutating func ends(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard count <= bytes.count else { return false }
        let start = bytes.count - count
        let matches = suffix.withUTF8Buffer { suffixBytes in
            (0..<count).allSatisfy { bytes[start + $0] == suffixBytes[$0] }
        }
        if matches { stemEnd = start }
        return matches
    }

    mutating func replaceSuffix(with replacement: StaticString) {
        bytes.removeSubrange(stemEnd...)
        replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Replaces the suffix just matched when the stem's measure is above zero.
    mutating func replaceIfMeasured(_ replacement: StaticString) {
        if measure(stemEnd) > 0 { replaceSuffix(with: replacement) }
    }

    // MARK: Steps

    mutating func step1a() {
        if ends("sses") {
            replaceSuffix(with: "ss")
        } else if ends("ies") {
            replaceSuffix(with: "i")
        } else if ends("ss") {
            return
        } else if ends("s") {
            replaceSuffix(with: "")
        }
    }

    mutating func step1b() {
        if ends("eed") {
            replaceIfMeasured("ee")
            return
        }
        var removed = false
        if ends("ed"), hasVowel(stemEnd) {
            replaceSuffix(with: "")
            removed = true
        } else if ends("ing"), hasVowel(stemEnd) {
            replaceSuffix(with: "")
            removed = true
        }
        guard removed else { return }
        if ends("at") || ends("bl") || ends("iz") {
            bytes.append(UInt8(ascii: "e"))
        } else if endsWithDoubleConsonant(bytes.count) {
            let last = bytes[bytes.count - 1]
            if last != UInt8(ascii: "l") && last != UInt8(ascii: "s") && last != UInt8(ascii: "z") { bytes.removeLast() }
        } else if measure(bytes.count) == 1, endsCVC(bytes.count) {
            bytes.append(UInt8(ascii: "e"))
        }
    }

    mutating func step1c() {
        if ends("y"), hasVowel(stemEnd) { bytes[bytes.count - 1] = UInt8(ascii: "i") }
    }

    mutating func step2() {
        let rules: [(StaticString, StaticString)] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
            ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
            ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ]
        for (suffix, replacement) in rules where ends(suffix) {
            replaceIfMeasured(replacement)
            return
        }
    }

    mutating func step3() {
        let rules: [(StaticString, StaticString)] = [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ]
        for (suffix, replacement) in rules where ends(suffix) {
            replaceIfMeasured(replacement)
            return
        }
    }

    mutating func step4() {
        // Longer suffixes that end the same way come first ("ement", "ment", "ent").
        let suffixes: [StaticString] = [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ou",
            "ism", "ate", "iti", "ous", "ive", "ize",
        ]
        for suffix in suffixes where ends(suffix) {
            // "-ion" goes only after s or t, which stay: "adoption" → "adopt".
            let description = suffix.description
            if description == "sion" || description == "tion" { stemEnd += 1 }
            if measure(stemEnd) > 1 { replaceSuffix(with: "") }
            return
        }
    }

    mutating func step5() {
        if ends("e") {
            let m = measure(stemEnd)
            if m > 1 || (m == 1 && !endsCVC(stemEnd)) { bytes.removeLast() }
        }
        if bytes.count >= 2, bytes[bytes.count - 1] == UInt8(ascii: "l"), endsWithDoubleConsonant(bytes.count), measure(bytes.count) > 1 {
            bytes.removeLast()
        }
    }
}
