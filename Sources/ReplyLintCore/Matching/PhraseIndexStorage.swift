// A compiled phrase index as bytes and back, so a run can skip building the automaton
// (the largest part of starting up) when the rules have not changed. Reading checks
// every number against the sizes it indexes: a damaged file is refused, never trusted.
// The file around it (magic, version, checksum) is PhraseIndexCache's.

extension PhraseIndex {
    func write(to writer: inout BinaryWriter) {
        precondition(compiled, "compile() the index before storing it")
        vocabulary.write(to: &writer)
        writer.array(phrases)
        writer.array(failure)
        childLists.write(to: &writer)
        writer.array(depth)
        writer.array(outputStarts)
        writer.array(outputSegments)
        writer.array(outputLink)
        writer.integer(Int(listCount))
        writer.strings(listNames)
        writer.integer(longestWord)
    }

    init(reading reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init()
        vocabulary = try ByteKeyTable(reading: &reader)
        phrases = try reader.array(of: Phrase.self)
        failure = try reader.array(of: Int32.self)
        let nodes = failure.count
        childLists = try ChildLists(reading: &reader, nodes: nodes, vocabulary: vocabulary.count)
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
        guard nodes > 0, depth.count == nodes, vocabulary.valuesAreBelow(vocabulary.count), outputLink.count == nodes,
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
        indexRoot()
        replay = Replay()
    }

    /// Ends a replay: true when the rules asked for exactly the lists and phrases stored.
    mutating func finishReplay() -> Bool {
        guard let replay else { return true }
        self.replay = nil
        return !replay.mismatch && replay.lists == listCount && replay.phrases == phrases.count
    }
}
