// libFuzzer entry point: bytes read as .eml, then linted and reported.
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMIME(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzLint.run(data, size, format: .eml)
    return 0
}
