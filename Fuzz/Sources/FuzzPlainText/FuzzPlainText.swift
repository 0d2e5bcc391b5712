// libFuzzer target: bytes read as .txt, then linted and reported (scripts/fuzz.sh runs it).
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlainText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzLint.run(data, size, format: .txt)
    return 0
}

/// The entry point SwiftPM links as main (see Fuzz/Package.swift).
@_cdecl("FuzzPlainText_main")
public func fuzzPlainTextMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzPlainText)
}
