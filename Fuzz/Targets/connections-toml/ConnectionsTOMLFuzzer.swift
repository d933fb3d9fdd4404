import FuzzTargets

/// libFuzzer's entry point for the connections file: one input to ``FuzzTarget/connectionsTOML``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConnectionsTOML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.connectionsTOML.testOneInput(data, size)
}
