// `replylint compose --incoming MSG`: a reply to the customer's message, with named slots
// for what only the agent knows. Exit 0 when it is ready to send, 1 while a slot is open
// or the reply has findings, 2 on bad input.
import ArgumentParser
import ReplyLintCompose
import ReplyLintCore

struct Compose: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Draft a reply to a customer's message; fill what only you know with --set."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    @Option(help: "The customer's message (txt, html or eml), or - for standard input.")
    var incoming: String

    @Option(name: .customLong("set"), help: "Fill a slot: NAME=VALUE (repeatable).")
    var set: [String] = []

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(name: .customLong("escalate-over"), help: "Billing disputes above this amount escalate (default 100).")
    var escalateOver: Double?

    @Option(name: .customLong("input-format"), help: "Read the message as this format (txt, html or eml).")
    var inputFormat: InputFormat?

    func run() throws {
        var values: [String: String] = [:]
        for item in set {
            guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
                throw Failure("--set \(item): expected NAME=VALUE")
            }
            values[String(item[..<equals])] = String(item[item.index(after: equals)...])
        }
        let message: Document
        do {
            message = try DocumentReader.read(path: incoming, format: inputFormat).customerMessage
        } catch {
            throw Failure(error.description)
        }
        let composer: Composer
        do {
            composer = try Composer(rules: try loadRules([]))
        } catch let error as DataError {
            throw Failure(error.description)
        }
        let result = composer.compose(message, values: values, escalationThreshold: escalateOver)
        let known = Set(result.slots.map(\.name))
        for name in values.keys.sorted() where !known.contains(name) {
            let list = result.slots.isEmpty ? "none" : result.slots.map(\.name).joined(separator: ", ")
            throw Failure("--set \(name): this reply has no slot '\(name)' (its slots: \(list))")
        }
        switch format {
        case .text: Output.write(ComposeText.report(result))
        case .json: Output.write(ComposeJSON.report(result))
        case .html:
            Output.write(ComposeHTML.report(result))
            if !result.unfilledSlots.isEmpty {
                Output.error("\(incoming): slots to fill: \(result.unfilledSlots.map(\.name).joined(separator: ", "))")
            }
        }
        throw ExitCode(result.isReady ? 0 : 1)
    }
}
