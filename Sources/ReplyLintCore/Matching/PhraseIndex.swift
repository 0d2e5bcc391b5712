// All phrases of all rules in one Aho-Corasick automaton over folded word ids:
// a text is matched against every phrase in a single pass over its tokens.

/// Which list a phrase belongs to (one rule may own several lists) and which entry of it.
public struct PhraseHit: Sendable, Hashable {
    public var list: Int32
    public var item: Int32
    /// Token range of the match, end exclusive.
    public var start: Int32
    public var end: Int32

    public var tokenRange: Range<Int> { Int(start)..<Int(end) }
}

public struct PhraseListID: Hashable, Sendable {
    public let raw: Int32
}

public struct PhraseIndex: Sendable {
    struct Phrase: Sendable {
        var list: Int32
        var item: Int32
        var segmentCount: Int32
    }

    /// The end of one segment of a phrase; its length is the depth of the node it ends at.
    struct Segment: Sendable, Equatable {
        var phrase: Int32
        var position: Int32
    }

    var vocabulary = ByteKeyTable()
    var phrases: [Phrase] = []
    /// Edges while the trie is built; dropped by `compile()`, which keeps `childLists`.
    var edges = EdgeTable(capacity: 0)
    var childLists = ChildLists()
    var failure: [Int32] = [0]
    /// Depth of each trie node: the length in tokens of a segment ending there.
    var depth: [Int32] = [0]
    /// Segments that end at each node (own outputs), kept only until `compile()`.
    var outputs: [[Segment]] = [[]]
    /// After `compile()`: the segments ending at node n are
    /// `outputSegments[outputStarts[n]..<outputStarts[n + 1]]`.
    var outputStarts: [Int32] = []
    var outputSegments: [Segment] = []
    /// The nearest node on the failure chain with outputs of its own, or -1.
    var outputLink: [Int32] = [-1]
    /// After `compile()`: the root's edges by word id (-1: none). Matching takes a root edge
    /// for most tokens, and a flat array spares it a probe into the edge table.
    var rootTargets: [Int32] = []
    /// Trie edges by node, kept only until `compile()`.
    var children: [[(word: Int32, node: Int32)]] = [[]]
    public internal(set) var listCount: Int32 = 0
    var listNames: [String] = []
    var compiled = false
    /// Set when this index was read back compiled (see PhraseIndexCache) and the rules
    /// are being built again: lists and phrases are then only counted and compared.
    var replay: Replay?

    struct Replay: Sendable {
        var lists: Int32 = 0
        var phrases = 0
        var mismatch = false
    }

    /// How many lists and phrases have been added (or replayed) so far.
    struct Position: Sendable, Equatable {
        var lists: Int32
        var phrases: Int
    }

    var position: Position {
        replay.map { Position(lists: $0.lists, phrases: $0.phrases) } ?? Position(lists: listCount, phrases: phrases.count)
    }

    /// Replays from `position` on, for data known to have been added there when the index was built.
    mutating func replay(from position: Position) {
        replay = Replay(lists: position.lists, phrases: position.phrases)
    }

    public init() {}

    /// A new, empty list of phrases; `name` is used in error messages.
    public mutating func addList(named name: String) -> PhraseListID {
        if var replay {
            let number = replay.lists
            replay.lists += 1
            if Int(number) >= listNames.count || listNames[Int(number)] != name { replay.mismatch = true }
            self.replay = replay
            return PhraseListID(raw: number)
        }
        precondition(!compiled, "phrases must be added before the index is compiled")
        listNames.append(name)
        listCount += 1
        return PhraseListID(raw: listCount - 1)
    }

    /// Adds every form of `pattern` to `list` as entry `item`. The pattern's tree is
    /// walked straight into the trie, so alternatives share their prefixes.
    public mutating func add(_ pattern: String, to list: PhraseListID, item: Int) throws(PhraseSyntaxError) {
        if var replay {
            let number = replay.phrases
            replay.phrases += 1
            if number >= phrases.count || phrases[number].list != list.raw || phrases[number].item != Int32(item) {
                replay.mismatch = true
            }
            self.replay = replay
            return
        }
        precondition(!compiled, "phrases must be added before the index is compiled")
        let segmentItems = try PhrasePattern.segments(of: pattern)
        let phraseNumber = Int32(phrases.count)
        phrases.append(Phrase(list: list.raw, item: Int32(item), segmentCount: Int32(segmentItems.count)))
        var budget = PhrasePattern.maximumForms
        for (position, items) in segmentItems.enumerated() {
            let segment = Segment(phrase: phraseNumber, position: Int32(position))
            try insert(intern(items)[...], from: 0, segment, &budget, pattern)
        }
    }

    /// A pattern item with its words replaced by vocabulary ids.
    indirect enum Step {
        case words([Int32])
        case group([[Step]], optional: Bool)
    }

    private mutating func intern(_ items: [PhrasePattern.Item]) -> [Step] {
        items.map { item in
            switch item {
            case .words(let words):
                return .words(words.map { vocabulary.insert(Array($0.utf8), value: Int32(vocabulary.count)) })
            case .group(let alternatives, let optional):
                return .group(alternatives.map { intern($0) }, optional: optional)
            case .gap:
                preconditionFailure("gaps are split off before insertion")
            }
        }
    }

    private mutating func insert(_ items: ArraySlice<Step>, from node: Int32, _ segment: Segment,
                                 _ budget: inout Int, _ pattern: String) throws(PhraseSyntaxError) {
        guard let first = items.first else {
            guard node != 0 else { throw PhraseSyntaxError(pattern: pattern, problem: "can match nothing at all") }
            budget -= 1
            guard budget >= 0 else {
                throw PhraseSyntaxError(pattern: pattern, problem: "stands for more than \(PhrasePattern.maximumForms) forms; split it")
            }
            if !outputs[Int(node)].contains(segment) { outputs[Int(node)].append(segment) }
            return
        }
        let rest = items.dropFirst()
        switch first {
        case .words(let words):
            var current = node
            for word in words { current = child(of: current, word) }
            try insert(rest, from: current, segment, &budget, pattern)
        case .group(let alternatives, let optional):
            for alternative in alternatives {
                try insert((alternative + rest)[...], from: node, segment, &budget, pattern)
            }
            if optional { try insert(rest, from: node, segment, &budget, pattern) }
        }
    }

    private mutating func child(of node: Int32, _ id: Int32) -> Int32 {
        let existing = edges.target(from: node, on: id)
        if existing >= 0 { return existing }
        let next = Int32(failure.count)
        failure.append(0)
        depth.append(depth[Int(node)] + 1)
        outputs.append([])
        outputLink.append(-1)
        children.append([])
        children[Int(node)].append((id, next))
        edges.set(from: node, on: id, to: next)
        return next
    }

    /// Bytes in the longest vocabulary word (folding never shortens ASCII); longer tokens skip the look-up.
    var longestWord = 0
    /// After `compile()`: the word id of each one-byte ASCII token (punctuation, "I", "a"; a
    /// fifth of all tokens), or -1, found without hashing.
    var singleByteWords: [Int32] = []

    /// Computes failure links; call once after the last `add`.
    public mutating func compile() {
        guard !compiled else { return }
        compiled = true
        longestWord = vocabulary.longestKey * 3
        // Breadth-first over the trie, so a node's failure target is done before it.
        defer {
            childLists = ChildLists(children)
            children = []
            edges = EdgeTable(capacity: 0)
            flattenOutputs()
            indexRoot()
        }
        var queue: [Int32] = []
        for (_, child) in children[0] {
            failure[Int(child)] = 0
            queue.append(child)
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (word, child) in children[Int(node)] {
                var fallback = failure[Int(node)]
                while fallback != 0 && edges.target(from: fallback, on: word) < 0 {
                    fallback = failure[Int(fallback)]
                }
                let target = edges.target(from: fallback, on: word)
                failure[Int(child)] = target >= 0 && target != child ? target : 0
                let suffix = failure[Int(child)]
                outputLink[Int(child)] = outputs[Int(suffix)].isEmpty ? outputLink[Int(suffix)] : suffix
                queue.append(child)
            }
        }
    }

    mutating func indexRoot() {
        rootTargets = childLists.rootTable(words: vocabulary.count)
        singleByteWords = (0..<128).map { vocabulary.value(for: [Folding.fold(ascii: UInt8($0))]) }
    }

    private mutating func flattenOutputs() {
        outputStarts = [0]
        outputStarts.reserveCapacity(outputs.count + 1)
        for segments in outputs {
            outputSegments += segments
            outputStarts.append(Int32(outputSegments.count))
        }
        outputs = []
    }

    @inline(__always)
    private func hasOutputs(_ node: Int32) -> Bool {
        outputStarts[Int(node)] != outputStarts[Int(node) + 1]
    }

    /// Every phrase match in `tokens` of `bytes`, in order of their end.
    public func match(_ tokens: [Token], in bytes: [UInt8]) -> [PhraseHit] {
        precondition(compiled, "compile() the index before matching")
        var hits: [PhraseHit] = []
        var pending: [Int64: (Int32, Int32)] = [:]
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        let folded = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(longestWord, 1))
        defer { folded.deallocate() }
        bytes.withUnsafeBufferPointer { text in
            tokens.withUnsafeBufferPointer { tokenBuffer in
                var state: Int32 = 0
                for index in 0..<tokenBuffer.count {
                    let token = tokenBuffer[index]
                    let word = wordID(token, text, folded, &scratch)
                    if word < 0 {
                        state = 0
                        continue
                    }
                    while true {
                        let next = state == 0 ? rootTargets[Int(word)] : childLists.target(from: state, on: word)
                        if next >= 0 {
                            state = next
                            break
                        }
                        if state == 0 { break }
                        state = failure[Int(state)]
                    }
                    guard state != 0 else { continue }
                    var node = hasOutputs(state) ? state : outputLink[Int(state)]
                    while node > 0 {
                        let start = Int32(index + 1) - depth[Int(node)]
                        for at in Int(outputStarts[Int(node)])..<Int(outputStarts[Int(node) + 1]) {
                            report(outputSegments[at], start: start, end: Int32(index + 1), tokenBuffer, text, &pending, &hits)
                        }
                        node = outputLink[Int(node)]
                    }
                }
            }
        }
        return hits
    }

    /// The vocabulary id of a token's folded form, or -1. ASCII tokens (nearly all) are
    /// folded into `folded`, which holds `longestWord` bytes; others go through `Folding`.
    @inline(__always)
    private func wordID(_ token: Token, _ text: UnsafeBufferPointer<UInt8>, _ folded: UnsafeMutableBufferPointer<UInt8>,
                        _ scratch: inout [UInt8]) -> Int32 {
        if token.kind == .url || token.kind == .email || token.length > longestWord { return -1 }
        if token.length == 1, text[Int(token.start)] < 0x80 { return singleByteWords[Int(text[Int(token.start)])] }
        var count = 0
        var hash = ByteKeyTable.hashStart
        for offset in token.range {
            let byte = text[offset]
            guard byte < 0x80 else {
                scratch.removeAll(keepingCapacity: true)
                Folding.fold(text, token.range, into: &scratch)
                return scratch.withUnsafeBufferPointer { vocabulary.value(for: $0) }
            }
            let lower = Folding.fold(ascii: byte)
            folded[count] = lower
            hash = ByteKeyTable.hashStep(hash, lower)
            count += 1
        }
        // Hashed while folded: one pass over the token.
        return vocabulary.value(for: UnsafeBufferPointer(rebasing: folded[0..<count]), hash: ByteKeyTable.hashEnd(hash))
    }

    private func report(
        _ segment: Segment, start: Int32, end: Int32, _ tokens: UnsafeBufferPointer<Token>,
        _ text: UnsafeBufferPointer<UInt8>, _ pending: inout [Int64: (Int32, Int32)], _ hits: inout [PhraseHit]
    ) {
        let phrase = phrases[Int(segment.phrase)]
        var phraseStart = start
        if segment.position > 0 {
            // A later segment counts only after the one before it, within the gap, in the same sentence.
            guard let (earlierStart, earlierEnd) = pending[key(segment.phrase, segment.position - 1)],
                  earlierEnd <= start, start - earlierEnd <= Int32(PhrasePattern.gapLength),
                  !(earlierEnd..<start).contains(where: { endsSentence(tokens[Int($0)], text) })
            else { return }
            phraseStart = earlierStart
        } else if !boundaryBefore(Int(start), tokens, text) {
            return
        }
        if segment.position + 1 < phrase.segmentCount {
            pending[key(segment.phrase, segment.position)] = (phraseStart, end)
            return
        }
        guard boundaryAfter(Int(end), tokens, text) else { return }
        hits.append(PhraseHit(list: phrase.list, item: phrase.item, start: phraseStart, end: end))
    }

    private func key(_ phrase: Int32, _ position: Int32) -> Int64 {
        Int64(phrase) << 8 | Int64(position)
    }

    private func endsSentence(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if token.flags.contains(.blankLineBefore) { return true }
        guard token.kind == .punctuation else { return false }
        let byte = text[Int(token.start)]
        return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// Characters that glue two words into one ("R&D", "U-turn", "@agent", "5/k").
    @inline(__always)
    static func isJoiner(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "&"), UInt8(ascii: "@"), UInt8(ascii: "_"),
             UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "\\"), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }

    private func boundaryBefore(_ start: Int, _ tokens: UnsafeBufferPointer<Token>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start > 0, !tokens[start].flags.contains(.spaceBefore) else { return true }
        let previous = tokens[start - 1]
        guard previous.kind == .punctuation || previous.kind == .symbol else { return previous.kind != .word && previous.kind != .number }
        let byte = text[Int(previous.end) - 1]
        if byte == UInt8(ascii: ".") { return false }
        if previous.length > 1 { return byte != 0x99 } // ’ glued before the word
        return !PhraseIndex.isJoiner(byte)
    }

    private func boundaryAfter(_ end: Int, _ tokens: UnsafeBufferPointer<Token>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end < tokens.count, !tokens[end].flags.contains(.spaceBefore) else { return true }
        let next = tokens[end]
        guard next.kind == .punctuation || next.kind == .symbol else { return next.kind != .word && next.kind != .number }
        let byte = text[Int(next.start)]
        if next.length > 1 { return true }
        if byte == UInt8(ascii: "'") {
            // "u'" closing a quotation is fine; "u'll" never reaches here (one token).
            return true
        }
        return !PhraseIndex.isJoiner(byte)
    }
}
