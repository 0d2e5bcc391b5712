// A small JSON writer that keeps fields in the order the contract shows them.

public struct JSONWriter {
    public private(set) var output: [UInt8] = []
    private var needsComma: [Bool] = [false]
    private let pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
        output.reserveCapacity(4096)
    }

    public var string: String { String(decoding: output, as: UTF8.self) }

    public mutating func beginObject(_ key: String? = nil) { open(key, UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray(_ key: String? = nil) { open(key, UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    public mutating func field(_ key: String?, _ value: String?) {
        separate(key)
        if let value { quote(value) } else { raw("null") }
    }

    public mutating func field(_ key: String?, _ value: Int) {
        separate(key)
        raw(String(value))
    }

    public mutating func field(_ key: String?, _ value: Double) {
        separate(key)
        raw(value.isFinite ? Self.number(value) : "null")
    }

    public mutating func field(_ key: String?, _ value: Bool) {
        separate(key)
        raw(value ? "true" : "false")
    }

    public mutating func null(_ key: String?) {
        separate(key)
        raw("null")
    }

    /// Two decimals at most, no trailing zeros: 0.7, -0.25, 1.
    public static func number(_ value: Double) -> String {
        let scaled = (value * 100).rounded()
        let whole = Int(scaled) / 100
        let fraction = abs(Int(scaled)) % 100
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return "\(sign)\(whole)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(sign)\(whole).\(digits)"
    }

    private mutating func open(_ key: String?, _ bracket: UInt8) {
        separate(key)
        output.append(bracket)
        needsComma.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadItems = needsComma.removeLast()
        if hadItems { newline() }
        output.append(bracket)
        if needsComma.count == 1 && pretty { output.append(0x0A) }
    }

    private mutating func separate(_ key: String?) {
        if needsComma[needsComma.count - 1] { output.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        if needsComma.count > 1 { newline() }
        if let key {
            quote(key)
            output.append(UInt8(ascii: ":"))
            if pretty { output.append(0x20) }
        }
    }

    private mutating func newline() {
        guard pretty else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(0x20, count: 2 * (needsComma.count - 1)))
    }

    private mutating func raw(_ text: String) { output.append(contentsOf: text.utf8) }

    private mutating func quote(_ text: String) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
