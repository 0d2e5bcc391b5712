// The tools replylint-mcp offers and their input schemas (JSON Schema), as tools/list shows them.
import MCP

enum ToolCatalog {
    static let formats: [Value] = ["txt", "html", "eml"]

    static var tools: [Tool] { [lint, tone, compose, explain] }

    static let lint = Tool(
        name: "lint",
        description: "Lint a customer-support reply draft. Give the draft as `text` (with `format`) or as a file `path`; "
            + "optionally the customer's message it answers (`incoming` text or `incoming_path`). Returns the "
            + "replylint JSON report (schema version 1): findings with rule, severity, message, line, column, excerpt.",
        inputSchema: object([
            "text": string("The draft itself. Give this or `path`."),
            "path": string("A draft file to read (txt, html or eml). Give this or `text`."),
            "format": .object(["type": "string", "enum": .array(formats),
                               "description": "How to read `text` (default txt), or override detection for `path`."]),
            "incoming": string("The customer's message this draft answers, as text."),
            "incoming_path": string("The customer's message this draft answers, as a file."),
            "sent_at": string("When the draft is (to be) sent, ISO 8601 (e.g. 2026-11-20T10:04:00Z)."),
            "template": .object(["type": "boolean", "description": "Template mode: well-formed template variables are allowed."]),
            "enable": stringList("Rule ids to switch on for this call."),
            "disable": stringList("Rule ids to switch off for this call."),
        ])
    )

    static let tone = Tool(
        name: "tone",
        description: "Tone of one message (upset, neutral or positive), its valence and intensity, and the cues that say so. "
            + "Give `text` (with `format`) or a file `path`.",
        inputSchema: object([
            "text": string("The message itself. Give this or `path`."),
            "path": string("A message file to read (txt, html or eml). Give this or `text`."),
            "format": .object(["type": "string", "enum": .array(formats), "description": "How to read the message (default: detected)."]),
        ])
    )

    static let compose = Tool(
        name: "compose",
        description: "Draft a reply to a customer's message: intent, facts, escalation, the reply text and the slots "
            + "still to fill. Returns the JSON of `replylint compose --format json`.",
        inputSchema: object([
            "incoming": string("The customer's message, as text. Give this or `incoming_path`."),
            "incoming_path": string("The customer's message, as a file. Give this or `incoming`."),
            "format": .object(["type": "string", "enum": .array(formats), "description": "How to read `incoming` text (default txt)."]),
            "slots": .object([
                "type": "object",
                "description": "Values for the reply's slots, by slot name (e.g. {\"tracking_number\": \"1Z999\"}).",
                "additionalProperties": .object(["type": "string"]),
            ]),
            "escalate_over": .object(["type": "number", "minimum": 0,
                                      "description": "Billing disputes above this amount escalate (default 100)."]),
        ])
    )

    static let explain = Tool(
        name: "explain",
        description: "Why a replylint rule exists, with its bad and good examples.",
        inputSchema: object(["rule": string("A rule id, e.g. generic-apology.")], required: ["rule"])
    )

    static func names(of tool: Tool) -> Set<String> {
        Set(tool.inputSchema.objectValue?["properties"]?.objectValue?.keys.map { $0 } ?? [])
    }

    private static func object(_ properties: [String: Value], required: [String] = []) -> Value {
        var schema: [String: Value] = [
            "type": "object",
            "properties": .object(properties),
            "additionalProperties": false,
        ]
        if !required.isEmpty { schema["required"] = .array(required.map { .string($0) }) }
        return .object(schema)
    }

    private static func string(_ description: String) -> Value {
        .object(["type": "string", "description": .string(description)])
    }

    private static func stringList(_ description: String) -> Value {
        .object(["type": "array", "items": .object(["type": "string"]), "description": .string(description)])
    }
}
