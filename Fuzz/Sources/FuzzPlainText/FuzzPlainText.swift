// libFuzzer entry point: bytes read as .txt, then linted and reported.
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlainText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzLint.run(data, size, format: .txt)
    return 0
}
