// The customer's name, read from their message: the sign-off ("Thanks,\nPriya"), a
// "my name is" sentence, or the From header's display name. Never guessed from other
// capitalised words (a product, a place): a name only counts where a name stands.
import Foundation

public struct CustomerName: Sendable, Equatable {
    public enum Source: String, Sendable {
        case signOff = "sign-off"
        case introduction = "my name is"
        case fromHeader = "From header"
    }

    /// The first name as written ("Priya").
    public let first: String
    /// The family name when the customer gave one ("Nair").
    public let last: String?
    public let source: Source

    /// Longest name accepted: a longer "name" is not one, and copied text stays short.
    static let maximumLength = 40

    /// The customer's name in a message, or nil when the message does not say it.
    public static func find(in document: Document, lexicon: NameLexicon) -> CustomerName? {
        let lines = document.body.string.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return signOff(lines, lexicon) ?? introduction(lines, lexicon) ?? fromHeader(document.headers.from, lexicon)
    }

    /// The name under (or beside) a closing in the last lines of the message.
    static func signOff(_ lines: [String], _ lexicon: NameLexicon) -> CustomerName? {
        let filled = lines.indices.filter { !lines[$0].isEmpty }
        let tail = filled.suffix(6)
        for (position, index) in tail.enumerated().reversed() {
            let words = NameText.words(lines[index])
            guard let closing = closingLength(words, lexicon) else { continue }
            // "Cheers, Tom": the name stands on the closing line itself.
            if closing < words.count, let found = name(ArraySlice(words[closing...]), .signOff, lexicon) {
                return found
            }
            let next = tail.dropFirst(position + 1).first
            return next.flatMap { name(ArraySlice(NameText.words(lines[$0])), .signOff, lexicon) }
        }
        // No closing: a last line that is only a name, or "- Tom".
        guard let last = filled.last else { return nil }
        let line = lines[last]
        if line.hasPrefix("-") || line.hasPrefix("–") || line.hasPrefix("—") || line.hasPrefix("~") {
            return name(ArraySlice(NameText.words(String(line.dropFirst()))), .signOff, lexicon)
        }
        if filled.count > 1, let above = filled.dropLast().last, let end = lines[above].last, ".!?".contains(end),
           let found = name(ArraySlice(NameText.words(withoutKisses(line))), .signOff, lexicon) {
            return found
        }
        return endOfLine(line, lexicon)
    }

    /// "Can you fix it? Lena", "Thank you! Ivy", "... in navy? Cheers, Tom": a sign-off at the
    /// end of the message's last line, after a sentence. A bare name there must not end in a
    /// full stop ("... broken. Amazing." is not a name).
    static func endOfLine(_ line: String, _ lexicon: NameLexicon) -> CustomerName? {
        let trimmed = withoutKisses(line)
        guard let stop = trimmed.dropLast().lastIndex(where: { ".!?".contains($0) }), !".!?".contains(trimmed.last ?? ".") else {
            return nil
        }
        let words = NameText.words(String(trimmed[trimmed.index(after: stop)...]))
        if let closing = closingLength(words, lexicon), closing < words.count {
            return name(ArraySlice(words[closing...]), .signOff, lexicon)
        }
        return words.count <= 2 ? name(ArraySlice(words), .signOff, lexicon) : nil
    }

    /// "Nina x", "Jo xx": the kisses after a name are not part of it.
    static func withoutKisses(_ line: String) -> String {
        var words = line.split(separator: " ")
        while words.count > 1, let last = words.last, last.allSatisfy({ $0 == "x" || $0 == "X" }) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// How many words of a line are a closing phrase, when the line starts with one.
    static func closingLength(_ words: [String], _ lexicon: NameLexicon) -> Int? {
        let folded = words.prefix(5).map(Folding.fold)
        return lexicon.closings.first { closing in
            closing.count <= folded.count && Array(folded.prefix(closing.count)) == closing
        }?.count
    }

    static func introduction(_ lines: [String], _ lexicon: NameLexicon) -> CustomerName? {
        for line in lines {
            let words = NameText.words(line)
            let folded = words.map(Folding.fold)
            for phrase in lexicon.introductions where phrase.count < folded.count {
                for start in 0...(folded.count - phrase.count - 1) where Array(folded[start..<(start + phrase.count)]) == phrase {
                    let rest = words[(start + phrase.count)...].prefix(2)
                    if let found = name(rest.prefix(while: { lexicon.isNameWord(Substring($0)) }), .introduction, lexicon) {
                        return found
                    }
                }
            }
        }
        return nil
    }

    /// "Priya Nair <priya@example.com>" or "\"Nair, Priya\" <...>": the display name.
    static func fromHeader(_ from: String?, _ lexicon: NameLexicon) -> CustomerName? {
        guard var display = from?.split(separator: "<").first.map(String.init), from?.contains("<") == true else { return nil }
        display = display.replacingOccurrences(of: "\"", with: "").trimmingCharacters(in: .whitespaces)
        let parts = display.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, let family = parts.first {
            display = parts[1] + " " + family
        }
        return name(ArraySlice(NameText.words(display)), .fromHeader, lexicon)
    }

    /// A name from one to three name words and nothing else ("Priya", "Priya Nair").
    static func name(_ words: ArraySlice<String>, _ source: Source, _ lexicon: NameLexicon) -> CustomerName? {
        guard (1...3).contains(words.count), words.allSatisfy({ lexicon.isNameWord(Substring($0)) }) else { return nil }
        let first = String(words.first!.prefix(maximumLength))
        let last = words.count > 1 ? String(words.last!.prefix(maximumLength)) : nil
        return CustomerName(first: first, last: last, source: source)
    }
}
