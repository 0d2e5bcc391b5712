// `replylint tone PATH`: how one message sounds (upset, neutral or positive), how
// strongly, and the cues that say so.
import ArgumentParser
import ReplyLintCore

struct Tone: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tone", abstract: "Tone of one message: upset, neutral or positive, and why.")

    @Argument(help: "The message: a file (txt, html or eml), or - for standard input.")
    var path: String

    @Option(help: "Output format.")
    var format: ReportFormat = .text

    @Option(name: .customLong("input-format"), help: "Read the input as this format (txt, html or eml).")
    var inputFormat: InputFormat?

    func run() throws {
        let rules = try loadRules([])
        let document: Document
        do {
            document = try DocumentReader.read(path: path, format: inputFormat)
        } catch {
            throw Failure(error.description)
        }
        let score = ToneAnalyzer(rules.lexicons.tone).score(AnalyzedDocument(document, phrases: rules.phrases))
        switch format {
        case .json: Output.write(ToneReport(score: score, document: document).json)
        case .text: Output.write(text(score, document))
        }
    }

    private func text(_ score: ToneScore, _ document: Document) -> String {
        var out = "\(document.path): \(score.label.rawValue) (valence \(JSONWriter.number(score.valence)), "
            + "intensity \(JSONWriter.number(score.intensity)))\n"
        if score.cues.isEmpty { return out + "  no tone cues\n" }
        let rows = score.cues.map { cue -> (String, String, String, String) in
            let location = document.location(of: cue.range.lowerBound, in: document.body)
            let sign = cue.weight > 0 ? "+" : ""
            return ("\(location.line):\(location.column)", cue.cue, sign + JSONWriter.number(cue.weight), cue.excerpt)
        }
        let widths = (rows.map(\.0.count).max() ?? 0, rows.map(\.1.count).max() ?? 0, rows.map(\.2.count).max() ?? 0)
        for (place, cue, weight, excerpt) in rows {
            out += "  " + pad(place, widths.0) + "  " + pad(cue, widths.1) + "  " + pad(weight, widths.2) + "  " + excerpt + "\n"
        }
        return out
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
