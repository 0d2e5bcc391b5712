// --fix: exact suggestions applied in place, atomically, permissions kept; what is left is reported.
import Foundation
import Testing

struct FixTests {
    @Test func slangIsFixedAndTheGenericApologyIsStillReported() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let draft = directory.appendingPathComponent("reply.txt")
        try FileManager.default.copyItem(
            at: CLI.root.appendingPathComponent("fixtures/reports/drafts/slang.txt"), to: draft
        )
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: draft.path)

        let result = try CLI.run(["--disable", "spelling", "--fix", "reply.txt"], directory: directory)
        #expect(result.status == 1, "the generic apology has no exact replacement and stays")
        #expect(result.stderr.contains("replylint: fixed 2 findings in 1 file"), "\(result.stderr)")
        #expect(try String(contentsOf: draft, encoding: .utf8) == """
        Hi Dana,

        Thanks for waiting. We apologize for any inconvenience.
        I am going to send the new charger today & it arrives on Friday.

        Best,
        Sam

        """)
        #expect(result.stdout.hasPrefix("reply.txt:3:21: warning: Generic apology 'We apologize for any inconvenience'"), "\(result.stdout)")
        #expect(!result.stdout.contains("[slang]"))
        let mode = try FileManager.default.attributesOfItem(atPath: draft.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names == ["reply.txt"], "no temporary file left: \(names)")
    }

    @Test func repeatedWordsAndPilesOfMarksAreFixedButSpellingGuessesAreNot() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let draft = directory.appendingPathComponent("reply.txt")
        try "Hi Ann,\n\nYour parcel left the the warehouse today!!!\nIt was recieved by the courier.\n"
            .write(to: draft, atomically: true, encoding: .utf8)
        let result = try CLI.run(["--fix", "reply.txt"], directory: directory)
        #expect(try String(contentsOf: draft, encoding: .utf8)
            == "Hi Ann,\n\nYour parcel left the warehouse today!\nIt was recieved by the courier.\n")
        #expect(!result.stdout.contains("[repeated-word]"))
        #expect(!result.stdout.contains("[shouting]"))
    }

    @Test func aRepeatedWordAcrossALineBreakIsLeftToTheWriter() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let draft = directory.appendingPathComponent("reply.txt")
        let text = "Hi Ann,\n\nYour parcel is with the\nthe courier today.\n"
        try text.write(to: draft, atomically: true, encoding: .utf8)
        let result = try CLI.run(["--disable", "spelling", "--fix", "reply.txt"], directory: directory)
        #expect(try String(contentsOf: draft, encoding: .utf8) == text)
        #expect(result.stdout.contains("[repeated-word]"))
    }

    @Test func aReadOnlyDirectoryIsAClearErrorAndTheDraftIsUntouched() throws {
        let directory = try CLI.temporaryDirectory()
        let locked = directory.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        let draft = locked.appendingPathComponent("reply.txt")
        let text = "Hi Ann,\n\nThx, it ships today.\n"
        try text.write(to: draft, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path)
            try? FileManager.default.removeItem(at: directory)
        }
        let result = try CLI.run(["--disable", "spelling", "--fix", "locked/reply.txt"], directory: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("replylint: locked/reply.txt: cannot write: the directory locked is read-only"), "\(result.stderr)")
        #expect(try String(contentsOf: draft, encoding: .utf8) == text)
        #expect(result.stdout.contains("[slang]"), "the finding that could not be fixed is still reported")
    }

    @Test func withoutFixableFindingsNothingIsWritten() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let draft = directory.appendingPathComponent("reply.txt")
        try "Hi Ann,\n\nWe apologize for any inconvenience.\n".write(to: draft, atomically: true, encoding: .utf8)
        let before = try FileManager.default.attributesOfItem(atPath: draft.path)[.systemFileNumber] as? Int
        let result = try CLI.run(["--disable", "spelling", "--fix", "reply.txt"], directory: directory)
        #expect(result.status == 1)
        #expect(!result.stderr.contains("fixed"))
        let after = try FileManager.default.attributesOfItem(atPath: draft.path)[.systemFileNumber] as? Int
        #expect(before == after, "the file was not replaced")
    }
}
