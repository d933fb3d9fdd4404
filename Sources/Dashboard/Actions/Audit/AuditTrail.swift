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

    /// Appends a finished run; a write failure is kept in ``failure`` until a later write succeeds.
    public func record(_ progress: BulkProgress) {
        let record = AuditRecord(
            time: clock(),
            endpointHost: endpointHost,
            taskHub: taskHub,
            operatorName: operatorName,
            progress: progress
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
