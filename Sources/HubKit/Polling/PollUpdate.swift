import DurableAPI
import Foundation

/// What the poller reports to the dashboard state. Applied on the state's lock, never on the terminal's thread
/// directly.
public enum PollUpdate: Hashable, Sendable {
    /// A tick started: its requests are in flight from now on.
    case tickStarted(at: Date)
    /// A full listing is under way: this many instances received so far.
    case loading(count: Int)
    /// Instances that are new or changed (pages of a first load, or a tick's answers).
    case instancesChanged([OrchestrationStatus])
    /// A complete listing of the window finished: anything not in it is gone. With `pagesDelivered`, each of its
    /// pages came before as ``instancesChanged(_:)``, so only what is gone is left to apply.
    case instancesComplete([OrchestrationStatus], pagesDelivered: Bool)
    /// Instances that no longer exist (404 on a single fetch).
    case instancesRemoved([String])
    /// A fresh copy of the instance shown in the detail view (with history).
    case instanceDetail(OrchestrationStatus)
    /// The detail view's instance could not be loaded.
    case instanceDetailFailed(id: String, message: String)
    /// Entities that are new or changed.
    case entitiesChanged([EntityStatus])
    /// A complete listing of entities finished: anything not in it is gone.
    case entitiesComplete([EntityStatus])
    /// The fresh state of the entity shown in the entity view.
    case entityState(id: EntityID, state: JSONValue)
    /// The entity view's entity could not be loaded.
    case entityDetailFailed(id: EntityID, message: String)
    /// A tick finished successfully, with what it cost.
    case tickSucceeded(TickReport)
    /// A tick failed, with the error as one redacted line and the kind of problem; the data shown is now stale.
    case tickFailed(message: String, problem: HubProblem, at: Date)
    /// The host's gate holds ticks back (why, and until when), or lets them run again (`nil`); sent by the polling
    /// loop, which owns the gate.
    case backoff(HostBackoff?)
}

/// What one refresh tick did and cost.
public struct TickReport: Hashable, Sendable {
    /// When the tick finished.
    public var finishedAt: Date
    /// Whether the tick listed the whole window (first load or periodic resync).
    public var wasFullListing: Bool
    /// Requests and bytes the tick used.
    public var traffic: TrafficCounter.Snapshot

    /// Creates a report.
    public init(finishedAt: Date, wasFullListing: Bool, traffic: TrafficCounter.Snapshot) {
        self.finishedAt = finishedAt
        self.wasFullListing = wasFullListing
        self.traffic = traffic
    }
}

extension PollUpdate {
    /// Whether this is the end of a tick that listed the whole window.
    public var endsFullListing: Bool {
        guard case .tickSucceeded(let report) = self else {
            return false
        }
        return report.wasFullListing
    }
}
