// Source maps carry visible offsets back to the file, also through two decoding steps.
import Testing
@testable import ReplyLintCore

struct SourceMapTests {
    @Test func emptyMapIsTheIdentity() {
        #expect(SourceMap().sourceOffset(for: 17) == 17)
    }

    @Test func copiedRunsAdvanceAndInsertedTextStandsStill() {
        var builder = VisibleTextBuilder()
        builder.append(copied: Array("Hello".utf8), from: 10)      // source 10..<15
        builder.append(standingFor: 15, Array("&".utf8))          // "&amp;" at 15..<20
        builder.append(copied: Array("world".utf8), from: 20)
        let text = builder.build()
        #expect(text.string == "Hello&world")
        #expect(text.map.sourceOffset(for: 0) == 10)
        #expect(text.map.sourceOffset(for: 4) == 14)
        #expect(text.map.sourceOffset(for: 5) == 15)
        #expect(text.map.sourceOffset(for: 6) == 20)
        #expect(text.map.sourceOffset(for: 10) == 24)
    }

    @Test func compositionFollowsBothMaps() {
        // Inner: visible "abcdef" from HTML offsets 100..<103 and 200..<203.
        var inner = SourceMap()
        inner.add(visible: 0, source: 100)
        inner.add(visible: 3, source: 200)
        // Outer: HTML bytes 0..<150 sit at file offset 1000, from 150 on at 5000.
        var outer = SourceMap()
        outer.add(visible: 0, source: 1000)
        outer.add(visible: 150, source: 5000)
        let map = inner.composed(through: outer)
        #expect(map.sourceOffset(for: 0) == 1100)
        #expect(map.sourceOffset(for: 2) == 1102)
        #expect(map.sourceOffset(for: 3) == 5050)
        #expect(map.sourceOffset(for: 5) == 5052)
    }

    @Test func compositionSplitsASegmentWhereTheOuterMapDoes() {
        var inner = SourceMap()
        inner.add(visible: 0, source: 0)
        var outer = SourceMap()
        outer.add(visible: 0, source: 0)
        outer.add(visible: 4, source: 40)
        let map = inner.composed(through: outer)
        #expect(map.sourceOffset(for: 3) == 3)
        #expect(map.sourceOffset(for: 4) == 40)
        #expect(map.sourceOffset(for: 6) == 42)
    }

    @Test func sourceTextLinesAndColumnsCountScalars() {
        let source = SourceText(bytes: Array("ab\r\ncé d\rx".utf8))
        #expect(source.lineCount == 3)
        #expect(source.location(of: 0) == SourceLocation(line: 1, column: 1))
        #expect(source.location(of: 4) == SourceLocation(line: 2, column: 1))
        // "d" follows "cé " where é is two bytes.
        #expect(source.location(of: 8) == SourceLocation(line: 2, column: 4))
        #expect(source.location(of: 10) == SourceLocation(line: 3, column: 1))
        #expect(source.lineText(2) == "cé d")
    }
}
