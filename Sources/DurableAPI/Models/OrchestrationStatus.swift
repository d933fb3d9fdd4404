import Foundation

/// The host's instance status object (`StatusResponsePayload`, §4.2): what `GET /instances/{id}` returns and
/// what `GET /instances` lists.
///
/// `input`, `customStatus` and `output` are arbitrary JSON (the host falls back to a JSON string when the stored
/// text is not JSON). Times have whole-second precision. `historyEvents` is `nil` when the host omitted the key
/// (history not requested, or `Pending`), and `[]` when it sent an empty array.
///
/// The fields live in one shared, immutable box, so a copy costs one reference count however many fields the
/// status has: the dashboard walks 100,000 held statuses on every re-sort, and copying nine fields each (their
/// strings, JSON and history) was most of that time. A change to a field makes a new box.
public struct OrchestrationStatus: Sendable, Hashable {
    /// The fields, shared by every copy until one changes.
    @usableFromInline var box: Box

    /// `name`: the orchestrator function (for entity instances, the entity name); `nil` when the host sent null.
    public var name: String? {
        @inlinable get { box.fields.name }
        set { change { $0.name = newValue } }
    }
    /// `instanceId`. Entity instances look like `@counter@cats` (see `EntityID(instanceId:)`).
    public var instanceId: String {
        @inlinable get { box.fields.instanceId }
        set { change { $0.instanceId = newValue } }
    }
    /// `runtimeStatus`.
    public var runtimeStatus: RuntimeStatus {
        @inlinable get { box.fields.runtimeStatus }
        set { change { $0.runtimeStatus = newValue } }
    }
    /// `input` (`.null` when absent or when listed with `showInput=false`).
    public var input: JSONValue {
        @inlinable get { box.fields.input }
        set { change { $0.input = newValue } }
    }
    /// `customStatus` (`.null` if never set).
    public var customStatus: JSONValue {
        @inlinable get { box.fields.customStatus }
        set { change { $0.customStatus = newValue } }
    }
    /// `output` (`.null` while running; the error text for Failed; the reason for Terminated).
    public var output: JSONValue {
        @inlinable get { box.fields.output }
        set { change { $0.output = newValue } }
    }
    /// `createdTime`.
    public var createdTime: Date {
        @inlinable get { box.fields.createdTime }
        set { change { $0.createdTime = newValue } }
    }
    /// `lastUpdatedTime`.
    public var lastUpdatedTime: Date {
        @inlinable get { box.fields.lastUpdatedTime }
        set { change { $0.lastUpdatedTime = newValue } }
    }
    /// `historyEvents`, when the host included them.
    public var historyEvents: [HistoryEvent]? {
        @inlinable get { box.fields.historyEvents }
        set { change { $0.historyEvents = newValue } }
    }

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
        box = Box(
            Fields(
                name: name,
                instanceId: instanceId,
                runtimeStatus: runtimeStatus,
                input: input,
                customStatus: customStatus,
                output: output,
                createdTime: createdTime,
                lastUpdatedTime: lastUpdatedTime,
                historyEvents: historyEvents
            )
        )
    }

    /// Whether this is an entity's instance record (`@name@key`) rather than an orchestration.
    @inlinable public var isEntity: Bool {
        box.isEntity
    }

    /// The words of the instance id, worked out once: ordering rows by id reads them instead of the id's bytes.
    @inlinable public var instanceIdWords: OrderWords {
        box.instanceIdWords
    }

    /// The id's bytes 32–39 (``OrderWords/tail(of:)``), worked out once: ids that share their first 32 bytes (an
    /// orchestration's children) are ordered by these, not by reading both ids.
    @inlinable public var instanceIdTail: UInt64 {
        box.instanceIdTail
    }

    /// The pairs of adjacent bytes in the texts the filter searches (the id, the name and the custom status),
    /// worked out once: most rows fail a search on these alone.
    @inlinable public var searchPairs: SearchPairs {
        box.searchPairs
    }

    /// Whether one of the texts the `/` filter searches satisfies `predicate`: the id, the name, and the custom
    /// status's texts (its keys, strings, numbers and literals) unless it is null. ``searchPairs`` hold the pairs of
    /// these same texts.
    public func containsSearchedText(where predicate: (String) -> Bool) -> Bool {
        box.fields.containsSearchedText(where: predicate)
    }

    /// Two statuses are equal when every field is; copies of one status are equal at a glance.
    public static func == (lhs: OrchestrationStatus, rhs: OrchestrationStatus) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    /// Hashes every field.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
    }

    /// Puts a changed copy of the fields in a box of its own.
    private mutating func change(_ body: (inout Fields) -> Void) {
        var fields = box.fields
        body(&fields)
        box = Box(fields)
    }

    /// Every field of a status.
    @usableFromInline struct Fields: Hashable, Sendable {
        @usableFromInline var name: String?
        @usableFromInline var instanceId: String
        @usableFromInline var runtimeStatus: RuntimeStatus
        @usableFromInline var input: JSONValue
        @usableFromInline var customStatus: JSONValue
        @usableFromInline var output: JSONValue
        @usableFromInline var createdTime: Date
        @usableFromInline var lastUpdatedTime: Date
        @usableFromInline var historyEvents: [HistoryEvent]?

        /// Whether one of the texts the filter searches satisfies `predicate`: the id, the name, and the custom
        /// status's texts unless it is null.
        func containsSearchedText(where predicate: (String) -> Bool) -> Bool {
            if predicate(instanceId) || name.map(predicate) == true {
                return true
            }
            return !customStatus.isNull && customStatus.containsText(where: predicate)
        }
    }

    /// The fields, immutable, shared between copies, with what is read of every held row on each re-sort worked
    /// out once.
    @usableFromInline final class Box: Sendable {
        @usableFromInline let fields: Fields
        /// Whether the instance id names an entity.
        @usableFromInline let isEntity: Bool
        /// The words of the instance id.
        @usableFromInline let instanceIdWords: OrderWords
        /// The instance id's bytes 32–39.
        @usableFromInline let instanceIdTail: UInt64
        /// The pairs of the texts a search of the row reads.
        @usableFromInline let searchPairs: SearchPairs

        init(_ fields: Fields) {
            self.fields = fields
            isEntity = fields.instanceId.hasPrefix("@")
            instanceIdWords = OrderWords(text: fields.instanceId)
            instanceIdTail = OrderWords.tail(of: fields.instanceId)
            var pairs = SearchPairs()
            _ = fields.containsSearchedText { text in
                pairs.add(text)
                return false
            }
            searchPairs = pairs
        }
    }
}
