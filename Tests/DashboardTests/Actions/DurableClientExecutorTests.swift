import Dashboard
import DurableAPI
import Foundation
import HubKit
import Synchronization
import Testing

/// A transport that answers from a table of (method, path prefix) to responses and records every request.
private final class ScriptedTransport: HTTPTransport {
    private let requests = Mutex<[HTTPRequest]>([])
    private let answer: @Sendable (HTTPRequest) -> HTTPResponse

    init(answer: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.answer = answer
    }

    var sent: [HTTPRequest] { requests.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.withLock { $0.append(request) }
        return answer(request)
    }
}

@Suite("DurableClient executor")
struct DurableClientExecutorTests {
    private let base = "http://127.0.0.1:7071/runtime/webhooks/durabletask"

    private func executor(_ transport: ScriptedTransport) -> DurableClientExecutor {
        let endpoint = DurableEndpoint(
            origin: "http://127.0.0.1:7071",
            baseURL: base,
            flavour: .v2,
            taskHub: "Hub",
            key: HostKey("k3y")
        )
        return DurableClientExecutor(
            client: DurableClient(endpoint: endpoint, transport: transport),
            sleeper: CountingSleeper(),
            appearAttempts: 3
        )
    }

    @Test("terminate posts the reason; a 410 is already finished")
    func terminate() async throws {
        let transport = ScriptedTransport { request in
            HTTPResponse(status: request.url.contains("/done-1/") ? 410 : 202)
        }
        let run = executor(transport)
        #expect(try await run.perform(.terminate(reason: "ops@box"), on: "order-1") == .accepted)
        await #expect(throws: DurableAPIError.gone("instance 'done-1'")) {
            try await run.perform(.terminate(reason: ""), on: "done-1")
        }
        let first = try #require(transport.sent.first)
        #expect(first.method == .post)
        #expect(first.url.hasPrefix(base + "/instances/order-1/terminate?"))
        #expect(first.url.contains("reason=ops%40box"))
        #expect(!transport.sent[1].url.contains("reason="))
    }

    @Test("raise event sends the payload as JSON, null when empty")
    func raiseEvent() async throws {
        let transport = ScriptedTransport { _ in HTTPResponse(status: 202) }
        let run = executor(transport)
        _ = try await run.perform(.raiseEvent(name: "ApprovalEvent", payload: .null), on: "order-1")
        let request = try #require(transport.sent.first)
        #expect(request.url.hasPrefix(base + "/instances/order-1/raiseEvent/ApprovalEvent"))
        #expect(String(decoding: request.body, as: UTF8.self) == "null")
        #expect(request.headers["Content-Type"]?.hasPrefix("application/json") == true)
    }

    @Test("start follows the new instance until the host lists it")
    func startFollows() async throws {
        let polls = Mutex(0)
        let transport = ScriptedTransport { request in
            if request.method == .post {
                let body = """
                    {"id":"new-1","statusQueryGetUri":"u","sendEventPostUri":"u","terminatePostUri":"u",\
                    "purgeHistoryDeleteUri":"u"}
                    """
                var headers = HTTPHeaders()
                headers.add(name: "Location", value: "\(request.url)")
                return HTTPResponse(status: 202, headers: headers, body: Data(body.utf8))
            }
            let attempt = polls.withLock { value -> Int in
                value += 1
                return value
            }
            guard attempt > 1 else {
                return HTTPResponse(status: 404)
            }
            let status = """
                {"name":"Hello","instanceId":"new-1","runtimeStatus":"Pending","input":null,"customStatus":null,\
                "output":null,"createdTime":"2026-03-10T12:00:00Z","lastUpdatedTime":"2026-03-10T12:00:00Z"}
                """
            return HTTPResponse(status: 202, body: Data(status.utf8))
        }
        let success = try await executor(transport).perform(
            .start(name: "Hello", instanceID: nil, input: ["n": 1]),
            on: nil
        )
        #expect(success == .started(instanceID: "new-1", status: .pending))
        #expect(transport.sent.map(\.method) == [.post, .get, .get])
        #expect(transport.sent[0].url.hasPrefix(base + "/orchestrators/Hello"))
    }

    @Test("the dry run counts every page of matching instances and deletes nothing")
    func dryRunCount() async throws {
        let transport = ScriptedTransport { request in
            var headers = HTTPHeaders()
            let first = request.headers["x-ms-continuation-token"] == nil
            if first {
                headers.add(name: "x-ms-continuation-token", value: "page2")
            }
            let item = """
                {"name":"N","instanceId":"ID","runtimeStatus":"Completed","input":null,"customStatus":null,\
                "output":null,"createdTime":"2026-03-10T12:00:00Z","lastUpdatedTime":"2026-03-10T12:00:00Z"}
                """
            let items = first ? [item, item] : [item]
            return HTTPResponse(status: 200, headers: headers, body: Data("[\(items.joined(separator: ","))]".utf8))
        }
        let filter = PurgeFilter(createdFrom: Date(timeIntervalSince1970: 1_773_100_800), statuses: [.completed])
        #expect(try await executor(transport).count(matching: filter) == 3)
        #expect(transport.sent.allSatisfy { $0.method == .get })
        #expect(transport.sent[0].url.contains("runtimeStatus=Completed"))
    }

    @Test("a signal goes to the entity's name and key with the operation")
    func signal() async throws {
        let transport = ScriptedTransport { _ in HTTPResponse(status: 202) }
        _ = try await executor(transport).perform(.signal(operation: "add", input: 1), on: "@counter@cats")
        #expect(transport.sent[0].url.hasPrefix(base + "/entities/counter/cats?"))
        #expect(transport.sent[0].url.contains("op=add"))
    }
}
