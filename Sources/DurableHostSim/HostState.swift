import Foundation
import ServiceLifecycle

/// The running parts of a `SimulatedHost`.
actor HostState {
    private var server: Task<Void, Never>?
    private var service: ServiceGroup?
    private var ticker: Task<Void, Never>?
    private(set) var url: URL?

    /// Records the serving task, its service group, the ticker and the URL of a started host.
    func started(server: Task<Void, Never>, service: ServiceGroup, ticker: Task<Void, Never>, url: URL) {
        self.server = server
        self.service = service
        self.ticker = ticker
        self.url = url
    }

    /// Shuts the listener down gracefully, cancels the ticker, waits for both and forgets the URL.
    ///
    /// A graceful shutdown, not a cancelled serving task: cancelling it can drop a connection the listener has
    /// accepted but not yet served, which traps in swift-nio (apple/swift-nio#3481).
    func stop() async {
        ticker?.cancel()
        await service?.triggerGracefulShutdown()
        await server?.value
        await ticker?.value
        server = nil
        service = nil
        ticker = nil
        url = nil
    }
}
