// HTML as a reader sees it: blocks, breaks, lists, tables, entities, white space, and what is never shown.
import Testing
@testable import ReplyLintCore

struct HTMLRenderingTests {
    @Test func blocksAndBreaksMakeLinesAndParagraphsStandApart() {
        let html = "<div>Hi Priya,</div><p>Your kettle\n   shipped <b>today</b>.<br>It arrives Friday.</p><p>Thanks</p>"
        #expect(HTMLFixture.reply(html) == "Hi Priya,\n\nYour kettle shipped today.\nIt arrives Friday.\n\nThanks")
    }

    @Test func listItemsAndTableCellsAreOnLinesOfTheirOwn() {
        let html = "<p>Options:</p><ul><li>Refund</li><li>Replacement</li></ul><table><tr><td>Order</td><td>A-1</td></tr></table>"
        #expect(HTMLFixture.reply(html) == "Options:\n\n- Refund\n- Replacement\n\nOrder\nA-1")
    }

    @Test func entitiesAreDecoded() {
        let html = "<p>Caf&eacute; &amp; tea &mdash; it&#8217;s &#x2713; &lt;ok&gt;&nbsp;&nbsp;done &#150; &copy 2026</p>"
        #expect(HTMLFixture.reply(html) == "Café & tea — it’s ✓ <ok>  done – © 2026")
    }

    @Test func unknownEntitiesStayAsWritten() {
        #expect(HTMLFixture.reply("<p>Fish &chips; and R&D &order=5</p>") == "Fish &chips; and R&D &order=5")
    }

    @Test func whiteSpaceCollapsesAcrossInlineElementsButNotInPre() {
        #expect(HTMLFixture.reply("<p>  We <b> are </b>\n\t here  </p>") == "We are here")
        #expect(HTMLFixture.reply("<pre>line one\n  indented</pre>") == "line one\n  indented")
    }

    @Test func scriptsStylesHeadAndTemplatesAreNotShown() {
        let html = """
        <html><head><title>lol</title><style>p { color: red }</style><script>var u = "gonna";</script></head>
        <body><template><p>btw</p></template><p>We shipped it.</p><script>if (a < b) { lol() }</script></body></html>
        """
        #expect(HTMLFixture.reply(html) == "We shipped it.")
    }

    @Test func hiddenElementsAndPreheadersAreNotShown() {
        let html = """
        <div style="display:none;max-height:0px;overflow:hidden">lol preheader</div>
        <span style="font-size:0px; line-height:0">btw one</span><span style="VISIBILITY: hidden">thx two</span>
        <div hidden>pls three</div><p style="opacity:0">np four</p><div style="mso-hide:all">u five</div>
        <p style="font-size:0.9em; opacity:0.8">We shipped it.</p>
        """
        #expect(HTMLFixture.reply(html) == "We shipped it.")
    }

    @Test func commentsAndConditionalCommentsAreNotShown() {
        let html = "<p>We<!-- lol --> shipped<!--[if mso]><p>gonna</p><![endif]--> it.</p>"
        #expect(HTMLFixture.reply(html) == "We shipped it.")
    }

    @Test func aFragmentWithoutHtmlOrBodyRenders() {
        #expect(HTMLFixture.reply("Hi Priya,<br><br>It shipped.") == "Hi Priya,\n\nIt shipped.")
    }
}
