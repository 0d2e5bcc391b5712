// libFuzzer entry point: bytes read as .html, then linted and reported.
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzLint.run(data, size, format: .html)
    return 0
}
