// libFuzzer target: bytes read as .eml, then linted and reported (scripts/fuzz.sh runs it).
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMIME(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzLint.run(data, size, format: .eml)
    return 0
}

/// The entry point SwiftPM links as main (see Fuzz/Package.swift).
@_cdecl("FuzzMIME_main")
public func fuzzMIMEMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzMIME)
}
