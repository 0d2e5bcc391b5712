// `replylint parse`: what a user sees of a file's reply, signature and quoted message.
import Foundation
import Testing

struct ParseCommandTests {
    @Test func textDumpHasHeadingsForEachPart() throws {
        let result = try CLI.run(["parse", "fixtures/quotes/outlook-header-block.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let out = result.stdout
        #expect(out.hasPrefix("File:    fixtures/quotes/outlook-header-block.txt\nFormat:  txt (plain text)\n"))
        #expect(out.contains("== Reply ==\nHi Priya,\n\nI've sent a replacement kettle today;"))
        #expect(out.contains("== Signature ==\nKind regards,\nAlex Morgan\nCustomer Care | Acme Home\n"))
        #expect(out.contains("== Quoted message (from Priya Nair <priya@example.com>, sent 2026-11-20T10:04:00Z, subject Broken kettle, order A-10492) ==\nHello,"))
        #expect(!out.contains("________"))
    }

    @Test func jsonHasTheContractFields() throws {
        let result = try CLI.run(["parse", "--format", "json", "fixtures/quotes/french-attribution.txt"])
        #expect(result.status == 0)
        let json = try CLI.json(result.stdout)
        #expect(json["path"] as? String == "fixtures/quotes/french-attribution.txt")
        #expect(json["format"] as? String == "txt")
        #expect(json["part"] as? String == "plain text")
        #expect(json["subject"] is NSNull)
        #expect(json["from"] is NSNull)
        #expect(json["date"] is NSNull)
        #expect(json["reply"] as? String == "Bonjour Priya,\n\nVotre remboursement a été envoyé ce matin.")
        #expect(json["signature"] as? String == "Cordialement,\nAlex")
        #expect(json["quoted"] as? String == "Bonjour,\n\nQuand vais-je recevoir mon remboursement ?\n\nPriya")
        let quotedHeaders = try #require(json["quotedHeaders"] as? [String: Any])
        #expect(quotedHeaders["from"] as? String == "Priya Nair <priya@example.com>")
        #expect(quotedHeaders["date"] as? String == "2026-11-20T10:04:00Z")
    }

    @Test func jsonDateComesFromTheDraftsOwnHeaders() throws {
        let text = "From: Alex <alex@acme.example>\nDate: Fri, 20 Nov 2026 11:00:00 +0100\nSubject: Re: order 123\n\nHi Priya, it shipped.\n"
        let result = try CLI.run(["parse", "--format", "json", "-"], stdin: text)
        #expect(result.status == 0)
        let json = try CLI.json(result.stdout)
        #expect(json["path"] as? String == "<stdin>")
        #expect(json["subject"] as? String == "Re: order 123")
        #expect(json["from"] as? String == "Alex <alex@acme.example>")
        #expect(json["date"] as? String == "2026-11-20T10:00:00Z")
        #expect(json["reply"] as? String == "Hi Priya, it shipped.")
        #expect(json["quoted"] is NSNull)
        #expect(json["signature"] is NSNull)
        #expect(json["quotedHeaders"] is NSNull)
    }

    @Test func missingFileExitsTwoWithOneLine() throws {
        let result = try CLI.run(["parse", "fixtures/quotes/no-such-reply.txt"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "replylint: fixtures/quotes/no-such-reply.txt: no such file\n")
    }

    @Test func emptyInputExitsTwo() throws {
        let result = try CLI.run(["parse", "--format", "json", "-"], stdin: "  \n\n")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("replylint: <stdin>: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func lintReportsThePlaceholderInTheSignatureButNotItsSlangOrTheQuote() throws {
        let result = try CLI.run(["lint", "--format", "json", "--sent-at", "2026-11-20T11:00:00Z", "fixtures/quotes/agent-name-signature.txt"])
        #expect(result.status == 1)
        let json = try CLI.json(result.stdout)
        let files = try #require(json["files"] as? [[String: Any]])
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["placeholder"])
        #expect(findings.first?["line"] as? Int == 6)
        #expect(findings.first?["column"] as? Int == 1)
    }
}
