import Foundation
import Testing

@testable import DurableAPI

/// Request building for the instance endpoints, checked URL by URL (§5.1–§5.11).
@Suite struct InstanceRequestTests {
    private let base = TestEndpoint.base
    private let scope = TestEndpoint.scope
    private static let checkStatus = """
        {"id":"ord-1","statusQueryGetUri":"https://h/s","sendEventPostUri":"https://h/e",\
        "terminatePostUri":"https://h/t","purgeHistoryDeleteUri":"https://h/p"}
        """
    private static let runningStatus = """
        {"name":"P","instanceId":"ord-1","runtimeStatus":"Running","input":null,"customStatus":null,\
        "output":null,"createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:07Z"}
        """

    @Test func startWithoutIdOrInputSendsNoBody() async throws {
        let transport = ScriptedTransport([Reply.json(202, Self.checkStatus)])
        let result = try await TestEndpoint.client(transport).start(orchestrator: "ProcessOrder")
        #expect(transport.urls == ["\(base)/orchestrators/ProcessOrder?\(scope)"])
        let request = try #require(transport.requests.first)
        #expect(request.method == .post)
        #expect(request.body.isEmpty)
        #expect(request.headers["Content-Type"] == nil)
        guard case .accepted(let payload) = result else {
            Issue.record("expected accepted, got \(result)")
            return
        }
        #expect(payload.id == "ord-1")
    }

    @Test func startWithIdInputAndWait() async throws {
        let transport = ScriptedTransport([Reply.json(200, "{\"total\":3}")])
        let result = try await TestEndpoint.client(transport).start(
            orchestrator: "Process Order",
            instanceID: "ord/2024 05@x",
            input: ["orderId": "ORD-0042", "amount": 150.0],
            wait: WaitForCompletion(timeout: .seconds(30), pollingInterval: .milliseconds(500))
        )
        #expect(
            transport.urls == [
                "\(base)/orchestrators/Process%20Order/ord%2F2024%2005@x?timeout=30&pollingInterval=0.5&\(scope)"
            ]
        )
        let request = try #require(transport.requests.first)
        #expect(String(decoding: request.body, as: UTF8.self) == "{\"orderId\":\"ORD-0042\",\"amount\":150.0}")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(result == .completed(output: ["total": 3]))
    }

    @Test func startWaitEndingInFailureGivesTheStatusObject() async throws {
        let failed = Self.runningStatus.replacingOccurrences(of: "Running", with: "Failed")
        let transport = ScriptedTransport([Reply.json(200, failed)])
        let result = try await TestEndpoint.client(transport).start(
            orchestrator: "P",
            wait: WaitForCompletion(timeout: .seconds(5), pollingInterval: .seconds(1))
        )
        guard case .finished(let status) = result else {
            Issue.record("expected finished, got \(result)")
            return
        }
        #expect(status.runtimeStatus == .failed)
    }

    @Test func statusWithEveryOption() async throws {
        let transport = ScriptedTransport([Reply.json(202, Self.runningStatus)])
        let options = StatusOptions(
            showHistory: true,
            showHistoryOutput: true,
            showInput: false,
            returnInternalServerErrorOnFailure: true
        )
        let state = try await TestEndpoint.client(transport).status(of: "ord 1+2", options: options)
        #expect(
            transport.urls == [
                "\(base)/instances/ord%201%2B2?showHistory=true&showHistoryOutput=true&showInput=false"
                    + "&returnInternalServerErrorOnFailure=true&\(scope)"
            ]
        )
        #expect(transport.requests.first?.method == .get)
        #expect(state.isRunning)
        #expect(state.status.instanceId == "ord-1")
    }

    @Test func statusWithDefaultsSendsOnlyScope() async throws {
        let transport = ScriptedTransport([Reply.json(200, Self.runningStatus)])
        let state = try await TestEndpoint.client(transport).status(of: "注文-1")
        #expect(transport.urls == ["\(base)/instances/%E6%B3%A8%E6%96%87-1?\(scope)"])
        #expect(!state.isRunning)
    }

    @Test func listWithEveryFilterAndPlusInDates() async throws {
        let transport = ScriptedTransport([Reply.json(200, "[]")])
        let query = InstanceQuery(
            createdFrom: DurableDate.parse("2024-05-01T02:00:00+02:00"),
            createdTo: DurableDate.parse("2024-05-02T00:00:00.9Z"),
            statuses: [.running, .pending],
            instanceIDPrefix: "ord+2024 @",
            showInput: false,
            pageSize: 50
        )
        for try await _ in TestEndpoint.client(transport).instances(query) {}
        #expect(
            transport.urls == [
                "\(base)/instances?createdTimeFrom=2024-05-01T00:00:00Z&createdTimeTo=2024-05-02T00:00:00Z"
                    + "&runtimeStatus=Running,Pending&instanceIdPrefix=ord%2B2024%20%40&showInput=false&top=50&\(scope)"
            ]
        )
        #expect(transport.requests.first?.headers["x-ms-continuation-token"] == nil)
    }

    @Test func purgeOneAndByFilter() async throws {
        let transport = ScriptedTransport([
            Reply.json(200, "{\"instancesDeleted\":1}"),
            Reply.json(200, "{\"instancesDeleted\":7}"),
            Reply.empty(404),
        ])
        let client = TestEndpoint.client(transport)
        #expect(try await client.purge(instanceID: "a b") == 1)
        let filter = PurgeFilter(
            createdFrom: DurableDate.parse("2024-01-01T00:00:00Z")!,
            statuses: [.completed, .failed]
        )
        #expect(try await client.purge(filter) == 7)
        #expect(try await client.purge(filter) == 0)
        #expect(transport.requests.map(\.method) == [.delete, .delete, .delete])
        #expect(
            transport.urls == [
                "\(base)/instances/a%20b?\(scope)",
                "\(base)/instances?createdTimeFrom=2024-01-01T00:00:00Z&runtimeStatus=Completed,Failed&\(scope)",
                "\(base)/instances?createdTimeFrom=2024-01-01T00:00:00Z&runtimeStatus=Completed,Failed&\(scope)",
            ]
        )
    }

    @Test func raiseEventSendsJSONAndNullWhenNoData() async throws {
        let transport = ScriptedTransport([Reply.empty(202), Reply.empty(202)])
        let client = TestEndpoint.client(transport)
        try await client.raiseEvent("Approval Received/1", to: "ord@1", data: ["approved": true])
        try await client.raiseEvent("Ping", to: "ord-1")
        #expect(
            transport.urls == [
                "\(base)/instances/ord@1/raiseEvent/Approval%20Received%2F1?\(scope)",
                "\(base)/instances/ord-1/raiseEvent/Ping?\(scope)",
            ]
        )
        let bodies = transport.requests.map { String(decoding: $0.body, as: UTF8.self) }
        #expect(bodies == ["{\"approved\":true}", "null"])
        #expect(transport.requests.allSatisfy { $0.headers["Content-Type"] == "application/json" })
    }

    @Test func operationsWithAndWithoutReason() async throws {
        let transport = ScriptedTransport(always: Reply.empty(202), count: 5)
        let client = TestEndpoint.client(transport)
        try await client.perform(.terminate, on: "ord-1", reason: "bad input + retry & stop")
        try await client.perform(.suspend, on: "ord-1", reason: "maintenance")
        try await client.perform(.resume, on: "ord-1")
        try await client.perform(.rewind, on: "ord-1", reason: "fixed")
        #expect(
            transport.urls == [
                "\(base)/instances/ord-1/terminate?reason=bad%20input%20%2B%20retry%20%26%20stop&\(scope)",
                "\(base)/instances/ord-1/suspend?reason=maintenance&\(scope)",
                "\(base)/instances/ord-1/resume?\(scope)",
                "\(base)/instances/ord-1/rewind?reason=fixed&\(scope)",
            ]
        )
        #expect(transport.requests.allSatisfy { $0.method == .post && $0.body.isEmpty })
    }

    @Test func restartWithAndWithoutNewInstanceId() async throws {
        let transport = ScriptedTransport([Reply.json(202, Self.checkStatus), Reply.json(202, Self.checkStatus)])
        let client = TestEndpoint.client(transport)
        _ = try await client.restart("ord-1")
        _ = try await client.restart(
            "ord-1",
            newInstanceID: false,
            wait: WaitForCompletion(timeout: .seconds(10), pollingInterval: .seconds(2))
        )
        #expect(
            transport.urls == [
                "\(base)/instances/ord-1/restart?restartWithNewInstanceId=true&\(scope)",
                "\(base)/instances/ord-1/restart?restartWithNewInstanceId=false&timeout=10&pollingInterval=2&\(scope)",
            ]
        )
    }

    @Test func endpointWithoutHubOrConnectionSendsNoScope() async throws {
        let endpoint = try DurableEndpoint.discover(from: "http://localhost:7071")
        let transport = ScriptedTransport([Reply.json(200, Self.runningStatus)])
        _ = try await DurableClient(endpoint: endpoint, transport: transport).status(of: "x")
        #expect(transport.urls == ["http://localhost:7071/runtime/webhooks/durabletask/instances/x"])
        #expect(transport.requests.first?.headers["x-functions-key"] == nil)
    }

    @Test func v1EndpointUsesItsBasePath() async throws {
        let endpoint = try DurableEndpoint.discover(
            from: "https://old.net/admin/extensions/DurableTaskExtension/instances/x?taskHub=H&code=K"
        )
        let transport = ScriptedTransport([Reply.json(200, Self.runningStatus)])
        _ = try await DurableClient(endpoint: endpoint, transport: transport).status(of: "ord-1")
        #expect(transport.urls == ["https://old.net/admin/extensions/DurableTaskExtension/instances/ord-1?taskHub=H"])
        #expect(transport.requests.first?.headers["x-functions-key"] == "K")
    }
}
