/// An event that names what it is about, with the instance it concerns and an input: `TaskScheduled` or
/// `SubOrchestrationInstanceCreated` (work scheduled but not finished; the extension drops these once a matching
/// completion exists), `EventSent` (this orchestration sent an event to `instanceId`) or `EventRaised` (an
/// external event arrived).
public struct NamedEvent: HistoryEventDetails {
    /// `Name`: the activity, child orchestrator or event name.
    public let name: String?
    /// `InstanceId`: the child instance (sub-orchestrations) or the target instance (`EventSent`).
    public let instanceId: String?
    /// `Input`: the work's input or the event payload, as raw JSON text.
    public let input: EmbeddedJSON?

    /// Decodes this type's members of the event object at `path`.
    public init(json: JSONValue, at path: JSONPath) throws(JSONDecodingError) {
        let reader = try JSONObjectReader(json, at: path)
        self.name = try reader.optionalString("Name")
        self.instanceId = try reader.optionalString("InstanceId")
        self.input = try reader.optionalEmbeddedJSON("Input")
    }
}
