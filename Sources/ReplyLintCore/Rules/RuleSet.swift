// The compiled rules of a run: definitions, checks and the one phrase automaton
// that serves them all. Built from the rules embedded at build time plus any
// rule directories given at run time.
import Foundation

public struct DataFile: Sendable {
    /// "rules/slang.yml" for embedded files, the path as given for others.
    public let path: String
    public let contents: String
}

public struct RuleSet: Sendable {
    public var definitions: [RuleDefinition] { storage.definitions }
    var checks: [any Check] { storage.checks }
    /// What the linter asks of each check for every draft, read once (a check's
    /// `definition` is a struct copied on each access through the existential).
    var checkTraits: [CheckTraits] { storage.checkTraits }
    public var phrases: PhraseIndex { storage.phrases }
    /// Analysers' data that lives in rules/ beside the rules (tone lexicons, ...).
    public var lexicons: Lexicons { storage.lexicons }
    /// Whether the phrase automaton came from the cache (see PhraseIndexCache).
    var phrasesFromCache: Bool { storage.phrasesFromCache }
    /// The policy-mismatch rule's reader of policy facts, which inconsistent-policy shares.
    var policyScanner: PolicyFactScanner? { storage.policyScanner }

    /// The checks, read in place: taking one out of the array copies the check (and retains
    /// everything it holds) for every draft.
    func withChecks<Result>(_ body: (UnsafeBufferPointer<any Check>) -> Result) -> Result {
        storage.checks.withUnsafeBufferPointer(body)
    }

    /// A document taken apart with this rule set's automaton (read in place: a copy of the
    /// index struct would retain and release each of its tables, for every draft).
    public func analyze(_ document: Document) -> AnalyzedDocument {
        AnalyzedDocument(document, phrases: storage.phrases)
    }

    /// Everything, behind one reference: a rule set is copied into the linter and the
    /// cross-file record of every draft, and inline it would be 865 bytes a copy (8 MB of
    /// memory for 2,000 drafts).
    private let storage: Storage

    private final class Storage: Sendable {
        let definitions: [RuleDefinition]
        let checks: [any Check]
        let checkTraits: [CheckTraits]
        let phrases: PhraseIndex
        let lexicons: Lexicons
        let phrasesFromCache: Bool
        let policyScanner: PolicyFactScanner?

        init(_ built: Built) {
            definitions = built.definitions
            checks = built.checks
            checkTraits = built.checks.map { CheckTraits($0) }
            phrases = built.phrases
            lexicons = built.lexicons
            phrasesFromCache = built.replayed
            policyScanner = built.checks.lazy.compactMap { ($0 as? PolicyMismatchCheck)?.scanner }.first
        }
    }

    /// Offers the build of the default rules to a background thread, for a process that will
    /// ask for them soon (`load()` waits for that build, or does it if the thread is late).
    public static func startLoadingDefaults() {
        DefaultRuleSet.startLoading()
    }

    /// Files embedded at build time from the package's rules/ folder.
    public static let embeddedFiles: [DataFile] = EmbeddedRules.files.map {
        DataFile(path: "rules/" + $0.path, contents: $0.contents)
    }

    /// Embedded data files under a folder of rules/ ("tone/" → rules/tone/*).
    public static func embeddedFiles(under folder: String) -> [DataFile] {
        embeddedFiles.filter { $0.path.hasPrefix("rules/" + folder) }
    }

    /// The default rules plus the rule files found in `directories`; the default rules alone
    /// are built once per process (see DefaultRuleSet).
    public static func load(directories: [String] = []) throws(DataError) -> RuleSet {
        if directories.isEmpty { return try DefaultRuleSet.get().get() }
        var files = embeddedFiles.filter { isRuleFile($0.path, root: "rules/") }
        for directory in directories {
            files += try ruleFiles(in: directory)
        }
        return try RuleSet(files: files)
    }

    /// Rules from exactly these files (a later file replaces a rule of the same id
    /// from an earlier one, so a --rules directory can override a default rule).
    public init(files: [DataFile]) throws(DataError) {
        try self.init(files: files, cachePath: PhraseIndexCache.path(for: files))
    }

    /// Rules from these files, with the compiled phrase automaton read from `cachePath`
    /// when it holds the one these files build, else built and written there.
    init(files: [DataFile], cachePath: String?) throws(DataError) {
        if let cachePath, let cached = PhraseIndexCache.load(cachePath) {
            let built = try Self.build(files, phrases: cached.phrases, parsed: cached.parsed, lexiconsAt: cached.lexiconsAt)
            if built.replayed {
                self.init(built)
                return
            }
        }
        let parsed = ParsedFiles()
        let built = try Self.build(files, phrases: PhraseIndex(), parsed: parsed, lexiconsAt: nil)
        if let cachePath {
            PhraseIndexCache.store(.init(phrases: built.phrases, parsed: parsed, lexiconsAt: built.lexiconsAt), at: cachePath)
        }
        self.init(built)
    }

    /// `build` with `parsed` as the store of parsed YAML files (read from and added to).
    private static func build(
        _ files: [DataFile], phrases: PhraseIndex, parsed: ParsedFiles, lexiconsAt: PhraseIndex.Position?
    ) throws(DataError) -> Built {
        let result = ParsedFiles.$current.withValue(parsed) {
            Result { () throws(DataError) -> Built in try build(files, phrases: phrases, lexiconsAt: lexiconsAt) }
        }
        return try result.get()
    }

    private typealias Built = (
        definitions: [RuleDefinition], checks: [any Check], phrases: PhraseIndex, lexicons: Lexicons, replayed: Bool,
        lexiconsAt: PhraseIndex.Position
    )

    private init(_ built: Built) {
        storage = Storage(built)
    }

    /// Reads every file into a check, adding its phrases to `phrases` (or, for an index
    /// read back from the cache, checking that they are the ones it holds). An index from the
    /// cache says where the lexicons' phrases start (`lexiconsAt`): the lexicons are then
    /// replayed from there on another thread while the rule files are read.
    private static func build(_ files: [DataFile], phrases start: PhraseIndex, lexiconsAt: PhraseIndex.Position?) throws(DataError) -> Built {
        var phrases = start
        let lexiconWork = phrases.replay == nil ? nil : lexiconsAt.map { LexiconReplay.start(start, from: $0) }
        var definitions: [RuleDefinition] = []
        var checks: [any Check] = []
        var positions: [String: Int] = [:]
        var origins: [String: String] = [:]
        for file in files {
            let node = try YAMLReader.read(file.contents, file: file.path)
            if node.isNull { throw node.error("empty rule file") }
            let definition = try RuleDefinition(node, file: file.path)
            guard let kind = RuleKinds.all[definition.kind] else {
                throw try node.required("kind").error(
                    "unknown rule kind '\(definition.kind)' (known: \(RuleKinds.all.keys.sorted().joined(separator: ", ")))"
                )
            }
            try node.rejectUnknownKeys(RuleDefinition.commonKeys.union(kind.keys), what: "a \(kind.name) rule")
            let check = try kind.make(definition, node, &phrases)
            if let existing = positions[definition.id] {
                if origins[definition.id].map(Self.directory) == Self.directory(file.path) {
                    throw try node.required("id").error("rule '\(definition.id)' is also defined in \(origins[definition.id]!)")
                }
                definitions[existing] = definition
                checks[existing] = check
            } else {
                positions[definition.id] = definitions.count
                definitions.append(definition)
                checks.append(check)
            }
            origins[definition.id] = file.path
        }
        let filesEnd = phrases.position
        let lexicons: Lexicons
        if let lexiconWork, let lexiconsAt {
            let (loaded, replayed) = try lexiconWork.result().get()
            // The rule files must have ended exactly where the lexicons were replayed from.
            let filesMatched = filesEnd == lexiconsAt && phrases.replay?.mismatch == false
            phrases = replayed
            if !filesMatched { phrases.replay?.mismatch = true }
            lexicons = loaded
        } else {
            lexicons = try Lexicons.load(into: &phrases)
        }
        let replayed = phrases.replay != nil
        guard phrases.finishReplay() else {
            return (definitions, checks, phrases, lexicons, false, filesEnd)
        }
        phrases.compile()
        return (definitions, checks, phrases, lexicons, replayed, filesEnd)
    }

    public func definition(_ id: String) -> RuleDefinition? {
        definitions.first { $0.id == id }
    }

    public var ids: [String] { definitions.map(\.id) }

    private static func directory(_ path: String) -> String {
        (path as NSString).deletingLastPathComponent
    }

    static func isRuleFile(_ path: String, root: String) -> Bool {
        guard path.hasPrefix(root) else { return false }
        let rest = path.dropFirst(root.count)
        return !rest.contains("/") && (rest.hasSuffix(".yml") || rest.hasSuffix(".yaml"))
    }

    /// The .yml/.yaml files directly inside a directory, sorted by name.
    static func ruleFiles(in directory: String) throws(DataError) -> [DataFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DataError(file: directory, line: 1, column: 1, problem: "not a directory of rule files")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw DataError(file: directory, line: 1, column: 1, problem: "cannot read the directory")
        }
        var files: [DataFile] = []
        for name in names where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8) else {
                throw DataError(file: path, line: 1, column: 1, problem: "cannot read the file as UTF-8 text")
            }
            files.append(DataFile(path: path, contents: text))
        }
        if files.isEmpty {
            throw DataError(file: directory, line: 1, column: 1, problem: "no .yml rule files in this directory")
        }
        return files
    }
}
