import Foundation

/// The host's instance status object (`StatusResponsePayload`, §4.2): what `GET /instances/{id}` returns and
/// what `GET /instances` lists.
///
/// `input`, `customStatus` and `output` are arbitrary JSON (the host falls back to a JSON string when the stored
/// text is not JSON). Times have whole-second precision. `historyEvents` is `nil` when the host omitted the key
/// (history not requested, or `Pending`), and `[]` when it sent an empty array.
public struct OrchestrationStatus: Sendable, Hashable {
    /// `name`: the orchestrator function (for entity instances, the entity name); `nil` when the host sent null.
    public var name: String?
    /// `instanceId`. Entity instances look like `@counter@cats` (see `EntityID(instanceId:)`).
    public var instanceId: String
    /// `runtimeStatus`.
    public var runtimeStatus: RuntimeStatus
    /// `input` (`.null` when absent or when listed with `showInput=false`).
    public var input: JSONValue
    /// `customStatus` (`.null` if never set).
    public var customStatus: JSONValue
    /// `output` (`.null` while running; the error text for Failed; the reason for Terminated).
    public var output: JSONValue
    /// `createdTime`.
    public var createdTime: Date
    /// `lastUpdatedTime`.
    public var lastUpdatedTime: Date
    /// `historyEvents`, when the host included them.
    public var historyEvents: [HistoryEvent]?

    /// Creates a status object from its parts.
    public init(
        name: String?,
        instanceId: String,
        runtimeStatus: RuntimeStatus,
        input: JSONValue = .null,
        customStatus: JSONValue = .null,
        output: JSONValue = .null,
        createdTime: Date,
        lastUpdatedTime: Date,
        historyEvents: [HistoryEvent]? = nil
    ) {
        self.name = name
        self.instanceId = instanceId
        self.runtimeStatus = runtimeStatus
        self.input = input
        self.customStatus = customStatus
        self.output = output
        self.createdTime = createdTime
        self.lastUpdatedTime = lastUpdatedTime
        self.historyEvents = historyEvents
    }

    /// Whether this is an entity's instance record (`@name@key`) rather than an orchestration.
    public var isEntity: Bool {
        instanceId.hasPrefix("@")
    }
}
