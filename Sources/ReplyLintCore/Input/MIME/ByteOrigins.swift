// Where each byte of a decoded part body (quoted-printable, base64, or copied) came from
// in the message file. Runs, like SourceMap's segments, plus a cursor for reading them in order.

struct ByteOrigins {
    private(set) var starts: [Int] = []
    private(set) var sources: [Int] = []
    /// Whether the run's bytes step through the file one for one (false: all map to the run's start).
    private(set) var stepping: [Bool] = []

    /// Every byte copied from the file, starting at `source`.
    static func copied(from source: Int) -> ByteOrigins {
        var origins = ByteOrigins()
        origins.add(decoded: 0, source: source, stepping: true)
        return origins
    }

    /// Every byte standing for the same place in the file (a base64 body: its first line).
    static func constant(_ source: Int) -> ByteOrigins {
        var origins = ByteOrigins()
        origins.add(decoded: 0, source: source, stepping: false)
        return origins
    }

    mutating func add(decoded: Int, source: Int, stepping isStepping: Bool) {
        if let last = starts.last {
            if last == decoded {
                sources[sources.count - 1] = source
                stepping[stepping.count - 1] = isStepping
                return
            }
            if isStepping, stepping[stepping.count - 1], source - sources[sources.count - 1] == decoded - last { return }
        }
        starts.append(decoded)
        sources.append(source)
        stepping.append(isStepping)
    }

    /// The same origins as a SourceMap (decoded offset → file offset), for composing maps.
    var sourceMap: SourceMap {
        var map = SourceMap()
        for index in starts.indices { map.add(visible: starts[index], source: sources[index], contiguous: stepping[index]) }
        return map
    }

    /// Reads origins for ascending decoded offsets in amortised constant time.
    struct Cursor {
        let origins: ByteOrigins
        private var index = 0

        init(_ origins: ByteOrigins) { self.origins = origins }

        /// The file offset of decoded byte `offset`, whether its run steps, and where the run ends.
        mutating func origin(of offset: Int) -> (source: Int, stepping: Bool, runEnd: Int) {
            let starts = origins.starts
            guard !starts.isEmpty else { return (offset, true, Int.max) }
            while index + 1 < starts.count, starts[index + 1] <= offset { index += 1 }
            while index > 0, starts[index] > offset { index -= 1 }
            let runEnd = index + 1 < starts.count ? starts[index + 1] : Int.max
            let source = origins.stepping[index] ? origins.sources[index] + max(0, offset - starts[index]) : origins.sources[index]
            return (source, origins.stepping[index], runEnd)
        }
    }
}
