// A baseline: the findings a team has accepted for now. A finding is suppressed while
// the baseline still has a count left for its fingerprint, so text that moves to another
// line stays suppressed and only findings beyond the recorded number are reported.

public struct BaselineEntry: Sendable, Equatable {
    public var rule: String
    public var path: String
    public var fingerprint: String
    public var count: Int
    /// The finding's excerpt, for a person reading the file; matching ignores it.
    public var excerpt: String?

    public init(rule: String, path: String, fingerprint: String, count: Int, excerpt: String? = nil) {
        self.rule = rule
        self.path = path
        self.fingerprint = fingerprint
        self.count = count
        self.excerpt = excerpt
    }
}

public struct Baseline: Sendable {
    public static let version = 1
    public var entries: [BaselineEntry]

    public init(entries: [BaselineEntry]) {
        self.entries = entries
    }

    /// The findings of a run, one entry per fingerprint with how often it occurs.
    /// `path` turns a file's path into the path recorded (relative to the working directory).
    public init(run: RunResult, path: (String) -> String) {
        var order: [String] = []
        var byFingerprint: [String: BaselineEntry] = [:]
        for file in run.files {
            let recorded = path(file.path)
            for finding in file.findings {
                let fingerprint = Fingerprint.of(finding, path: recorded)
                if byFingerprint[fingerprint] == nil {
                    order.append(fingerprint)
                    byFingerprint[fingerprint] = BaselineEntry(
                        rule: finding.rule, path: recorded, fingerprint: fingerprint, count: 0, excerpt: finding.excerpt
                    )
                }
                byFingerprint[fingerprint]!.count += 1
            }
        }
        entries = order.map { byFingerprint[$0]! }
    }

    public var findingCount: Int { entries.reduce(0) { $0 + $1.count } }

    /// The run without the findings this baseline accounts for, and how many were suppressed.
    public func filter(_ run: RunResult, path: (String) -> String) -> (run: RunResult, suppressed: Int) {
        var remaining: [String: Int] = [:]
        for entry in entries { remaining[entry.fingerprint, default: 0] += entry.count }
        var filtered = run
        var suppressed = 0
        for index in filtered.files.indices {
            let recorded = path(filtered.files[index].path)
            filtered.files[index].findings.removeAll { finding in
                let fingerprint = Fingerprint.of(finding, path: recorded)
                guard let left = remaining[fingerprint], left > 0 else { return false }
                remaining[fingerprint] = left - 1
                suppressed += 1
                return true
            }
        }
        return (filtered, suppressed)
    }
}
