/// Why a simulated host could not start.
public enum SimulatedHostError: Error, Sendable, CustomStringConvertible {
    /// The listener could not bind.
    case couldNotBind(host: String, port: Int)
    /// The listener bound, but `http://HOST:PORT/` does not parse as a URL (so no base URL can be given out).
    case addressNotURL(host: String, port: Int)

    /// A readable message.
    public var description: String {
        switch self {
        case .couldNotBind(let host, let port):
            return "could not listen on \(host):\(port)"
        case .addressNotURL(let host, let port):
            return "cannot serve on \(host):\(port): the address does not form a valid URL"
        }
    }
}
