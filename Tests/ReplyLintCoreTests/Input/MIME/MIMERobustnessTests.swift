// Cut and damaged messages: every prefix of every .eml fixture, and bytes flipped in them,
// either read (with every visible byte mapped inside the file's text) or refused with an
// InputError; never a crash or a position outside the file.
import Foundation
import Testing
@testable import ReplyLintCore

struct MIMERobustnessTests {
    static let fixtures: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures/eml")
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []
        return names.filter { $0.hasSuffix(".eml") }.sorted().map { root.appendingPathComponent($0).path }
    }()

    private func checkMapsStayInside(_ bytes: [UInt8]) {
        do {
            let document = try DocumentReader.document(path: "cut.eml", bytes: bytes, format: .eml)
            for text in [document.body] + (document.quoted.map { [$0] } ?? []) {
                for offset in stride(from: 0, to: text.bytes.count, by: 3) {
                    let source = text.map.sourceOffset(for: offset)
                    #expect(source >= 0 && source < document.source.bytes.count)
                }
            }
        } catch {
            #expect(!error.problem.isEmpty)
        }
    }

    @Test func fixturesAreFound() {
        #expect(Self.fixtures.count >= 15)
    }

    @Test(arguments: fixtures) func everyPrefixReadsOrIsRefused(_ path: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: path).map { Array($0) })
        for length in stride(from: 0, through: bytes.count, by: max(1, bytes.count / 150)) {
            checkMapsStayInside(Array(bytes[0..<length]))
        }
    }

    @Test(arguments: fixtures) func damagedBytesReadOrAreRefused(_ path: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: path).map { Array($0) })
        var generator = SeededGenerator(seed: UInt64(bytes.count))
        let damage: [UInt8] = [0x0D, 0x0A, 0x3D, 0x2D, 0x3F, 0xFF, 0x80, 0x20, 0x3A, 0x3B, 0x22]
        for _ in 0..<60 {
            var copy = bytes
            for _ in 0..<4 where !copy.isEmpty {
                copy[Int.random(in: 0..<copy.count, using: &generator)] = damage.randomElement(using: &generator)!
            }
            checkMapsStayInside(copy)
        }
    }
}

/// A fixed sequence of numbers, so a failure can be reproduced.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E3779B97F4A7C15 }

    mutating func next() -> UInt64 {
        // SplitMix64.
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
