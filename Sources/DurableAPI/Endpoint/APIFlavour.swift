/// Which webhook base path the host uses (§1.1).
public enum APIFlavour: String, Sendable, Hashable {
    /// Functions 1.x: `/admin/extensions/DurableTaskExtension`.
    case v1
    /// Functions 2.x and later: `/runtime/webhooks/durabletask`.
    case v2

    /// The base path segment that follows the app root, as this client writes it.
    public var basePath: String {
        switch self {
        case .v1:
            return "/admin/extensions/DurableTaskExtension"
        case .v2:
            return "/runtime/webhooks/durabletask"
        }
    }
}
