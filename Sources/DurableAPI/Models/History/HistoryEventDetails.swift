/// The members one history event type adds to the timestamp every event has, decoded from the event object
/// (``HistoryRecord`` holds them with the timestamp and the event as received).
public protocol HistoryEventDetails: Sendable, Hashable, JSONDecodable {}
