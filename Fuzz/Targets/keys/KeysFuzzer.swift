import FuzzTargets

/// libFuzzer's entry point for the key decoder: one input to ``FuzzTarget/keys``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.keys.testOneInput(data, size)
}
