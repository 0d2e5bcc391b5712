// Strict ISO 8601 instants for the command line (--sent-at): "2026-11-20T10:04:00Z",
// "2026-11-20T11:04+01:00", "2026-11-20T10:04:00.5Z", "2026-11-20" (midnight UTC).
// Without a zone the time is taken as UTC, as MailDate does.

public enum ISO8601Date {
    /// Seconds since 1970, or nil when the text is not such an instant.
    public static func parse(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }
        func skip(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), skip(UInt8(ascii: "-")), let month = digits(2), skip(UInt8(ascii: "-")),
              let day = digits(2), (1...12).contains(month), day >= 1, day <= MailDate.daysInMonth(month, year: year) else { return nil }
        var seconds = Double(MailDate.days(year: year, month: month, day: day) * 86400)
        if index == bytes.count { return seconds }
        guard skip(UInt8(ascii: "T")) || skip(UInt8(ascii: "t")) || skip(UInt8(ascii: " ")),
              let hour = digits(2), hour <= 23, skip(UInt8(ascii: ":")), let minute = digits(2), minute <= 59 else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if skip(UInt8(ascii: ":")) {
            guard let second = digits(2), second <= 60 else { return nil }
            seconds += Double(second)
            if skip(UInt8(ascii: ".")) || skip(UInt8(ascii: ",")) {
                let start = index
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                guard index > start else { return nil }
            }
        }
        if index == bytes.count || skip(UInt8(ascii: "Z")) || skip(UInt8(ascii: "z")) {
            return index == bytes.count ? seconds : nil
        }
        let sign: Double
        if skip(UInt8(ascii: "+")) {
            sign = 1
        } else if skip(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let zoneHours = digits(2), zoneHours <= 23 else { return nil }
        _ = skip(UInt8(ascii: ":"))
        let zoneMinutes = index == bytes.count ? 0 : digits(2)
        guard let zoneMinutes, zoneMinutes <= 59, index == bytes.count else { return nil }
        return seconds - sign * Double(zoneHours * 3600 + zoneMinutes * 60)
    }
}
