// The reply templates (rules/templates/*.mustache), compiled once and rendered as plain
// text (HTML escaping is the html output's job). Values from the customer's message are
// data: Mustache never evaluates a variable's value as template syntax, and the values are
// stripped of control characters before they go in.
import Foundation
import Mustache
import ReplyLintCore

public struct TemplateRenderer: Sendable {
    let templates: [String: MustacheTemplate]
    /// Slot names (the `slot.NAME` variables) each template uses, in order of first use.
    let slotNames: [String: [String]]
    /// What to put in each slot (rules/compose/slots.yml).
    public let descriptions: [String: String]
    /// A stand-in value per slot, for judging which questions a reply answers.
    let samples: [String: String]

    static let folder = "rules/templates/"
    /// Written around a slot's name while rendering, so the composer can tell which slots
    /// a reply uses and fill them afterwards. Control characters never reach a value.
    static let marker: Character = "\u{1}"

    public init() throws(DataError) {
        var templates: [String: MustacheTemplate] = [:]
        var slotNames: [String: [String]] = [:]
        for file in RuleSet.embeddedFiles where file.path.hasPrefix(Self.folder) && file.path.hasSuffix(".mustache") {
            let name = String(file.path.dropFirst(Self.folder.count).dropLast(".mustache".count))
            do {
                templates[name] = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + file.contents)
            } catch {
                throw DataError(file: file.path, line: 1, column: 1, problem: "not a valid Mustache template: \(error)")
            }
            slotNames[name] = Self.slots(in: file.contents)
        }
        self.templates = templates
        self.slotNames = slotNames
        let node = try ComposeData.yaml("compose/slots.yml")
        try node.rejectUnknownKeys(["slots"], what: "the slot list")
        var descriptions: [String: String] = [:]
        var samples: [String: String] = [:]
        for (name, slot) in try node.required("slots").map() {
            try slot.rejectUnknownKeys(["describe", "sample"], what: "a slot")
            descriptions[name] = try slot.required("describe").string()
            samples[name] = try slot.required("sample").string()
        }
        for (template, names) in slotNames {
            for name in names where descriptions[name] == nil {
                throw DataError(file: Self.folder + template + ".mustache", line: 1, column: 1, problem: "slot '\(name)' is not described in rules/compose/slots.yml")
            }
        }
        self.descriptions = descriptions
        self.samples = samples
    }

    public var names: [String] { templates.keys.sorted() }

    /// The template's text with every `{{slot.NAME}}` written as a marked name.
    func render(_ name: String, _ values: [String: Any]) -> String {
        guard let template = templates[name] else { return "" }
        var context = values
        var slots: [String: String] = [:]
        for slot in slotNames.values.joined() { slots[slot] = "\(Self.marker)\(slot)\(Self.marker)" }
        context["slot"] = slots
        return template.render(context)
    }

    /// The names after "slot." in a template's source.
    static func slots(in source: String) -> [String] {
        var names: [String] = []
        var rest = Substring(source)
        while let found = rest.range(of: "slot.") {
            let name = rest[found.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty, !names.contains(String(name)) { names.append(String(name)) }
            rest = rest[found.upperBound...]
        }
        return names
    }

    /// Customer text made safe to put in a reply: one line, no control characters, short.
    static func value(_ text: String, limit: Int) -> String {
        let cleaned = text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : String($0) }.joined()
        let collapsed = cleaned.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.count <= limit ? collapsed : String(collapsed.prefix(limit - 1)) + "…"
    }
}
