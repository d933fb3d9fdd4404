import FuzzTargets

/// libFuzzer's entry point for endpoint discovery from pasted URLs and payloads: one input to ``FuzzTarget/endpoint``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEndpoint(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.endpoint.testOneInput(data, size)
}
