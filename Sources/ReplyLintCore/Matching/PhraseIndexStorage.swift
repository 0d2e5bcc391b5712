// A compiled phrase index as bytes and back, so a run can skip building the automaton
// (the largest part of starting up) when the rules have not changed. Reading checks
// every number against the sizes it indexes: a damaged file is refused, never trusted.

extension PhraseIndex {
    static let storageMagic = Array("RLPHRASE".utf8)
    static let storageVersion = 1

    /// The compiled index as bytes.
    func stored() -> [UInt8] {
        precondition(compiled, "compile() the index before storing it")
        var writer = BinaryWriter()
        writer.array(Self.storageMagic)
        writer.integer(Self.storageVersion)
        vocabulary.write(to: &writer)
        writer.array(phrases)
        writer.array(failure)
        edges.write(to: &writer)
        writer.array(depth)
        writer.array(outputStarts)
        writer.array(outputSegments)
        writer.array(outputLink)
        writer.integer(Int(listCount))
        writer.strings(listNames)
        writer.integer(longestWord)
        return writer.finished()
    }

    /// An index read back from `stored()`, ready to replay the rule files that built it.
    init(stored bytes: [UInt8]) throws(BinaryFormatError) {
        var reader = try BinaryReader(checked: bytes)
        guard try reader.array(of: UInt8.self) == Self.storageMagic,
              try reader.integer() == Self.storageVersion else { throw BinaryFormatError() }
        self.init()
        vocabulary = try ByteKeyTable(reading: &reader)
        phrases = try reader.array(of: Phrase.self)
        failure = try reader.array(of: Int32.self)
        let nodes = failure.count
        edges = try EdgeTable(reading: &reader, nodes: nodes)
        depth = try reader.array(of: Int32.self)
        outputStarts = try reader.array(of: Int32.self)
        outputSegments = try reader.array(of: Segment.self)
        outputLink = try reader.array(of: Int32.self)
        listCount = Int32(clamping: try reader.integer())
        listNames = try reader.strings()
        longestWord = try reader.integer()
        outputs = []
        children = []
        compiled = true
        guard reader.isAtEnd, nodes > 0, depth.count == nodes, outputLink.count == nodes,
              outputStarts.count == nodes + 1, outputStarts.first == 0,
              Int(outputStarts[nodes]) == outputSegments.count,
              zip(outputStarts, outputStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
              failure.allSatisfy({ $0 >= 0 && Int($0) < nodes }),
              outputLink.allSatisfy({ $0 >= -1 && Int($0) < nodes }),
              depth.allSatisfy({ $0 >= 0 }),
              listNames.count == Int(listCount),
              phrases.allSatisfy({ $0.list >= 0 && $0.list < listCount && $0.segmentCount > 0 }),
              outputSegments.allSatisfy({ $0.phrase >= 0 && Int($0.phrase) < phrases.count && $0.position >= 0
                  && $0.position < phrases[Int($0.phrase)].segmentCount })
        else { throw BinaryFormatError() }
        replay = Replay()
    }

    /// Ends a replay: true when the rules asked for exactly the lists and phrases stored.
    mutating func finishReplay() -> Bool {
        guard let replay else { return true }
        self.replay = nil
        return !replay.mismatch && replay.lists == listCount && replay.phrases == phrases.count
    }
}
