// Drafts are read straight into memory: every byte as on disk, whatever the size, and
// the same from a pipe as from a file.
import Foundation
import Testing
@testable import ReplyLintCore

struct InputFileTests {
    private func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-input-\(UUID().uuidString).txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func pattern(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 251) }
    }

    @Test(arguments: [0, 1, 65_535, 65_536, 65_539, 300_001])
    func aFileIsReadByteForByte(count: Int) throws {
        let bytes = pattern(count)
        let path = try write(bytes)
        defer { unlink(path) }
        #expect(try InputFile.read(path) == bytes)
    }

    /// Files under /proc say they hold nothing but do: reading goes on to the real end.
    @Test func aFileThatReportsNoSizeIsReadToItsEnd() throws {
        let bytes = try InputFile.read("/proc/self/status")
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Name:"))
        #expect(bytes.last == 0x0A)
    }

    @Test func aPipeIsReadToItsEnd() throws {
        let bytes = pattern(200_000)
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let writer = Thread {
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = Glibc.write(writeEnd, raw.baseAddress! + offset, raw.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            close(writeEnd)
        }
        writer.start()
        let path = "/proc/self/fd/\(readEnd)"
        defer { close(readEnd) }
        #expect(try InputFile.read(path) == bytes)
    }

    @Test func aFileOverTheLimitIsRefusedBeforeReading() throws {
        let path = try write(pattern(2048))
        defer { unlink(path) }
        #expect(throws: InputError.self) { try InputFile.read(path, maximumSize: 1024) }
    }
}
