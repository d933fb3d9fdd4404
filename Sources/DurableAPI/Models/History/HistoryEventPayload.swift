import Foundation

/// What every typed history event payload carries: its timestamp and the event's JSON exactly as received
/// (the dashboard shows it in full on demand).
public protocol HistoryEventPayload: Sendable, Hashable, JSONDecodable {
    /// `Timestamp`: when the event was recorded (7 fraction digits on the host).
    var timestamp: Date { get }
    /// The whole event object as received, including keys the typed fields do not cover.
    var raw: JSONValue { get }
}
