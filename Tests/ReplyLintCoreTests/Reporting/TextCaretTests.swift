// The caret under a finding in text output lines up with the column: one space per
// character before it (counted in Unicode scalars, as columns are), tabs kept as tabs.
import Testing
@testable import ReplyLintCore

struct TextCaretTests {
    @Test func tabsAreKeptAndCharactersBecomeSpaces() {
        let (indent, length) = TextReporter.indent("\tDear [Name],", column: 7)
        #expect(indent == "\t     ")
        #expect(length == 13)
    }

    @Test func multibyteCharactersTakeOneColumn() {
        let (indent, length) = TextReporter.indent("Zoë 👋 [x]", column: 7)
        #expect(indent == "      ")
        #expect(length == 9)
    }

    @Test func theFirstColumnHasNoIndent() {
        #expect(TextReporter.indent("[x]", column: 1) == ("", 3))
        #expect(TextReporter.indent("", column: 1) == ("", 0))
    }
}
