// Excerpts quote the draft on one line in messages and reports: white space collapsed,
// ends trimmed, long text cut with an ellipsis; the same rules for ASCII (read byte by
// byte) and for any other text (read character by character).
import Testing
@testable import ReplyLintCore

struct MessageExcerptTests {
    @Test func whiteSpaceIsCollapsedAndTrimmed() {
        #expect(Message.excerpt("  Dear\t[Name],\r\n\r\n  thanks  ") == "Dear [Name], thanks")
        #expect(Message.excerpt("  Chère\u{00A0}\u{00A0}Zoë,\n\n merci ") == "Chère Zoë, merci")
    }

    @Test func longTextIsCutAtTheLimit() {
        let ascii = Message.excerpt(String(repeating: "a", count: 100), limit: 10)
        #expect(ascii == String(repeating: "a", count: 9) + "…")
        let accented = Message.excerpt(String(repeating: "é", count: 100), limit: 10)
        #expect(accented == String(repeating: "é", count: 9) + "…")
        #expect(Message.excerpt("exactly ten", limit: 11) == "exactly ten")
    }

    @Test func blankTextGivesAnEmptyExcerpt() {
        #expect(Message.excerpt(" \n\t ") == "")
        #expect(Message.excerpt("") == "")
    }
}
