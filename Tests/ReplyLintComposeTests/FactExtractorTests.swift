// Facts compose reads from a customer's message.
import Testing
@testable import ReplyLintCompose
import ReplyLintCore

struct FactExtractorTests {
    func facts(_ text: String) throws -> Facts {
        try ComposeFixture.compose(text).facts
    }

    @Test(arguments: [
        ("My order #A-10492 is late.", "A-10492"),
        ("Order 558201 never came.", "558201"),
        ("Order No. 12-345 is wrong.", "12-345"),
        ("order number: 77120 please", "77120"),
        ("I placed an order last week, #B-2291, and nothing came.", "B-2291"),
    ])
    func orderNumbers(_ text: String, _ order: String) throws {
        #expect(try facts(text).order == order)
    }

    @Test func noOrderNumberWithoutOne() throws {
        #expect(try facts("My order hasn't arrived and it was due last week.").order == nil)
        #expect(try facts("I ordered 2 mugs on the 5th.").order == nil)
    }

    @Test func trackingAmountsDatesProduct() throws {
        let found = try facts("The tracking number 1Z999AA10123456784 shows nothing since 12 March. I paid $84.99 and £20 for the kettle.")
        #expect(found.tracking == "1Z999AA10123456784")
        #expect(found.amounts == ["$84.99", "£20"])
        #expect(found.dates == ["12 March"])
        #expect(found.product == "kettle")
    }

    @Test func mayIsAVerbWithoutADay() throws {
        #expect(try facts("May I return the lamp?").dates.isEmpty)
    }
}
