import DurableAPI
import Foundation
import Synchronization

/// Where and how a session records its mutations: the log file, what identifies the session, the redaction
/// of its key, and the last write failure (so the UI can warn that the log is not being kept).
public final class AuditTrail: Sendable {
    /// The log file.
    public let log: AuditLog
    /// The endpoint host.
    public let endpointHost: String
    /// The task hub, when known.
    public let taskHub: String?
    /// `user@host`.
    public let operatorName: String
    private let redaction: Redaction
    private let clock: @Sendable () -> Date
    private let lastError = Mutex<AuditLogError?>(nil)
    private let runs = Mutex(0)
    private let session = String(UInt32.random(in: 0...UInt32.max), radix: 16)

    /// Creates a trail; `redaction` should be the endpoint's, so the key text is removed from every line.
    public init(
        log: AuditLog,
        endpointHost: String,
        taskHub: String?,
        operatorName: String,
        redaction: Redaction,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.log = log
        self.endpointHost = endpointHost
        self.taskHub = taskHub
        self.operatorName = operatorName
        self.redaction = redaction
        self.clock = clock
    }

    /// Starts the record of a run: writes its `planned` line, before anything is sent.
    public func begin(_ plan: ActionPlan) -> AuditedRun {
        let number = runs.withLock { count -> Int in
            count += 1
            return count
        }
        let run = AuditedRun(trail: self, id: "\(session)-\(number)")
        append(.planned, run: run.id, progress: BulkProgress(plan: plan), row: nil)
        return run
    }

    /// Appends one line; a write failure is kept in ``failure`` until a later write succeeds.
    func append(_ event: AuditRecord.Event, run: String, progress: BulkProgress, row: BulkProgress.Row?) {
        let record = AuditRecord(
            time: clock(),
            event: event,
            runID: run,
            endpointHost: endpointHost,
            taskHub: taskHub,
            operatorName: operatorName,
            progress: progress,
            row: row
        )
        do {
            try log.append(record.jsonLine(redaction: redaction))
            lastError.withLock { $0 = nil }
        } catch {
            lastError.withLock { $0 = error }
        }
    }

    /// Why the last write failed, or `nil` when it succeeded.
    public var failure: AuditLogError? {
        lastError.withLock { $0 }
    }
}

/// One run's record in the audit log: every line it writes carries the same run id.
public struct AuditedRun: Sendable {
    /// The trail written to.
    let trail: AuditTrail
    /// The id that ties the run's lines together.
    public let id: String

    /// Records a request about to be sent.
    public func sent(_ row: BulkProgress.Row, of progress: BulkProgress) {
        trail.append(.sent, run: id, progress: progress, row: row)
    }

    /// Records an answer.
    public func answered(_ row: BulkProgress.Row, of progress: BulkProgress) {
        trail.append(.answered, run: id, progress: progress, row: row)
    }

    /// Records the outcome of the whole run.
    public func finished(_ progress: BulkProgress) {
        trail.append(.finished, run: id, progress: progress, row: nil)
    }
}
