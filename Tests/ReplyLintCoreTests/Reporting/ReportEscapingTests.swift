// Escaping rules of the reporters, fingerprints and report paths, on values a lint rarely produces.
import Testing
@testable import ReplyLintCore

struct ReportEscapingTests {
    static func run(path: String, message: String, rule: String = "slang") -> RunResult {
        let finding = Finding(
            rule: rule, severity: .warning, message: message,
            start: SourceLocation(line: 2, column: 3), end: SourceLocation(line: 2, column: 7), excerpt: "gonna"
        )
        return RunResult(files: [FileResult(path: path, format: .txt, findings: [finding])], errors: [])
    }

    @Test func githubEscapesPercentAndLineBreaksInMessagesAndAlsoCommaAndColonInProperties() {
        let output = GitHubReporter(settings: ReportSettings()).report(Self.run(path: "a,b:c%.txt", message: "50% off,\r\nnow: yes"))
        #expect(output == "::warning file=a%2Cb%3Ac%25.txt,line=2,col=3,endLine=2,endColumn=7,title=slang::50%25 off,%0D%0Anow: yes\n")
    }

    @Test func infoFindingsAreNotices() {
        var run = Self.run(path: "a.txt", message: "long")
        run.files[0].findings[0].severity = .info
        #expect(GitHubReporter(settings: ReportSettings()).report(run).hasPrefix("::notice file=a.txt,"))
    }

    @Test func markupEscapingReplacesCharactersXMLForbids() {
        #expect(MarkupEscaping.text("a<b & \"c\"\u{1}") == "a&lt;b &amp; \"c\"\u{FFFD}")
        #expect(MarkupEscaping.attribute("it's\n\"x\"\t") == "it&apos;s&#10;&quot;x&quot;&#9;")
    }

    @Test func junitPutsFindingsBelowFailOnIntoSystemOut() {
        let settings = ReportSettings(failOn: .error)
        let output = JUnitReporter(settings: settings).report(Self.run(path: "a.txt", message: "m"))
        #expect(output.contains("failures=\"0\""))
        #expect(output.contains("<system-out>a.txt:2:3: warning: m [slang]</system-out>"))
        #expect(!output.contains("<failure"))
    }

    @Test func fingerprintsFoldCaseAndWhiteSpaceButNotWordsOrPaths() {
        let one = Fingerprint.of(rule: "slang", excerpt: "Gonna  do", path: "a.txt")
        #expect(one == Fingerprint.of(rule: "slang", excerpt: " gonna do ", path: "a.txt"))
        #expect(one != Fingerprint.of(rule: "slang", excerpt: "gonna go", path: "a.txt"))
        #expect(one != Fingerprint.of(rule: "slang", excerpt: "gonna do", path: "b.txt"))
        #expect(one != Fingerprint.of(rule: "blame", excerpt: "gonna do", path: "a.txt"))
        #expect(one.count == 32)
    }

    @Test func reportPathsAreRelativeToTheWorkingDirectoryAndURIsEncoded() {
        #expect(ReportPath.relative("./drafts//a.txt", to: "/repo") == "drafts/a.txt")
        #expect(ReportPath.relative("/repo/drafts/a.txt", to: "/repo/") == "drafts/a.txt")
        #expect(ReportPath.relative("/other/a.txt", to: "/repo") == "/other/a.txt")
        #expect(ReportPath.uri("my drafts/ä#1.txt") == "my%20drafts/%C3%A4%231.txt")
    }

    @Test func progressOnlyOnATerminalForLongRunsWithoutQuiet() {
        #expect(Progress.shown(files: 201, stderrIsTerminal: true, quiet: false))
        #expect(!Progress.shown(files: 200, stderrIsTerminal: true, quiet: false))
        #expect(!Progress.shown(files: 5000, stderrIsTerminal: false, quiet: false))
        #expect(!Progress.shown(files: 5000, stderrIsTerminal: true, quiet: true))
        #expect(Progress.line(done: 50, total: 200) == "\r\u{1B}[Klinting 50/200 files (25%)")
    }
}
