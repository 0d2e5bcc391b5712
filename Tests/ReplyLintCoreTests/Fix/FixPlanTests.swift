// FixPlan: only text copied one for one from the file is replaced.
import Testing
@testable import ReplyLintCore

struct FixPlanTests {
    @Test func aRangeCopiedFromTheFileMapsToItsBytes() {
        let file = Array("<p>thx</p>".utf8)
        var builder = VisibleTextBuilder()
        builder.append(copied: file[3..<6], from: 3)
        let text = builder.build()
        #expect(FixPlan.sourceRange(of: 0..<3, in: text, fileBytes: file) == 3..<6)
    }

    @Test func decodedTextIsNotReplaced() {
        // "thx&amp;u": the visible "&" stands for five bytes of the file.
        let file = Array("thx&amp;u".utf8)
        var builder = VisibleTextBuilder()
        builder.append(copied: file[0..<3], from: 0)
        builder.append(standingFor: 3, Array("&".utf8))
        builder.append(copied: file[8..<9], from: 8)
        let text = builder.build()
        #expect(FixPlan.sourceRange(of: 0..<3, in: text, fileBytes: file) == 0..<3)
        #expect(FixPlan.sourceRange(of: 2..<5, in: text, fileBytes: file) == nil)
        #expect(FixPlan.sourceRange(of: 3..<4, in: text, fileBytes: file) == nil)
    }

    @Test func replacementsAreEscapedForHTMLAndKeptPlainForEmail() {
        #expect(FixPlan.replacementBytes("R&D <ok>", format: .html) == Array("R&amp;D &lt;ok&gt;".utf8))
        #expect(FixPlan.replacementBytes("a=b", format: .eml) == nil)
        #expect(FixPlan.replacementBytes("café", format: .eml) == nil)
        #expect(FixPlan.replacementBytes("thanks", format: .eml) == Array("thanks".utf8))
    }

    @Test func overlappingEditsKeepTheFirstAndApplyFromTheEnd() {
        let bytes = Array("abcdef".utf8)
        let edits = [FixEdit(range: 0..<2, replacement: Array("X".utf8)), FixEdit(range: 4..<6, replacement: Array("YZW".utf8))]
        #expect(FixPlan.apply(edits, to: bytes) == Array("XcdYZW".utf8))
    }
}
