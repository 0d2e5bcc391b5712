// The message file as the UTF-8 SourceText positions point into. A file that is valid UTF-8
// (7bit, quoted-printable and base64 mail) is used as it is; otherwise 8-bit text parts are
// transcoded from their charset and any other invalid byte becomes U+FFFD, and a map from
// file offsets to offsets in that text comes with it. Only the file up to the end of the
// last part read is kept: a large attachment after the text is not held on to.

enum MessageSource {
    struct Result {
        var source: SourceText
        /// File offset → offset in `source`; nil when they are the same.
        var fileToSource: SourceMap?
    }

    /// `regions`: 8-bit text part bodies and their charsets.
    static func build(_ bytes: [UInt8], through end: Int, regions: [(range: Range<Int>, charset: String?)]) -> Result {
        let limit = MIMELine.next(bytes, after: min(max(0, end), bytes.count), end: bytes.count)
        let kept = limit == bytes.count ? bytes : Array(bytes[0..<limit])
        guard TextDecoding.firstInvalidOffset(kept) != nil else { return Result(source: SourceText(bytes: kept), fileToSource: nil) }

        let utf8 = CharsetDecoder(charset: "utf-8")!
        let sorted = regions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var output: [UInt8] = []
        output.reserveCapacity(kept.count + kept.count / 8)
        var map = SourceMap()
        var index = 0
        var regionIndex = 0
        while index < kept.count {
            while regionIndex < sorted.count, sorted[regionIndex].range.upperBound <= index { regionIndex += 1 }
            var decoder = utf8
            var stop = kept.count
            if regionIndex < sorted.count {
                let region = sorted[regionIndex].range
                if region.contains(index) {
                    decoder = CharsetDecoder(charset: sorted[regionIndex].charset) ?? utf8
                    stop = min(region.upperBound, kept.count)
                } else {
                    stop = min(region.lowerBound, kept.count)
                }
            }
            while index < stop {
                let run = decoder.copiedRunLength(kept, from: index, limit: stop)
                if run > 0 {
                    map.add(visible: index, source: output.count, contiguous: true)
                    output.append(contentsOf: kept[index..<index + run])
                    index += run
                    continue
                }
                if kept[index] == 0x0D, decoder.asciiCompatible {
                    map.add(visible: index, source: output.count, contiguous: true)
                    output.append(0x0D)
                    index += 1
                    continue
                }
                let (text, length) = decoder.character(kept, at: min(index, stop - 1))
                map.add(visible: index, source: output.count, contiguous: false)
                output.append(contentsOf: text)
                index += length
            }
        }
        return Result(source: SourceText(bytes: output), fileToSource: map)
    }
}
