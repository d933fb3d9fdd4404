import FuzzTargets

/// libFuzzer's entry point for the strict JSON parser: one input to ``FuzzTarget/json``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.json.testOneInput(data, size)
}
