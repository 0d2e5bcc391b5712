// A hostile draft with a finding on every line: each rule stops at FindingLimit.perRule
// findings, the report says so, and memory stays small (before the limit, 4 MB of
// "thx u" lines took 1.25 GB and 11 s).
import Foundation
import Testing

struct FindingLimitTests {
    @Test func eachRuleStopsAtTheLimitAndSaysSo() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("flood.txt").path
        // 12,000 lines, two slang words each: 24,000 slang findings before the limit.
        #expect(FileManager.default.createFile(atPath: path, contents: Data(String(repeating: "thx u\n", count: 12_000).utf8)))
        let result = try BoundedRun.replylint(["--format", "json", path], cpuLimit: 60, memoryLimitMegabytes: 1024)
        #expect(result.status == 1, "\(result.stderr.prefix(300))")
        let report = try CLI.json(result.stdout)
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        let findings = file["findings"] as? [[String: Any]] ?? []
        #expect(findings.filter { $0["rule"] as? String == "slang" }.count == 10_000)
        let notes = file["notes"] as? [String] ?? []
        #expect(notes.contains("slang: only the first 10000 findings are reported"), "\(notes)")
        // The same note on standard error, naming the file, as for any note about a file.
        #expect(result.stderr.contains("\(path): slang: only the first 10000 findings are reported"))
    }
}
