// `compose --format json`, exactly the shape of ../shared/CLI.md (fields may be added).
import Foundation
import ReplyLintCore

public enum ComposeJSON {
    public static func report(_ result: ComposeResult) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("intent", result.intent.rawValue)
        json.beginArray("intents")
        for score in result.intents {
            json.beginObject()
            json.field("intent", score.intent.rawValue)
            json.field("confidence", (score.confidence * 100).rounded() / 100)
            json.endObject()
        }
        json.endArray()
        json.field("escalate", result.escalation != nil)
        if let escalation = result.escalation {
            json.beginObject("escalation")
            json.field("reason", escalation.reason)
            json.field("message", "The customer \(escalation.say): hand this to a specialist")
            json.field("excerpt", escalation.excerpt)
            json.endObject()
        } else {
            json.null("escalation")
        }
        facts(result.facts, into: &json)
        json.beginObject("tone")
        json.field("label", result.tone.rawValue)
        json.endObject()
        json.field("template", result.template)
        json.field("reply", result.reply)
        json.beginArray("slots")
        for slot in result.slots {
            json.beginObject()
            json.field("name", slot.name)
            json.field("filled", slot.filled)
            json.field("describe", slot.describe)
            if let question = slot.question { json.field("question", question) }
            json.endObject()
        }
        json.endArray()
        json.beginArray("questions")
        for question in result.questions {
            json.beginObject()
            json.field("text", question.text)
            json.field("answered", question.answered)
            json.endObject()
        }
        json.endArray()
        json.beginArray("findings")
        for finding in result.findings { JSONReporter.write(finding, into: &json) }
        json.endArray()
        json.field("ready", result.isReady)
        json.endObject()
        return json.string + "\n"
    }

    private static func facts(_ facts: Facts, into json: inout JSONWriter) {
        json.beginObject("facts")
        json.field("name", facts.name?.first)
        json.field("order", facts.order)
        if let last = facts.name?.last { json.field("familyName", last) }
        if let source = facts.name?.source { json.field("nameSource", source.rawValue) }
        if let tracking = facts.tracking { json.field("tracking", tracking) }
        if let product = facts.product { json.field("product", product) }
        if !facts.amounts.isEmpty {
            json.beginArray("amounts")
            for amount in facts.amounts { json.field(nil, amount) }
            json.endArray()
        }
        if !facts.dates.isEmpty {
            json.beginArray("dates")
            for date in facts.dates { json.field(nil, date) }
            json.endArray()
        }
        json.endObject()
    }
}
