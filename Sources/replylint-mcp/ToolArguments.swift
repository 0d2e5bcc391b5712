// Typed reads of a tool call's arguments; anything wrong is a ToolError the client sees.
import MCP

/// A problem with one tool call, returned to the client as an MCP tool error (isError).
struct ToolError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

struct ToolArguments {
    let tool: String
    let values: [String: Value]

    /// Refuses arguments the tool does not define, so a misspelt name is not silently ignored.
    init(tool: String, values: [String: Value]?, allowed: Set<String>) throws(ToolError) {
        self.tool = tool
        self.values = values ?? [:]
        let unknown = self.values.keys.filter { !allowed.contains($0) }.sorted()
        if !unknown.isEmpty {
            throw ToolError("\(tool): unknown argument\(unknown.count == 1 ? "" : "s") "
                + unknown.map { "'\($0)'" }.joined(separator: ", ")
                + " (it takes " + allowed.sorted().joined(separator: ", ") + ")")
        }
    }

    func string(_ name: String) throws(ToolError) -> String? {
        guard let value = values[name], !value.isNull else { return nil }
        guard let text = value.stringValue else { throw ToolError("\(tool): '\(name)' must be a string") }
        return text
    }

    func requiredString(_ name: String) throws(ToolError) -> String {
        guard let text = try string(name) else { throw ToolError("\(tool): '\(name)' is required") }
        return text
    }

    func bool(_ name: String) throws(ToolError) -> Bool? {
        guard let value = values[name], !value.isNull else { return nil }
        guard let flag = value.boolValue else { throw ToolError("\(tool): '\(name)' must be true or false") }
        return flag
    }

    func number(_ name: String) throws(ToolError) -> Double? {
        guard let value = values[name], !value.isNull else { return nil }
        if let integer = value.intValue { return Double(integer) }
        guard let number = value.doubleValue, number.isFinite else { throw ToolError("\(tool): '\(name)' must be a number") }
        return number
    }

    func strings(_ name: String) throws(ToolError) -> [String] {
        guard let value = values[name], !value.isNull else { return [] }
        guard let items = value.arrayValue else { throw ToolError("\(tool): '\(name)' must be a list of strings") }
        var result: [String] = []
        for item in items {
            guard let text = item.stringValue else { throw ToolError("\(tool): '\(name)' must be a list of strings") }
            result.append(text)
        }
        return result
    }

    /// A JSON object whose values are all strings, e.g. compose's slot values.
    func stringMap(_ name: String) throws(ToolError) -> [String: String] {
        guard let value = values[name], !value.isNull else { return [:] }
        guard let object = value.objectValue else { throw ToolError("\(tool): '\(name)' must be an object of strings") }
        var result: [String: String] = [:]
        for (key, item) in object {
            guard let text = item.stringValue else { throw ToolError("\(tool): '\(name).\(key)' must be a string") }
            result[key] = text
        }
        return result
    }

    /// One of `choices`, or nil when absent.
    func choice(_ name: String, _ choices: [String]) throws(ToolError) -> String? {
        guard let text = try string(name) else { return nil }
        guard choices.contains(text) else {
            throw ToolError("\(tool): '\(name)' must be one of " + choices.joined(separator: ", ") + ", not '\(text)'")
        }
        return text
    }

    /// Exactly one of two alternative arguments: which one was given, and its value.
    func either(_ first: String, _ second: String) throws(ToolError) -> (String, String) {
        guard let given = try oneOf(first, second, required: true) else {
            throw ToolError("\(tool): give '\(first)' or '\(second)'")
        }
        return given
    }

    /// At most one of two alternative arguments (e.g. `text` or `path`).
    func oneOf(_ first: String, _ second: String, required: Bool) throws(ToolError) -> (String, String)? {
        let a = try string(first)
        let b = try string(second)
        switch (a, b) {
        case (.some, .some): throw ToolError("\(tool): give '\(first)' or '\(second)', not both")
        case (.some(let value), nil): return (first, value)
        case (nil, .some(let value)): return (second, value)
        case (nil, nil):
            if required { throw ToolError("\(tool): give '\(first)' (the text itself) or '\(second)' (a file to read)") }
            return nil
        }
    }
}
