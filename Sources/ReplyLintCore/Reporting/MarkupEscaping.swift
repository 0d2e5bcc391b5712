// Escaping for XML and HTML reports: markup characters become entities, and the
// characters XML 1.0 forbids (most C0 controls) become U+FFFD so the report stays well formed.

public enum MarkupEscaping {
    /// Text content of an element.
    public static func text(_ value: String) -> String { escape(value, attribute: false) }

    /// The value of an attribute written in double quotes; line breaks and tabs stay
    /// line breaks and tabs (attribute normalisation would otherwise turn them into spaces).
    public static func attribute(_ value: String) -> String { escape(value, attribute: true) }

    private static func escape(_ value: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count + 16)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += attribute ? "&quot;" : "\""
            case "'": out += attribute ? "&apos;" : "'"
            case "\n": out += attribute ? "&#10;" : "\n"
            case "\r": out += "&#13;"
            case "\t": out += attribute ? "&#9;" : "\t"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
