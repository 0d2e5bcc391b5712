// `replylint parse PATH`: shows the reply, signature, quoted message and headers replylint sees.
import ArgumentParser
import ReplyLintCore

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "Show what replylint sees in a file: reply, signature, quoted message, headers.")

    @Argument(help: "A draft or message (txt, html or eml), or - for standard input.")
    var path: String

    @Option(help: "Output format.")
    var format: ReportFormat = .text

    @Option(name: .customLong("input-format"), help: "Read the input as this format (txt, html or eml).")
    var inputFormat: InputFormat?

    func run() throws {
        let document: Document
        do {
            document = try DocumentReader.read(path: path, format: inputFormat)
        } catch {
            throw Failure(error.description)
        }
        let report = ParseReport(document)
        switch format {
        case .json: Output.write(report.json())
        case .text: Output.write(report.text())
        }
    }
}
