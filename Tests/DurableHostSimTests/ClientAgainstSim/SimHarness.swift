import DurableAPI
import DurableHostSim
import Foundation
import Testing

/// A started simulated host and a ``DurableClient`` that reaches it over the real libcurl transport, with every
/// exchange recorded.
struct SimHarness {
    /// The in-process host.
    let host: SimulatedHost
    /// The client under test, over ``CurlTransport`` wrapped in ``recorder``.
    let client: DurableClient
    /// Every request the client sent and the answer it got.
    let recorder: RecordingTransport

    /// A client for the same host with another key (or none), sharing the recorder.
    func client(key: String?) -> DurableClient {
        var endpoint = client.endpoint
        endpoint.key = key.map(HostKey.init)
        return DurableClient(endpoint: endpoint, transport: recorder)
    }

    /// Starts `orchestrator` under `instanceID` and returns the check-status payload of the 202.
    @discardableResult
    func start(
        _ orchestrator: String,
        _ instanceID: String,
        input: JSONValue? = nil
    ) async throws -> CheckStatusPayload {
        let result = try await client.start(orchestrator: orchestrator, instanceID: instanceID, input: input)
        guard case .accepted(let payload) = result else {
            Issue.record("start \(orchestrator)/\(instanceID): expected a 202 check-status payload, got \(result)")
            throw HarnessFailure.unexpected("\(result)")
        }
        return payload
    }

    /// The status object of an instance, whatever the status code.
    func status(_ instanceID: String, options: StatusOptions = StatusOptions()) async throws -> OrchestrationStatus {
        try await client.status(of: instanceID, options: options).status
    }

    /// Every instance matching `query`, following all pages.
    func allInstances(_ query: InstanceQuery) async throws -> [OrchestrationStatus] {
        var all: [OrchestrationStatus] = []
        for try await page in client.instances(query) {
            all += page
        }
        return all
    }
}

/// A harness expectation that could not be met (the details are recorded as a test issue).
enum HarnessFailure: Error {
    /// The host answered something the harness cannot continue from.
    case unexpected(String)
}

/// The seed every client-against-sim test uses, so the simulated durations are the same on every run.
let simSeed: UInt64 = 7

/// Runs `body` against a `SimulatedHost` on 127.0.0.1 and a free port, then stops the host.
///
/// The host has a manual clock (tests move it with `host.advance(by:)`) unless `configure` says otherwise; the
/// client uses the host's key (if any) and does not go through a proxy.
func withClientAgainstSim(
    _ configure: (inout SimulatedHost.Configuration) -> Void = { _ in },
    _ body: (SimHarness) async throws -> Void
) async throws {
    var configuration = SimulatedHost.Configuration()
    configuration.seed = simSeed
    configuration.manualClock = true
    configure(&configuration)
    let host = SimulatedHost(configuration: configuration)
    let base = try await host.start()
    do {
        let key = configuration.key.map(HostKey.init)
        let endpoint = try DurableEndpoint.discover(from: base.absoluteString, key: key)
        let recorder = RecordingTransport(
            inner: CurlTransport(
                options: CurlTransport.Options(
                    connectTimeout: .seconds(5),
                    totalTimeout: .seconds(30),
                    workerCount: 2,
                    useEnvironmentProxy: false
                )
            )
        )
        let client = DurableClient(endpoint: endpoint, transport: recorder)
        try await body(SimHarness(host: host, client: client, recorder: recorder))
    } catch {
        await host.stop()
        throw error
    }
    await host.stop()
}

/// Polls `condition` every 20 ms until it holds, for at most `seconds` of real time; records an issue naming
/// `what` and returns false when it never does. For hosts on a scaled clock.
func eventually(
    _ what: String,
    within seconds: Double = 10,
    _ condition: () async throws -> Bool
) async throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() {
            return true
        }
        try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record("\(what) did not happen within \(seconds) s")
    return false
}

/// The ``DurableAPIError`` that `operation` throws; records an issue and returns nil when it succeeds or throws
/// anything else.
func apiError<T>(_ operation: () async throws -> T) async -> DurableAPIError? {
    do {
        let value = try await operation()
        Issue.record("expected a DurableAPIError, got the answer \(value)")
        return nil
    } catch let error as DurableAPIError {
        return error
    } catch {
        Issue.record("expected a DurableAPIError, got \(error)")
        return nil
    }
}
