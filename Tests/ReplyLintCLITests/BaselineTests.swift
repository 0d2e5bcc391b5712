// --write-baseline and --baseline: accepted findings stay quiet, moved text stays
// accepted, new findings (and repeats beyond the recorded count) are reported.
import Foundation
import Testing

struct BaselineTests {
    @Test func theFixtureBaselineAcceptsEveryFindingOfTheFixtureDrafts() throws {
        let without = try CLI.run(["--disable", "spelling", "fixtures/reports/drafts"])
        #expect(without.status == 1)
        let with = try CLI.run(["--disable", "spelling", "--baseline", "fixtures/reports/baseline.json", "fixtures/reports/drafts"])
        #expect(with.status == 0, "\(with.stdout)")
        #expect(with.stdout == "3 files linted: 0 errors, 0 warnings, 0 info\n")
        #expect(with.stderr.contains("replylint: 4 findings recorded in fixtures/reports/baseline.json not reported"))
    }

    @Test func writingABaselineRecordsRuleFingerprintAndCount() throws {
        let directory = try Self.project("Hi Ann,\n\nThx, I am gonna send it. Thx again.\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(["--disable", "spelling", "--write-baseline", "baseline.json", "drafts"], directory: directory)
        #expect(result.status == 0, "findings recorded in the baseline do not fail the run")
        #expect(result.stderr.contains("replylint: wrote 3 findings to the baseline baseline.json"))
        let baseline = try CLI.json(String(contentsOf: directory.appendingPathComponent("baseline.json"), encoding: .utf8))
        #expect(baseline["version"] as? Int == 1)
        let entries = try #require(baseline["entries"] as? [[String: Any]])
        #expect(entries.map { $0["rule"] as? String } == ["slang", "slang"])
        #expect(entries.map { $0["path"] as? String } == ["drafts/reply.txt", "drafts/reply.txt"])
        #expect(entries.map { $0["count"] as? Int } == [2, 1], "'Thx' twice, 'gonna' once")
        #expect(entries.allSatisfy { ($0["fingerprint"] as? String)?.count == 32 })
    }

    @Test func movedLinesStaySuppressedAndNewFindingsAreReported() throws {
        let directory = try Self.project("Hi Ann,\n\nThx, I am gonna send it.\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try CLI.run(["--disable", "spelling", "--write-baseline", "baseline.json", "drafts"], directory: directory)

        // The same findings two lines lower, with different spacing and case.
        try Self.write("Hi Ann,\n\nSorry for the wait.\n\nTHX,  I am Gonna send it.\n", in: directory)
        let moved = try CLI.run(["--disable", "spelling", "--baseline", "baseline.json", "drafts"], directory: directory)
        #expect(moved.status == 0, "\(moved.stdout)")

        // One more 'gonna' than recorded, and a new slang word.
        try Self.write("Hi Ann,\n\nThx, I am gonna send it. Then gonna call, btw.\n", in: directory)
        let added = try CLI.run(["--disable", "spelling", "--format", "github", "--baseline", "baseline.json", "drafts"], directory: directory)
        #expect(added.status == 1)
        #expect(added.stdout == """
        ::warning file=drafts/reply.txt,line=3,col=31,endLine=3,endColumn=36,title=slang::Slang 'gonna': write 'going to'
        ::warning file=drafts/reply.txt,line=3,col=43,endLine=3,endColumn=46,title=slang::Slang 'btw': write 'by the way'

        """)
    }

    @Test(arguments: [
        ("{", "baseline.json: not a baseline file: invalid JSON"),
        ("[]", "baseline.json: not a baseline file: expected a JSON object"),
        (#"{"version": 7, "entries": []}"#, "baseline.json: baseline version 7 is not supported"),
        (#"{"version": 1, "entries": [{"rule": "slang"}]}"#, "baseline.json: entry 1 needs \"rule\", \"path\", \"fingerprint\" and a positive \"count\""),
    ])
    func aBadBaselineIsExitTwoWithTheProblem(contents: String, message: String) throws {
        let directory = try Self.project("Hi Ann,\n\nThx.\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        try contents.write(to: directory.appendingPathComponent("baseline.json"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["--baseline", "baseline.json", "drafts"], directory: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("replylint: \(message)"), "\(result.stderr)")
    }

    @Test func aMissingBaselineIsExitTwo() throws {
        let result = try CLI.run(["--baseline", "fixtures/reports/no-baseline.json", "fixtures/reports/drafts"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("replylint: fixtures/reports/no-baseline.json: no such file"))
    }

    /// A temporary project with drafts/reply.txt.
    static func project(_ draft: String) throws -> URL {
        let directory = try CLI.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try write(draft, in: directory)
        return directory
    }

    static func write(_ draft: String, in directory: URL) throws {
        try draft.write(to: directory.appendingPathComponent("drafts/reply.txt"), atomically: true, encoding: .utf8)
    }
}
