// The spell checker a run shares: Hunspell dictionaries found and loaded on first use,
// and a verdict per distinct word kept for every file of the run (files are linted in
// parallel, so all state sits behind one lock).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where to find libhunspell and which dictionaries to load.
struct SpellerConfiguration: Hashable, Sendable {
    /// Shared library names, tried in order.
    var libraries: [String]
    /// Dictionary names ("en_US"); a word is correct if any of them accepts it.
    var languages: [String]
    /// Folders searched for LANG.aff and LANG.dic, after those in $DICPATH.
    var directories: [String]
}

final class Speller: @unchecked Sendable {
    let configuration: SpellerConfiguration
    private let lock = NSLockLite()
    private var isSetUp = false
    private var reason: String?
    private var library: HunspellLibrary?
    /// The dictionaries found on disk, loaded when first needed (British only once
    /// American has said no, so an American draft never pays for the second).
    private var files: [(language: String, affix: String, words: String)] = []
    private var loaded: [HunspellDictionary?] = []
    private var tried: [Bool] = []
    private var verdicts: [String: Bool] = [:]
    private var suggestions: [String: String?] = [:]

    init(_ configuration: SpellerConfiguration) {
        self.configuration = configuration
    }

    /// One speller per configuration for the whole process, so every rule set (and every
    /// test) shares the loaded dictionaries and the verdicts.
    static func shared(_ configuration: SpellerConfiguration) -> Speller {
        registryLock.withLock {
            if let speller = registry[configuration] { return speller }
            let speller = Speller(configuration)
            registry[configuration] = speller
            return speller
        }
    }

    private static let registryLock = NSLockLite()
    nonisolated(unsafe) private static var registry: [SpellerConfiguration: Speller] = [:]

    /// Why spelling cannot be checked on this machine, or nil when it can.
    var unavailableReason: String? {
        lock.withLock {
            setUp()
            return reason
        }
    }

    /// Names of the dictionaries loaded so far.
    var loadedLanguages: [String] {
        lock.withLock { zip(files, loaded).compactMap { $1 == nil ? nil : $0.language } }
    }

    /// Names of the dictionaries found, in order ("en_US", "en_GB").
    var languages: [String] {
        lock.withLock {
            setUp()
            return files.map(\.language)
        }
    }

    /// Whether any dictionary accepts `word` as written (Hunspell allows a capital at the
    /// start and all capitals for a word it knows in lower case).
    func isCorrect(_ word: String) -> Bool {
        lock.withLock {
            if let verdict = verdicts[word] { return verdict }
            let verdict = accepts(word)
            verdicts[word] = verdict
            return verdict
        }
    }

    /// Whether a correct lower-case word is one typing slip away: two letters swapped
    /// ("Recieved"), a letter left out ("Unfortunatly", "Theres") or a letter doubled
    /// ("Untill"). Names rarely are ("Kwame", "Priya" are only a changed or dropped letter
    /// from some dictionary word), so this tells a typo at a sentence start from a name.
    func isTypingSlip(_ word: String) -> Bool {
        let letters = Array(word.lowercased().utf8)
        let candidates = TypoNeighbour.swaps(of: letters) + TypoNeighbour.drops(of: letters, doubledOnly: true)
            + TypoNeighbour.insertions(of: letters)
        return lock.withLock {
            candidates.contains { candidate in accepts(String(decoding: candidate, as: UTF8.self)) }
        }
    }

    /// The replacement to offer for a misspelt word: a missing apostrophe restored
    /// ("dont" → "don't", where Hunspell would rank "font" first), else the one common word
    /// a typing slip away (TypoNeighbour), else Hunspell's first suggestion (10–50 ms a
    /// word). Remembered for the run.
    func suggestion(for word: String) -> String? {
        if let known = lock.withLock({ suggestions[word] }) { return known }
        var result: String?
        for candidate in Self.apostropheForms(of: word) where isCorrect(candidate) {
            result = candidate
            break
        }
        if result == nil, lock.withLock({ setUp(); return usesCommonWords }) {
            result = TypoNeighbour.suggestion(for: word, in: CommonWords.embedded)
        }
        if result == nil {
            for dictionary in lock.withLock({ loadAll() }) {
                if let first = dictionary.suggestions(word).first {
                    result = first
                    break
                }
            }
        }
        lock.withLock { suggestions[word] = result }
        return result
    }

    /// "dont" → "don't", "youre" → "you're", "im" → "I'm".
    static func apostropheForms(of word: String) -> [String] {
        let characters = Array(word)
        switch word.lowercased() {
        case "im": return ["I'm"]
        case "id": return ["I'd"]
        case "ive": return ["I've"]
        case "ill": return []
        default: break
        }
        guard characters.count >= 3 else { return [] }
        return [characters.count - 1, characters.count - 2].map { at in
            String(characters[..<at]) + "'" + String(characters[at...])
        }
    }

    // MARK: Under the lock

    /// Finds the library and the dictionary files, once.
    private func setUp() {
        guard !isSetUp else { return }
        isSetUp = true
        guard let library = HunspellLibrary.open(configuration.libraries) else {
            reason = "libhunspell was not found (tried \(configuration.libraries.joined(separator: ", "))); "
                + "install it to check spelling (Debian and Ubuntu: apt-get install libhunspell-1.7-0 hunspell-en-us hunspell-en-gb)"
            return
        }
        self.library = library
        var directories: [String] = []
        if let path = getenv("DICPATH") {
            directories += String(cString: path).split(separator: ":").map(String.init)
        }
        directories += configuration.directories
        for language in configuration.languages {
            for directory in directories {
                let base = directory.hasSuffix("/") ? directory + language : directory + "/" + language
                if access(base + ".aff", R_OK) == 0, access(base + ".dic", R_OK) == 0 {
                    files.append((language, base + ".aff", base + ".dic"))
                    break
                }
            }
        }
        loaded = Array(repeating: nil, count: files.count)
        tried = Array(repeating: false, count: files.count)
        if files.isEmpty {
            reason = "no Hunspell dictionary for \(configuration.languages.joined(separator: " or ")) in "
                + "\(directories.joined(separator: ", ")); install one to check spelling (Debian and Ubuntu: apt-get install hunspell-en-us hunspell-en-gb)"
        }
    }

    private func dictionary(_ index: Int) -> HunspellDictionary? {
        if !tried[index], let library {
            tried[index] = true
            let file = files[index]
            loaded[index] = HunspellDictionary(library: library, language: file.language, affix: file.affix, words: file.words)
        }
        return loaded[index]
    }

    private func accepts(_ word: String) -> Bool {
        setUp()
        if isCommonUnderLock(word) { return true }
        return dictionariesAccept(word)
    }

    /// Whether the common-word lists alone accept `word`, without loading a dictionary.
    func isCommon(_ word: String) -> Bool {
        lock.withLock {
            setUp()
            return isCommonUnderLock(word)
        }
    }

    private func isCommonUnderLock(_ word: String) -> Bool {
        if usesCommonWords, CommonWords.embedded.contains(word) { return true }
        return usesBritishWords && CommonWords.british.contains(word)
    }

    /// Hunspell's own verdict, for checking the common-word list.
    func acceptsWithoutCommonWords(_ word: String) -> Bool {
        lock.withLock {
            setUp()
            return dictionariesAccept(word)
        }
    }

    private func dictionariesAccept(_ word: String) -> Bool {
        for index in files.indices {
            if let dictionary = dictionary(index), dictionary.accepts(word) { return true }
        }
        return false
    }

    /// The common-word list stands in for en_US, which accepts every word of it; only
    /// when en_US is one of the dictionaries found.
    private var usesCommonWords: Bool {
        files.contains { $0.language == "en_US" }
    }

    /// The British list stands in for en_GB, when en_GB is one of the dictionaries found.
    private var usesBritishWords: Bool {
        files.contains { $0.language == "en_GB" }
    }

    private func loadAll() -> [HunspellDictionary] {
        setUp()
        return files.indices.compactMap { dictionary($0) }
    }
}
