import DurableAPI
import DurableHostSim
import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A minimal loopback HTTP client for driving a real `SimulatedHost` in tests.
struct SimClient {
    /// One answer from the host.
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: String

        /// The body parsed as JSON.
        var json: JSONValue? {
            try? JSONValue(parsing: body)
        }

        /// A header value (name case-insensitive).
        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
    }

    let base: URL

    /// Sends `method` to `path` (relative to the server root, e.g. `/runtime/webhooks/durabletask/instances`).
    func send(
        _ method: String,
        _ path: String,
        body: String? = nil,
        headers: [String: String] = [:]
    ) async throws -> Reply {
        let components = URLComponents(url: base, resolvingAgainstBaseURL: false)!
        let url = URL(string: "\(components.scheme!)://\(components.host!):\(components.port!)\(path)")!
        var request = URLRequest(url: url)
        request.httpMethod = method
        for (name, value) in headers {
            request.setValue(value, forHTTPHeaderField: name)
        }
        if let body {
            request.httpBody = Data(body.utf8)
            if headers["Content-Type"] == nil {
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            }
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            fields["\(name)"] = "\(value)"
        }
        return Reply(status: http.statusCode, headers: fields, body: String(decoding: data, as: UTF8.self))
    }

    /// `send` with the durable base path prepended.
    func api(
        _ method: String,
        _ relative: String,
        body: String? = nil,
        headers: [String: String] = [:]
    ) async throws
        -> Reply
    {
        try await send(method, "/runtime/webhooks/durabletask/" + relative, body: body, headers: headers)
    }
}

/// Runs `body` against a started host with a manual clock (unless configured otherwise), then stops it.
func withHost(
    _ configure: (inout SimulatedHost.Configuration) -> Void = { _ in },
    _ body: (SimulatedHost, SimClient) async throws -> Void
) async throws {
    var configuration = SimulatedHost.Configuration()
    configuration.manualClock = true
    configure(&configuration)
    let host = SimulatedHost(configuration: configuration)
    let url = try await host.start()
    do {
        try await body(host, SimClient(base: url))
    } catch {
        await host.stop()
        throw error
    }
    await host.stop()
}
