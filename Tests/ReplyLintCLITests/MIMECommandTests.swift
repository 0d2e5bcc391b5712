// .eml drafts on the command line: findings at their line and column in the file as on disk,
// whatever the transfer encoding and charset, and bad messages reported, never crashed on.
import Foundation
import Testing

struct MIMECommandTests {
    /// (rule, line, column, excerpt) of each finding of `rules` in a JSON lint report.
    private func findings(_ path: String, rules: Set<String> = ["slang", "generic-apology"]) throws -> [String] {
        let result = try CLI.run(["lint", "--format", "json", "--fail-on", "never", path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLI.json(result.stdout)
        let files = try #require(json["files"] as? [[String: Any]])
        let list = try #require(files.first?["findings"] as? [[String: Any]])
        return list.compactMap { finding in
            guard let rule = finding["rule"] as? String, rules.contains(rule) else { return nil }
            return "\(rule) \(finding["line"] as? Int ?? 0):\(finding["column"] as? Int ?? 0) \(finding["excerpt"] as? String ?? "")"
        }
    }

    private func parse(_ path: String) throws -> [String: Any] {
        let result = try CLI.run(["parse", "--format", "json", path])
        #expect(result.status == 0, "\(result.stderr)")
        return try CLI.json(result.stdout)
    }

    @Test func quotedPrintableFindingsPointAtTheEncodedText() throws {
        // Line 13 follows a soft line break; line 15 has =E2=80=99 apostrophes before "gonna".
        #expect(try findings("fixtures/eml/quoted-printable.eml") == [
            "generic-apology 13:12 We apologize for any inconvenience this may have caused",
            "slang 15:56 gonna",
            "slang 16:47 u",
        ])
    }

    @Test func sevenBitFindingsAreExact() throws {
        #expect(try findings("fixtures/eml/7bit.eml") == [
            "generic-apology 12:79 We apologize for any inconvenience this may have caused",
            "slang 14:40 gonna",
            "slang 14:99 u",
        ])
    }

    @Test func base64FindingsPointAtThePartsFirstLine() throws {
        #expect(try findings("fixtures/eml/base64.eml").map { $0.split(separator: " ")[1] } == ["10:1", "10:1", "10:1"])
    }

    @Test func anEmailFindsWhatTheSameTextFileFinds() throws {
        func withoutPositions(_ list: [String]) -> [String] {
            list.map { line in
                let words = line.split(separator: " ", maxSplits: 2)
                return "\(words[0]) \(words[2])"
            }
        }
        let text = withoutPositions(try findings("fixtures/eml/equivalent.txt", rules: ["slang", "generic-apology", "placeholder", "blame", "overpromise"]))
        #expect(text.count == 3)
        for path in ["fixtures/eml/quoted-printable.eml", "fixtures/eml/base64.eml", "fixtures/eml/7bit.eml"] {
            #expect(withoutPositions(try findings(path, rules: ["slang", "generic-apology", "placeholder", "blame", "overpromise"])) == text)
        }
        let json = try parse("fixtures/eml/quoted-printable.eml")
        #expect(json["quoted"] as? String == "My kettle arrived with a cracked lid. Can you send a new one?")
        #expect(json["signature"] as? String == "Kind regards,\nAlex")
    }

    @Test func alternativeLintsThePlainPart() throws {
        // The HTML part's generic apology and the epilogue's slang are not read.
        #expect(try findings("fixtures/eml/alternative.eml") == ["slang 17:43 Thx"])
        #expect(try parse("fixtures/eml/alternative.eml")["part"] as? String == "text/plain part")
    }

    @Test func htmlOnlyMailIsRead() throws {
        let json = try parse("fixtures/eml/html-only.eml")
        #expect(json["part"] as? String == "text/html part")
        #expect((json["reply"] as? String)?.contains("We apologize for any inconvenience.") == true)
        #expect(try findings("fixtures/eml/html-only.eml") == ["generic-apology 11:52 We apologize for any inconvenience"])
    }

    @Test func parseShowsDecodedFoldedHeaders() throws {
        let json = try parse("fixtures/eml/encoded-words.eml")
        #expect(json["format"] as? String == "eml")
        #expect(json["subject"] as? String == "Re: Your order — café table has shipped")
        #expect(json["from"] as? String == "José García <jose@acme.example>")
        #expect(json["date"] as? String == "2026-11-23T14:15:00Z")
        #expect(json["reply"] as? String == "Hi Renée,\n\nYour café table left our warehouse this morning; the courier expects to deliver it on Wednesday.")
        #expect(json["signature"] as? String == "Best wishes,\nJosé")
        #expect(json["quoted"] is NSNull)
    }

    @Test func eightBitCharsetsAreTranscodedForFindingsAndSourceLines() throws {
        #expect(try findings("fixtures/eml/windows-1252.eml") == ["slang 12:40 gonna"])
        #expect(try findings("fixtures/eml/iso-8859-15.eml") == ["slang 12:36 Thx"])
        let result = try CLI.run(["lint", "fixtures/eml/windows-1252.eml", "fixtures/eml/iso-8859-15.eml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("fixtures/eml/windows-1252.eml:12:40: warning: Slang 'gonna'"))
        #expect(result.stdout.contains("\nWe’ve refunded €42 to your card – it’s gonna show within five days.\n"))
        #expect(result.stdout.contains("\nWe have refunded €42 to your card. Thx for your patience, and désolé for the wait.\n"))
    }

    @Test func attachedCustomerMessageIsTheQuote() throws {
        let json = try parse("fixtures/eml/forwarded-attachment.eml")
        #expect((json["reply"] as? String)?.hasPrefix("Hi Priya,\n\nI'm sorry about the lid.") == true)
        #expect(json["quoted"] as? String == "Hello,\n\nMy kettle (order A-10492) arrived with a cracked lid. Can you send a replacement before Friday?\n\nPriya")
        let quotedHeaders = try #require(json["quotedHeaders"] as? [String: Any])
        #expect(quotedHeaders["from"] as? String == "Priya Nair <priya@example.com>")
        #expect(quotedHeaders["date"] as? String == "2026-11-19T18:30:00Z")
    }

    @Test func brokenMessagesAreReadAsFarAsTheyGo() throws {
        let cases: [(String, [String], String)] = [
            ("truncated", ["slang 14:36 Thx"], "a multipart boundary is never closed"),
            ("unclosed-boundary", ["slang 13:36 thx"], "a multipart boundary is never closed"),
            ("no-boundary-parameter", ["slang 13:36 thx"], "multipart/alternative without a boundary parameter"),
            ("unknown-charset", ["slang 11:44 thx"], "unknown charset x-foo, read as UTF-8"),
            ("base64-garbage", ["slang 9:1 thx"], ""),
            ("deep-nesting", ["slang 11:46 thx"], "MIME parts nested deeper than 20 levels were not read"),
            ("cr-only", ["slang 11:49 gonna", "slang 12:6 thx"], ""),
        ]
        for (name, expected, note) in cases {
            let path = "fixtures/eml/bad/\(name).eml"
            #expect(try findings(path) == expected, "\(name)")
            let result = try CLI.run(["lint", "--fail-on", "never", path])
            if note.isEmpty {
                #expect(CLI.withoutAvailabilityNotes(result.stderr).isEmpty, "\(name): \(result.stderr)")
            } else {
                #expect(result.stderr.contains("replylint: \(path): \(note)"), "\(name): \(result.stderr)")
            }
        }
        #expect(try parse("fixtures/eml/bad/base64-garbage.eml")["reply"] as? String == "Hi Priya,\n\nYour refund went out this morning; thx for your patience.")
    }

    @Test func unreadableMessagesExitTwoWithOneLine() throws {
        let cases = [
            ("headers-only", "e-mail has headers but no body, nothing to lint"),
            ("no-boundary-at-all", "multipart message without a boundary parameter"),
        ]
        for (name, problem) in cases {
            let path = "fixtures/eml/bad/\(name).eml"
            for command in [["lint"], ["parse"]] {
                let result = try CLI.run(command + [path])
                #expect(result.status == 2)
                if command == ["parse"] { #expect(result.stdout.isEmpty) }
                #expect(CLI.withoutAvailabilityNotes(result.stderr) == "replylint: \(path): \(problem)\n")
            }
        }
    }

    @Test func aLargeAttachmentIsSkippedNotRefused() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("big.eml").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data("""
        From: Alex <alex@acme.example>
        Subject: Re: photos
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="big"

        --big
        Content-Type: text/plain; charset=utf-8

        Hi Priya, the photos are attached, thx for waiting.
        --big
        Content-Type: application/zip; name="photos.zip"
        Content-Disposition: attachment; filename="photos.zip"
        Content-Transfer-Encoding: base64


        """.utf8))
        // 50 MB of attachment, in base64 lines.
        let line = Data((String(repeating: "QUJD", count: 19) + "\n").utf8)
        let block = Data(repeating: 0, count: 0) + Array(repeating: line, count: 1024).reduce(Data(), +)
        for _ in 0..<(50 * 1024 * 1024 / block.count + 1) { handle.write(block) }
        handle.write(Data("--big--\n".utf8))
        try handle.close()
        let result = try CLI.run(["lint", "--format", "json", "--fail-on", "never", path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLI.json(result.stdout)
        let files = try #require(json["files"] as? [[String: Any]])
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        let slang = findings.filter { $0["rule"] as? String == "slang" }
        #expect(slang.map { "\($0["line"] as? Int ?? 0):\($0["column"] as? Int ?? 0)" } == ["9:36"])
    }

    @Test func anEmailAsTheIncomingMessagePointsIntoTheEmail() throws {
        let result = try CLI.run(["lint", "--format", "json", "--incoming", "fixtures/eml/customer-question.eml", "fixtures/eml/reply-unanswered.txt"])
        #expect(result.status == 1)
        let json = try CLI.json(result.stdout)
        let files = try #require(json["files"] as? [[String: Any]])
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        let unanswered = try #require(findings.first { $0["rule"] as? String == "unanswered-question" })
        #expect((unanswered["message"] as? String)?.contains("When will my refund arrive?") == true)
        let related = try #require(unanswered["related"] as? [String: Any])
        // The question follows a quoted-printable soft line break.
        #expect(related["path"] as? String == "fixtures/eml/customer-question.eml")
        #expect(related["line"] as? Int == 12)
        #expect(related["column"] as? Int == 6)
    }

    @Test func standardInputIsRecognisedAsAnEmailWithCRLFLineEnds() throws {
        let message = try String(contentsOfFile: CLI.root.appendingPathComponent("fixtures/eml/encoded-words.eml").path, encoding: .utf8)
        #expect(message.contains("\r\n"))
        let result = try CLI.run(["parse", "--format", "json", "-"], stdin: message)
        #expect(result.status == 0)
        let json = try CLI.json(result.stdout)
        #expect(json["format"] as? String == "eml")
        #expect(json["subject"] as? String == "Re: Your order — café table has shipped")
    }
}
