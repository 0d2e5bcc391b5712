// How each HTML element shows to a reader: its box (inline, line, paragraph), whether its
// content is never shown, and the few elements with a rendering of their own.

enum HTMLLayout: UInt8 {
    case inline
    /// Starts and ends on a line of its own (div, li, tr, td).
    case line
    /// Stands apart by a blank line (p, headings, lists, blockquote, pre).
    case paragraph
}

struct HTMLElement {
    var layout: HTMLLayout = .inline
    /// Content is never shown (script, style, head, template).
    var skipped = false
    var lineBreak = false
    var listItem = false
    var preformatted = false
    var blockquote = false

    static let inline = HTMLElement()

    static func named(_ name: UnsafePointer<UInt8>) -> HTMLElement {
        // Tag names are short; the table is keyed by the lower-case name libxml2 reports.
        var key = ""
        var index = 0
        while name[index] != 0, index < 16 {
            let byte = name[index]
            key.unicodeScalars.append(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte))
            index += 1
        }
        if name[index] != 0 { return .inline }
        return table[key] ?? .inline
    }

    private static let table: [String: HTMLElement] = {
        var table: [String: HTMLElement] = [:]
        for name in ["div", "li", "tr", "td", "th", "dt", "dd", "address", "article", "aside", "body", "center", "details",
                     "dialog", "dir", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html",
                     "legend", "main", "nav", "section", "summary", "caption", "tbody", "thead", "tfoot", "option", "menu"] {
            table[name] = HTMLElement(layout: .line)
        }
        for name in ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "pre", "blockquote", "listing", "xmp"] {
            table[name] = HTMLElement(layout: .paragraph)
        }
        for name in ["script", "style", "head", "title", "template", "xml", "noframes", "iframe", "object", "svg", "math",
                     "audio", "video", "canvas", "map", "datalist", "frameset"] {
            table[name] = HTMLElement(skipped: true)
        }
        table["br"] = HTMLElement(lineBreak: true)
        table["li"]?.listItem = true
        table["pre"]?.preformatted = true
        table["listing"]?.preformatted = true
        table["xmp"]?.preformatted = true
        table["textarea"] = HTMLElement(layout: .line, preformatted: true)
        table["blockquote"]?.blockquote = true
        return table
    }()
}
