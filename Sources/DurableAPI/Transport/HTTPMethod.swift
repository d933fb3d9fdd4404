/// The HTTP methods the durable management API uses.
public enum HTTPMethod: String, Sendable, Hashable {
    /// `GET`: read status, lists and entity state.
    case get = "GET"
    /// `POST`: start, raise event, terminate and the other instance operations, signal entity.
    case post = "POST"
    /// `DELETE`: purge instances, delete entities.
    case delete = "DELETE"
}
