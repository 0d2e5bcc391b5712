// Reads the dates mail programs write (RFC 5322 Date headers, Outlook's "Sent:" lines,
// "On <date>, <name> wrote:" attributions) into an instant, and writes ISO 8601.
// A date without a zone is taken as UTC: Outlook and Gmail leave the zone out.

public enum MailDate {
    /// Seconds since 1970-01-01T00:00:00Z, or nil when the text is not a date this reads.
    public static func parse(_ text: String) -> Double? {
        var fields = Fields()
        let tokens = DateTokens.scan(Array(text.utf8))
        var index = 0
        while index < tokens.count {
            index = fields.take(tokens, at: index)
        }
        return fields.instant
    }

    /// "2026-11-20T10:04:00Z".
    public static func iso8601(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        var days = total / 86400
        var rest = total % 86400
        if rest < 0 {
            rest += 86400
            days -= 1
        }
        let (year, month, day) = civil(fromDays: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = year < 1000 ? String(repeating: "0", count: 4 - String(year).count) + String(year) : String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// What a date says, filled in token by token.
    struct Fields {
        var year: Int?
        var month: Int?
        var day: Int?
        var hour = 0, minute = 0, second = 0
        var sawTime = false
        var meridiem: Int?  // 0 am, 12 pm
        var zone: Int?      // seconds east of UTC
        var ambiguous = false

        /// Reads what starts at `index`; returns the index of the next unread token.
        mutating func take(_ tokens: [DateToken], at index: Int) -> Int {
            func number(_ offset: Int) -> (value: Int, digits: Int)? {
                guard index + offset < tokens.count, case .number(let value, let digits) = tokens[index + offset] else { return nil }
                return (value, digits)
            }
            func symbol(_ offset: Int) -> UInt8? {
                guard index + offset < tokens.count, case .symbol(let byte) = tokens[index + offset] else { return nil }
                return byte
            }
            switch tokens[index] {
            case .number(let value, let digits):
                // 10:04 or 10:04:59
                if symbol(1) == UInt8(ascii: ":"), let minutes = number(2), !sawTime {
                    hour = value
                    minute = minutes.value
                    sawTime = true
                    if symbol(3) == UInt8(ascii: ":"), let seconds = number(4) {
                        second = seconds.value
                        return index + 5
                    }
                    return index + 3
                }
                // 2011-03-01 (year first) or 20.11.2026 / 20/11/2026 (day or month first)
                if let separator = symbol(1), [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/")].contains(separator),
                   let second = number(2), symbol(3) == separator, let third = number(4) {
                    if digits == 4 {
                        year = value; month = second.value; day = third.value
                    } else if third.digits == 4 || third.digits == 2 {
                        let fullYear = third.digits == 4 ? third.value : 2000 + third.value
                        if separator == UInt8(ascii: ".") || value > 12 {
                            day = value; month = second.value; year = fullYear
                        } else if second.value > 12 {
                            month = value; day = second.value; year = fullYear
                        } else {
                            ambiguous = true  // 01/03/11: March 1st or January 3rd
                        }
                    }
                    return index + 5
                }
                if digits == 4, sawTime || year != nil, let sign = zoneSign(before: index, tokens) {
                    zone = sign * ((value / 100) * 3600 + (value % 100) * 60)
                } else if digits == 4, year == nil {
                    year = value
                } else if digits <= 2, value >= 1, value <= 31, day == nil {
                    day = value
                } else if digits == 2, year == nil, day != nil, month != nil {
                    year = 2000 + value
                }
                return index + 1
            case .word(let word):
                if let found = MailDate.months[word] {
                    month = found
                } else if word == "am" {
                    meridiem = 0
                } else if word == "pm" {
                    meridiem = 12
                } else if zone == nil, let offset = MailDate.zones[word] {
                    zone = offset
                }
                return index + 1
            case .symbol:
                return index + 1
            }
        }

        /// +0530 / -0800 after a time: the sign token just before the number.
        private func zoneSign(before index: Int, _ tokens: [DateToken]) -> Int? {
            guard index > 0, case .symbol(let byte) = tokens[index - 1] else { return nil }
            if byte == UInt8(ascii: "+") { return 1 }
            if byte == UInt8(ascii: "-") { return -1 }
            return nil
        }

        var instant: Double? {
            guard !ambiguous, let year, let month, let day, (1...12).contains(month), year >= 1900, year <= 2200,
                  day >= 1, day <= MailDate.daysInMonth(month, year: year) else { return nil }
            var hour = self.hour
            if let meridiem {
                guard hour >= 1, hour <= 12 else { return nil }
                hour = hour % 12 + meridiem
            }
            guard hour <= 23, minute <= 59, second <= 60 else { return nil }
            let days = MailDate.days(year: year, month: month, day: day)
            return Double(days * 86400 + hour * 3600 + minute * 60 + second - (zone ?? 0))
        }
    }

    /// Month names and abbreviations in the languages of the attribution lines we read.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["jan", "january", "janv", "janvier", "januar", "jänner", "ene", "enero", "januari", "gen", "gennaio", "janeiro"],
            ["feb", "february", "févr", "fevr", "février", "fevrier", "februar", "febrero", "februari", "febbraio", "fev", "fevereiro"],
            ["mar", "march", "mars", "märz", "mär", "mrz", "marzo", "maart", "mrt", "março", "marco"],
            ["apr", "april", "avr", "avril", "abr", "abril", "aprile"],
            ["may", "mai", "mayo", "mei", "maggio", "mag", "maio"],
            ["jun", "june", "juin", "juni", "junio", "giugno", "giu", "junho"],
            ["jul", "july", "juil", "juillet", "juli", "julio", "luglio", "lug", "julho"],
            ["aug", "august", "août", "aout", "ago", "agosto", "augustus"],
            ["sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"],
            ["oct", "october", "octobre", "okt", "oktober", "octubre", "ottobre", "ott", "out", "outubro"],
            ["nov", "november", "novembre", "noviembre", "novembro"],
            ["dec", "december", "déc", "décembre", "decembre", "dez", "dezember", "dic", "diciembre", "dicembre", "dezembro"],
        ]
        var table: [String: Int] = [:]
        for (index, list) in names.enumerated() {
            for name in list { table[name] = index + 1 }
        }
        return table
    }()

    static let zones: [String: Int] = [
        "z": 0, "ut": 0, "utc": 0, "gmt": 0,
        "est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600,
        "mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
        "bst": 3600, "cet": 3600, "cest": 7200, "met": 3600, "mest": 7200, "eet": 7200, "eest": 3 * 3600,
        "jst": 9 * 3600, "aest": 10 * 3600, "aedt": 11 * 3600,
    ]
}

enum DateToken {
    case number(Int, digits: Int)
    case word(String)
    case symbol(UInt8)
}

enum DateTokens {
    /// Numbers, words (lower-cased, dots inside or after them dropped: "p.m." → "pm",
    /// "Nov." → "nov") and single punctuation marks; blanks separate.
    static func scan(_ bytes: [UInt8]) -> [DateToken] {
        var tokens: [DateToken] = []
        var index = 0
        let count = min(bytes.count, 200)
        while index < count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                var value = 0
                var digits = 0
                while index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    if digits < 9 { value = value * 10 + Int(bytes[index] - 0x30) }
                    digits += 1
                    index += 1
                }
                tokens.append(.number(value, digits: digits))
            } else if LineText.isLetter(byte) {
                var word: [UInt8] = []
                while index < count {
                    let current = bytes[index]
                    if LineText.isLetter(current) || current >= 0x80 {
                        word.append(LineText.lower(current))
                    } else if current == UInt8(ascii: "."), index + 1 < count, LineText.isLetter(bytes[index + 1]) {
                        // inside "p.m."
                    } else {
                        break
                    }
                    index += 1
                }
                if index < count, bytes[index] == UInt8(ascii: ".") { index += 1 }
                tokens.append(.word(String(decoding: word, as: UTF8.self).lowercased()))
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else {
                tokens.append(.symbol(byte))
                index += 1
            }
        }
        return tokens
    }
}
