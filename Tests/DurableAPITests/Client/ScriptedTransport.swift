import Foundation
import Synchronization

@testable import DurableAPI

/// A transport that records every request and answers from a script, in order.
final class ScriptedTransport: HTTPTransport {
    private let state: Mutex<(requests: [HTTPRequest], replies: [HTTPResponse])>

    /// Answers the requests with `replies`, one each, in order; past the end every request gets a 599.
    init(_ replies: [HTTPResponse]) {
        state = Mutex((requests: [], replies: replies))
    }

    /// Answers every request with the same reply.
    convenience init(always reply: HTTPResponse, count: Int = 1) {
        self.init(Array(repeating: reply, count: count))
    }

    /// The requests sent so far.
    var requests: [HTTPRequest] {
        state.withLock { $0.requests }
    }

    /// The URLs of the requests sent so far.
    var urls: [String] {
        requests.map(\.url)
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        state.withLock { state in
            state.requests.append(request)
            return state.replies.isEmpty ? HTTPResponse(status: 599) : state.replies.removeFirst()
        }
    }
}

/// A transport that always fails with a transport error.
struct FailingTransport: HTTPTransport {
    let error: TransportError

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        throw error
    }
}

/// Records the waits asked for instead of sleeping.
final class RecordingSleeper: Sleeper {
    private let recorded = Mutex<[Duration]>([])

    /// The waits asked for, in order.
    var delays: [Duration] {
        recorded.withLock { $0 }
    }

    func sleep(for duration: Duration) async throws {
        recorded.withLock { $0.append(duration) }
        try Task.checkCancellation()
    }
}

/// Builders for responses in tests.
enum Reply {
    static func json(_ status: Int, _ text: String, headers: [(String, String)] = []) -> HTTPResponse {
        var fields = HTTPHeaders()
        fields.add(name: "Content-Type", value: "application/json; charset=utf-8")
        for (name, value) in headers {
            fields.add(name: name, value: value)
        }
        return HTTPResponse(status: status, headers: fields, body: Data(text.utf8))
    }

    static func empty(_ status: Int, headers: [(String, String)] = []) -> HTTPResponse {
        var fields = HTTPHeaders()
        for (name, value) in headers {
            fields.add(name: name, value: value)
        }
        return HTTPResponse(status: status, headers: fields)
    }
}

/// The endpoint most tests use: hub, connection and a key with characters that need encoding.
enum TestEndpoint {
    static let key = "SYS/key+1=="

    static let endpoint = DurableEndpoint(
        origin: "https://myapp.azurewebsites.net",
        baseURL: "https://myapp.azurewebsites.net/runtime/webhooks/durabletask",
        flavour: .v2,
        taskHub: "OrdersHub",
        connection: "Storage",
        key: HostKey(key)
    )

    static let base = "https://myapp.azurewebsites.net/runtime/webhooks/durabletask"
    static let scope = "taskHub=OrdersHub&connection=Storage"

    static func client(_ transport: any HTTPTransport) -> DurableClient {
        DurableClient(endpoint: endpoint, transport: transport)
    }
}
