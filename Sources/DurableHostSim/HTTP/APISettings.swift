/// How the HTTP front end of the simulated host behaves.
struct APISettings: Sendable {
    /// The system key; `nil` turns auth off.
    var key: String?
    /// Whether `@name@key` entity instances appear in `GET /instances`.
    var entitiesInInstanceList: Bool
    /// Whether `x-ms-continuation-token` is sent with an empty value at the end (the host's behaviour) or omitted.
    var sendsEmptyContinuationToken: Bool
    /// Task hub name reported in links when the request names none.
    var taskHub: String
    /// The most rows a list page holds, whatever `top` asks (Azure Storage answers at most 100; 1000 by default).
    var pageCap: Int
}
