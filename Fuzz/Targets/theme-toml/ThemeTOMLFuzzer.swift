import FuzzTargets

/// libFuzzer's entry point for theme files: one input to ``FuzzTarget/themeTOML``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzThemeTOML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.themeTOML.testOneInput(data, size)
}
