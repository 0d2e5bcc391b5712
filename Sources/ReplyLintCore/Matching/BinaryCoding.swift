// A small binary format for plain arrays, used to keep a compiled phrase index on disk:
// each array is its element count then its raw bytes, and the whole ends with a checksum.
// Reading checks the checksum and every bound, so a damaged file is an error, never a crash.

enum Checksum {
    /// A fast 64-bit hash of `bytes`, eight bytes at a time.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0xC4CE_B9FE_1A85_EC53
            offset += 1
        }
        return hash ^ (hash >> 29)
    }
}

struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func integer(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func array<Element: BitwiseCopyable>(_ values: [Element]) {
        integer(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func strings(_ values: [String]) {
        integer(values.count)
        for value in values { array(Array(value.utf8)) }
    }

    /// The bytes written, followed by their checksum.
    func finished() -> [UInt8] {
        var result = bytes
        let sum = bytes.withUnsafeBytes { Checksum.of($0) }
        withUnsafeBytes(of: sum.littleEndian) { result.append(contentsOf: $0) }
        return result
    }
}

struct BinaryFormatError: Error {}

struct BinaryReader {
    private let bytes: [UInt8]
    /// Where reading stops (the checksum follows).
    private var end: Int
    private var offset = 0

    /// Reads bytes written by `BinaryWriter.finished()`; throws when the checksum is wrong.
    init(checked bytes: [UInt8]) throws(BinaryFormatError) {
        guard bytes.count >= 8 else { throw BinaryFormatError() }
        let body = bytes.count - 8
        let matches = bytes.withUnsafeBytes { raw in
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: body, as: UInt64.self))
                == Checksum.of(UnsafeRawBufferPointer(rebasing: raw[..<body]))
        }
        guard matches else { throw BinaryFormatError() }
        self.bytes = bytes
        self.end = body
    }

    /// A reader of `range` of bytes already checked (a part read later, on its own).
    init(unchecked bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        self.offset = max(0, min(range.lowerBound, bytes.count))
        self.end = max(offset, min(range.upperBound, bytes.count))
    }

    /// All the bytes read from (for `init(unchecked:range:)` later).
    var source: [UInt8] { bytes }

    var isAtEnd: Bool { offset == end }

    /// Where the next array of bytes is, skipped over unread.
    mutating func skipArray() throws(BinaryFormatError) -> Range<Int> {
        let count = try integer()
        guard count <= end - offset else { throw BinaryFormatError() }
        defer { offset += count }
        return offset..<offset + count
    }

    /// A count of things still to read, each taking at least eight bytes.
    mutating func count() throws(BinaryFormatError) -> Int {
        let count = try integer()
        guard count <= (end - offset) / 8 else { throw BinaryFormatError() }
        return count
    }

    mutating func integer() throws(BinaryFormatError) -> Int {
        let result = try signedInteger()
        guard result >= 0 else { throw BinaryFormatError() }
        return result
    }

    mutating func signedInteger() throws(BinaryFormatError) -> Int {
        guard end - offset >= 8 else { throw BinaryFormatError() }
        var value: Int64 = 0
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + 8]))
            }
        }
        offset += 8
        return Int(Int64(littleEndian: value))
    }

    mutating func array<Element: BitwiseCopyable>(of _: Element.Type) throws(BinaryFormatError) -> [Element] {
        let count = try integer()
        let stride = MemoryLayout<Element>.stride
        guard count <= (end - offset) / max(stride, 1) else { throw BinaryFormatError() }
        let length = count * stride
        let start = offset
        let result = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[start..<start + length]))
            }
            initialized = count
        }
        offset += length
        return result
    }

    mutating func strings() throws(BinaryFormatError) -> [String] {
        let count = try integer()
        guard count <= end - offset else { throw BinaryFormatError() }
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            result.append(String(decoding: try array(of: UInt8.self), as: UTF8.self))
        }
        return result
    }
}
