// An open-addressing hash table from short byte strings to small integers, so a
// token can be looked up without making a String.

struct ByteKeyTable: Sendable {
    /// Where an entry's key is in `keyBytes`, and its value: read together, in one cache line.
    struct Entry: BitwiseCopyable, Sendable {
        var start: Int32
        var length: Int32
        var value: Int32
    }

    private var keyBytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Each slot is empty (`emptySlot`) or holds the upper half of its key's hash above the
    /// entry number: a lookup of a word that is not there (most words of a draft) is
    /// nearly always answered from the slot alone, without reading the entry or the key.
    private var slots: [UInt64] = []
    private var mask = 0
    private static let emptySlot = UInt64.max

    init() {
        slots = [UInt64](repeating: Self.emptySlot, count: 16)
        mask = 15
    }

    var count: Int { entries.count }

    /// Whether every value is below `limit` and not negative (an index into a table of that size).
    func valuesAreBelow(_ limit: Int) -> Bool { entries.allSatisfy { $0.value >= 0 && Int($0.value) < limit } }

    /// Length in bytes of the longest key.
    var longestKey: Int { Int(entries.lazy.map(\.length).max() ?? 0) }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = hashStart
        for byte in bytes { hash = hashStep(hash, byte) }
        return hashEnd(hash)
    }

    /// `hash` a byte at a time, for a caller that makes the key byte by byte (FNV-1a, then
    /// a final mix).
    static let hashStart: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    @inline(__always)
    static func hashEnd(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The upper half of a hash, as stored in a slot.
    @inline(__always)
    private static func fingerprint(_ hash: Int) -> UInt64 {
        UInt64(UInt(bitPattern: hash)) & 0xFFFF_FFFF_0000_0000
    }

    /// The value stored for `key`, or -1.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int32 {
        value(for: key, hash: ByteKeyTable.hash(key))
    }

    /// The value stored for `key`, whose `hash` the caller worked out, or -1.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32 {
        let print = Self.fingerprint(hash)
        var slot = hash & mask
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                keyBytes.withUnsafeBufferPointer { stored in
                    while true {
                        let content = slots[slot]
                        if content == Self.emptySlot { return -1 }
                        if content & 0xFFFF_FFFF_0000_0000 == print {
                            let entry = entries[Int(content & 0xFFFF_FFFF)]
                            if Int(entry.length) == key.count {
                                let start = Int(entry.start)
                                var same = true
                                for offset in 0..<key.count where stored[start + offset] != key[offset] {
                                    same = false
                                    break
                                }
                                if same { return entry.value }
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
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
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(start: Int32(keyBytes.count), length: Int32(key.count), value: newValue))
        keyBytes.append(contentsOf: key)
        place(entries.count - 1)
        return newValue
    }

    func write(to writer: inout BinaryWriter) {
        writer.array(keyBytes)
        writer.array(entries)
        writer.array(slots)
    }

    init(reading reader: inout BinaryReader) throws(BinaryFormatError) {
        keyBytes = try reader.array(of: UInt8.self)
        entries = try reader.array(of: Entry.self)
        slots = try reader.array(of: UInt64.self)
        mask = slots.count - 1
        guard Self.isConsistent(keyBytes: keyBytes, entries: entries, slots: slots) else { throw BinaryFormatError() }
    }

    private static func isConsistent(keyBytes: [UInt8], entries: [Entry], slots: [UInt64]) -> Bool {
        guard slots.count.nonzeroBitCount == 1, entries.count * 2 <= slots.count else { return false }
        var used = 0
        for slot in slots where slot != emptySlot {
            guard Int(slot & 0xFFFF_FFFF) < entries.count else { return false }
            used += 1
        }
        for entry in entries {
            let start = Int(entry.start)
            let length = Int(entry.length)
            guard start >= 0, length >= 0, start + length <= keyBytes.count else { return false }
        }
        return used == entries.count
    }

    private mutating func place(_ entry: Int) {
        let start = Int(entries[entry].start)
        let length = Int(entries[entry].length)
        let hash = keyBytes.withUnsafeBufferPointer { stored in
            ByteKeyTable.hash(UnsafeBufferPointer(rebasing: stored[start..<start + length]))
        }
        var slot = hash & mask
        while slots[slot] != Self.emptySlot { slot = (slot + 1) & mask }
        slots[slot] = Self.fingerprint(hash) | UInt64(entry)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: Self.emptySlot, count: slots.count * 2)
        mask = slots.count - 1
        for entry in entries.indices { place(entry) }
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
