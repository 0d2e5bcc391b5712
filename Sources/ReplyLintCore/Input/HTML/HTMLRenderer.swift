// Renders HTML as a reader sees it: blocks and <br> break lines, paragraphs stand apart,
// white space collapses, hidden and non-content elements are left out. Each piece of the
// text records its quote depth (0 = the reply) and every byte maps to the HTML source.
// Works on libxml2's SAX events with an explicit stack: no recursion over the tree's depth.

struct HTMLRenderer: HTMLTextScanner.Sink {
    /// One open element.
    private struct Frame {
        var element: HTMLElement
        /// Content is not shown (skipped or hidden element, here or above).
        var hidden: Bool
        var preformatted: Bool
        /// Blockquotes open here and above.
        var blockquotes: Int
        /// Quote depth of this element's text before the rest-of-message floor is added.
        var depth: Int
    }

    struct Output {
        var text: VisibleText
        /// Where each quote depth begins in `text`: (offset, depth), ascending.
        var depths: [(offset: Int, depth: Int)]
        /// Offset in `text` where a marked signature (div.gmail_signature) starts.
        var signatureStart: Int?
        /// Where the text of a box with a top border starts: Outlook's separator when a header block opens it.
        var borderTopStarts: [Int]
    }

    private let source: [UInt8]
    /// Elements by the name pointer libxml2 interns for each tag (one dictionary per parse).
    private var elements: [UnsafePointer<UInt8>: HTMLElement] = [:]
    private var builder = VisibleTextBuilder()
    private var stack: [Frame] = []
    private var depths: [(offset: Int, depth: Int)] = []
    /// Quote depth added to everything after an Outlook separator.
    private var floor = 0
    private var pendingBreaks = 0
    private var breakSource = 0
    private var pendingSpace: Int?
    private var trailingNewlines = 0
    private var signaturePending = false
    private var signatureStart: Int?
    /// An open border-top box whose first text has not come yet (index in `stack`).
    private var borderTopCandidate: Int?
    private var borderTopStarts: [Int] = []

    init(source: [UInt8]) {
        self.source = source
    }

    /// Renders `source` (UTF-8 HTML).
    static func render(_ source: [UInt8]) -> Output {
        let events = Events(HTMLRenderer(source: source))
        HTMLParser.parse(source, into: events)
        let renderer = events.renderer
        return Output(text: renderer.builder.build(), depths: renderer.depths, signatureStart: renderer.signatureStart,
                      borderTopStarts: renderer.borderTopStarts)
    }

    /// Receives libxml2's events; the renderer is a value inside it so that a whole text
    /// run is rendered in one access (no exclusivity check per word).
    private final class Events: HTMLEventSink {
        var renderer: HTMLRenderer

        init(_ renderer: HTMLRenderer) {
            self.renderer = renderer
        }

        func start(name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, tagStart: Int, implied: Bool) {
            renderer.start(name: name, attributes: attributes, tagStart: tagStart, implied: implied)
        }

        func end(name: UnsafePointer<UInt8>, at offset: Int) {
            renderer.end(at: offset)
        }

        func text(_ range: Range<Int>) {
            renderer.text(range)
        }
    }

    private var top: Frame {
        stack.last ?? Frame(element: .inline, hidden: false, preformatted: false, blockquotes: 0, depth: 0)
    }

    // MARK: Events

    mutating func start(name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, tagStart: Int, implied: Bool) {
        // Browsers do not wrap stray text in a paragraph as libxml2 does: an implied element has no box.
        var element = implied ? HTMLElement.inline : self.element(name)
        let parent = top
        let marks = HTMLMarks(attributes: attributes)
        // Outlook's paragraphs (p.MsoNormal) have no margins: they read as lines.
        if marks.compact, element.layout == .paragraph { element.layout = .line }
        var frame = Frame(element: element, hidden: parent.hidden || element.skipped || marks.hidden,
                          preformatted: parent.preformatted || element.preformatted, blockquotes: parent.blockquotes,
                          depth: parent.depth)
        // A quote container (div.gmail_quote) holds the attribution and the blockquote of one
        // message: both are one level deeper than what holds the container.
        if marks.quoteZone { frame.depth = max(frame.depth, frame.blockquotes + 1) }
        if element.blockquote {
            frame.blockquotes += 1
            frame.depth = max(frame.depth, frame.blockquotes)
        }
        if !frame.hidden {
            if marks.separator { floor += 1 }
            if marks.borderTop, borderTopCandidate == nil {
                borderTopCandidate = stack.count
            }
            if marks.signature, signatureStart == nil, frame.depth + floor == 0 { signaturePending = true }
            if element.layout != .inline { requestBreak(element.layout == .paragraph ? 2 : 1, at: tagStart) }
            if element.lineBreak { lineBreak(at: tagStart, depth: frame.depth + floor) }
            if element.listItem {
                prepare(depth: frame.depth + floor)
                builder.append(standingFor: tagStart, Array("- ".utf8))
                trailingNewlines = 0
            }
        }
        stack.append(frame)
    }

    private mutating func element(_ name: UnsafePointer<UInt8>) -> HTMLElement {
        if let known = elements[name] { return known }
        let element = HTMLElement.named(name)
        elements[name] = element
        return element
    }

    mutating func end(at offset: Int) {
        guard let frame = stack.popLast() else { return }
        if borderTopCandidate == stack.count { borderTopCandidate = nil }
        if !frame.hidden, frame.element.layout != .inline {
            requestBreak(frame.element.layout == .paragraph ? 2 : 1, at: offset)
        }
    }

    mutating func text(_ range: Range<Int>) {
        guard !top.hidden else { return }
        let source = self.source
        source.withUnsafeBufferPointer { bytes in
            HTMLTextScanner.scan(bytes, range, into: &self)
        }
    }

    // MARK: Output

    mutating func visible(_ range: Range<Int>) {
        prepare(depth: top.depth + floor)
        if borderTopCandidate != nil {
            // Whether a header block follows is decided on the rendered text (HTMLReplyLayout).
            borderTopCandidate = nil
            borderTopStarts.append(builder.bytes.count)
        }
        builder.append(copied: source[range], from: range.lowerBound)
        trailingNewlines = 0
    }

    mutating func whitespace(_ range: Range<Int>) {
        if top.preformatted {
            // Kept as written; line breaks count toward the blank lines a block asks for.
            prepare(depth: top.depth + floor)
            builder.append(copied: source[range], from: range.lowerBound)
            let bytes = source
            var index = range.upperBound - 1
            var newlines = 0
            while index >= range.lowerBound, bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x20 {
                if bytes[index] == 0x0A { newlines += 1 }
                index -= 1
            }
            trailingNewlines = index >= range.lowerBound ? newlines : trailingNewlines + newlines
            return
        }
        if builder.bytes.isEmpty || trailingNewlines > 0 || pendingBreaks > 0 { return }
        if pendingSpace == nil { pendingSpace = range.lowerBound }
    }

    mutating func decoded(_ scalar: Unicode.Scalar, at offset: Int) {
        // A no-break space shows as a space that does not collapse.
        let scalar: Unicode.Scalar = scalar == "\u{A0}" ? " " : scalar
        prepare(depth: top.depth + floor)
        builder.append(standingFor: offset, Array(String(scalar).utf8))
        trailingNewlines = scalar == "\n" ? 1 : 0
    }

    /// Writes what must stand before new text: the line breaks blocks asked for, or one
    /// collapsed space; records a change of quote depth and a marked signature's start.
    private mutating func prepare(depth: Int) {
        if pendingBreaks > 0 {
            if !builder.bytes.isEmpty, trailingNewlines < pendingBreaks {
                builder.append(standingFor: breakSource, [UInt8](repeating: 0x0A, count: pendingBreaks - trailingNewlines))
                trailingNewlines = pendingBreaks
            }
            pendingBreaks = 0
            pendingSpace = nil
        } else if let space = pendingSpace {
            pendingSpace = nil
            if trailingNewlines == 0, !builder.bytes.isEmpty {
                if source[space] == 0x20 {
                    builder.append(copied: CollectionOfOne(UInt8(0x20)), from: space)
                } else {
                    builder.append(standingFor: space, [0x20])
                }
            }
        }
        if depths.last?.depth != depth {
            if let last = depths.last, last.offset == builder.bytes.count {
                depths[depths.count - 1].depth = depth
            } else {
                depths.append((builder.bytes.count, depth))
            }
        }
        if signaturePending, depth == 0 {
            signaturePending = false
            signatureStart = builder.bytes.count
        }
    }

    private mutating func requestBreak(_ count: Int, at offset: Int) {
        pendingSpace = nil
        if count > pendingBreaks {
            pendingBreaks = count
            breakSource = offset
        }
    }

    private mutating func lineBreak(at offset: Int, depth: Int) {
        guard !builder.bytes.isEmpty else { return }
        prepare(depth: depth)
        builder.append(standingFor: offset, [0x0A])
        trailingNewlines += 1
    }
}
