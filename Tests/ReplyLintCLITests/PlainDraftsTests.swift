// `replylint draft.txt` and `replylint lint draft.txt` (drafts only, no options) skip the
// argument parser to start faster. That path must do exactly what the parsed command does
// with every option at its default: same output, same messages, same exit status.
import Foundation
import Testing

struct PlainDraftsTests {
    /// The same run through the parser: giving default values explicitly makes it parse.
    private func parsed(_ paths: [String], stdin: String? = nil) throws -> CLIResult {
        try CLI.run(["lint", "--format", "text", "--fail-on", "warning"] + paths, stdin: stdin)
    }

    private func expectSame(_ plain: CLIResult, _ parsed: CLIResult) {
        #expect(plain.status == parsed.status)
        #expect(plain.stdout == parsed.stdout)
        #expect(plain.stderr == parsed.stderr)
    }

    @Test(arguments: [
        ["fixtures/drafts/late-order-bad.txt"],
        ["fixtures/drafts/late-order-good.txt"],
        ["fixtures/drafts", "fixtures/bad-input/invalid-utf8.txt"],
        ["fixtures/drafts/late-order-good.txt", "no-such-draft.txt"],
    ])
    func draftsOnlyDoWhatTheParsedCommandDoes(paths: [String]) throws {
        expectSame(try CLI.run(paths), try parsed(paths))
        expectSame(try CLI.run(["lint"] + paths), try parsed(paths))
    }

    @Test func standardInputToo() throws {
        let draft = "Hi [Name], we're gonna fix it.\n"
        expectSame(try CLI.run(["-"], stdin: draft), try parsed(["-"], stdin: draft))
    }

    /// Only the first argument can be a command; after `lint`, "tone" is a path.
    @Test func commandNamesStayCommands() throws {
        let rules = try CLI.run(["rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("placeholder"))
        let path = try CLI.run(["lint", "tone"])
        #expect(path.status == 2)
        #expect(path.stderr.contains("tone: no such file"), "\(path.stderr)")
        expectSame(path, try parsed(["tone"]))
    }

    @Test func anOptionGoesToTheParser() throws {
        let result = try CLI.run(["fixtures/drafts/late-order-bad.txt", "--fail-on", "never"])
        #expect(result.status == 0)
        let unknown = try CLI.run(["fixtures/drafts/late-order-bad.txt", "--no-such-option"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--no-such-option"))
    }
}
