// `compose --format html`: the reply as a simple e-mail body, every character of text escaped.

public enum ComposeHTML {
    public static func report(_ result: ComposeResult) -> String {
        let paragraphs = result.reply.trimmingWhitespace.split(separator: "\n\n").map { paragraph in
            "<p>" + paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br>\n") + "</p>"
        }
        return "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"></head>\n<body>\n"
            + paragraphs.joined(separator: "\n") + "\n</body>\n</html>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
