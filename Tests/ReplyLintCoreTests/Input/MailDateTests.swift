// The dates of Date headers, Outlook header blocks and attribution lines.
import Testing
@testable import ReplyLintCore

struct MailDateTests {
    @Test(arguments: [
        ("Thu, 09 Feb 2012 13:36:00 +0000", "2012-02-09T13:36:00Z"),
        ("Tue, 1 Mar 2011 18:02:00 +0530", "2011-03-01T12:32:00Z"),
        ("Mon, 2 Apr 2012 09:44:22 -0700 (PDT)", "2012-04-02T16:44:22Z"),
        ("2 Apr 2012 16:44 GMT", "2012-04-02T16:44:00Z"),
        ("Thursday, February 09, 2012 1:36 PM", "2012-02-09T13:36:00Z"),
        ("Friday, 23 March 2012 5:08 p.m.", "2012-03-23T17:08:00Z"),
        ("Friday, November 20, 2026 12:04 AM", "2026-11-20T00:04:00Z"),
        ("Tue, Apr 29, 2014 at 4:22 PM", "2014-04-29T16:22:00Z"),
        ("Aug 22, 2011, at 7:37 PM", "2011-08-22T19:37:00Z"),
        ("Tue, 2011-03-01 at 18:02 +0530", "2011-03-01T12:32:00Z"),
        ("20.11.2026 um 10:04", "2026-11-20T10:04:00Z"),
        ("ven. 20 nov. 2026 à 10:04", "2026-11-20T10:04:00Z"),
        ("Mon, 20 Nov 26 10:04:00 EST", "2026-11-20T15:04:00Z"),
        ("29 Feb 2024 23:59:59 +0000", "2024-02-29T23:59:59Z"),
    ])
    func parses(text: String, iso: String) {
        #expect(MailDate.parse(text).map(MailDate.iso8601) == iso)
    }

    @Test(arguments: ["01/03/11 7:07 PM", "30 Feb 2024 10:00", "Friday afternoon", "13:75 on 2 May 2020", "", "2026"])
    func refuses(text: String) {
        #expect(MailDate.parse(text) == nil)
    }

    @Test func formatsInstantsBeforeAndAfterTheEpoch() {
        #expect(MailDate.iso8601(0) == "1970-01-01T00:00:00Z")
        #expect(MailDate.iso8601(-1) == "1969-12-31T23:59:59Z")
        #expect(MailDate.iso8601(1_795_168_800) == "2026-11-20T10:00:00Z")
    }
}
