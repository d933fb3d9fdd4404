/// The HTTP API client for a Durable Functions host's built-in management API.
public enum DurableAPI {
    /// The version of durabletop, sent in the `User-Agent` header as `durabletop/<version>`.
    public static let version = "0.1.0"
}
