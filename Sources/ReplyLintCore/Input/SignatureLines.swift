// What a line near the end of a reply can be for signature detection: the "-- " delimiter,
// a "Sent from my iPhone" line, a sign-off ("Kind regards,"), a rule, a name, contact details.

enum SignatureLineKind {
    case blank, delimiter, mobile, signOff, dashedName, rule, other
}

/// One line of a reply's tail, classified once; what only some lines are asked about is
/// worked out when asked (most tails are asked about their last lines only).
struct SignatureLine {
    var line: TextLine
    var text: LineText
    var kind: SignatureLineKind
    var length: Int
    /// Words on the line, counted up to `enoughWords`.
    var words: Int

    init(_ reader: LineReader, _ line: TextLine) {
        self.line = line
        text = reader.text(line)
        length = text.count
        guard !text.isEmpty else {
            (kind, words) = (.blank, 0)
            return
        }
        words = text.wordCount(upTo: SignatureLine.enoughWords)
        kind = SignatureLine.kind(text, words: words)
    }

    /// Reads as a sentence of the reply rather than a signature line.
    var isProse: Bool { !text.isEmpty && SignatureLine.isProse(text, words: words) }
    /// One to five capitalised words: "Stavros Papadopoulos", "John E. Doe, Ph.D.".
    var isName: Bool { !text.isEmpty && SignatureLine.isName(text, words: words) }
    /// An e-mail address, a web address or a phone number.
    var isContact: Bool { !text.isEmpty && length <= SignatureLine.longestContactLine && SignatureLine.isContact(text) }

    /// Every test on a line's word count asks about 12 words or fewer, so a long line's
    /// words are counted only that far (the tail of a draft is mostly long paragraphs).
    static let enoughWords = 12
    /// Contact details count only in a block of lines of at most 80 bytes (see
    /// SignatureDetector), so longer lines are not searched for them.
    static let longestContactLine = 80

    static func kind(_ text: LineText, words: Int) -> SignatureLineKind {
        guard let first = text.first else { return .blank }
        // "-- " (its trailing space trimmed), or a dash alone on its line
        if text.count <= 3, ["--", "—", "–"].contains(text.string) { return .delimiter }
        if text.count <= 60, words <= 8, SignatureLine.isMobile(text) { return .mobile }
        if text.count <= 40, SignatureLine.isSignOff(text, words: words) { return .signOff }
        if first == UInt8(ascii: "-") || first == 0xE2, let name = SignatureLine.nameAfterDash(text), isName(name, words: name.wordCount) {
            return .dashedName
        }
        if ruleMarks.contains(first), text.consists(of: ruleMarks, minimum: 4) { return .rule }
        return .other
    }

    private static let ruleMarks: [UInt8] = [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "*")]

    static let mobilePrefixes: [[UInt8]] = [
        "sent from ", "sent via ", "sent with ", "sent using ", "sent on my ", "get outlook for ", "envoyé de mon ", "envoyé depuis ",
        "gesendet von meinem ", "gesendet mit ", "enviado desde mi ", "enviado desde ", "verstuurd vanaf mijn ",
        "verzonden vanaf mijn ", "inviato da ", "enviado do meu ", "enviado de meu ",
    ].map { Array($0.utf8) }
    static let mobileLines: Set<String> = ["via mobile", "sent via mobile", "via phone", "via iphone", "via android", "sent from mobile"]

    /// "Sent from my iPhone", "Get Outlook for iOS", "Sent from my Verizon Wireless BlackBerry":
    /// short, and no comma ("Sent from my desk, is much easier…" is a sentence).
    static func isMobile(_ text: LineText) -> Bool {
        if text.contains(UInt8(ascii: ",")) || text.contains(UInt8(ascii: ";")) { return false }
        if mobilePrefixes.contains(where: text.hasPrefix) { return true }
        // Every line in `mobileLines` starts with "v" or "s": fold only those.
        guard let first = text.first, first | 0x20 == UInt8(ascii: "v") || first | 0x20 == UInt8(ascii: "s") else { return false }
        return mobileLines.contains(text.folded)
    }

    static let signOffs: Set<String> = [
        "thanks", "thank you", "thanks so much", "thank you so much", "many thanks", "thanks again", "thanks a lot",
        "thanks in advance", "thank you in advance", "with thanks", "thanks and regards", "thanks & regards", "thx",
        "best", "all the best", "best wishes", "best regards", "kind regards", "kindest regards", "warm regards",
        "warmest regards", "warm wishes", "warmly", "regards", "with regards", "many regards", "with kind regards",
        "with best regards", "cheers", "sincerely", "yours sincerely", "sincerely yours", "yours truly", "yours faithfully",
        "faithfully", "respectfully", "take care", "talk soon", "speak soon", "have a great day", "have a nice day",
        "cordialement", "bien cordialement", "bien à vous", "merci", "merci beaucoup", "salutations",
        "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "viele grüße", "beste grüße",
        "liebe grüße", "herzliche grüße", "grüße", "gruß", "danke", "vielen dank",
        "saludos", "un saludo", "saludos cordiales", "atentamente", "gracias", "muchas gracias",
        "met vriendelijke groet", "vriendelijke groet", "groeten", "hartelijke groet", "bedankt",
        "cordiali saluti", "saluti", "distinti saluti", "grazie", "grazie mille",
        "atenciosamente", "abraços", "obrigado", "obrigada", "cumprimentos",
    ]

    /// "Kind regards,", "Thanks!", "Thank you for your patience,".
    static func isSignOff(_ text: LineText, words: Int) -> Bool {
        var upper = text.range.upperBound
        while upper > text.range.lowerBound,
              signOffTrail.contains(text.bytes[upper - 1]) { upper -= 1 }
        let core = LineText(text.bytes, text.range.lowerBound..<upper)
        if signOffs.contains(core.folded) { return true }
        // "Thanks for your help," and "Thank you for your patience,"
        return text.last == UInt8(ascii: ",") && words <= 7
            && thanksPrefixes.contains(where: core.hasPrefix)
    }

    /// "-Abhishek Kona", "— Alex", "-- Tim": the name after the dash, or nil.
    static func nameAfterDash(_ text: LineText) -> LineText? {
        let bytes = text.bytes
        var index = text.range.lowerBound
        let end = text.range.upperBound
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "-") {
                index += 1
                guard index < end, bytes[index] == 0x20 else { return nil }
            } else if index < end, bytes[index] == 0x20 {
                return nil  // "- Refund": a list item
            }
        } else if index + 2 < end, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x94 || bytes[index + 2] == 0x93 {
            index += 3
        } else {
            return nil
        }
        while index < end, bytes[index] == 0x20 { index += 1 }
        guard index < end else { return nil }
        return LineText(bytes, index..<end)
    }

    static let shortAnswers: Set<String> = [
        "yes", "no", "ok", "okay", "sure", "done", "great", "perfect", "agreed", "noted", "absolutely", "correct", "right",
        "fine", "good", "awesome", "cool", "excellent", "understood", "exactly", "indeed", "certainly", "definitely",
        "nope", "yep", "yeah", "maybe", "sounds good", "will do", "no problem", "of course", "hello", "hi", "welcome",
        "congratulations", "enjoy", "bye", "goodbye", "see you soon", "happy holidays", "merry christmas", "happy new year",
        "good luck", "all good", "not yet", "thank you", "thanks", "none", "nothing", "same", "both", "either", "neither",
    ]

    static let nameParticles: Set<String> = ["de", "van", "von", "da", "del", "der", "den", "la", "le", "di", "du", "bin", "al", "y"]

    /// A short answer that can stand alone on the last line ("Yes", "Sounds good!"), never a
    /// name: its letters and spaces, lower-cased, are in `shortAnswers` (all ASCII).
    static func isShortAnswer(_ text: LineText, words: Int) -> Bool {
        guard words <= 3 else { return false }
        let folded = text.folded
        if folded.utf8.contains(where: { $0 >= 0x80 }) {
            return shortAnswers.contains(folded.filter { $0.isLetter || $0 == " " })  // "Sure…", "Yes✓"
        }
        let kept = folded.utf8.filter { LineText.isLetter($0) || $0 == 0x20 }
        return shortAnswers.contains(String(decoding: kept, as: UTF8.self))
    }

    static func isName(_ text: LineText, words: Int) -> Bool {
        guard words >= 1, words <= 5, text.count <= 50, text.digitCount == 0 else { return false }
        var wordStart = true
        var wordBytes: [UInt8] = []
        var ok = true
        func finishWord() {
            guard !wordBytes.isEmpty else { return }
            let first = wordBytes[0]
            if !(LineText.isUpper(first) || first >= 0xC3) {
                ok = ok && nameParticles.contains(String(decoding: wordBytes, as: UTF8.self))
            }
            wordBytes.removeAll(keepingCapacity: true)
        }
        for byte in text.bytes[text.range] {
            if byte == 0x20 || byte == UInt8(ascii: ",") {
                finishWord()
                wordStart = true
                continue
            }
            if wordStart, !LineText.isLetter(byte) { return false }
            wordStart = false
            if !(LineText.isLetter(byte) || byte >= 0x80 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")) {
                return false
            }
            wordBytes.append(byte)
        }
        finishWord()
        return ok
    }

    private static let webMarks: [[UInt8]] = ["http://", "https://", "www."].map { Array($0.utf8) }
    private static let postscripts: [[UInt8]] = ["p.s", "ps:", "ps "].map { Array($0.utf8) }
    private static let signOffTrail: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), 0x20]
    private static let thanksPrefixes: [[UInt8]] = ["thanks ", "thank you "].map { Array($0.utf8) }

    /// One pass over the line (it runs on every line of every draft's tail).
    static func isContact(_ text: LineText) -> Bool {
        var digits = 0
        for index in text.range {
            let byte = text.bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
            } else if byte == UInt8(ascii: "@") {
                return true
            } else if byte | 0x20 == UInt8(ascii: "h") || byte | 0x20 == UInt8(ascii: "w"),
                      webMarks.contains(where: { text.has($0, at: index) }) {
                return true
            }
        }
        // A phone number: mostly digits and the marks that group them.
        return digits >= 7 && digits * 2 >= text.count - 4
    }

    /// A sentence of the reply: ends like one and is not a capitalised title line, or is long.
    static func isProse(_ text: LineText, words: Int) -> Bool {
        if words >= 12 { return true }
        if postscripts.contains(where: text.hasPrefix) { return true }
        guard let last = text.last, words >= 4,
              last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") else { return false }
        if last == UInt8(ascii: "?") { return true }
        // "The Google Apps Sync Team." is a title; "we will ship it tomorrow." is a sentence.
        var capitalised = 0
        var wordStart = true
        for byte in text.bytes[text.range] {
            if byte == 0x20 {
                wordStart = true
                continue
            }
            if wordStart, LineText.isUpper(byte) || !LineText.isLetter(byte) { capitalised += 1 }
            wordStart = false
        }
        return capitalised * 10 < words * 7
    }
}
