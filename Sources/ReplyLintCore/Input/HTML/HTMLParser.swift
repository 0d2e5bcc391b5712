// Drives libxml2's HTML parser (SAX, no tree) over UTF-8 bytes and reports elements and
// the byte ranges of text between them. libxml2 only finds the structure: the text itself
// is decoded from the source bytes by HTMLTextScanner, so every visible byte keeps its offset
// (libxml2's own line numbers stop at 65535). No entity, DTD or network is ever loaded: the
// SAX handler has no entity or subset callbacks and the options forbid the network.
import CLibXML2

/// What the parser reports, in document order.
protocol HTMLEventSink: AnyObject {
    /// An element opens; `tagStart` is the offset of its '<'. An `implied` element (html, body,
    /// or a p around text outside body) has no tag in the source.
    func start(name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, tagStart: Int, implied: Bool)
    func end(name: UnsafePointer<UInt8>, at offset: Int)
    /// Source bytes that hold character data (markup inside is skipped by the scanner).
    func text(_ range: Range<Int>)
}

enum HTMLParser {
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// Parses `bytes` (UTF-8) and reports to `sink`. Empty input reports nothing.
    static func parse(_ bytes: [UInt8], into sink: HTMLEventSink) {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return }
        guard let context = htmlNewParserCtxt() else { return }
        defer { htmlFreeParserCtxt(context) }
        let handler = UnsafeMutablePointer<htmlSAXHandler>.allocate(capacity: 1)
        handler.initialize(to: htmlSAXHandler())
        handler.pointee.startElement = { context, name, attributes in
            guard let state = State.of(context), let name else { return }
            state.startElement(name, attributes)
        }
        handler.pointee.endElement = { context, name in
            guard let state = State.of(context), let name else { return }
            state.endElement(name)
        }
        // libxml2 frees the context's handler with xmlFree (free) and installs this one.
        if let old = context.pointee.sax { free(old) }
        let raw = malloc(MemoryLayout<htmlSAXHandler>.size)!.bindMemory(to: htmlSAXHandler.self, capacity: 1)
        raw.initialize(to: handler.pointee)
        handler.deallocate()
        context.pointee.sax = raw
        let state = State(bytes: bytes, sink: sink)
        let retained = Unmanaged.passRetained(state)
        defer { retained.release() }
        context.pointee._private = retained.toOpaque()
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                if let document = htmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, "UTF-8", options) {
                    xmlFreeDoc(document)
                }
            }
        }
        state.finish()
    }

    /// Parser state reached from libxml2's callbacks through the context's `_private`.
    final class State {
        let bytes: [UInt8]
        unowned let sink: HTMLEventSink
        /// Where text not yet reported may start: just after the last markup libxml2 consumed.
        var pending = 0
        var contextPointer: htmlParserCtxtPtr?

        init(bytes: [UInt8], sink: HTMLEventSink) {
            self.bytes = bytes
            self.sink = sink
        }

        static func of(_ context: UnsafeMutableRawPointer?) -> State? {
            guard let context else { return nil }
            let parser = context.assumingMemoryBound(to: htmlParserCtxt.self)
            guard let raw = parser.pointee._private else { return nil }
            let state = Unmanaged<State>.fromOpaque(raw).takeUnretainedValue()
            state.contextPointer = parser
            return state
        }

        /// The byte offset of libxml2's read position in the input.
        var position: Int {
            guard let input = contextPointer?.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base else {
                return pending
            }
            let offset = cur - base + Int(input.pointee.consumed)
            return max(0, min(bytes.count, offset))
        }

        // Character data, comments, CDATA and the doctype get no callback: the source between
        // two element events is reported whole (the scanner skips what is not text), so
        // libxml2's chunking and its reading of odd markup do not matter.

        func startElement(_ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
            let here = position
            // Text up to the tag that libxml2 has read past (the tag itself is skipped by the scanner).
            let tagStart = lastTagOpen(before: here)
            if tagStart > pending { sink.text(pending..<tagStart) }
            // An element libxml2 implied leaves its read position inside the next tag or text.
            let end = afterTagClose(from: here)
            sink.start(name: name, attributes: attributes, tagStart: tagStart, implied: end == here)
            pending = max(pending, end > here ? end : tagStart)
        }

        func endElement(_ name: UnsafePointer<UInt8>) {
            let here = position
            let tagStart = lastTagOpen(before: here)
            if tagStart > pending { sink.text(pending..<tagStart) }
            // After "</p>" libxml2 stands past the tag; when it closes an element because
            // another tag opens, it stands inside that tag, which is left for the scanner.
            let explicit = tagStart + 1 < bytes.count && bytes[tagStart + 1] == UInt8(ascii: "/")
                && here > tagStart && bytes[here - 1] == UInt8(ascii: ">")
            pending = max(pending, explicit ? here : tagStart)
            sink.end(name: name, at: here)
        }

        func finish() {
            if pending < bytes.count { sink.text(pending..<bytes.count) }
            pending = bytes.count
        }

        /// The '<' that opens the tag libxml2 is at or just read (not before `pending`).
        private func lastTagOpen(before offset: Int) -> Int {
            var index = min(offset, bytes.count - 1)
            if index < pending { return pending }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "<") { return offset }
            while index >= pending {
                if bytes[index] == UInt8(ascii: "<") { return index }
                index -= 1
            }
            return offset
        }

        /// Just after the '>' that closes the tag at `offset` (libxml2 reports a start tag
        /// with its read position on that '>' or the '/' of '/>').
        private func afterTagClose(from offset: Int) -> Int {
            var index = offset
            if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: ">") { return index + 1 }
            return offset
        }
    }
}
