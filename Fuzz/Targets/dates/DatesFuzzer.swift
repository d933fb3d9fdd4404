import FuzzTargets

/// libFuzzer's entry point for the host's timestamps: one input to ``FuzzTarget/dates``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.dates.testOneInput(data, size)
}
