// Every report format on a small draft, compared with its expected file in
// fixtures/reports/expected/, and the escaping each format needs.
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

struct ReportFormatTests {
    static let draft = "fixtures/reports/drafts/slang.txt"

    static func expected(_ format: String) throws -> String {
        try String(contentsOf: CLI.root.appendingPathComponent("fixtures/reports/expected/slang.\(format)"), encoding: .utf8)
    }

    @Test(arguments: ["github", "junit", "checkstyle", "html"])
    func reportMatchesItsExpectedFile(format: String) throws {
        let result = try CLI.run(["--disable", "spelling", "--format", format, Self.draft])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout == (try Self.expected(format)))
    }

    @Test func sarifMatchesItsExpectedFileWithTheCheckoutAsSourceRoot() throws {
        let result = try CLI.run(["--disable", "spelling", "--format", "sarif", Self.draft])
        #expect(result.status == 1)
        let root = CLI.root.standardizedFileURL.path
        let shown = result.stdout.replacingOccurrences(of: "\"file://\(root)/\"", with: "\"file:///PACKAGE-ROOT/\"")
        #expect(shown == (try Self.expected("sarif")))
    }

    @Test func githubCommandsEscapePropertiesAndData() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "Hi Ann,\n\nIt is fixed now, pls check.\n".write(to: directory.appendingPathComponent("odd, name: 5%.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["--disable", "spelling", "--format", "github", "."], directory: directory)
        #expect(result.status == 1)
        #expect(result.stdout == "::warning file=odd%2C name%3A 5%25.txt,line=3,col=18,endLine=3,endColumn=21,title=slang::Slang 'pls': write 'please'\n")
    }

    @Test func standardInputHasNoFileToAnnotate() throws {
        let github = try CLI.run(["--disable", "spelling", "--format", "github", "-"], stdin: "Hi Ann,\n\nThx, it ships today.\n")
        #expect(github.stdout == "::warning line=3,col=1,endLine=3,endColumn=4,title=slang::Slang 'Thx': write 'Thanks'\n")
        let sarif = try CLI.run(["--disable", "spelling", "--format", "sarif", "-"], stdin: "Hi Ann,\n\nThx, it ships today.\n")
        #expect(sarif.stdout.contains("\"uri\": \"stdin\""))
    }

    @Test func unreadableFilesAreReportedInEveryFormat() throws {
        for format in ["github", "junit", "checkstyle", "sarif", "html"] {
            let result = try CLI.run(["--format", format, Self.draft, "fixtures/reports/missing.txt"])
            #expect(result.status == 2, "\(format)")
            #expect(result.stdout.contains("no such file"), "\(format): \(result.stdout)")
            #expect(result.stderr.contains("replylint: fixtures/reports/missing.txt: no such file"))
        }
    }

    @Test func xmlReportsStayWellFormedWithMarkupInNamesAndMessages() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "Hi <Ann> & \"Bo\",\n\nThx, it ships today.\n".write(to: directory.appendingPathComponent("a&b <c>.txt"), atomically: true, encoding: .utf8)
        for format in ["junit", "checkstyle", "html"] {
            let result = try CLI.run(["--disable", "spelling", "--format", format, "."], directory: directory)
            #expect(result.status == 1, "\(format): \(result.stderr)")
            #expect(result.stdout.contains("a&amp;b &lt;c&gt;.txt"), "\(format)")
            if format != "html" {
                let parser = XMLParser(data: Data(result.stdout.utf8))
                #expect(parser.parse(), "\(format) is not well-formed XML: \(String(describing: parser.parserError))")
            }
        }
    }
}
