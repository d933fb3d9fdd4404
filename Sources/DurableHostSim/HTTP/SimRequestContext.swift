import Hummingbird

/// The request context: Hummingbird's core storage plus the peer address and a way to drop the connection
/// (fault injection).
struct SimRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// Whether the peer connected from a loopback address.
    let peerIsLoopback: Bool
    /// Closes the connection without an answer.
    let dropConnection: @Sendable () -> Void

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        let channel = source.channel
        let address = channel.remoteAddress?.ipAddress ?? ""
        self.peerIsLoopback = address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.")
        self.dropConnection = { channel.close(promise: nil) }
    }
}
