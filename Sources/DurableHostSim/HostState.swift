import Foundation

/// The running parts of a `SimulatedHost`.
actor HostState {
    private var server: Task<Void, Never>?
    private var ticker: Task<Void, Never>?
    private(set) var url: URL?

    /// Records the tasks and URL of a started host.
    func started(server: Task<Void, Never>, ticker: Task<Void, Never>, url: URL) {
        self.server = server
        self.ticker = ticker
        self.url = url
    }

    /// Cancels the listener and the ticker, waits for both to finish and forgets the URL.
    func stop() async {
        ticker?.cancel()
        server?.cancel()
        await server?.value
        await ticker?.value
        server = nil
        ticker = nil
        url = nil
    }
}
