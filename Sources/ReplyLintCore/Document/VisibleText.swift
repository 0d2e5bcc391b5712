// Text as a reader sees it (UTF-8), with the map back to the file on disk.

public struct VisibleText: Sendable {
    public var bytes: [UInt8]
    public var map: SourceMap

    public init(bytes: [UInt8], map: SourceMap) {
        self.bytes = bytes
        self.map = map
    }

    public init(_ string: String) {
        self.init(bytes: Array(string.utf8), map: SourceMap())
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public func string(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<bytes.count)
        return String(decoding: bytes[clamped], as: UTF8.self)
    }

    public var isBlank: Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }
    }

    /// The part of this text in `range`, keeping the map.
    public func slice(_ range: Range<Int>) -> VisibleText {
        let clamped = range.clamped(to: 0..<bytes.count)
        return VisibleText(bytes: Array(bytes[clamped]), map: map.sliced(from: clamped.lowerBound))
    }
}

/// Builds a VisibleText piece by piece while recording where each piece came from.
public struct VisibleTextBuilder {
    public private(set) var bytes: [UInt8] = []
    public private(set) var map = SourceMap()

    public init() {}

    /// Appends bytes copied one for one from the source at `source`.
    public mutating func append<C: Collection>(copied: C, from source: Int) where C.Element == UInt8 {
        guard !copied.isEmpty else { return }
        map.add(visible: bytes.count, source: source, contiguous: true)
        bytes.append(contentsOf: copied)
    }

    /// Appends text that stands for the source bytes at `source` without copying them
    /// (a decoded entity or escape, a line break for a block element).
    public mutating func append<C: Collection>(standingFor source: Int, _ text: C) where C.Element == UInt8 {
        guard !text.isEmpty else { return }
        map.add(visible: bytes.count, source: source, contiguous: false)
        bytes.append(contentsOf: text)
    }

    public var last: UInt8? { bytes.last }

    public mutating func removeLast(_ count: Int) {
        bytes.removeLast(Swift.min(count, bytes.count))
    }

    public func build() -> VisibleText {
        VisibleText(bytes: bytes, map: map.isEmpty ? SourceMap() : map)
    }
}
