// `replylint tone --format json` (also the MCP `tone` tool): a message's tone, its
// strength and the cues that say so, each at its line and column.

public struct ToneReport {
    public let score: ToneScore
    public let document: Document

    public init(score: ToneScore, document: Document) {
        self.score = score
        self.document = document
    }

    public var json: String {
        var json = JSONWriter()
        json.beginObject()
        json.field("label", score.label.rawValue)
        json.field("valence", score.valence)
        json.field("intensity", score.intensity)
        json.beginArray("cues")
        for cue in score.cues {
            let location = document.location(of: cue.range.lowerBound, in: document.body)
            json.beginObject()
            json.field("cue", cue.cue)
            json.field("excerpt", cue.excerpt)
            json.field("line", location.line)
            json.field("column", location.column)
            json.field("weight", cue.weight)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.string
    }
}
