// libFuzzer target: bytes read as .html, then linted and reported (scripts/fuzz.sh runs it).
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzLint.run(data, size, format: .html)
    return 0
}

/// The entry point SwiftPM links as main (see Fuzz/Package.swift).
@_cdecl("FuzzHTML_main")
public func fuzzHTMLMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzHTML)
}
