/// A kind of failure the simulated host can inject in front of the durable routes.
public enum FaultKind: String, Sendable, CaseIterable, Codable {
    /// Adds `latencyMilliseconds` before answering normally.
    case latency
    /// `500` with the host's long error body.
    case serverError
    /// `503` with `Retry-After`, empty body (host starting up / overloaded).
    case serviceUnavailable
    /// `429` with `Retry-After`, empty body (throttled).
    case tooManyRequests
    /// Closes the connection without answering.
    case dropConnection
    /// Answers normally but with a body that is not valid JSON.
    case malformedJSON
    /// Announces the full `Content-Length`, sends half the body, then closes the connection.
    case truncatedBody
}

/// One fault switch: a kind, applied with a probability or to the next N requests, in every task hub or in one.
public struct FaultRule: Sendable, Equatable, Codable {
    /// What to inject.
    public var kind: FaultKind
    /// Chance per request (0…1) when `nextRequests` is `nil`.
    public var probability: Double
    /// When set, the fault hits exactly the next N requests and then switches itself off.
    public var nextRequests: Int?
    /// Delay for `.latency`, in milliseconds.
    public var latencyMilliseconds: Int
    /// `Retry-After` seconds for `.serviceUnavailable` and `.tooManyRequests`.
    public var retryAfterSeconds: Int
    /// When set, the rule applies only to requests for this task hub (matched case-insensitively; a request without
    /// `taskHub` is for the default hub); `nil` = every hub.
    public var taskHub: String?

    /// Creates a rule; by default it always applies, in every task hub.
    public init(
        kind: FaultKind,
        probability: Double = 1,
        nextRequests: Int? = nil,
        latencyMilliseconds: Int = 500,
        retryAfterSeconds: Int = 5,
        taskHub: String? = nil
    ) {
        self.kind = kind
        self.probability = probability
        self.nextRequests = nextRequests
        self.latencyMilliseconds = latencyMilliseconds
        self.retryAfterSeconds = retryAfterSeconds
        self.taskHub = taskHub
    }
}
