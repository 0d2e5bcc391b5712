// The `readability` kind: sentences too long to take in at once, and drafts whose
// Flesch reading ease is low. Counts come from the tokens; syllables are counted
// simply (see `Syllables`).
//
//   longest_sentence: 35        words; a longer sentence is reported
//   minimum_ease: 50            Flesch reading ease below this is reported ...
//   minimum_words: 100          ... for drafts of at least this many words
//   ease_message: "..."         message for the Flesch finding ({score} is filled in)

struct ReadabilityCheck: Check {
    let definition: RuleDefinition
    var costPerWord: Int { 2 }
    let longestSentence: Int
    let minimumEase: Double
    let minimumWords: Int
    let easeMessage: String?

    static let kind = RuleKind(
        name: "readability", keys: ["longest_sentence", "minimum_ease", "minimum_words", "ease_message"]
    ) { definition, node, _ throws(DataError) in
        ReadabilityCheck(
            definition: definition,
            longestSentence: Int(try node["longest_sentence"]?.number() ?? 35),
            minimumEase: try node["minimum_ease"]?.number() ?? 50,
            minimumWords: Int(try node["minimum_words"]?.number() ?? 100),
            easeMessage: try node["ease_message"]?.string()
        )
    }

    /// Words and syllables of one sentence.
    struct SentenceCount {
        var tokens: Range<Int>
        var words = 0
        var syllables = 0

        /// Flesch reading ease of this sentence alone (higher is easier).
        var ease: Double { Flesch.ease(words: words, sentences: 1, syllables: syllables) }
    }

    func run(_ context: LintContext) -> [Finding] {
        let analysis = context.analysis
        let end = analysis.firstToken(atOrAfter: context.document.replyRange.upperBound)
        // One pass, keeping only totals, the long sentences and the hardest one: a 10 MB
        // draft has a hundred thousand sentences.
        var long: [SentenceCount] = []
        var hardest: SentenceCount?
        var sentences = 0
        var words = 0
        var syllables = 0
        analysis.tokens.withUnsafeBufferPointer { tokens in
            analysis.bytes.withUnsafeBufferPointer { bytes in
                for whole in analysis.sentences where whole.lowerBound < end {
                    Self.forEachLayoutLine(whole.lowerBound..<min(whole.upperBound, end), tokens) { range in
                        let sentence = count(range, tokens, bytes)
                        guard sentence.words > 0 else { return }
                        sentences += 1
                        words += sentence.words
                        syllables += sentence.syllables
                        if sentence.words > longestSentence { long.append(sentence) }
                        if hardest.map({ sentence.ease < $0.ease }) ?? true { hardest = sentence }
                    }
                }
            }
        }
        var findings = context.capped(definition, long) { sentence in
            context.finding(definition, range: analysis.byteRange(sentence.tokens), values: ["words": String(sentence.words)])
        }
        guard words >= minimumWords, let hardest else { return findings }
        let ease = Flesch.ease(words: words, sentences: sentences, syllables: syllables)
        guard ease < minimumEase else { return findings }
        // Point at the hardest sentence: it is where rewriting helps most.
        findings.append(context.finding(
            definition, range: analysis.byteRange(hardest.tokens), message: easeMessage,
            values: ["score": String(Int(ease.rounded())), "minimum": String(Int(minimumEase)), "words": String(words)]
        ))
        return findings
    }

    /// A "sentence" without full stops that runs over several lines, each starting with a
    /// capital or a number after a line that ends in a word ("Order number 58213" / "Delivery
    /// address 5 Mill Lane"), is a block of labelled lines, not one long sentence: count each
    /// line alone. Hard-wrapped prose goes on in lower case and stays one sentence.
    static func forEachLayoutLine(_ range: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ body: (Range<Int>) -> Void) {
        var start = range.lowerBound
        for index in range where index > start {
            let token = tokens[index]
            let previous = tokens[index - 1]
            guard token.flags.contains(.newlineBefore), previous.kind == .word || previous.kind == .number,
                  token.flags.contains(.capitalized) || token.kind == .number else { continue }
            body(start..<index)
            start = index
        }
        body(start..<range.upperBound)
    }

    private func count(_ range: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> SentenceCount {
        var result = SentenceCount(tokens: range)
        let classes = Syllables.classes
        for index in range {
            let token = tokens[index]
            switch token.kind {
            case .word:
                result.words += 1
                result.syllables += Syllables.count(bytes, token.range, classes: classes)
            case .number, .url, .email:
                result.words += 1
                result.syllables += 1
            default:
                break
            }
        }
        return result
    }
}

enum Flesch {
    /// Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
    /// About 60–70 is plain English; below 50 is hard going for most readers.
    static func ease(words: Int, sentences: Int, syllables: Int) -> Double {
        guard words > 0, sentences > 0 else { return 100 }
        return 206.835 - 1.015 * Double(words) / Double(sentences) - 84.6 * Double(syllables) / Double(words)
    }
}

/// Syllables of an English word, counted simply: each run of vowels (a e i o u, and y
/// after a consonant) is one syllable; a final silent "e" does not count unless the word
/// ends in consonant + "le" ("table"); every word has at least one. Exact for most common
/// words and off by one for some ("create", "poem"), which averages out over a draft.
enum Syllables {
    /// What each byte is to the count: not a letter (ignored), a byte outside ASCII (ends a
    /// run of vowels, like a consonant), a consonant, "y", or a vowel. A table, not branches:
    /// this runs on every byte of every word.
    private static let other: UInt8 = 0, foreign: UInt8 = 1, consonant: UInt8 = 2, y: UInt8 = 3, vowel: UInt8 = 4
    /// Made once and never freed; a plain pointer, so that a caller reads it once for many
    /// words (an array would be retained, released and checked on every one).
    nonisolated(unsafe) static let classes: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0..<256 {
            let lower = UInt8(byte) | 0x20
            if byte >= 0x80 {
                table[byte] = foreign
            } else if lower < UInt8(ascii: "a") || lower > UInt8(ascii: "z") {
                table[byte] = other
            } else {
                table[byte] = lower == UInt8(ascii: "y") ? y : isVowel(lower) ? vowel : consonant
            }
        }
        return UnsafePointer(table)
    }()

    static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        count(bytes, range, classes: classes)
    }

    /// `count` with the class table already in hand.
    @inline(__always)
    static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, classes: UnsafePointer<UInt8>) -> Int {
        var syllables = 0
        var previousVowel = false
        var letters = 0
        var last: UInt8 = 0
        var beforeLast: UInt8 = 0
        var thirdLast: UInt8 = 0
        for index in range {
            let byte = bytes[index]
            let kind = classes[Int(byte)]
            // Apostrophes and dots end nothing ("don't" is one syllable); letters outside
            // ASCII count as consonants.
            if kind <= foreign {
                if kind == foreign { previousVowel = false }
                continue
            }
            let isVowel = kind == vowel || (kind == y && letters > 0 && !previousVowel)
            syllables += isVowel && !previousVowel ? 1 : 0
            previousVowel = isVowel
            letters += 1
            thirdLast = beforeLast
            beforeLast = last
            last = byte | 0x20
        }
        // A silent final "e" ("make", "store"), but not "-le" after a consonant ("table")
        // nor a word whose only vowel it is ("the", "me").
        if last == UInt8(ascii: "e"), syllables > 1, !isVowel(beforeLast),
           !(beforeLast == UInt8(ascii: "l") && thirdLast != 0 && !isVowel(thirdLast)) {
            syllables -= 1
        }
        return max(1, syllables)
    }

    @inline(__always)
    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i")
            || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
    }
}
