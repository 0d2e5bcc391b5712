// The compiled automaton's edges by node: node n's children are `words[starts[n]..<starts[n+1]]`,
// sorted, with their targets at the same places. Most nodes have one to three children, so a
// look-up reads one short contiguous run (a cache line or two) where the build-time hash table
// (EdgeTable, 800 KB) cost a cache miss per probe; it is also half the size on disk.

struct ChildLists: Sendable {
    private(set) var starts: [Int32] = [0]
    private(set) var words: [Int32] = []
    private(set) var targets: [Int32] = []

    init() {}

    /// From the trie's children lists as built: `children[n]` holds (word, child) pairs.
    init(_ children: [[(word: Int32, node: Int32)]]) {
        starts = [0]
        starts.reserveCapacity(children.count + 1)
        let total = children.reduce(0) { $0 + $1.count }
        words.reserveCapacity(total)
        targets.reserveCapacity(total)
        for list in children {
            for (word, node) in list.sorted(by: { $0.word < $1.word }) {
                words.append(word)
                targets.append(node)
            }
            starts.append(Int32(words.count))
        }
    }

    /// The child of `node` on `word`, or -1.
    @inline(__always)
    func target(from node: Int32, on word: Int32) -> Int32 {
        var low = Int(starts[Int(node)])
        var high = Int(starts[Int(node) + 1])
        // A short run is scanned; a long one (a node many phrases share) is bisected down to
        // one that still holds the first word not below `word`.
        while high - low > 8 {
            let middle = (low + high) / 2
            if words[middle] < word { low = middle + 1 } else { high = middle + 1 }
        }
        while low < high {
            if words[low] == word { return targets[low] }
            low += 1
        }
        return -1
    }

    /// The root's children as a table indexed by word (-1: none), for `words` word ids.
    func rootTable(words count: Int) -> [Int32] {
        var table = [Int32](repeating: -1, count: count)
        for index in Int(starts[0])..<Int(starts[1]) { table[Int(words[index])] = targets[index] }
        return table
    }

    func write(to writer: inout BinaryWriter) {
        writer.array(starts)
        writer.array(words)
        writer.array(targets)
    }

    /// Reads lists written by `write(to:)` for an automaton of `nodes` nodes over `vocabulary` words.
    init(reading reader: inout BinaryReader, nodes: Int, vocabulary: Int) throws(BinaryFormatError) {
        starts = try reader.array(of: Int32.self)
        words = try reader.array(of: Int32.self)
        targets = try reader.array(of: Int32.self)
        guard starts.count == nodes + 1, starts.first == 0, Int(starts[nodes]) == words.count, words.count == targets.count,
              zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
              words.allSatisfy({ $0 >= 0 && Int($0) < vocabulary }),
              targets.allSatisfy({ $0 > 0 && Int($0) < nodes })
        else { throw BinaryFormatError() }
    }
}
