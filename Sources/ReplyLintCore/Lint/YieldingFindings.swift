// Rules that yield to the others (`yields_to_other_rules: true`): a finding of theirs on
// exactly the text another rule reports is dropped, because the other rule says more
// about that text. Spelling yields: "thx" gets slang's "write 'thanks'", not also
// spelling's "did you mean 'the'?". Only the same text: a readability finding spans a
// whole sentence, and the typos inside it are still reported.

enum YieldingFindings {
    static func apply(_ findings: [Finding], yielding: Set<String>) -> [Finding] {
        guard !yielding.isEmpty else { return findings }
        let reported = Set(findings.filter { !yielding.contains($0.rule) }.compactMap(\.bodyRange))
        guard !reported.isEmpty else { return findings }
        return findings.filter { finding in
            guard yielding.contains(finding.rule), let range = finding.bodyRange else { return true }
            return !reported.contains(range)
        }
    }
}
