/// The fuzz targets: one per parser that reads hostile input. The libFuzzer executables in `Fuzz/` and the corpus
/// tests call the same entry point, ``run(_:)``; the raw value names the target's corpus directory
/// (`Fuzz/Corpus/<rawValue>/`) and its executable (`fuzz-<rawValue>`).
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The strict JSON parser, `JSONValue(parsing:)`, with its compact and pretty forms parsed back.
    case json
    /// History events and status objects decoded from JSON (`HistoryEvent`, `[HistoryEvent]`,
    /// `OrchestrationStatus`).
    case history
    /// The host's timestamps, `DurableDate.parse`, with every formatted style parsed back.
    case dates
    /// Endpoint discovery from a pasted URL or check-status payload (`InstanceLink`, `DurableEndpoint.discover`).
    case endpoint
    /// Theme files, `Theme(toml:file:base:)`.
    case themeTOML = "theme-toml"
    /// The connections file, `ConnectionsFile(toml:file:homeDirectory:)`.
    case connectionsTOML = "connections-toml"
    /// The key decoder, `TypedKeys.decode(reads:)`, with the bytes in one read and one byte a read.
    case keys

    /// Feeds one input to the target's entry point (as UTF-8 text where the API takes text).
    public func run(_ bytes: [UInt8]) -> FuzzOutcome {
        switch self {
        case .json: JSONFuzzing.run(bytes)
        case .history: HistoryFuzzing.run(bytes)
        case .dates: DateFuzzing.run(bytes)
        case .endpoint: EndpointFuzzing.run(bytes)
        case .themeTOML: ThemeFuzzing.run(bytes)
        case .connectionsTOML: ConnectionsFuzzing.run(bytes)
        case .keys: KeyFuzzing.run(bytes)
        }
    }

    /// libFuzzer's `LLVMFuzzerTestOneInput` for this target: runs the input and stops the process when a promise is
    /// broken, so that libFuzzer keeps the input as a crash.
    public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        if case .broken(let promise) = run(bytes) {
            fatalError("\(rawValue): \(promise)")
        }
        return 0
    }
}
