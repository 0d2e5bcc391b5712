// Where the signature starts, and the replies that must keep every line.
import Testing
@testable import ReplyLintCore

struct SignatureDetectorTests {
    @Test func dashDashDelimiter() throws {
        let document = try QuoteFixture.document("email_reply_parser/correct_sig.txt")
        #expect(document.replyText == "this is an email with a correct -- signature.")
        #expect(document.signatureText == "-- \nrick")
    }

    @Test func dashesInsideALineAreNotADelimiter() throws {
        let document = try QuoteFixture.document("email_reply_parser/email_sig_delimiter_in_middle_of_line.txt")
        #expect(document.signatureStart == nil)
        #expect(document.replyText.hasSuffix("kthxbai"))
    }

    @Test func contactLinesAreAddressesWebSitesAndPhoneNumbers() {
        func isContact(_ line: String) -> Bool {
            let bytes = Array(line.utf8)
            return SignatureLine.isContact(LineText(bytes, 0..<bytes.count))
        }
        for line in ["sam@northwind.example", "HTTPS://northwind.example/help", "Visit WWW.northwind.example",
                     "+44 20 7946 0958", "(555) 010-4477", "Web: http://example.org"] {
            #expect(isContact(line), "\(line)")
        }
        for line in ["Thanks for your patience with the delivery.", "Order 58213 ships today", "How are you?",
                     "We will be there within the hour", "Sam", "http", "w"] {
            #expect(!isContact(line), "\(line)")
        }
    }

    @Test(arguments: ["Sent from my iPhone", "Sent from my Verizon Wireless BlackBerry", "Get Outlook for iOS",
                      "Sent from my Galaxy", "Envoyé de mon iPad"])
    func mobileLines(line: String) {
        let parts = QuoteFixture.split("Here is another email\n\n\(line)\n")
        #expect(parts.replyText == "Here is another email")
        #expect(parts.signatureText == line)
    }

    @Test func aSentenceStartingWithSentFromIsKept() throws {
        let document = try QuoteFixture.document("email_reply_parser/email_sent_from_my_not_signature.txt")
        #expect(document.signatureStart == nil)
        #expect(document.replyText.hasSuffix("Sent from my desk, is much easier then my mobile phone."))
    }

    @Test func signOffWithName() throws {
        let document = try QuoteFixture.document("talon/short_url_body")
        #expect(document.replyText == "Simone,\n\nIt is 'example.com'. Please let me know what you see.")
        #expect(document.signatureText == "Thank you,\nNoam")
    }

    @Test func nameAboveAMobileLine() throws {
        let document = try QuoteFixture.document("talon/jeff_body")
        #expect(document.signatureText == "Stavros Xxxxxx\nvia mobile")
        #expect(document.replyText.hasSuffix("homepage."))
    }

    @Test func replyWithoutSignatureKeepsItsLastLines() throws {
        let document = try QuoteFixture.document("talon/camel_case_body")
        #expect(document.signatureStart == nil)
        #expect(document.replyText.hasSuffix("That'd be awesome! Really cool shirts!"))
    }

    @Test func nameWithContactDetails() {
        let parts = QuoteFixture.split("The part is back in stock.\n\nGina Rossi\ngina@example.com\n(555) 346-9947\nwww.example.com\n")
        #expect(parts.replyText == "The part is back in stock.")
        #expect(parts.signatureText == "Gina Rossi\ngina@example.com\n(555) 346-9947\nwww.example.com")
    }

    @Test func dashedNameAndListFooter() throws {
        let parts = QuoteFixture.split("Oh thanks.\n\nHaving the function would be great.\n\n-Abhishek Kona\n\n\n____________\nriak-users mailing list\nhttp://lists.example.com/riak-users\n")
        #expect(parts.replyText == "Oh thanks.\n\nHaving the function would be great.")
        #expect(parts.signatureText?.hasPrefix("-Abhishek Kona") == true)
    }

    @Test func bareNameOnTheLastLine() {
        let alone = QuoteFixture.split("Hi\nthere\n\nBob\n")
        #expect(alone.replyText == "Hi\nthere")
        #expect(alone.signatureText == "Bob")
        let underSentence = QuoteFixture.split("Hi Priya,\nThe refund went out today.\nBob\n")
        #expect(underSentence.signatureText == "Bob")
    }

    @Test(arguments: [
        "Thanks,\nAlex",                                                          // the whole reply
        "Sounds good",
        "Hi Priya,\n\nYes",                                                       // a short answer
        "Hi Priya,\n\nSure…",                                                     // with a mark outside ASCII
        "Hi Priya,\n\nSounds good!",
        "Hi Priya,\n\nYour refund is done.\n\nThanks!",                           // a sign-off with no name under it
        "Hi Priya,\n\nThanks!\nYour order shipped today\nTracking: 1Z999AA1",     // text goes on after "Thanks!"
        "Which would you prefer?\n-Refund\n-Replacement",                         // a list, not a dashed name
        "Options:\n- Refund\n- Replacement",
        "Hi Priya,\n\nBest,\nwe will send the replacement tomorrow morning.",     // a sentence under the sign-off
        "Please send it to:\nPriya Nair",                                         // a name the reply leads into
        "Hi Sam,\n\nIt ships to:\nPriya Nair\n12 High Street\nLondon",            // the end of an address
        "Hi Sam,\n\nIt ships to\nLondon",
        "Hi Sam,\n\nWe will ship it to:\n\nPriya Nair\n12 High Street\n+44 20 7946 0000",  // an address with a phone
    ])
    func repliesThatKeepEveryLine(text: String) {
        let parts = QuoteFixture.split(text + "\n")
        #expect(parts.signatureStart == nil, "cut \(parts.signatureText ?? "")")
    }

    @Test func placeholderNameUnderASignOff() {
        let parts = QuoteFixture.split("Hi Priya,\n\nYour refund is done.\n\nKind regards,\n[Agent Name]\n")
        #expect(parts.signatureText == "Kind regards,\n[Agent Name]")
    }

    @Test func signatureIsFoundInTheReplyNotInTheQuote() throws {
        let document = try QuoteFixture.document("email_reply_parser/email_1_3.txt")
        #expect(document.replyText == "Oh thanks.\n\nHaving the function would be great.")
        #expect(document.signatureText?.hasPrefix("-Abhishek Kona") == true)
        #expect(document.quotedText?.hasPrefix("Hi,\n\nYou can list the keys") == true)
    }
}
