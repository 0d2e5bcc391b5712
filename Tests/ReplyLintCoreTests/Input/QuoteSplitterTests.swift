// The reply, the quoted message and their positions in the file, for the quote markers
// mail programs write.
import Testing
@testable import ReplyLintCore

struct QuoteSplitterTests {
    @Test func attributionAndQuotedBlockAreCutFromTheReply() throws {
        let marked = Marked("""
        Hi Priya,

        Your parcel left today.

        On Fri, Nov 20, 2026 at 10:04 AM, Priya Nair <priya@example.com> wrote:
        > Where is 1️⃣my order?
        >
        > > older history
        """)
        let document = try Fixture.document(marked.text)
        #expect(document.replyText == "Hi Priya,\n\nYour parcel left today.")
        #expect(document.quotedText == "Where is my order?")
        #expect(document.quotedLocation(of: "my order") == marked[1])
        #expect(document.quotedHeaders.from == "Priya Nair <priya@example.com>")
        #expect(document.quotedHeaders.sentAt.map(MailDate.iso8601) == "2026-11-20T10:04:00Z")
        // The older message the customer quoted is not part of theirs.
        #expect(document.quoted?.string.contains("older history") == false)
    }

    @Test func quotePrefixesAreRemovedAndPositionsKept() throws {
        let marked = Marked("Thanks!\n\n> 1️⃣First line\n>2️⃣Second line\n>\n>  3️⃣indented\n")
        let document = try Fixture.document(marked.text)
        #expect(document.quotedText == "First line\nSecond line\n\n indented")
        #expect(document.quotedLocation(of: "First") == marked[1])
        #expect(document.quotedLocation(of: "Second") == marked[2])
        #expect(document.quotedLocation(of: "indented") == marked[3])
    }

    @Test func wrappedAttributionOverThreeLines() throws {
        let document = try QuoteFixture.document("email_reply_parser/email_1_6.txt")
        #expect(document.replyText.hasPrefix("I get proper rendering as well."))
        #expect(!document.replyText.contains("Corey Donohoe"))
        #expect(document.quotedText?.hasPrefix("Was this caching related or fixed already?") == true)
        #expect(document.quotedHeaders.from == "Corey Donohoe <reply@reply.github.com>")
    }

    @Test func windowsLineEndings() throws {
        let document = try QuoteFixture.document("email_reply_parser/email_1_7.txt")
        #expect(document.replyText == ":+1:")
        #expect(document.quotedText?.hasPrefix("Steps 0-2 are in prod.") == true)
        #expect(document.quotedLocation(of: "Steps") == SourceLocation(line: 6, column: 3))
    }

    @Test(arguments: [
        ("Le ven. 20 nov. 2026 à 10:04, Priya Nair <priya@example.com> a écrit :", "Priya Nair <priya@example.com>"),
        ("Am 20.11.2026 um 10:04 schrieb Priya Nair <priya@example.com>:", "Priya Nair <priya@example.com>"),
        ("El vie, 20 nov 2026 a las 10:04, Priya Nair (<priya@example.com>) escribió:", "Priya Nair (<priya@example.com>)"),
        ("Op vr 20 nov. 2026 om 10:04 schreef Priya Nair <priya@example.com>:", "Priya Nair <priya@example.com>"),
        ("Il giorno ven 20 nov 2026 alle ore 10:04 Priya Nair <priya@example.com> ha scritto:", "Priya Nair <priya@example.com>"),
        ("Em sex., 20 de nov. de 2026 às 10:04, Priya Nair <priya@example.com> escreveu:", "Priya Nair <priya@example.com>"),
        ("Priya Nair <priya@example.com> wrote:", "Priya Nair <priya@example.com>"),
    ])
    func attributionsInOtherLanguages(line: String, from: String) {
        let parts = QuoteFixture.split("Merci, c'est fait.\n\n\(line)\n> Où est ma commande ?\n")
        #expect(parts.replyText == "Merci, c'est fait.")
        #expect(parts.quotedText == "Où est ma commande ?")
        #expect(parts.quotedHeaders.from == from)
    }

    @Test func attributionDatesInOtherLanguagesParse() {
        let parts = QuoteFixture.split("Done.\n\nAm 20.11.2026 um 10:04 schrieb Priya <p@example.com>:\n> Wann?\n")
        #expect(parts.quotedHeaders.sentAt.map(MailDate.iso8601) == "2026-11-20T10:04:00Z")
        let french = QuoteFixture.split("Fait.\n\nLe ven. 20 nov. 2026 à 10:04, Priya <p@example.com> a écrit :\n> Quand ?\n")
        #expect(french.quotedHeaders.sentAt.map(MailDate.iso8601) == "2026-11-20T10:04:00Z")
    }

    @Test func attributionThatNamesNobodyGivesNoSender() {
        let parts = QuoteFixture.split("Hi Priya,\n\nHere is what you wrote:\n> my lid is cracked\n\nI've sent a new one.\n")
        #expect(parts.quotedText == "my lid is cracked")
        #expect(parts.quotedHeaders.from == nil)
        #expect(parts.replyText.hasPrefix("Hi Priya,\n\n"))
        #expect(parts.replyText.hasSuffix("\nI've sent a new one."))
        #expect(!parts.replyText.contains("wrote"))
    }

    @Test func bottomPostWithListFooter() throws {
        let document = try QuoteFixture.document("email_reply_parser/email_1_2.txt")
        #expect(document.replyText.hasPrefix("Hi,\n\nYou can list the keys for the bucket"))
        #expect(document.replyText.hasSuffix("you’ll need to delete them all individually.\""))
        #expect(document.signatureText?.hasPrefix("_____") == true)
        #expect(document.signatureText?.contains("riak-users mailing list") == true)
        #expect(document.quotedText?.hasPrefix("Hi folks\n\nWhat is the best way") == true)
        #expect(document.quotedHeaders.from == "Abhishek Kona")
    }

    @Test func outlookRuleRightUnderTheReply() throws {
        let document = try QuoteFixture.document("email_reply_parser/email_2_2.txt")
        #expect(document.replyText == "Outlook with a reply directly above line")
        #expect(document.quotedHeaders.subject == "[contact:106] John Greene")
        #expect(document.quotedHeaders.sentAt.map(MailDate.iso8601) == "2012-03-23T17:08:00Z")
        #expect(document.quotedText?.hasSuffix("I am replying to a comment.") == true)
    }

    @Test func aSentenceEndingInAColonIsNotAnAttribution() {
        let text = "On your remote host you can run:\n\n     telnet 127.0.0.1 52698\n\nThat should connect.\n"
        let parts = QuoteFixture.split(text)
        #expect(parts.quoted == nil)
        #expect(parts.replyText.contains("telnet 127.0.0.1 52698"))
        #expect(parts.replyText.hasSuffix("That should connect."))
    }

    @Test func outlookHeaderBlockAfterUnderscores() throws {
        let document = try QuoteFixture.document("outlook-header-block.txt")
        #expect(document.replyText == "Hi Priya,\n\nI've sent a replacement kettle today; the tracking number is 1Z999AA10123456784.")
        #expect(document.signatureText == "Kind regards,\nAlex Morgan\nCustomer Care | Acme Home")
        #expect(document.quotedText?.hasPrefix("Hello,\n\nMy kettle arrived with a cracked lid.") == true)
        #expect(!document.body.string.contains("From:"))
        let headers = document.quotedHeaders
        #expect(headers.from == "Priya Nair <priya@example.com>")
        #expect(headers.to == "support@acme.example")
        #expect(headers.subject == "Broken kettle, order A-10492")
        #expect(headers.date == "Friday, November 20, 2026 10:04 AM")
        #expect(headers.sentAt.map(MailDate.iso8601) == "2026-11-20T10:04:00Z")
        #expect(document.quotedLocation(of: "My kettle") == SourceLocation(line: 17, column: 1))
    }

    @Test func outlookBlockWithDateAndNoRule() {
        let text = """
        Sorted, the refund is on its way.

        From: Priya Nair [mailto:priya@example.com]
        Date: Thu, 19 Nov 2026 16:30:00 -0500
        To: Support
        Subject: Refund

        > Where is my refund?
        """
        let parts = QuoteFixture.split(text)
        #expect(parts.replyText == "Sorted, the refund is on its way.")
        #expect(parts.quotedText == "Where is my refund?")
        #expect(parts.quotedHeaders.sentAt.map(MailDate.iso8601) == "2026-11-19T21:30:00Z")
    }

    @Test func originalMessageSeparator() {
        let text = "Done, see attached.\n\n-----Original Message-----\nFrom: Priya\nSent: Friday, 20 November 2026 9:15 a.m.\nTo: Support\nSubject: Invoice\n\nCan I get an invoice?\n"
        let parts = QuoteFixture.split(text)
        #expect(parts.replyText == "Done, see attached.")
        #expect(parts.quotedText == "Can I get an invoice?")
        #expect(parts.quotedHeaders.subject == "Invoice")
        #expect(parts.quotedHeaders.sentAt.map(MailDate.iso8601) == "2026-11-20T09:15:00Z")
    }

    @Test func forwardedMessages() throws {
        let gmail = try QuoteFixture.document("forwarded.txt")
        #expect(gmail.replyText == "Hi team,\n\nPassing this one on: the customer needs an answer about the warranty.")
        #expect(gmail.quotedText == "Is my blender still under warranty? I bought it in March.")
        #expect(gmail.quotedHeaders.subject == "Warranty question")
        let apple = QuoteFixture.split("FYI\n\nBegin forwarded message:\n\nFrom: Priya <p@example.com>\nSubject: Lid\nDate: 20 November 2026 at 10:04:00 GMT\nTo: support@example.com\n\nThe lid is cracked.\n")
        #expect(apple.replyText == "FYI")
        #expect(apple.quotedText == "The lid is cracked.")
        #expect(apple.quotedHeaders.from == "Priya <p@example.com>")
    }

    @Test func interleavedReply() throws {
        let document = try QuoteFixture.document("interleaved.txt")
        let reply = document.replyText
        #expect(reply.hasPrefix("Hi Priya,"))
        #expect(reply.contains("It left our warehouse on Tuesday"))
        #expect(reply.contains("Yes: reply with the new address"))
        #expect(!reply.contains("Where is my order?"))
        #expect(document.quotedText == "Where is my order? It was due on Monday.\n\nCan I change the delivery address?")
        #expect(document.signatureText == "Thanks,\nAlex")
        #expect(document.bodyLocation(of: "Yes:") == SourceLocation(line: 9, column: 1))
        #expect(document.quotedLocation(of: "Can I") == SourceLocation(line: 7, column: 3))
    }

    @Test func answersBetweenQuotesStayApartAsParagraphs() {
        let parts = QuoteFixture.split("> Size?\nLarge\n> Colour?\nBlue\n")
        #expect(parts.body.string == "Large\n\nBlue\n")
        #expect(parts.quoted?.string == "Size?\n\nColour?\n")
    }

    @Test func ownHeadersAboveAPlainTextDraftAreNotAQuote() throws {
        let document = try Fixture.document("From: Alex <alex@acme.example>\nTo: Priya <priya@example.com>\nSubject: Your refund\n\nHi Priya, your refund is on its way.\n")
        #expect(document.quoted == nil)
        #expect(document.replyText == "Hi Priya, your refund is on its way.")
        #expect(document.headers.subject == "Your refund")
    }

    @Test func textWithoutQuoteIsKeptWhole() {
        let text = VisibleText("Hi Priya,\n\nYour order shipped.\n")
        let parts = QuoteSplitter.split(text)
        #expect(parts.body.bytes == text.bytes)
        #expect(parts.quoted == nil)
        #expect(parts.signatureStart == nil)
    }

    @Test func keepsTheMapOfTextThatIsNotTheFileItself() {
        // Visible text as an HTML reader builds it: pieces copied from scattered offsets,
        // and a decoded entity standing for five source bytes.
        var builder = VisibleTextBuilder()
        builder.append(copied: Array("Thanks, done.\n\n".utf8), from: 100)
        builder.append(copied: Array("On Fri, Nov 20, 2026 at 10:04 AM, Priya <p@example.com> wrote:\n".utf8), from: 300)
        builder.append(copied: Array("> Is it ".utf8), from: 500)
        builder.append(standingFor: 508, Array("&".utf8))
        builder.append(copied: Array(" safe?\n".utf8), from: 513)
        let parts = QuoteSplitter.split(builder.build())
        #expect(parts.replyText == "Thanks, done.")
        #expect(parts.body.map.sourceOffset(for: 0) == 100)
        let quoted = try! #require(parts.quoted)
        #expect(quoted.string == "Is it & safe?\n")
        #expect(quoted.map.sourceOffset(for: 0) == 502)
        #expect(quoted.map.sourceOffset(for: 6) == 508)
        #expect(quoted.map.sourceOffset(for: 8) == 514)
    }

    @Test func aForwardWithNothingAboveItIsTheCustomerMessage() throws {
        let document = try Fixture.document("---------- Forwarded message ---------\nFrom: Priya <p@example.com>\nDate: Fri, 20 Nov 2026 10:04:00 +0000\nSubject: Lid\nTo: support@example.com\n\nThe lid is cracked. Can you replace it?\n")
        #expect(document.body.isBlank)
        #expect(document.customerMessage.body.string.hasPrefix("The lid is cracked."))
        #expect(document.customerMessage.headers.from == "Priya <p@example.com>")
    }

    @Test func longLinesOfQuoteMarkersAndPathologicalInputFinish() {
        let markers = String(repeating: ">", count: 50_000) + " deep\nreply\n"
        let parts = QuoteFixture.split(markers)
        #expect(parts.replyText == "reply")
        let subjects = String(repeating: "Subject: again\n", count: 20_000)
        #expect(QuoteFixture.split(subjects).quoted == nil)
    }
}
