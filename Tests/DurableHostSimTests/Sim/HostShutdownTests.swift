import DurableHostSim
import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("Sim: stopping while connections arrive")
struct HostShutdownTests {
    @Test("A host stopped while clients keep connecting stops cleanly, round after round")
    func stopUnderConnections() async throws {
        for round in 0..<20 {
            var configuration = SimulatedHost.Configuration()
            configuration.seed = UInt64(round)
            configuration.manualClock = true
            configuration.instances = 20
            let host = SimulatedHost(configuration: configuration)
            let base = try await host.start()
            let port = try #require(base.port)
            let dialers = Dialers(port: UInt16(port), count: 4)
            try await Task.sleep(for: .milliseconds(5 + round % 7 * 5))
            await host.stop()
            let accepted = dialers.stop()
            #expect(accepted > 0, "round \(round): no connection reached the host before it stopped")
            #expect(await host.baseURL == nil)
        }
    }
}

/// Threads that open loopback connections to a port as fast as they can, each sending one request and hanging up.
private final class Dialers: Sendable {
    private let running = Atomic<Bool>(true)
    private let connected = Atomic<Int>(0)
    private let finished = DispatchGroup()

    init(port: UInt16, count: Int) {
        for _ in 0..<count {
            finished.enter()
            let thread = Thread { [self] in
                while running.load(ordering: .relaxed) {
                    if Self.dial(port: port) {
                        connected.add(1, ordering: .relaxed)
                    }
                }
                finished.leave()
            }
            thread.start()
        }
    }

    /// Stops dialing, waits for the threads and returns how many connections were made.
    func stop() -> Int {
        running.store(false, ordering: .relaxed)
        finished.wait()
        return connected.load(ordering: .relaxed)
    }

    /// Connects (giving up after 50 ms, as a listener that stopped accepting leaves a connect hanging), sends a
    /// listing request and closes; true when the connection was made.
    private static func dial(port: UInt16) -> Bool {
        let socketHandle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketHandle >= 0 else { return false }
        defer { close(socketHandle) }
        var timeout = timeval(tv_sec: 0, tv_usec: 50_000)
        setsockopt(socketHandle, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketHandle, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else { return false }
        let request = "GET /runtime/webhooks/durabletask/instances HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        _ = request.withCString { send(socketHandle, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        return true
    }
}
