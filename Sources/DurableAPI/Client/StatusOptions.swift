/// Options of get-instance-status (§5.2). Only values that differ from the host's defaults are sent.
public struct StatusOptions: Sendable, Hashable {
    /// Include `historyEvents` (`showHistory=true`). Expensive for big orchestrations.
    public var showHistory: Bool
    /// Include `Result` values in history events (`showHistoryOutput=true`).
    public var showHistoryOutput: Bool
    /// Include the input (`showInput=false` is sent when this is false).
    public var showInput: Bool
    /// Ask for 500 instead of 200 for a Failed instance.
    public var returnInternalServerErrorOnFailure: Bool

    /// Creates options; the defaults match the host's.
    public init(
        showHistory: Bool = false,
        showHistoryOutput: Bool = false,
        showInput: Bool = true,
        returnInternalServerErrorOnFailure: Bool = false
    ) {
        self.showHistory = showHistory
        self.showHistoryOutput = showHistoryOutput
        self.showInput = showInput
        self.returnInternalServerErrorOnFailure = returnInternalServerErrorOnFailure
    }

    var queryItems: QueryItems {
        var query = QueryItems()
        if showHistory {
            query.add("showHistory", "true")
        }
        if showHistoryOutput {
            query.add("showHistoryOutput", "true")
        }
        if !showInput {
            query.add("showInput", "false")
        }
        if returnInternalServerErrorOnFailure {
            query.add("returnInternalServerErrorOnFailure", "true")
        }
        return query
    }
}
