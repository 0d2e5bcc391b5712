// libFuzzer target: bytes read as .eml and shown as `replylint parse` would (scripts/fuzz.sh runs it).
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReadMIME(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzRead.run(data, size, format: .eml)
    return 0
}

/// The entry point SwiftPM links as main (see Fuzz/Package.swift).
@_cdecl("FuzzReadMIME_main")
public func fuzzReadMIMEMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzReadMIME)
}
