// Shouting: runs of capitals and piled-up ! and ?, and everything in capitals that is not shouting.
import Testing
@testable import ReplyLintCore

struct ShoutingTests {
    private func shouting(_ text: String) throws -> [Finding] {
        try Fixture.lint(text).filter { $0.rule == "shouting" }
    }

    @Test func runsOfCapitalsArePointedAt() throws {
        let marked = Marked("Thanks for waiting. 1️⃣PLEASE DO NOT open the box,\nand 2️⃣DO NOT, UNDER ANY CIRCUMSTANCES, bin it.")
        let found = try shouting(marked.text)
        #expect(found.map(\.start) == [marked[1], marked[2]])
        #expect(found.map(\.excerpt) == ["PLEASE DO NOT", "DO NOT, UNDER ANY CIRCUMSTANCES"])
    }

    @Test func repeatedMarksAreOneFindingWithASuggestion() throws {
        let marked = Marked("It shipped1️⃣!!! Did you get it2️⃣?! Great3️⃣‼")
        let found = try shouting(marked.text)
        #expect(found.map(\.start) == [marked[1], marked[2], marked[3]])
        #expect(found.map(\.suggestion) == ["!", "?", "!"])
        #expect(found[0].end == SourceLocation(line: 1, column: marked[1].column + 3))
    }

    @Test func oneLongWordInAnOrdinarySentence() throws {
        #expect(try shouting("This is ABSOLUTELY the last refund we can offer.").map(\.excerpt) == ["ABSOLUTELY"])
        // Short words in capitals are too often acronyms the list lacks.
        #expect(try shouting("This is NOT the colour I ordered.").isEmpty)
    }

    @Test(arguments: [
        "Your UPS tracking number is on the PDF invoice, and the SKU is XJ-9.",
        "Order A10492 and order #A-10492 ship from the USA via FedEx.",
        "The ETA from DHL is Friday, and the VAT is on the invoice.",
        "IMPORTANT: the return label expires on Friday.",
        "ORDER SUMMARY\nOne walnut desk lamp.",
        "RETURNS:\nUse the label in the box.",
        "[EXTERNAL] Re: your refund",
        "I can see the U.S. version is out of stock.",
        "I ordered the XL and the XXL for you.",
        "Thank you! It ships today.",
        "Is it at the depot? Yes.",
        "Model XJ-9000 and SKU-2231-B are in stock.",
        "1. MISSION STATEMENT\nWe answer every message.",
        "The colour is #FFFFFF, not #FFFFF0.",
    ])
    func notShouting(_ text: String) throws {
        #expect(try shouting(text).isEmpty, "\(text)")
    }

    @Test func acronymsInsideARunDoNotCountButDoNotBreakIt() throws {
        // "UPS" is an acronym, "PLEASE" and "CALL" are not.
        #expect(try shouting("You can PLEASE CALL UPS about it.").map(\.excerpt) == ["PLEASE CALL UPS"])
        #expect(try shouting("Both UPS and DHL deliver on Saturdays.").isEmpty)
    }

    @Test func theSignatureIsLeftAlone() throws {
        #expect(try shouting("Thanks for your order.\n\nKind regards,\nSam\nNORTHWIND GOODS LTD").isEmpty)
    }
}
