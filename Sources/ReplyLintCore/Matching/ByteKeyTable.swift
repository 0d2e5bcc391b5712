// An open-addressing hash table from short byte strings to small integers, so a
// token can be looked up without making a String.

struct ByteKeyTable: Sendable {
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = []
    private var keyLengths: [Int32] = []
    private var values: [Int32] = []
    private var slots: [Int32] = []
    private var mask = 0

    init() {
        slots = [Int32](repeating: -1, count: 16)
        mask = 15
    }

    var count: Int { values.count }

    /// Whether every value is below `limit` and not negative (an index into a table of that size).
    func valuesAreBelow(_ limit: Int) -> Bool { values.allSatisfy { $0 >= 0 && Int($0) < limit } }

    /// Length in bytes of the longest key.
    var longestKey: Int { Int(keyLengths.max() ?? 0) }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The value stored for `key`, or -1.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int32 {
        var slot = ByteKeyTable.hash(key) & mask
        return keyBytes.withUnsafeBufferPointer { stored in
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { return -1 }
                if Int(keyLengths[entry]) == key.count {
                    let start = Int(keyStarts[entry])
                    var same = true
                    for offset in 0..<key.count where stored[start + offset] != key[offset] {
                        same = false
                        break
                    }
                    if same { return values[entry] }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    func value(for key: [UInt8]) -> Int32 {
        key.withUnsafeBufferPointer { value(for: $0) }
    }

    /// Stores `value` for `key` unless the key is already there; returns the stored value.
    @discardableResult
    mutating func insert(_ key: [UInt8], value newValue: Int32) -> Int32 {
        let existing = value(for: key)
        if existing >= 0 { return existing }
        if (values.count + 1) * 2 > slots.count { grow() }
        keyStarts.append(Int32(keyBytes.count))
        keyLengths.append(Int32(key.count))
        keyBytes.append(contentsOf: key)
        values.append(newValue)
        place(values.count - 1)
        return newValue
    }

    func write(to writer: inout BinaryWriter) {
        writer.array(keyBytes)
        writer.array(keyStarts)
        writer.array(keyLengths)
        writer.array(values)
        writer.array(slots)
    }

    init(reading reader: inout BinaryReader) throws(BinaryFormatError) {
        keyBytes = try reader.array(of: UInt8.self)
        keyStarts = try reader.array(of: Int32.self)
        keyLengths = try reader.array(of: Int32.self)
        values = try reader.array(of: Int32.self)
        slots = try reader.array(of: Int32.self)
        mask = slots.count - 1
        guard Self.isConsistent(keyBytes: keyBytes, starts: keyStarts, lengths: keyLengths, entries: values.count, slots: slots)
        else { throw BinaryFormatError() }
    }

    private static func isConsistent(keyBytes: [UInt8], starts: [Int32], lengths: [Int32], entries: Int, slots: [Int32]) -> Bool {
        guard slots.count.nonzeroBitCount == 1, starts.count == entries, lengths.count == entries,
              entries * 2 <= slots.count else { return false }
        var used = 0
        for slot in slots {
            guard slot >= -1, Int(slot) < entries else { return false }
            if slot >= 0 { used += 1 }
        }
        for entry in 0..<entries {
            let start = Int(starts[entry])
            let length = Int(lengths[entry])
            guard start >= 0, length >= 0, start + length <= keyBytes.count else { return false }
        }
        return used == entries
    }

    private mutating func place(_ entry: Int) {
        let start = Int(keyStarts[entry])
        let length = Int(keyLengths[entry])
        let hash = keyBytes.withUnsafeBufferPointer { stored in
            ByteKeyTable.hash(UnsafeBufferPointer(rebasing: stored[start..<start + length]))
        }
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for entry in values.indices { place(entry) }
    }
}

/// An open-addressing hash table from 64-bit keys to node numbers (the automaton's edges
/// while it is built; see ChildLists for the compiled form).
struct EdgeTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max

    init(capacity: Int = 8192) {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        keys = [UInt64](repeating: EdgeTable.empty, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: node)) << 32) | UInt64(UInt32(bitPattern: word))
    }

    @inline(__always)
    static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    @inline(__always)
    func target(from node: Int32, on word: Int32) -> Int32 {
        let key = EdgeTable.key(node, word)
        var slot = EdgeTable.slot(key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == EdgeTable.empty { return -1 }
            slot = (slot + 1) & mask
        }
    }

    mutating func set(from node: Int32, on word: Int32, to target: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = EdgeTable.key(node, word)
        var slot = EdgeTable.slot(key) & mask
        while keys[slot] != EdgeTable.empty && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == EdgeTable.empty { count += 1 }
        keys[slot] = key
        values[slot] = target
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: EdgeTable.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for index in oldKeys.indices where oldKeys[index] != EdgeTable.empty {
            set(from: Int32(truncatingIfNeeded: oldKeys[index] >> 32), on: Int32(truncatingIfNeeded: oldKeys[index] & 0xFFFF_FFFF), to: oldValues[index])
        }
    }
}
