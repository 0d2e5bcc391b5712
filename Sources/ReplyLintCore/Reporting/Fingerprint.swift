// A finding's identity that survives edits elsewhere in the file: the rule, the
// excerpt with case and white space folded, and the path. Baselines and SARIF's
// partialFingerprints use it; line numbers are left out on purpose so moved text still matches.

public enum Fingerprint {
    public static func of(_ finding: Finding, path: String) -> String {
        of(rule: finding.rule, excerpt: finding.excerpt, path: path)
    }

    public static func of(rule: String, excerpt: String, path: String) -> String {
        var bytes = Array(rule.utf8)
        bytes.append(0)
        bytes += normalised(excerpt).utf8
        bytes.append(0)
        bytes += path.utf8
        // Two FNV-1a passes with different starting values: 128 bits, stable across runs and machines.
        return hex(fnv1a(bytes, basis: 0xcbf2_9ce4_8422_2325)) + hex(fnv1a(bytes, basis: 0x6c62_272e_07bb_0142))
    }

    /// Lower case, runs of white space as one space, none at either end.
    public static func normalised(_ excerpt: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in excerpt.lowercased() {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }

    private static func fnv1a(_ bytes: [UInt8], basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
