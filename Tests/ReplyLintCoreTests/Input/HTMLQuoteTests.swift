// Quoted messages and signatures in HTML replies: each mail program's markup, then the
// same text-level rules as plain text.
import Testing
@testable import ReplyLintCore

struct HTMLQuoteTests {
    func parts(_ html: String) -> ReplyParts {
        HTMLInput.parts(html: Array(html.utf8), charset: nil)
    }

    @Test func gmailQuoteWithAttribution() {
        let result = parts("""
        <div dir="ltr">Hi Priya,<div><br></div><div>It shipped today.</div></div><br>
        <div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Nov 20, 2026 at 10:04 AM Priya Nair &lt;priya@example.com&gt; wrote:<br></div>
        <blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid">Where is my kettle?<br>
        <div class="gmail_quote">On Thu, Nov 19, 2026 Alex wrote:<blockquote class="gmail_quote">Older history</blockquote></div>
        </blockquote></div>
        """)
        #expect(result.reply.trimmed == "Hi Priya,\n\nIt shipped today.")
        #expect(result.quoted?.trimmed == "Where is my kettle?")
        #expect(result.quotedHeaders.from == "Priya Nair <priya@example.com>")
        #expect(result.quotedHeaders.date != nil)
    }

    @Test func gmailSignatureIsTheSignature() {
        let result = parts("""
        <div dir="ltr">Hi Priya,<div>Your refund went out this morning.</div><div><br></div>
        <div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div>Alex Morgan</div><div>Acme Home</div></div></div>
        """)
        #expect(result.reply.trimmed == "Hi Priya,\nYour refund went out this morning.")
        #expect(result.signature?.trimmed.contains("Alex Morgan\nAcme Home") == true)
    }

    @Test func thunderbirdCitePrefixAndCiteBlockquote() {
        let result = parts("""
        <body>Hi Priya,<br>It shipped.<br>
        <div class="moz-cite-prefix">On 20.11.2026 10:04, Priya Nair wrote:<br></div>
        <blockquote type="cite" cite="mid:1@example.com">Where is it?</blockquote></body>
        """)
        #expect(result.reply.trimmed == "Hi Priya,\nIt shipped.")
        #expect(result.quoted?.trimmed == "Where is it?")
        #expect(result.quotedHeaders.from == "Priya Nair")
    }

    @Test func outlookReplyDivWithHeaderBlock() {
        let result = parts("""
        <div>Hi Priya, it shipped.</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%">
        <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri"><b>From:</b> Priya Nair &lt;priya@example.com&gt;<br>
        <b>Sent:</b> Friday, November 20, 2026 10:04 AM<br><b>To:</b> Support &lt;help@acme.example&gt;<br>
        <b>Subject:</b> Broken kettle</font><div>&nbsp;</div></div><div>Where is my kettle?</div>
        """)
        #expect(result.reply.trimmed == "Hi Priya, it shipped.")
        #expect(result.quoted?.trimmed == "Where is my kettle?")
        #expect(result.quotedHeaders.from == "Priya Nair <priya@example.com>")
        #expect(result.quotedHeaders.subject == "Broken kettle")
    }

    @Test func outlookBorderTopSeparator() {
        let result = parts("""
        <p class=MsoNormal>Hi Priya, it shipped.</p>
        <div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Priya Nair<br>
        <b>Sent:</b> Friday, November 20, 2026 10:04<br><b>To:</b> Support<br><b>Subject:</b> Kettle</p></div>
        <p class=MsoNormal>Where is my kettle?</p>
        """)
        #expect(result.reply.trimmed == "Hi Priya, it shipped.")
        #expect(result.quoted?.trimmed == "Where is my kettle?")
        #expect(result.quotedHeaders.from == "Priya Nair")
    }

    @Test func aBorderTopBoxWithoutHeadersIsPartOfTheReply() {
        let result = parts("<p>Hi Priya,</p><div style=\"border-top:1px solid #ccc\">Your order A-1 shipped today.</div><p>Alex</p>")
        #expect(result.quoted == nil)
        #expect(result.body.string.contains("Your order A-1 shipped today."))
    }

    @Test func yahooQuoted() {
        let result = parts("""
        <div>Hi Priya, it shipped.</div><div class="yahoo_quoted"><div>On Friday, November 20, 2026, 10:04:00 AM GMT, Priya Nair &lt;priya@example.com&gt; wrote:</div>
        <div><br></div><div>Where is my kettle?</div></div>
        """)
        #expect(result.reply.trimmed == "Hi Priya, it shipped.")
        #expect(result.quoted?.trimmed == "Where is my kettle?")
        #expect(result.quotedHeaders.from == "Priya Nair <priya@example.com>")
    }

    @Test func plainBlockquoteAfterAnAttributionInTheText() {
        let result = parts("<p>Hi Priya, it shipped.</p><p>On Fri, 20 Nov 2026, Priya Nair wrote:</p><blockquote>Where is it?</blockquote>")
        #expect(result.reply.trimmed == "Hi Priya, it shipped.")
        #expect(result.quoted?.trimmed == "Where is it?")
        #expect(result.quotedHeaders.from == "Priya Nair")
    }

    @Test func interleavedBlockquotesLeaveTheAnswersInTheReply() {
        let result = parts("<blockquote>Where is it?</blockquote><p>It shipped today.</p><blockquote>Can I get a refund?</blockquote><p>Yes, done.</p>")
        #expect(result.reply.trimmed == "It shipped today.\n\nYes, done.")
        #expect(result.quoted?.trimmed == "Where is it?\n\nCan I get a refund?")
    }

    @Test func textLevelMarkersWorkAsInPlainText() {
        let original = parts("<div>Hi Priya, it shipped.</div><div>-----Original Message-----</div><div>From: Priya</div><div>Where is it?</div>")
        #expect(original.reply.trimmed == "Hi Priya, it shipped.")
        #expect(original.quoted?.trimmed.contains("Where is it?") == true)
        let iphone = parts("<div>Hi Priya, it shipped.</div><div><br></div><div>Sent from my iPhone</div>")
        #expect(iphone.reply.trimmed == "Hi Priya, it shipped.")
        #expect(iphone.signature?.trimmed == "Sent from my iPhone")
        let dashes = parts("<p>Hi Priya, it shipped.</p><p>-- <br>Alex<br>Acme Home</p>")
        #expect(dashes.reply.trimmed == "Hi Priya, it shipped.")
        #expect(dashes.signature?.trimmed.hasPrefix("--") == true)
    }

    @Test func quotedMessageOfAnHTMLDocumentServesAsIncoming() throws {
        let document = try HTMLFixture.document("""
        <p>Hi Priya, it shipped.</p><div class="gmail_quote"><div class="gmail_attr">On Fri, Nov 20, 2026 at 10:04 AM Priya &lt;p@example.com&gt; wrote:</div>
        <blockquote class="gmail_quote">Where is my kettle?</blockquote></div>
        """)
        let incoming = try #require(document.quotedMessage)
        #expect(incoming.body.string == "Where is my kettle?")
        let location = document.location(of: 0, in: try #require(document.quoted))
        #expect(location.line == 2)
        #expect(location.column == 33)
    }
}
