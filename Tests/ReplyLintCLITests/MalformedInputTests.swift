// Hostile and broken input (fixtures/malformed/ plus large files made here): every file
// gives a clean lint (exit 0/1 and a JSON report) or exit 2 with one "path: problem" line,
// within a CPU-time and memory bound. Never a crash, a hang or a runaway allocation.
import Foundation
import Testing

@Suite struct MalformedInputTests {
    /// CPU seconds one run may take. `swift test` runs the debug build, about 15 times slower
    /// than release, so the generated inputs are sized (1-2 MB) to take a few seconds there.
    static let cpuLimit = 20
    /// Address space a run may use (ulimit -v): room for a 2 MB input, its analysis and a
    /// report with tens of thousands of findings, not for a runaway allocation. (A one-line
    /// lint needs about 25 MB resident.)
    static let memoryLimitMegabytes = 1024

    static let committed: [String] = {
        let directory = CLI.root.appendingPathComponent("fixtures/malformed")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0 != "README.md" }.sorted().map { "fixtures/malformed/" + $0 }
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.committed.count >= 40)
    }

    @Test(arguments: committed)
    func committedFileLintsCleanlyOrIsRefused(_ path: String) throws {
        try Self.check(path)
    }

    @Test(arguments: GeneratedInput.allCases)
    func generatedFileLintsCleanlyOrIsRefused(_ input: GeneratedInput) throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(input.fileName).path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(input.bytes())))
        try Self.check(path)
    }

    @Test func incomingMessageThatIsMalformedIsRefusedOrUsed() throws {
        for incoming in ["fixtures/malformed/binary.bin", "fixtures/malformed/empty.txt", "fixtures/malformed/utf16-odd-length.txt"] {
            let result = try BoundedRun.replylint(
                ["--format", "json", "--incoming", incoming, "fixtures/drafts/late-order-good.txt"], cpuLimit: Self.cpuLimit, memoryLimitMegabytes: Self.memoryLimitMegabytes)
            #expect(result.signal == nil, "\(incoming): killed by signal \(result.signal ?? 0)")
            if result.status == 2 {
                #expect(result.stderr.hasPrefix("replylint: \(incoming): "), "\(result.stderr)")
            } else {
                #expect(result.status == 0 || result.status == 1)
            }
        }
    }

    static func check(_ path: String) throws {
        let result = try BoundedRun.replylint(["--format", "json", path], cpuLimit: cpuLimit, memoryLimitMegabytes: memoryLimitMegabytes)
        #expect(result.signal == nil, "\(path): killed by signal \(result.signal ?? 0) after \(result.cpuSeconds) s CPU")
        guard let status = result.status else { return }
        let errors = CLI.withoutAvailabilityNotes(result.stderr)
            .split(separator: "\n").filter { !$0.contains(": invalid UTF-8 (first at line") }
        switch status {
        case 0, 1:
            let report = try CLI.json(result.stdout)
            let files = report["files"] as? [[String: Any]] ?? []
            #expect(files.count == 1, "\(path): \(result.stdout.prefix(300))")
            #expect(files.first?["error"] == nil)
            // What the reader repaired or skipped is said once per note, naming the file.
            #expect(errors.allSatisfy { $0.hasPrefix("replylint: \(path): ") }, "\(path): \(errors)")
        case 2:
            // One line naming the file and the problem.
            #expect(errors.count == 1, "\(path): \(result.stderr)")
            #expect(errors.first?.hasPrefix("replylint: \(path): ") == true, "\(path): \(result.stderr)")
        default:
            Issue.record("\(path): exit status \(status); stderr: \(result.stderr.prefix(500))")
        }
    }
}

/// Inputs too large to commit, made at test time.
enum GeneratedInput: String, CaseIterable, CustomTestStringConvertible {
    case hugeLine, longWord, manyLines, crOnlyLines, combiningStorm, deepQuoteMarkers, manyAttributions,
         dashes, deepHTML, deepHTMLUnclosed, wideHTML, hugeAttribute, deepMIME, wideMIME, foldedHeader,
         largeDraft, manyExceptions, breezyReplyToUpset, sentenceStartTypos

    var testDescription: String { rawValue }

    var fileName: String {
        switch self {
        case .deepHTML, .deepHTMLUnclosed, .wideHTML, .hugeAttribute: return rawValue + ".html"
        case .deepMIME, .wideMIME, .foldedHeader: return rawValue + ".eml"
        default: return rawValue + ".txt"
        }
    }

    func bytes() -> [UInt8] {
        switch self {
        case .hugeLine:
            return Array(("Hi Priya, thanks u gonna love it, we apologize for any inconvenience. ".repeating(14_000)).utf8)
        case .longWord:
            return Array(("Hi " + "a".repeating(1_000_000) + "\n").utf8)
        case .manyLines:
            return Array("thx u\n".repeating(50_000).utf8)
        case .manyExceptions:
            // Every "guarantee" is inside an exception ("cannot guarantee"): each hit was once
            // compared with every exception, 2.9 s in release for this file.
            return Array("We cannot guarantee it.\n".repeating(100_000).utf8)
        case .breezyReplyToUpset:
            // Answering an upset customer, every "!" was compared with every breezy phrase:
            // 13 s in release for this file.
            return Array(("Hi Sam,\n\n" + "Awesome! No worries!\n".repeating(50_000)
                + "\nOn Mon, 7 Dec 2026 at 10:00, Sam <sam@example.com> wrote:\n"
                + "> This is the THIRD time I am writing!!! Where is my order?? I am furious.\n").utf8)
        case .sentenceStartTypos:
            // Each sentence-start typo was judged anew (hundreds of Hunspell look-ups) and
            // compared with every word of the draft: 5.7 s in release for 1,200 of these.
            return Array(("Hi Sam,\n\n" + "Unfortunatly the parcel is delayed. Recieved it? Kwame asked.\n".repeating(20_000)).utf8)
        case .crOnlyLines:
            return Array("Thanks for waiting, it ships today.\r".repeating(25_000).utf8)
        case .combiningStorm:
            return Array(("Hi e" + "\u{0301}".repeating(200_000) + " thanks\n").utf8)
        case .deepQuoteMarkers:
            var text = "Thanks, fixed.\n\nOn Mon, 7 Dec 2026, Priya wrote:\n"
            for depth in stride(from: 1, through: 10_000, by: 1) where depth % 50 == 1 || depth == 10_000 {
                text += ">".repeating(depth) + " level \(depth) u\n"
            }
            text += ">".repeating(10_000) + "\n"
            return Array(text.utf8)
        case .manyAttributions:
            return Array((0..<20_000).map { "On Mon, 7 Dec 2026, Person \($0) <p\($0)@example.com> wrote:\n" }.joined().utf8)
        case .dashes:
            return Array(("-".repeating(500_000) + "\n" + "-- \n".repeating(50_000)).utf8)
        case .deepHTML:
            return Array(("<html><body>" + "<div>".repeating(10_000) + "Hi Priya, thx u" + "</div>".repeating(10_000) + "</body></html>").utf8)
        case .deepHTMLUnclosed:
            return Array(("<p>Hi " + "<div><b><i>".repeating(10_000) + "gonna").utf8)
        case .wideHTML:
            return Array(("<html><body>" + "<b>x</b> ".repeating(50_000) + "</body></html>").utf8)
        case .hugeAttribute:
            return Array(("<p title=\"" + "x".repeating(2_000_000) + "\">Hi Priya, thx</p>").utf8)
        case .deepMIME:
            // 10,000 nested multiparts, each with its own boundary.
            var text = "From: a@example.com\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n"
            for level in 0..<10_000 {
                text += "--b\(level)\nContent-Type: multipart/mixed; boundary=\"b\(level + 1)\"\n\n"
            }
            text += "--b10000\nContent-Type: text/plain\n\nHi u gonna\n"
            for level in stride(from: 10_000, through: 0, by: -1) { text += "--b\(level)--\n" }
            return Array(text.utf8)
        case .wideMIME:
            var text = "From: a@example.com\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"w\"\n\n"
            for index in 0..<20_000 { text += "--w\nContent-Type: text/plain\n\npart \(index) thx\n" }
            return Array((text + "--w--\n").utf8)
        case .foldedHeader:
            return Array(("From: a@example.com\nSubject: x\n" + " folded\n".repeating(50_000) + "\nHi u\n").utf8)
        case .largeDraft:
            let paragraph = "Thanks for your patience. Your parcel is on its way and should arrive on Friday.\n\n"
            return Array(paragraph.repeating(2 * 1024 * 1024 / paragraph.utf8.count).utf8)
        }
    }
}

private extension String {
    func repeating(_ count: Int) -> String { String(repeating: self, count: count) }
}
