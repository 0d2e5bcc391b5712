// HTML drafts through the real binary: exact positions, the same findings as text, quotes, bad input.
import Foundation
import Testing

struct HTMLCommandTests {
    func findings(_ arguments: [String]) throws -> (status: Int32, findings: [[String: Any]]) {
        let result = try CLI.run(["lint", "--format", "json"] + arguments)
        let json = try CLI.json(result.stdout)
        let files = try #require(json["files"] as? [[String: Any]])
        return (result.status, try #require(files.first?["findings"] as? [[String: Any]]))
    }

    func place(_ finding: [String: Any]) -> String {
        "\(finding["rule"] ?? "") \(finding["line"] ?? "")-\(finding["column"] ?? "")..\(finding["endLine"] ?? "")-\(finding["endColumn"] ?? "")"
    }

    @Test func findingsPointAtTheLineAndColumnOfTheHTMLFile() throws {
        let (status, found) = try findings(["fixtures/html/entities.html"])
        #expect(status == 1)
        let places = found.map(place)
        #expect(places.contains("slang 8-64..8-69"))
        #expect(places.contains("generic-apology 9-12..10-14"))
        #expect(places.contains("slang 13-25..13-28"))
        // Title, style, script and hidden preheaders hold "gonna", "lol", "thx", "btw": none is reported.
        #expect(!found.contains { ($0["line"] as? Int).map { $0 < 8 } ?? true })
    }

    @Test func anHTMLDraftHasTheFindingsOfItsTextVersion() throws {
        let html = try findings(["fixtures/html/apology.html"]).findings
        let text = try findings(["fixtures/html/apology.txt"]).findings
        let summary: ([[String: Any]]) -> [String] = { $0.map { "\($0["rule"] ?? "") \($0["excerpt"] ?? "")" } }
        #expect(!text.isEmpty)
        #expect(summary(html) == summary(text))
        let slang = try #require(html.first { $0["excerpt"] as? String == "gonna" })
        #expect(slang["line"] as? Int == 6)
        #expect(slang["column"] as? Int == 50)
    }

    @Test func parseShowsTheReplyAndTheQuoteOfAGmailReply() throws {
        let result = try CLI.run(["parse", "--format", "json", "fixtures/html/talon/gmail.html"])
        #expect(result.status == 0)
        let json = try CLI.json(result.stdout)
        #expect(json["format"] as? String == "html")
        #expect(json["part"] as? String == "HTML")
        #expect(json["reply"] as? String == "Hi. I am fine.")
        #expect(json["signature"] as? String == "Thanks,\nAlex")
        #expect(json["quoted"] as? String == "Hello! How are you?\n\nThanks,\nSasha.")
        let headers = try #require(json["quotedHeaders"] as? [String: Any])
        #expect(headers["from"] as? String == "Alexander L <a@example.com>")
    }

    @Test func mailProgramsQuotesAreSeparated() throws {
        for name in ["thunderbird", "ms_outlook_2007", "windows_mail"] {
            let result = try CLI.run(["parse", "--format", "json", "fixtures/html/talon/\(name).html"])
            let json = try CLI.json(result.stdout)
            #expect(json["reply"] as? String == "Hi. I am fine.", "\(name)")
            #expect((json["quoted"] as? String)?.hasPrefix("Hello! How are you?") == true, "\(name)")
        }
    }

    @Test func standardInputReadsAsHTMLWhenToldOrSniffed() throws {
        let html = "<html><body><p>We are gonna fix it.</p></body></html>\n"
        let told = try CLI.run(["lint", "--format", "json", "--input-format", "html", "-"], stdin: html)
        #expect(told.status == 1)
        let files = try #require(try CLI.json(told.stdout)["files"] as? [[String: Any]])
        let slang = try #require((files.first?["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "slang" })
        #expect(slang["line"] as? Int == 1)
        #expect(slang["column"] as? Int == 23)
        let sniffed = try CLI.run(["parse", "-"], stdin: html)
        #expect(sniffed.stdout.contains("Format:  html (HTML)"))
        #expect(sniffed.stdout.contains("We are gonna fix it."))
    }

    @Test func aBinaryFileNamedHTMLIsAUsageError() throws {
        let result = try CLI.run(["lint", "fixtures/html/binary.html"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("fixtures/html/binary.html: binary file"))
    }
}
