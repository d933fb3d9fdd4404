import FuzzTargets

/// libFuzzer's entry point for history event and status decoding: one input to ``FuzzTarget/history``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHistory(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.history.testOneInput(data, size)
}
