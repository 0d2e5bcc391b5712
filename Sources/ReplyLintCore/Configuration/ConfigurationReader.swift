// Reads one .replylint.yml and the files it `extends` into a Configuration. A value of
// the wrong shape is an error ("file:line:column: problem", exit 2); an unknown key is a
// warning, so a typo is seen but an older replylint still runs a newer team's file.

public struct ConfigurationReader {
    /// "file:line: unknown key 'x'" and the like, for standard error.
    public private(set) var warnings: [String] = []
    /// Each file's lines, to place a warning on the key's own line (a block value starts below it).
    private var lines: [String: [Substring]] = [:]
    /// Files already read (a base file many others extend is read once), before `finish`.
    private var parsed: [String: Configuration] = [:]
    /// Compiled phrase lists by their contents: folders that share a list share one automaton.
    private var phraseSets: [String: CustomPhraseSet] = [:]

    public init() {}

    static let topKeys: Set<String> = [
        "extends", "rules", "overrides", "exclude", "rules_dirs", "phrases", "spelling", "template",
        "response_times", "escalation", "channel", "policy",
    ]

    /// The configuration at `path` (absolute), with what it extends underneath.
    public mutating func read(_ path: String) throws(DataError) -> Configuration {
        try finish(read(path, chain: [], from: nil))
    }

    /// Compiles what a configuration needs at lint time (its phrases).
    private mutating func finish(_ configuration: Configuration) throws(DataError) -> Configuration {
        var configuration = configuration
        guard !configuration.phrases.isEmpty else { return configuration }
        let key = configuration.phrases.map { "\($0.pattern)\u{0}\($0.message)\u{0}\($0.severity?.rawValue ?? "")" }.joined(separator: "\u{1}")
        if let known = phraseSets[key] {
            configuration.customPhrases = known
        } else {
            configuration.customPhrases = try CustomPhraseSet(configuration.phrases)
            phraseSets[key] = configuration.customPhrases
        }
        return configuration
    }

    private mutating func read(_ path: String, chain: [String], from: DataNode?) throws(DataError) -> Configuration {
        let shown = Paths.display(path)
        if chain.contains(path) {
            let cycle = (chain + [path]).map(Paths.display).joined(separator: " → ")
            throw from?.error("extends makes a cycle: \(cycle)") ?? DataError(file: shown, line: 1, column: 1, problem: "extends makes a cycle")
        }
        if let known = parsed[path] { return known }
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path, maximumSize: 1 << 20)
        } catch {
            let problem = "cannot read configuration \(shown): \(error.problem)"
            throw from?.error(problem) ?? DataError(file: shown, line: 1, column: 1, problem: error.problem)
        }
        let configuration = try parse(String(decoding: bytes, as: UTF8.self), path: path, chain: chain)
        parsed[path] = configuration
        return configuration
    }

    /// A configuration given as text, as if it were the file at `path` (absolute).
    public mutating func parse(_ text: String, path: String) throws(DataError) -> Configuration {
        try finish(parse(text, path: path, chain: []))
    }

    private mutating func parse(_ text: String, path: String, chain: [String]) throws(DataError) -> Configuration {
        let node = try YAMLReader.read(text, file: Paths.display(path))
        lines[node.file] = text.split(separator: "\n", omittingEmptySubsequences: false)
        var configuration = Configuration(path: path)
        configuration.files = [path]
        if node.isNull { return configuration }
        let entries = try node.map()
        let base = Paths.directory(of: path)
        var parent: Configuration?
        for (key, value) in entries {
            switch key {
            case "extends":
                let target = Paths.resolve(try value.string(), against: base)
                parent = try read(target, chain: chain + [path], from: value)
            case "rules": configuration.rules = try rules(value)
            case "overrides": configuration.overrides = try overrides(value, base: base)
            case "exclude": configuration.exclude = try value.strings().map { PathGlob($0, base: base) }
            case "rules_dirs": configuration.rulesDirectories = try value.strings().map { Paths.resolve($0, against: base) }
            case "phrases": configuration.phrases = try phrases(value)
            case "spelling":
                for (name, item) in try value.map() {
                    if name == "accept" {
                        configuration.acceptedWords = Set(try item.strings().map(Folding.fold))
                    } else {
                        warnUnknown(name, item, in: "spelling")
                    }
                }
            case "template": try template(value, into: &configuration)
            case "response_times": configuration.responseTimes = try ConfigurationValues.hours(value, prefix: "")
            case "escalation":
                for (name, item) in try value.map() { configuration.escalation[name] = try item.string() }
            case "channel":
                let channel = try value.string()
                guard SupportChannel(rawValue: channel) != nil else {
                    throw value.error("channel must be one of \(SupportChannel.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                configuration.channel = channel
            case "policy": configuration.policy = try policy(value)
            default: warnUnknown(key, value, in: nil)
            }
        }
        return parent.map { $0.merged(with: configuration) } ?? configuration
    }

    private mutating func warnUnknown(_ key: String, _ value: DataNode, in section: String?) {
        warnings.append("\(value.file):\(keyLine(key, value)): unknown key '\(key)'\(section.map { " in \($0)" } ?? "")")
    }

    /// The line where `key:` stands: the value's line, or the nearest line above it naming the key.
    private func keyLine(_ key: String, _ value: DataNode) -> Int {
        guard let fileLines = lines[value.file] else { return value.line }
        var line = min(value.line, fileLines.count)
        while line >= 1 {
            let text = fileLines[line - 1].drop { $0 == " " || $0 == "-" }
            if text.hasPrefix(key + ":") || text.hasPrefix("\"" + key + "\":") || text.hasPrefix("'" + key + "':") { return line }
            line -= 1
        }
        return value.line
    }

    private mutating func rules(_ node: DataNode) throws(DataError) -> [String: RuleSetting] {
        var result: [String: RuleSetting] = [:]
        for (id, value) in try node.map() {
            result[id] = try ConfigurationValues.ruleSetting(value)
        }
        return result
    }

    private mutating func overrides(_ node: DataNode, base: String) throws(DataError) -> [ConfigurationOverride] {
        var result: [ConfigurationOverride] = []
        for item in try node.list() {
            var override = ConfigurationOverride(
                files: try item.required("files").strings().map { PathGlob($0, base: base) }, rules: [:], template: nil
            )
            for (key, value) in try item.map() {
                switch key {
                case "files": break
                case "rules": override.rules = try rules(value)
                case "template": override.template = try value.bool()
                default: warnUnknown(key, value, in: "an override")
                }
            }
            result.append(override)
        }
        return result
    }

    private mutating func phrases(_ node: DataNode) throws(DataError) -> [CustomPhrase] {
        var result: [CustomPhrase] = []
        for item in try node.list() {
            let pattern: DataNode
            var message = "Avoid '{excerpt}' (team phrase list)"
            var severity: Severity?
            if item.scalar != nil {
                pattern = item
            } else {
                pattern = try item.required("phrase")
                for (key, value) in try item.map() {
                    switch key {
                    case "phrase": break
                    case "message": message = try value.string()
                    case "severity": severity = try ConfigurationValues.severity(value)
                    default: warnUnknown(key, value, in: "a phrase")
                    }
                }
            }
            let text = try pattern.string()
            do {
                _ = try PhrasePattern.segments(of: text)
            } catch {
                throw pattern.error("\(error)")
            }
            result.append(CustomPhrase(pattern: text, message: message, severity: severity, file: pattern.file, line: pattern.line))
        }
        return result
    }

    private mutating func template(_ node: DataNode, into configuration: inout Configuration) throws(DataError) {
        for (key, value) in try node.map() {
            switch key {
            case "engines":
                var engines: [String] = []
                for item in try value.list() {
                    let name = try item.string().lowercased()
                    guard TemplateEngines.known[name] != nil else {
                        throw item.error("unknown template engine '\(name)' (known: \(TemplateEngines.known.keys.sorted().joined(separator: ", ")))")
                    }
                    engines.append(name)
                }
                configuration.templateEngines = engines
            case "variables": configuration.variables = Set(try value.strings())
            default: warnUnknown(key, value, in: "template")
            }
        }
    }

    private mutating func policy(_ node: DataNode) throws(DataError) -> PolicyFacts {
        var facts = PolicyFacts()
        for (key, value) in try node.map() {
            switch key {
            case "return_window_days", "refund_days":
                facts.days[key] = try ConfigurationValues.days(value)
            case "shipping_days":
                if value.scalar != nil {
                    facts.days["shipping_days.standard"] = try ConfigurationValues.days(value)
                    continue
                }
                for (speed, item) in try value.map() {
                    guard speed == "standard" || speed == "express" else {
                        warnUnknown(speed, item, in: "shipping_days (standard, express)")
                        continue
                    }
                    facts.days["shipping_days." + speed] = try ConfigurationValues.days(item)
                }
            case "free_returns": facts.flags[key] = try value.bool()
            default: warnUnknown(key, value, in: "policy")
            }
        }
        return facts
    }
}

/// Typed reads of configuration values.
enum ConfigurationValues {
    static func severity(_ node: DataNode) throws(DataError) -> Severity {
        guard let severity = Severity(rawValue: try node.string()) else {
            throw node.error("severity must be error, warning or info, not '\(node.scalar ?? "")'")
        }
        return severity
    }

    /// `off`/`false`, `on`/`true`, a severity, or a mapping with severity, enabled and options.
    static func ruleSetting(_ node: DataNode) throws(DataError) -> RuleSetting {
        var setting = RuleSetting(file: node.file, line: node.line)
        if let text = node.scalar {
            if let severity = Severity(rawValue: text) {
                setting.severity = severity
                setting.enabled = true
            } else {
                do {
                    setting.enabled = try node.bool()
                } catch {
                    throw node.error("expected off, on, error, warning, info or a mapping, found '\(text)'")
                }
            }
            return setting
        }
        for (key, value) in try node.map() {
            switch key {
            case "severity": setting.severity = try severity(value)
            case "enabled": setting.enabled = try value.bool()
            default: setting.options[key] = value
            }
        }
        // Giving a rule a severity switches it on, as a bare severity does.
        if setting.severity != nil, setting.enabled == nil { setting.enabled = true }
        return setting
    }

    static func days(_ node: DataNode) throws(DataError) -> DayCount {
        guard let days = DayCount.parse(try node.string()) else {
            throw node.error("expected a number of days or a range such as 3-5, found '\(node.scalar ?? "")'")
        }
        return days
    }

    /// "24h", "30m", "2d", "1w" or a bare number of hours; nested tables give "email.urgent".
    static func hours(_ node: DataNode, prefix: String) throws(DataError) -> [String: Double] {
        var result: [String: Double] = [:]
        for (key, value) in try node.map() {
            if value.entries != nil {
                result.merge(try hours(value, prefix: prefix + key + ".")) { _, new in new }
                continue
            }
            let text = try value.string().trimmingSpaces.lowercased()
            let units: [(String, Double)] = [("h", 1), ("m", 1.0 / 60), ("d", 24), ("w", 168)]
            var parsed = Double(text)
            for (unit, factor) in units where parsed == nil && text.hasSuffix(unit) {
                parsed = Double(String(text.dropLast(unit.count)).trimmingSpaces).map { $0 * factor }
            }
            guard let hours = parsed, hours >= 0 else {
                throw value.error("expected a time such as 24h, 30m, 2d or a number of hours, found '\(text)'")
            }
            result[prefix + key] = hours
        }
        return result
    }
}
