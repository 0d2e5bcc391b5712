// Progress of a long run on standard error: only on a terminal, only past a few
// hundred files, never with --quiet, so logs and pipes stay clean.

public struct Progress: Sendable {
    /// Runs with more files than this show progress.
    public static let threshold = 200

    public static func shown(files: Int, stderrIsTerminal: Bool, quiet: Bool) -> Bool {
        stderrIsTerminal && !quiet && files > threshold
    }

    /// The status line for `done` of `total` files, rewritten in place ("\r", erase to end of line).
    public static func line(done: Int, total: Int) -> String {
        let percent = total == 0 ? 100 : done * 100 / total
        return "\r\u{1B}[Klinting \(done)/\(total) files (\(percent)%)"
    }

    /// Erases the status line.
    public static let clear = "\r\u{1B}[K"
}
